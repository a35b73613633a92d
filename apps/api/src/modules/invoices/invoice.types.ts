import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';

import { INVOICE_STATUSES, type InvoiceStatus } from '@arus/domain';

import { DecimalScalar, LocalDateScalar } from '../../graphql/scalars';

export const InvoiceStatusEnum = Object.fromEntries(INVOICE_STATUSES.map((s) => [s, s])) as {
  [K in InvoiceStatus]: K;
};

registerEnumType(InvoiceStatusEnum, {
  name: 'InvoiceStatus',
  description:
    'GENERATED → SENT → PROCESSING → COMPLETED (paid); SENT or PROCESSING → REJECTED; GENERATED → VOIDED. COMPLETED, REJECTED and VOIDED are final.',
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

  salesOrderId!: string;
  reissueOfId!: string | null;
}

@InputType()
export class CreateInvoiceInput {
  @Field(() => ID)
  salesOrderId!: string;

  @Field(() => DecimalScalar, { description: 'What to bill; at most what the order has unbilled.' })
  amount!: string;

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
