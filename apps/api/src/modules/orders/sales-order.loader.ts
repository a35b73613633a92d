import DataLoader from 'dataloader';
import { and, asc, inArray, isNull } from 'drizzle-orm';

import { schema, type Database } from '@arus/db';

import { groupByKey, indexByKey } from '../../graphql/batch';
import type { BillingPlanPartRow, SalesOrderRow } from './sales-order.mapper';

export function createSalesOrderLoaders(db: Database) {
  const select = () => db.select().from(schema.salesOrders);
  return {
    salesOrderById: new DataLoader<string, SalesOrderRow | null>(async (ids) => {
      const rows = await select().where(inArray(schema.salesOrders.id, [...ids]));
      return indexByKey(ids, rows, (row) => row.id);
    }),

    salesOrderByQuoteId: new DataLoader<string, SalesOrderRow | null>(async (ids) => {
      const rows = await select().where(inArray(schema.salesOrders.quoteId, [...ids]));
      return indexByKey(ids, rows, (row) => row.quoteId);
    }),

    /** The current billing plan of each order, in billing order. */
    billingPlanByOrderId: new DataLoader<string, BillingPlanPartRow[]>(async (ids) => {
      const rows = await db
        .select()
        .from(schema.billingPlanParts)
        .where(
          and(
            inArray(schema.billingPlanParts.salesOrderId, [...ids]),
            isNull(schema.billingPlanParts.replacedAt),
          ),
        )
        .orderBy(asc(schema.billingPlanParts.position));
      return groupByKey(ids, rows, (row) => row.salesOrderId);
    }),

    salesOrdersByProjectId: new DataLoader<string, SalesOrderRow[]>(async (ids) => {
      const rows = await select()
        .where(inArray(schema.salesOrders.projectId, [...ids]))
        .orderBy(asc(schema.salesOrders.code));
      return groupByKey(ids, rows, (row) => row.projectId);
    }),
  };
}
