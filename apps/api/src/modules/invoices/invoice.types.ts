import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';

import {
  INVOICE_ACTIONS,
  INVOICE_STATUSES,
  type InvoiceAction,
  type InvoiceStatus,
} from '@arus/domain';

import { DecimalScalar, LocalDateScalar } from '../../graphql/scalars';

export const InvoiceStatusEnum = Object.fromEntries(INVOICE_STATUSES.map((s) => [s, s])) as {
  [K in InvoiceStatus]: K;
};

registerEnumType(InvoiceStatusEnum, {
  name: 'InvoiceStatus',
  description:
    'GENERATED → SENT → PROCESSING → COMPLETED (paid); SENT or PROCESSING → REJECTED; GENERATED → VOIDED. COMPLETED, REJECTED and VOIDED are final.',
});

export const InvoiceActionEnum = Object.fromEntries(INVOICE_ACTIONS.map((a) => [a, a])) as {
  [K in InvoiceAction]: K;
};

registerEnumType(InvoiceActionEnum, {
  name: 'InvoiceAction',
  description:
    'What the viewer may do next with an invoice: SEND, START_PROCESSING, COMPLETE, REJECT, VOID, REISSUE.',
});

@ObjectType({ description: 'One partial bill of a sales order.', simpleResolvers: true })
export class Invoice {
  @Field(() => ID)
  id!: string;

  @Field(() => String, {
    description: 'Sequential per year and never reused, e.g. INV-2026-00001.',
  })
  number!: string;

  @Field(() => InvoiceStatusEnum)
  status!: InvoiceStatus;

  @Field(() => DecimalScalar, { nullable: true })
  amount!: string | null;

  @Field(() => String)
  currency!: string;

  @Field(() => LocalDateScalar)
  issueDate!: string;

  @Field(() => LocalDateScalar)
  dueDate!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The day it was paid.' })
  completedOn!: string | null;

  @Field(() => Boolean, {
    description:
      "SENT or PROCESSING and due before today in the account's time zone (due today is not overdue).",
  })
  isOverdue!: boolean;

  @Field(() => String, { nullable: true })
  rejectionReason!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Its number in the system it was imported from (e.g. a Zoho Invoice Number).',
  })
  externalRef!: string | null;

  @Field(() => ID, { nullable: true, description: 'The billing plan part it bills, if any.' })
  planPartId!: string | null;

  salesOrderId!: string;
  reissueOfId!: string | null;
}

@InputType()
export class CreateInvoiceInput {
  @Field(() => ID)
  salesOrderId!: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'What to bill, at most what the order has unbilled; or give planPartId.',
  })
  amount?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "A part of the order's billing plan to bill; or give amount.",
  })
  planPartId?: string | null;

  @Field(() => LocalDateScalar)
  dueDate!: string;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: "Defaults to today in the account's time zone.",
  })
  issueDate?: string | null;
}

@ObjectType({ simpleResolvers: true })
export class InvoicePayload {
  @Field(() => Invoice)
  invoice!: Invoice;
}
