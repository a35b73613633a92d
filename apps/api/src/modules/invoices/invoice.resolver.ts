import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';

import { invoiceActions, type InvoiceAction, type InvoiceStatus } from '@arus/domain';

import type { Context } from '../../graphql/context';
import { assertReads, hasRight, requireViewer } from '../access/policy';
import { toAuditEvents } from '../audit/audit.mapper';
import { AuditEvent } from '../audit/audit.types';
import { toSalesOrder } from '../orders/sales-order.mapper';
import { SalesOrder } from '../orders/sales-order.types';
import { toInvoice } from './invoice.mapper';
import { createInvoice, findInvoice, moveInvoice, reissueInvoice } from './invoice.service';
import { CreateInvoiceInput, Invoice, InvoiceActionEnum, InvoicePayload } from './invoice.types';

@Resolver(() => Invoice)
export class InvoiceResolver {
  @Query(() => Invoice, { nullable: true })
  async invoice(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<Invoice | null> {
    const viewer = requireViewer(context);

    const row = await findInvoice(context.db, viewer, id);

    return row && toInvoice(viewer, row, context.clock);
  }

  @Mutation(() => InvoicePayload, {
    description: 'Bills part of an order as a GENERATED invoice; OVERBILLED past what is billable.',
  })
  async createInvoice(
    @Arg('input', () => CreateInvoiceInput) input: CreateInvoiceInput,
    @Ctx() context: Context,
  ): Promise<InvoicePayload> {
    const viewer = requireViewer(context);

    const row = await createInvoice(context.db, context.clock, viewer, input);

    context.log.info(
      { invoiceId: row.id, number: row.number, amount: row.amount },
      'invoice created',
    );
    return { invoice: toInvoice(viewer, row, context.clock) };
  }

  @Mutation(() => InvoicePayload, { description: 'GENERATED → SENT.' })
  sendInvoice(@Arg('id', () => ID) id: string, @Ctx() context: Context) {
    return move(context, id, 'SENT');
  }

  @Mutation(() => InvoicePayload, { description: 'SENT → PROCESSING: the customer is paying it.' })
  startInvoiceProcessing(@Arg('id', () => ID) id: string, @Ctx() context: Context) {
    return move(context, id, 'PROCESSING');
  }

  @Mutation(() => InvoicePayload, { description: 'PROCESSING → COMPLETED: paid today.' })
  completeInvoice(@Arg('id', () => ID) id: string, @Ctx() context: Context) {
    return move(context, id, 'COMPLETED');
  }

  @Mutation(() => InvoicePayload, { description: 'SENT or PROCESSING → REJECTED, with a reason.' })
  rejectInvoice(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() context: Context,
  ) {
    return move(context, id, 'REJECTED', reason);
  }

  @Mutation(() => InvoicePayload, { description: 'GENERATED → VOIDED: never sent, withdrawn.' })
  voidInvoice(@Arg('id', () => ID) id: string, @Ctx() context: Context) {
    return move(context, id, 'VOIDED');
  }

  @Mutation(() => InvoicePayload, {
    description: 'Bills a REJECTED invoice again as a new invoice whose reissueOf points to it.',
  })
  async reissueInvoice(@Arg('id', () => ID) id: string, @Ctx() context: Context) {
    const viewer = requireViewer(context);

    const row = await reissueInvoice(context.db, context.clock, viewer, id);

    context.log.info({ invoiceId: row.id, reissueOf: id }, 'invoice re-issued');
    return { invoice: toInvoice(viewer, row, context.clock) };
  }

  @FieldResolver(() => [InvoiceActionEnum], {
    description: 'What the viewer may do next, by the status machine and its role.',
  })
  async actions(@Root() invoice: Invoice, @Ctx() context: Context): Promise<InvoiceAction[]> {
    if (!hasRight(requireViewer(context), 'INVOICES')) return [];
    const reissue =
      invoice.status === 'REJECTED'
        ? await context.loaders.reissueByInvoiceId.load(invoice.id)
        : null;
    return invoiceActions(invoice.status, reissue !== null);
  }

  @FieldResolver(() => Invoice, { nullable: true, description: 'The invoice that re-issued it.' })
  async reissuedBy(@Root() invoice: Invoice, @Ctx() context: Context): Promise<Invoice | null> {
    const row = await context.loaders.reissueByInvoiceId.load(invoice.id);
    return row && toInvoice(requireViewer(context), row, context.clock);
  }

  @FieldResolver(() => [AuditEvent], { description: 'Its changes, oldest first.' })
  async history(@Root() invoice: Invoice, @Ctx() context: Context): Promise<AuditEvent[]> {
    const rows = await context.loaders.auditEventsByEntityId.load(invoice.id);
    return toAuditEvents(requireViewer(context), rows);
  }

  @FieldResolver(() => SalesOrder)
  async salesOrder(@Root() invoice: Invoice, @Ctx() context: Context): Promise<SalesOrder> {
    const viewer = requireViewer(context);
    assertReads(viewer, 'SalesOrder');
    const row = await context.loaders.salesOrderById.load(invoice.salesOrderId);
    return toSalesOrder(viewer, row!);
  }

  @FieldResolver(() => Invoice, {
    nullable: true,
    description: 'The rejected invoice it replaces.',
  })
  async reissueOf(@Root() invoice: Invoice, @Ctx() context: Context): Promise<Invoice | null> {
    if (!invoice.reissueOfId) return null;
    const row = await context.loaders.invoiceById.load(invoice.reissueOfId);
    return row && toInvoice(requireViewer(context), row, context.clock);
  }
}

async function move(
  context: Context,
  id: string,
  to: InvoiceStatus,
  reason?: string,
): Promise<InvoicePayload> {
  const viewer = requireViewer(context);

  const row = await moveInvoice(context.db, context.clock, viewer, id, to, reason);

  context.log.info({ invoiceId: row.id, status: to }, 'invoice moved');
  return { invoice: toInvoice(viewer, row, context.clock) };
}
