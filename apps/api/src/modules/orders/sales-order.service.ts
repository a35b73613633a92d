import { and, asc, eq, inArray, isNull, notInArray, sql } from 'drizzle-orm';

import { schema, type Database, type Executor } from '@arus/db';
import {
  ArusError,
  FREED_INVOICE_STATUSES,
  SALES_ORDER_TRANSITIONS,
  assertMove,
  computeBillingPlan,
  formatAmount,
  isOpenOrder,
  notFound,
  parseAmount,
  parseStoredAmount,
  validationError,
  type Clock,
  type PlanPartKind,
  type SalesOrderStatus,
} from '@arus/domain';

import type { Viewer } from '../../graphql/context';
import { readReason } from '../../graphql/input';
import { assertCanRead, assertMay } from '../access/policy';
import { recordAudit, type AuditEntry } from '../audit/audit.service';
import { accountOf } from '../customers/customer.service';
import { lockProject, moveProjectDeadline } from '../projects/project-deadline.service';
import type { SalesOrderRow } from './sales-order.mapper';

export async function findSalesOrder(db: Database, viewer: Viewer, id: string) {
  const [order] = await db.select().from(schema.salesOrders).where(eq(schema.salesOrders.id, id));
  if (!order) return null;
  assertCanRead(viewer, 'SalesOrder', await accountOf(db, order.customerId));
  return order;
}

async function lockOrder(tx: Executor, id: string): Promise<SalesOrderRow> {
  const [order] = await tx
    .select()
    .from(schema.salesOrders)
    .where(eq(schema.salesOrders.id, id))
    .for('update');
  if (!order) throw notFound('sales order', id);
  return order;
}

/**
 * Moves an open order's deadline, which is its project's: the project and all its other open
 * orders move with it, in this transaction, with the reason kept.
 */
export async function updateSalesOrderDeadline(
  db: Database,
  clock: Clock,
  viewer: Viewer,
  input: { salesOrderId: string; deadline: string; reason: string },
) {
  const reason = readReason('input.reason', input.reason);

  return db.transaction(async (tx) => {
    const [found] = await tx
      .select({ projectId: schema.salesOrders.projectId })
      .from(schema.salesOrders)
      .where(eq(schema.salesOrders.id, input.salesOrderId));
    if (!found) throw notFound('sales order', input.salesOrderId);
    // The project is locked before its orders, as every deadline change does.
    const project = await lockProject(tx, found.projectId);
    const order = await lockOrder(tx, input.salesOrderId);
    assertMay(viewer, 'DELIVERY', await accountOf(tx, order.customerId));
    if (!isOpenOrder(order.status)) {
      throw validationError(
        'input.salesOrderId',
        `Order ${order.code} is ${order.status}; only an open order's deadline can move.`,
      );
    }

    const moved = await moveProjectDeadline(tx, clock, viewer, project, input.deadline, reason);
    return { order: moved.movedOrders.find((o) => o.id === order.id)!, ...moved };
  });
}

async function storeOrder(
  tx: Executor,
  clock: Clock,
  viewer: Viewer,
  order: SalesOrderRow,
  changes: { status?: SalesOrderStatus; progress?: number },
): Promise<SalesOrderRow> {
  const [row] = await tx
    .update(schema.salesOrders)
    .set({ ...changes, version: sql`${schema.salesOrders.version} + 1`, updatedAt: clock.now() })
    .where(eq(schema.salesOrders.id, order.id))
    .returning();
  const base = {
    customerId: order.customerId,
    entityType: 'SALES_ORDER' as const,
    entityId: order.id,
  };
  const entries: AuditEntry[] = [];
  if (changes.status !== undefined && changes.status !== order.status) {
    entries.push({ ...base, action: 'STATUS_CHANGED', from: order.status, to: changes.status });
  }
  if (changes.progress !== undefined && changes.progress !== order.progress) {
    entries.push({
      ...base,
      action: 'PROGRESS_SET',
      field: 'progress',
      from: String(order.progress),
      to: String(changes.progress),
    });
  }
  await recordAudit(tx, clock, viewer, entries);
  return row!;
}

/** Delivery reports progress; the first progress on an OPEN order starts it. */
export async function updateSalesOrderProgress(
  db: Database,
  clock: Clock,
  viewer: Viewer,
  input: { salesOrderId: string; progress: number },
) {
  if (!Number.isInteger(input.progress) || input.progress < 0 || input.progress > 100) {
    throw validationError('input.progress', 'Progress is a whole percentage from 0 to 100.');
  }

  return db.transaction(async (tx) => {
    const order = await lockOrder(tx, input.salesOrderId);
    assertMay(viewer, 'DELIVERY', await accountOf(tx, order.customerId));
    if (!isOpenOrder(order.status)) {
      throw validationError(
        'input.salesOrderId',
        `Order ${order.code} is ${order.status}; its progress is final.`,
      );
    }

    const starts = order.status === 'OPEN' && input.progress > 0;
    return storeOrder(tx, clock, viewer, order, {
      progress: input.progress,
      status: starts ? 'IN_PROGRESS' : order.status,
    });
  });
}

/** IN_PROGRESS → FULFILLED: the work is done, so progress reads 100. */
export async function fulfillSalesOrder(db: Database, clock: Clock, viewer: Viewer, id: string) {
  return db.transaction(async (tx) => {
    const order = await lockOrder(tx, id);
    assertMay(viewer, 'DELIVERY', await accountOf(tx, order.customerId));
    assertMove('sales order', SALES_ORDER_TRANSITIONS, order.status, 'FULFILLED');

    return storeOrder(tx, clock, viewer, order, { status: 'FULFILLED', progress: 100 });
  });
}

/** OPEN or IN_PROGRESS → CANCELLED, only while none of its invoices bills anything. */
export async function cancelSalesOrder(db: Database, clock: Clock, viewer: Viewer, id: string) {
  return db.transaction(async (tx) => {
    const order = await lockOrder(tx, id);
    assertMay(viewer, 'ORDERS', await accountOf(tx, order.customerId));
    assertMove('sales order', SALES_ORDER_TRANSITIONS, order.status, 'CANCELLED');
    const live = await liveInvoiceNumbers(tx, [order.id]);
    if (live.length > 0) {
      throw new ArusError(
        'CONFLICT',
        `Order ${order.code} is billed by ${live.join(', ')}; void or reject those invoices before cancelling it.`,
      );
    }

    return storeOrder(tx, clock, viewer, order, { status: 'CANCELLED' });
  });
}

async function liveInvoiceNumbers(tx: Executor, orderIds: string[]): Promise<string[]> {
  const rows = await tx
    .select({ number: schema.invoices.number })
    .from(schema.invoices)
    .where(
      and(
        inArray(schema.invoices.salesOrderId, orderIds),
        notInArray(schema.invoices.status, [...FREED_INVOICE_STATUSES]),
      ),
    )
    .orderBy(asc(schema.invoices.number));
  return rows.map((row) => row.number);
}

export interface PlanPartInput {
  kind: PlanPartKind;
  label: string;
  amount?: string | null;
  percentage?: string | null;
}

/**
 * Replaces an order's billing plan. The amounts are computed from the order total so that they
 * add up to it to the last minor unit; a plan with a billed part can no longer change.
 */
export async function setBillingPlan(
  db: Database,
  clock: Clock,
  viewer: Viewer,
  input: { salesOrderId: string; parts: PlanPartInput[] },
) {
  return db.transaction(async (tx) => {
    const order = await lockOrder(tx, input.salesOrderId);
    assertMay(viewer, 'ORDERS', await accountOf(tx, order.customerId));
    if (order.status === 'CANCELLED') {
      throw validationError('input.salesOrderId', `Order ${order.code} is cancelled.`);
    }
    const parts = computeBillingPlan(
      parseStoredAmount(order.total, order.currency),
      input.parts.map((part, index) => ({
        kind: part.kind,
        label: part.label,
        percentage: part.percentage ?? null,
        amount:
          part.amount == null
            ? null
            : parseAmount(`input.parts.${index}.amount`, part.amount, order.currency),
      })),
      order.currency,
    );
    const live = await liveInvoiceNumbers(tx, [order.id]);
    if (live.length > 0) {
      throw new ArusError(
        'CONFLICT',
        `${order.code} is already billed by ${live.join(', ')}; a billing plan is set before billing starts.`,
      );
    }

    await tx
      .update(schema.billingPlanParts)
      .set({ replacedAt: clock.now() })
      .where(
        and(
          eq(schema.billingPlanParts.salesOrderId, order.id),
          isNull(schema.billingPlanParts.replacedAt),
        ),
      );
    const rows = await tx
      .insert(schema.billingPlanParts)
      .values(
        parts.map((part, index) => ({
          salesOrderId: order.id,
          position: index + 1,
          kind: part.kind,
          label: part.label,
          percentage: part.percentage,
          amount: formatAmount(part.amount, order.currency),
        })),
      )
      .returning();
    await recordAudit(tx, clock, viewer, [
      {
        customerId: order.customerId,
        entityType: 'SALES_ORDER',
        entityId: order.id,
        action: 'PLAN_SET',
        field: 'billingPlan',
        to: parts
          .map((part) => `${part.label}: ${formatAmount(part.amount, order.currency)}`)
          .join('; '),
      },
    ]);

    return { order, parts: rows };
  });
}
