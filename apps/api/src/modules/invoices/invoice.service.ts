import { and, eq, isNull, notInArray, sql } from 'drizzle-orm';

import { nextCode, schema, type Database, type Executor } from '@arus/db';
import {
  ArusError,
  FREED_INVOICE_STATUSES,
  INVOICE_TRANSITIONS,
  addDays,
  assertMove,
  daysBetween,
  describeAmount,
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
import { readId, readReason } from '../../graphql/input';
import { assertCanRead, assertMay } from '../access/policy';
import { recordAudit } from '../audit/audit.service';
import type { CustomerRow } from '../customers/customer.loader';
import { accountOf } from '../customers/customer.service';
import type { SalesOrderRow } from '../orders/sales-order.mapper';
import { selectInvoices } from './invoice.loader';
import type { InvoiceRow } from './invoice.mapper';
import type { CreateInvoiceInput } from './invoice.types';

export async function findInvoice(
  db: Database,
  viewer: Viewer,
  id: string,
): Promise<InvoiceRow | null> {
  const [invoice] = await selectInvoices(db, eq(schema.invoices.id, id));
  if (!invoice) return null;
  assertCanRead(viewer, 'Invoice', await accountOf(db, invoice.customerId));
  return invoice;
}

/**
 * The order to bill, locked first: concurrent invoices of one order are then checked one after
 * the other against what is still billable.
 */
async function lockOrderForBilling(
  tx: Executor,
  viewer: Viewer,
  salesOrderId: string,
): Promise<{ order: SalesOrderRow; customer: CustomerRow }> {
  const [order] = await tx
    .select()
    .from(schema.salesOrders)
    .where(eq(schema.salesOrders.id, salesOrderId))
    .for('update');
  if (!order) {
    throw new ArusError('NOT_FOUND', `No sales order with id ${salesOrderId} exists.`, {
      field: 'input.salesOrderId',
    });
  }
  const customer = await accountOf(tx, order.customerId);
  assertMay(viewer, 'INVOICES', customer);
  if (!isOpenOrder(order.status) && order.status !== 'FULFILLED') {
    throw validationError(
      'input.salesOrderId',
      `Order ${order.code} is ${order.status} and cannot be billed.`,
    );
  }
  return { order, customer };
}

/** What an order may still bill: its total less its invoices that are not rejected or voided. */
export async function billableOf(tx: Executor, order: SalesOrderRow): Promise<bigint> {
  const [billed] = await tx
    .select({ sum: sql<string>`coalesce(sum(${schema.invoices.amount}), 0)` })
    .from(schema.invoices)
    .where(
      and(
        eq(schema.invoices.salesOrderId, order.id),
        notInArray(schema.invoices.status, [...FREED_INVOICE_STATUSES]),
      ),
    );
  return (
    parseStoredAmount(order.total, order.currency) - parseStoredAmount(billed!.sum, order.currency)
  );
}

interface Bill {
  amount: bigint;
  issueDate: LocalDate;
  dueDate: LocalDate;
  planPartId: string | null;
  reissueOfId: string | null;
}

/**
 * Adds an invoice to a locked order. Its invoices that are not REJECTED or VOIDED never add up to
 * more than the order total; a refused invoice draws no number.
 */
async function billOrder(
  tx: Executor,
  clock: Clock,
  viewer: Viewer,
  { order, customer }: { order: SalesOrderRow; customer: CustomerRow },
  bill: Bill,
): Promise<InvoiceRow> {
  if (bill.dueDate < bill.issueDate) {
    throw validationError(
      'input.dueDate',
      `The due date ${bill.dueDate} is before the issue date ${bill.issueDate}.`,
    );
  }
  const billable = await billableOf(tx, order);
  if (bill.amount > billable) {
    const text = formatAmount(billable, order.currency);
    throw new ArusError(
      'OVERBILLED',
      `Order ${order.code} has ${describeAmount(billable, order.currency)} left to bill; this invoice asks for ${describeAmount(bill.amount, order.currency)}.`,
      { billable: text },
    );
  }

  const number = await nextCode(tx, 'INVOICE', yearOf(bill.issueDate));
  const [invoice] = await tx
    .insert(schema.invoices)
    .values({
      number,
      salesOrderId: order.id,
      customerId: order.customerId,
      status: 'GENERATED',
      amount: formatAmount(bill.amount, order.currency),
      currency: order.currency,
      issueDate: bill.issueDate,
      dueDate: bill.dueDate,
      planPartId: bill.planPartId,
      reissueOfId: bill.reissueOfId,
    })
    .returning();
  await recordAudit(tx, clock, viewer, [
    {
      customerId: order.customerId,
      entityType: 'INVOICE',
      entityId: invoice!.id,
      action: 'CREATED',
      field: 'amount',
      to: formatAmount(bill.amount, order.currency),
    },
  ]);
  return { ...invoice!, timeZone: customer.timeZone };
}

/** The plan part to bill, when it belongs to the order, is free and may be billed now. */
async function billablePart(tx: Executor, order: SalesOrderRow, planPartId: string) {
  const [part] = await tx
    .select()
    .from(schema.billingPlanParts)
    .where(
      and(
        eq(schema.billingPlanParts.id, planPartId),
        eq(schema.billingPlanParts.salesOrderId, order.id),
        isNull(schema.billingPlanParts.replacedAt),
      ),
    );
  if (!part) {
    throw new ArusError('NOT_FOUND', `Order ${order.code} has no plan part ${planPartId}.`, {
      field: 'input.planPartId',
    });
  }
  const [billing] = await tx
    .select({ number: schema.invoices.number })
    .from(schema.invoices)
    .where(
      and(
        eq(schema.invoices.planPartId, part.id),
        notInArray(schema.invoices.status, [...FREED_INVOICE_STATUSES]),
      ),
    );
  if (billing) {
    throw new ArusError('CONFLICT', `"${part.label}" is already billed by ${billing.number}.`, {
      field: 'input.planPartId',
    });
  }
  if (part.kind === 'RETENTION') {
    const [project] = await tx
      .select({ deliveredOn: schema.projects.deliveredOn })
      .from(schema.projects)
      .where(eq(schema.projects.id, order.projectId));
    if (!project?.deliveredOn) {
      throw validationError(
        'input.planPartId',
        `"${part.label}" is a retention, held until the project is delivered; mark it delivered first.`,
      );
    }
  }
  return part;
}

/**
 * An order with a billing plan is billed part by part: an amount billed beside the plan would
 * eat into its last parts, the retention held until delivery included.
 */
async function assertNoPlan(tx: Executor, order: SalesOrderRow): Promise<null> {
  const [part] = await tx
    .select({ id: schema.billingPlanParts.id })
    .from(schema.billingPlanParts)
    .where(
      and(
        eq(schema.billingPlanParts.salesOrderId, order.id),
        isNull(schema.billingPlanParts.replacedAt),
      ),
    )
    .limit(1);
  if (part) {
    throw validationError(
      'input.amount',
      `Order ${order.code} is billed by its billing plan: choose the plan part to bill.`,
    );
  }
  return null;
}

export function createInvoice(
  db: Database,
  clock: Clock,
  viewer: Viewer,
  input: CreateInvoiceInput,
): Promise<InvoiceRow> {
  if (input.amount != null && input.planPartId != null) {
    throw validationError('input.planPartId', 'Give an amount or a plan part to bill, not both.');
  }
  if (input.amount == null && input.planPartId == null) {
    throw validationError('input.amount', 'Give the amount to bill, or a plan part.');
  }
  const salesOrderId = readId('input.salesOrderId', input.salesOrderId, 'sales order');
  const planPartId = input.planPartId && readId('input.planPartId', input.planPartId, 'plan part');

  return db.transaction(async (tx) => {
    const locked = await lockOrderForBilling(tx, viewer, salesOrderId);
    const { order, customer } = locked;
    const part = planPartId
      ? await billablePart(tx, order, planPartId)
      : await assertNoPlan(tx, order);
    const amount = part
      ? parseStoredAmount(part.amount, order.currency)
      : parseAmount('input.amount', input.amount!, order.currency);
    if (amount <= 0n) {
      throw validationError('input.amount', 'An invoice amount must be more than zero.');
    }

    const today = localDateIn(customer.timeZone, clock.now());
    if (input.issueDate && input.issueDate > today) {
      throw validationError(
        'input.issueDate',
        `An invoice is issued today or earlier; ${input.issueDate} is after today (${today} in ${customer.timeZone}).`,
      );
    }

    return billOrder(tx, clock, viewer, locked, {
      amount,
      issueDate: input.issueDate ?? today,
      dueDate: input.dueDate,
      planPartId: part?.id ?? null,
      reissueOfId: null,
    });
  });
}

async function lockInvoice(tx: Executor, viewer: Viewer, id: string): Promise<InvoiceRow> {
  const [invoice] = await selectInvoices(tx, eq(schema.invoices.id, id), true);
  if (!invoice) throw notFound('invoice', id);
  assertMay(viewer, 'INVOICES', await accountOf(tx, invoice.customerId));
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
  const reason = to === 'REJECTED' ? readReason('reason', rejectionReason) : null;

  return db.transaction(async (tx) => {
    const invoice = await lockInvoice(tx, viewer, id);
    assertMove('invoice', INVOICE_TRANSITIONS, invoice.status, to);

    const today = localDateIn(invoice.timeZone, clock.now());
    const [row] = await tx
      .update(schema.invoices)
      .set({
        status: to,
        completedOn: to === 'COMPLETED' ? today : invoice.completedOn,
        rejectionReason: reason ?? invoice.rejectionReason,
        version: sql`${schema.invoices.version} + 1`,
        updatedAt: clock.now(),
      })
      .where(eq(schema.invoices.id, invoice.id))
      .returning();
    await recordAudit(tx, clock, viewer, [
      {
        customerId: invoice.customerId,
        entityType: 'INVOICE',
        entityId: invoice.id,
        action: 'STATUS_CHANGED',
        from: invoice.status,
        to,
        reason,
      },
    ]);
    return { ...row!, timeZone: invoice.timeZone };
  });
}

/**
 * Bills a rejected invoice's amount again as a new invoice that points back to it, issued today
 * with the same payment term (and the same plan part, if it billed one). A rejected invoice is
 * re-issued once; the unique index on reissue_of_id holds that under concurrency too.
 */
export async function reissueInvoice(db: Database, clock: Clock, viewer: Viewer, id: string) {
  return db.transaction(async (tx) => {
    const [found] = await selectInvoices(tx, eq(schema.invoices.id, id));
    if (!found) throw notFound('invoice', id);
    // The order first, then the invoice: the same lock order as creating an invoice.
    const locked = await lockOrderForBilling(tx, viewer, found.salesOrderId);
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

    // The same plan part is billed again while it is in the current plan; a part that a new
    // plan replaced since is not, and the amount is billed on its own.
    const [current] = rejected.planPartId
      ? await tx
          .select({ id: schema.billingPlanParts.id })
          .from(schema.billingPlanParts)
          .where(
            and(
              eq(schema.billingPlanParts.id, rejected.planPartId),
              isNull(schema.billingPlanParts.replacedAt),
            ),
          )
      : [];
    const part = current ? await billablePart(tx, locked.order, current.id) : null;

    const issueDate = localDateIn(rejected.timeZone, clock.now());
    return billOrder(tx, clock, viewer, locked, {
      amount: parseStoredAmount(rejected.amount, rejected.currency),
      issueDate,
      dueDate: addDays(issueDate, daysBetween(rejected.issueDate, rejected.dueDate)),
      planPartId: part?.id ?? null,
      reissueOfId: rejected.id,
    });
  });
}
