import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

import { connectionOf } from '../../graphql/connection';

@ObjectType({
  description: 'A company or person that buys from us: one account.',
  simpleResolvers: true,
})
export class Customer {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Unique, human-readable and never reused, e.g. CUS-000042.' })
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'ISO 4217 code of the currency the account is billed in.' })
  currency!: string;

  @Field(() => String, { description: "IANA time zone in which the account's dates are read." })
  timeZone!: string;

  @Field(() => String, { nullable: true })
  taxId!: string | null;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Its id in the system it was imported from (e.g. a Zoho Customer ID).',
  })
  externalRef!: string | null;

  @Field(() => Int, { description: 'Changes with every edit; send it back with updateCustomer.' })
  version!: number;

  accountManagerId!: string;
}

export const CustomerConnection = connectionOf(Customer, 'Customer');

@InputType()
export class CreateCustomerInput {
  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'ISO 4217 code, e.g. IDR.' })
  currency!: string;

  @Field(() => String, { description: 'IANA time zone, e.g. Asia/Jakarta.' })
  timeZone!: string;

  @Field(() => ID)
  accountManagerId!: string;

  @Field(() => String, {
    nullable: true,
    description: 'NPWP or another tax id; unique per company.',
  })
  taxId?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;
}

@InputType({ description: 'The fields to change; a field left out keeps its value.' })
export class UpdateCustomerInput {
  @Field(() => ID)
  customerId!: string;

  @Field(() => Int, { description: 'The version you loaded; CONFLICT when it changed since.' })
  version!: number;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'IANA time zone, e.g. Asia/Jakarta.' })
  timeZone?: string | null;

  @Field(() => ID, { nullable: true })
  accountManagerId?: string | null;

  @Field(() => String, { nullable: true, description: 'null clears it.' })
  taxId?: string | null;

  @Field(() => String, { nullable: true, description: 'null clears it.' })
  email?: string | null;
}

@ObjectType({ simpleResolvers: true })
export class CustomerPayload {
  @Field(() => Customer)
  customer!: Customer;
}
