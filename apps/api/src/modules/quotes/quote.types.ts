import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

import { QUOTE_ACTIONS, QUOTE_STATUSES, type QuoteAction, type QuoteStatus } from '@arus/domain';

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

export const QuoteActionEnum = Object.fromEntries(QUOTE_ACTIONS.map((a) => [a, a])) as {
  [K in QuoteAction]: K;
};

registerEnumType(QuoteActionEnum, {
  name: 'QuoteAction',
  description: 'What the viewer may do next with a quote: EDIT (a draft), SEND, ACCEPT, DECLINE.',
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

  @Field(() => Int, { description: 'Changes with every edit; send it back with updateQuote.' })
  version!: number;

  /** Today in the account's time zone, when the quote was read. */
  today!: string;

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

@InputType({ description: 'Changes a DRAFT quote; a field left out keeps its value.' })
export class UpdateQuoteInput {
  @Field(() => ID)
  quoteId!: string;

  @Field(() => Int, { description: 'The version you loaded; CONFLICT when it changed since.' })
  version!: number;

  @Field(() => DecimalScalar, { nullable: true })
  total?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  validUntil?: string | null;
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

  /** Read through AcceptQuotePayloadResolver: a role may accept quotes without seeing orders. */
  order!: SalesOrder;
}
