import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';

import { QUOTE_STATUSES, type QuoteStatus } from '@arus/domain';

import { DecimalScalar, LocalDateScalar } from '../../graphql/scalars';
import { SalesOrder } from '../orders/sales-order.types';

export const QuoteStatusEnum = Object.fromEntries(QUOTE_STATUSES.map((s) => [s, s])) as {
  [K in QuoteStatus]: K;
};

registerEnumType(QuoteStatusEnum, {
  name: 'QuoteStatus',
  description:
    'DRAFT until sent; ACTIVE while it may be accepted; ACCEPTED, DECLINED and EXPIRED are final.',
});

@ObjectType({
  description: 'One proposal for a project; a project may have several.',
  simpleResolvers: true,
})
export class Quote {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Unique, e.g. QUO-2026-00012.' })
  code!: string;

  @Field(() => QuoteStatusEnum, {
    description:
      "An ACTIVE quote past its valid-until day (in the customer's time zone) reads EXPIRED at once.",
  })
  status!: QuoteStatus;

  @Field(() => DecimalScalar, { nullable: true })
  total!: string | null;

  @Field(() => String)
  currency!: string;

  @Field(() => LocalDateScalar, { description: 'Valid through the whole of this day.' })
  validUntil!: string;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'Accepted or declined: that local day; expired: the day after validUntil.',
  })
  decidedOn!: string | null;

  projectId!: string;
}

@InputType()
export class CreateQuoteInput {
  @Field(() => ID)
  projectId!: string;

  @Field(() => DecimalScalar)
  total!: string;

  @Field(() => LocalDateScalar)
  validUntil!: string;

  @Field(() => Boolean, { nullable: true, description: 'Keep it as a DRAFT instead of ACTIVE.' })
  asDraft?: boolean | null;
}

@ObjectType({ simpleResolvers: true })
export class QuotePayload {
  @Field(() => Quote)
  quote!: Quote;
}

@ObjectType({ simpleResolvers: true })
export class AcceptQuotePayload {
  @Field(() => Quote)
  quote!: Quote;

  @Field(() => SalesOrder, { description: 'The one sales order the accepted quote became.' })
  salesOrder!: SalesOrder;
}
