import type { schema } from '@arus/db';

import type { Viewer } from '../../graphql/context';
import { moneyOut } from '../../graphql/money';
import type { SalesOrder } from './sales-order.types';

export type SalesOrderRow = typeof schema.salesOrders.$inferSelect;

export function toSalesOrder(viewer: Viewer, row: SalesOrderRow): SalesOrder {
  return {
    id: row.id,
    code: row.code,
    status: row.status,
    total: moneyOut(viewer, row.total, row.currency),
    currency: row.currency,
    deadline: row.deadline,
    progress: row.progress,
    quoteId: row.quoteId,
    projectId: row.projectId,
    storedTotal: row.total,
  };
}
