import { and, eq, notInArray, sql } from 'drizzle-orm';

import { nextCode, schema, type Database, type Executor } from '@arus/db';
import {
  ArusError,
  INVOICE_TRANSITIONS,
  addDays,
  assertMove,
  daysBetween,
  formatAmount,
  isOpenOrder,
  localDateIn,
  notFound,
  parseAmount,
  parseStoredAmount,
  validationError,
  yearOf,
  type Clock,
  type InvoiceStatus,
  type LocalDate,
} from '@arus/domain';

import type { Viewer } from '../../graphql/context';
import { assertCanOpenCustomer, assertCanWrite } from '../access/policy';
import { accountOf } from '../customers/customer.service';
import { selectInvoices } from './invoice.loader';
import type { InvoiceRow } from './invoice.mapper';
import type { CreateInvoiceInput } from './invoice.types';

const MAX_REASON_LENGTH = 1000;

export async function findInvoice(
  db: Database,
  viewer: Viewer,
  id: string,
): Promise<InvoiceRow | null> {
  const [invoice] = await selectInvoices(db, eq(schema.invoices.id, id));
  if (!invoice) return null;
  assertCanOpenCustomer(viewer, await accountOf(db, invoice.customerId));
  return invoice;
}

/**
 * Adds an invoice to an order. The order row is locked first, so concurrent invoices of one
 * order are checked one after the other against what is still billable: the invoices that are
 * not REJECTED or VOIDED never add up to more than the order total.
 */
async function billOrder(
  tx: Executor,
  viewer: Viewer,
  salesOrderId: string,
  bill: { amount: string; issueDate: LocalDate | null; dueDate: LocalDate; reissueOfId?: string },
  clock: Clock,
  field: string,
): Promise<InvoiceRow> {
  const [order] = await tx
    .select()
    .from(schema.salesOrders)
    .where(eq(schema.salesOrders.id, salesOrderId))
    .for('update');
  if (!order)
    throw new ArusError('NOT_FOUND', `No sales order with id ${salesOrderId} exists.`, {
      field: 'input.salesOrderId',
    });
  const customer = await accountOf(tx, order.customerId);
  assertCanWrite(viewer, customer);
  if (!isOpenOrder(order.status) && order.status !== 'FULFILLED') {
    throw validationError(
      'input.salesOrderId',
      `Order ${order.code} is ${order.status} and cannot be billed.`,
    );
  }

  const amount = parseAmount(field, bill.amount, order.currency);
  if (amount <= 0n) throw validationError(field, 'An invoice amount must be more than zero.');
  const issueDate = bill.issueDate ?? localDateIn(customer.timeZone, clock.now());
  if (bill.dueDate < issueDate) {
    throw validationError(
      'input.dueDate',
      `The due date ${bill.dueDate} is before the issue date ${issueDate}.`,
    );
  }

  const [billed] = await tx
    .select({ sum: sql<string>`coalesce(sum(${schema.invoices.amount}), 0)` })
    .from(schema.invoices)
    .where(
      and(
        eq(schema.invoices.salesOrderId, order.id),
        notInArray(schema.invoices.status, ['REJECTED', 'VOIDED']),
      ),
    );
  const billable =
    parseStoredAmount(order.total, order.currency) - parseStoredAmount(billed!.sum, order.currency);
  if (amount > billable) {
    const text = formatAmount(billable, order.currency);
    throw new ArusError(
      'OVERBILLED',
      `Order ${order.code} has ${text} ${order.currency} left to bill; this invoice asks for ${formatAmount(amount, order.currency)}.`,
      { billable: text },
    );
  }

  const number = await nextCode(tx, 'INVOICE', yearOf(issueDate));
  const [invoice] = await tx
    .insert(schema.invoices)
    .values({
      number,
      salesOrderId: order.id,
      customerId: order.customerId,
      status: 'GENERATED',
      amount: formatAmount(amount, order.currency),
      currency: order.currency,
      issueDate,
      dueDate: bill.dueDate,
      reissueOfId: bill.reissueOfId ?? null,
    })
    .returning();
  return { ...invoice!, timeZone: customer.timeZone };
}

export function createInvoice(
  db: Database,
  clock: Clock,
  viewer: Viewer,
  input: CreateInvoiceInput,
) {
  return db.transaction((tx) =>
    billOrder(
      tx,
      viewer,
      input.salesOrderId,
      { amount: input.amount, issueDate: input.issueDate ?? null, dueDate: input.dueDate },
      clock,
      'input.amount',
    ),
  );
}

async function lockInvoice(tx: Executor, viewer: Viewer, id: string): Promise<InvoiceRow> {
  const [invoice] = await selectInvoices(tx, eq(schema.invoices.id, id), true);
  if (!invoice) throw notFound('invoice', id);
  assertCanWrite(viewer, await accountOf(tx, invoice.customerId));
  return invoice;
}

/** Moves an invoice along its status machine; anything else is INVALID_TRANSITION. */
export async function moveInvoice(
  db: Database,
  clock: Clock,
  viewer: Viewer,
  id: string,
  to: InvoiceStatus,
  rejectionReason?: string,
): Promise<InvoiceRow> {
  const reason = rejectionReason?.trim() ?? null;
  if (to === 'REJECTED' && (!reason || reason.length > MAX_REASON_LENGTH)) {
    throw validationError(
      'reason',
      `Say why the invoice was rejected (1 to ${MAX_REASON_LENGTH} characters).`,
    );
  }

  return db.transaction(async (tx) => {
    const invoice = await lockInvoice(tx, viewer, id);
    assertMove('invoice', INVOICE_TRANSITIONS, invoice.status, to);

    const today = localDateIn(invoice.timeZone, clock.now());
    const [row] = await tx
      .update(schema.invoices)
      .set({
        status: to,
        completedOn: to === 'COMPLETED' ? today : invoice.completedOn,
        rejectionReason: to === 'REJECTED' ? reason : invoice.rejectionReason,
        version: sql`${schema.invoices.version} + 1`,
        updatedAt: new Date(),
      })
      .where(eq(schema.invoices.id, invoice.id))
      .returning();
    return { ...row!, timeZone: invoice.timeZone };
  });
}

/**
 * Bills a rejected invoice's amount again as a new invoice that points back to it, issued today
 * with the same payment term. A rejected invoice is re-issued once; the unique index on
 * reissue_of_id holds that under concurrency too.
 */
export async function reissueInvoice(db: Database, clock: Clock, viewer: Viewer, id: string) {
  return db.transaction(async (tx) => {
    const rejected = await lockInvoice(tx, viewer, id);
    if (rejected.status !== 'REJECTED') {
      throw new ArusError(
        'INVALID_TRANSITION',
        `Only a REJECTED invoice can be re-issued; ${rejected.number} is ${rejected.status}.`,
        { from: rejected.status, to: 'REJECTED' },
      );
    }
    const [already] = await tx
      .select({ number: schema.invoices.number })
      .from(schema.invoices)
      .where(eq(schema.invoices.reissueOfId, rejected.id));
    if (already) {
      throw new ArusError(
        'CONFLICT',
        `${rejected.number} was already re-issued as ${already.number}.`,
      );
    }

    const issueDate = localDateIn(rejected.timeZone, clock.now());
    const term = daysBetween(rejected.issueDate, rejected.dueDate);
    return billOrder(
      tx,
      viewer,
      rejected.salesOrderId,
      {
        amount: formatAmount(
          parseStoredAmount(rejected.amount, rejected.currency),
          rejected.currency,
        ),
        issueDate,
        dueDate: addDays(issueDate, term),
        reissueOfId: rejected.id,
      },
      clock,
      'id',
    );
  });
}
