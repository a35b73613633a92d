import type { schema } from '@arus/db';

import type { Viewer } from '../../graphql/context';
import { moneyOut } from '../../graphql/money';
import type { BillingPlanPart, SalesOrder } from './sales-order.types';

export type SalesOrderRow = typeof schema.salesOrders.$inferSelect;
export type BillingPlanPartRow = typeof schema.billingPlanParts.$inferSelect;

export function toSalesOrder(viewer: Viewer, row: SalesOrderRow): SalesOrder {
  return {
    id: row.id,
    code: row.code,
    status: row.status,
    total: moneyOut(viewer, row.total, row.currency),
    currency: row.currency,
    deadline: row.deadline,
    progress: row.progress,
    version: row.version,
    quoteId: row.quoteId,
    projectId: row.projectId,
    storedTotal: row.total,
  };
}

export function toBillingPlanPart(
  viewer: Viewer,
  row: BillingPlanPartRow,
  currency: string,
): BillingPlanPart {
  return {
    id: row.id,
    position: row.position,
    kind: row.kind,
    label: row.label,
    percentage: row.percentage === null ? null : row.percentage.replace(/\.?0+$/, ''),
    amount: moneyOut(viewer, row.amount, currency),
    salesOrderId: row.salesOrderId,
  };
}
