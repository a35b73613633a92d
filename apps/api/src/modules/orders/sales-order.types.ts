import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

import {
  PLAN_PART_KINDS,
  SALES_ORDER_ACTIONS,
  SALES_ORDER_STATUSES,
  type PlanPartKind,
  type SalesOrderAction,
  type SalesOrderStatus,
} from '@arus/domain';

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

  @Field(() => Int, { description: 'Changes with every change of the order.' })
  version!: number;

  quoteId!: string;
  projectId!: string;
  /** The stored total, for billed and unbilled sums; never sent to clients as such. */
  storedTotal!: string;
}

export const SalesOrderActionEnum = Object.fromEntries(SALES_ORDER_ACTIONS.map((a) => [a, a])) as {
  [K in SalesOrderAction]: K;
};

registerEnumType(SalesOrderActionEnum, {
  name: 'SalesOrderAction',
  description:
    'What the viewer may do next with an order: SET_PROGRESS, MOVE_DEADLINE, FULFILL, CANCEL, SET_BILLING_PLAN.',
});

export const PlanPartKindEnum = Object.fromEntries(PLAN_PART_KINDS.map((k) => [k, k])) as {
  [K in PlanPartKind]: K;
};

registerEnumType(PlanPartKindEnum, {
  name: 'PlanPartKind',
  description: 'DEPOSIT, MILESTONE, or RETENTION (billed only once the project is delivered).',
});

@ObjectType({ description: 'One part of how an order is to be billed.', simpleResolvers: true })
export class BillingPlanPart {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: '1, 2, 3… in billing order.' })
  position!: number;

  @Field(() => PlanPartKindEnum)
  kind!: PlanPartKind;

  @Field(() => String)
  label!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The percentage it was given as ("33.3333"); null for a fixed amount.',
  })
  percentage!: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Its exact amount; the parts of a plan add up to the order total.',
  })
  amount!: string | null;

  salesOrderId!: string;
}

@InputType()
export class BillingPlanPartInput {
  @Field(() => PlanPartKindEnum)
  kind!: PlanPartKind;

  @Field(() => String)
  label!: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'A fixed amount; or percentage.' })
  amount?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'A share in percent, up to 4 decimals ("33.3333"): percentage parts share what the fixed amounts leave and must add up to 100.',
  })
  percentage?: string | null;
}

@InputType()
export class SetBillingPlanInput {
  @Field(() => ID)
  salesOrderId!: string;

  @Field(() => [BillingPlanPartInput])
  parts!: BillingPlanPartInput[];
}

@InputType()
export class UpdateSalesOrderDeadlineInput {
  @Field(() => ID)
  salesOrderId!: string;

  @Field(() => LocalDateScalar)
  deadline!: string;

  @Field(() => String, { description: 'Why it moves; kept in the history.' })
  reason!: string;
}

@InputType()
export class UpdateSalesOrderProgressInput {
  @Field(() => ID)
  salesOrderId!: string;

  @Field(() => Int, { description: '0 to 100; the first progress starts an OPEN order.' })
  progress!: number;
}
