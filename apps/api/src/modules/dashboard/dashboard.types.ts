import { Field, Float, Int, ObjectType } from 'type-graphql';

import { DecimalScalar } from '../../graphql/scalars';
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
  description: 'The KPIs of an account, a portfolio or the company.',
  simpleResolvers: true,
})
export class Kpis {
  @Field(() => CountAndAmounts, {
    description: "SENT or PROCESSING invoices due before today, in each account's time zone.",
  })
  overdueInvoices!: CountAndAmounts;

  @Field(() => [AgeingBucket], {
    description: 'The overdue invoices by days late: 1–30, 31–60, 61–90, 91+.',
  })
  overdueAgeing!: AgeingBucket[];

  @Field(() => Ratio, {
    description:
      'Accepted ÷ decided (accepted, declined, expired) quotes, by the day each was decided in the period.',
  })
  quoteConversion!: Ratio;

  @Field(() => Ratio, {
    description:
      'Projects delivered on or before their deadline ÷ projects delivered in the period.',
  })
  onTimeDelivery!: Ratio;

  @Field(() => [Money], {
    description: 'Completed (paid) invoices, by the day completed in the period.',
  })
  revenue!: Money[];
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
