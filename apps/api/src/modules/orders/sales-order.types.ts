import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

import { SALES_ORDER_STATUSES, type SalesOrderStatus } from '@arus/domain';

import { DecimalScalar, LocalDateScalar } from '../../graphql/scalars';

export const SalesOrderStatusEnum = Object.fromEntries(SALES_ORDER_STATUSES.map((s) => [s, s])) as {
  [K in SalesOrderStatus]: K;
};

registerEnumType(SalesOrderStatusEnum, {
  name: 'SalesOrderStatus',
  description: 'OPEN → IN_PROGRESS → FULFILLED, or CANCELLED; FULFILLED and CANCELLED are final.',
});

@ObjectType({ description: 'The formal order an accepted quote became.', simpleResolvers: true })
export class SalesOrder {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Unique, e.g. SO-2026-00031.' })
  code!: string;

  @Field(() => SalesOrderStatusEnum)
  status!: SalesOrderStatus;

  @Field(() => DecimalScalar, { nullable: true })
  total!: string | null;

  @Field(() => String)
  currency!: string;

  @Field(() => LocalDateScalar, { description: "While open, always its project's deadline." })
  deadline!: string;

  @Field(() => Int, { description: 'Fulfilment progress, 0 to 100.' })
  progress!: number;

  quoteId!: string;
  projectId!: string;
  /** The stored total, for billed and unbilled sums; never sent to clients as such. */
  storedTotal!: string;
}
