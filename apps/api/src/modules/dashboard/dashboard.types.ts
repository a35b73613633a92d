import { Field, Float, Int, ObjectType } from 'type-graphql';

import { DecimalScalar } from '../../graphql/scalars';
import type { KpiFacts } from './dashboard.service';
import { Customer } from '../customers/customer.types';
import { User } from '../users/user.types';

@ObjectType({ description: 'An amount in one currency.', simpleResolvers: true })
export class Money {
  @Field(() => DecimalScalar)
  amount!: string;

  @Field(() => String)
  currency!: string;
}

@ObjectType({
  description: 'A count, and its amounts per currency (never summed across currencies).',
  simpleResolvers: true,
})
export class CountAndAmounts {
  @Field(() => Int)
  count!: number;

  @Field(() => [Money])
  amounts!: Money[];
}

@ObjectType({ simpleResolvers: true })
export class Ratio {
  @Field(() => Int)
  numerator!: number;

  @Field(() => Int)
  denominator!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'numerator ÷ denominator; null when the denominator is 0.',
  })
  rate!: number | null;
}

@ObjectType({
  description: 'Overdue invoices by how many days they are late.',
  simpleResolvers: true,
})
export class AgeingBucket {
  @Field(() => Int)
  fromDays!: number;

  @Field(() => Int, { nullable: true, description: 'null: no upper end.' })
  toDays!: number | null;

  @Field(() => Int)
  count!: number;

  @Field(() => [Money])
  amounts!: Money[];
}

@ObjectType({
  description:
    'The KPIs of an account, a portfolio or the company. Each KPI reads the documents it counts, so a role that does not see them gets FORBIDDEN on that KPI.',
})
export class Kpis {
  facts!: KpiFacts;
}

@ObjectType({ simpleResolvers: true })
export class AccountDashboard {
  @Field(() => Customer)
  customer!: Customer;

  @Field(() => Kpis)
  kpis!: Kpis;
}

@ObjectType({ simpleResolvers: true })
export class PortfolioDashboard {
  @Field(() => User, { nullable: true, description: 'null: the whole company.' })
  accountManager!: User | null;

  @Field(() => Kpis)
  kpis!: Kpis;
}
