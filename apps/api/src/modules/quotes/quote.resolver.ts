import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';

import { quoteActions, type QuoteAction } from '@arus/domain';

import type { Context } from '../../graphql/context';
import { assertReads, canRead, hasRight, requireViewer } from '../access/policy';
import { toAuditEvents } from '../audit/audit.mapper';
import { AuditEvent } from '../audit/audit.types';
import { toSalesOrder } from '../orders/sales-order.mapper';
import { SalesOrder } from '../orders/sales-order.types';
import { toProject } from '../projects/project.mapper';
import { Project } from '../projects/project.types';
import { toQuote } from './quote.mapper';
import {
  acceptQuote,
  createQuote,
  declineQuote,
  findQuote,
  sendQuote,
  updateQuote,
} from './quote.service';
import {
  AcceptQuotePayload,
  CreateQuoteInput,
  Quote,
  QuoteActionEnum,
  QuotePayload,
  UpdateQuoteInput,
} from './quote.types';

@Resolver(() => Quote)
export class QuoteResolver {
  @Query(() => Quote, { nullable: true })
  async quote(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<Quote | null> {
    const viewer = requireViewer(context);

    const row = await findQuote(context.db, viewer, id);

    return row && toQuote(viewer, row, context.clock);
  }

  @Mutation(() => QuotePayload, { description: 'A new quote: ACTIVE, or DRAFT when asDraft.' })
  async createQuote(
    @Arg('input', () => CreateQuoteInput) input: CreateQuoteInput,
    @Ctx() context: Context,
  ): Promise<QuotePayload> {
    const viewer = requireViewer(context);

    const row = await createQuote(context.db, context.clock, viewer, input);

    context.log.info({ quoteId: row.id, code: row.code }, 'quote created');
    return { quote: toQuote(viewer, row, context.clock) };
  }

  @Mutation(() => QuotePayload, { description: 'DRAFT → ACTIVE.' })
  async sendQuote(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<QuotePayload> {
    const viewer = requireViewer(context);

    const row = await sendQuote(context.db, context.clock, viewer, id);

    context.log.info({ quoteId: row.id }, 'quote sent');
    return { quote: toQuote(viewer, row, context.clock) };
  }

  @Mutation(() => AcceptQuotePayload, {
    description: 'ACTIVE → ACCEPTED, creating its one sales order; QUOTE_EXPIRED after its day.',
  })
  async acceptQuote(
    @Arg('id', () => ID) id: string,
    @Ctx() context: Context,
  ): Promise<AcceptQuotePayload> {
    const viewer = requireViewer(context);

    const { quote, salesOrder } = await acceptQuote(context.db, context.clock, viewer, id);

    context.log.info({ quoteId: quote.id, orderId: salesOrder.id }, 'quote accepted');
    return {
      quote: toQuote(viewer, quote, context.clock),
      order: toSalesOrder(viewer, salesOrder),
    };
  }

  @Mutation(() => QuotePayload, { description: 'ACTIVE → DECLINED: the customer said no.' })
  async declineQuote(
    @Arg('id', () => ID) id: string,
    @Ctx() context: Context,
  ): Promise<QuotePayload> {
    const viewer = requireViewer(context);

    const row = await declineQuote(context.db, context.clock, viewer, id);

    context.log.info({ quoteId: row.id }, 'quote declined');
    return { quote: toQuote(viewer, row, context.clock) };
  }

  @Mutation(() => QuotePayload, { description: 'Changes the total or validity of a DRAFT.' })
  async updateQuote(
    @Arg('input', () => UpdateQuoteInput) input: UpdateQuoteInput,
    @Ctx() context: Context,
  ): Promise<QuotePayload> {
    const viewer = requireViewer(context);

    const row = await updateQuote(context.db, context.clock, viewer, input);

    context.log.info({ quoteId: row.id }, 'quote updated');
    return { quote: toQuote(viewer, row, context.clock) };
  }

  @FieldResolver(() => [QuoteActionEnum], {
    description: 'What the viewer may do next, by the status machine and its role.',
  })
  actions(@Root() quote: Quote, @Ctx() context: Context): QuoteAction[] {
    if (!hasRight(requireViewer(context), 'QUOTES')) return [];
    return quoteActions(quote.status, quote.validUntil < quote.today);
  }

  @FieldResolver(() => [AuditEvent], { description: 'Its changes, oldest first.' })
  async history(@Root() quote: Quote, @Ctx() context: Context): Promise<AuditEvent[]> {
    const rows = await context.loaders.auditEventsByEntityId.load(quote.id);
    return toAuditEvents(requireViewer(context), rows);
  }

  @FieldResolver(() => Project)
  async project(@Root() quote: Quote, @Ctx() context: Context): Promise<Project> {
    const viewer = requireViewer(context);
    assertReads(viewer, 'Project');
    const row = await context.loaders.projectById.load(quote.projectId);
    return toProject(viewer, row!, quote.currency);
  }

  @FieldResolver(() => SalesOrder, { nullable: true, description: 'Its order, once accepted.' })
  async salesOrder(@Root() quote: Quote, @Ctx() context: Context): Promise<SalesOrder | null> {
    const viewer = requireViewer(context);
    if (!canRead(viewer, 'SalesOrder')) return null;
    const row = await context.loaders.salesOrderByQuoteId.load(quote.id);
    return row && toSalesOrder(viewer, row);
  }
}

@Resolver(() => AcceptQuotePayload)
export class AcceptQuotePayloadResolver {
  @FieldResolver(() => SalesOrder, {
    description:
      'The one sales order the accepted quote became (FORBIDDEN to roles that do not see orders).',
  })
  salesOrder(@Root() payload: AcceptQuotePayload, @Ctx() context: Context): SalesOrder {
    assertReads(requireViewer(context), 'SalesOrder');
    return payload.order;
  }
}
