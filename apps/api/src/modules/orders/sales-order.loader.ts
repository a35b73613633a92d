import DataLoader from 'dataloader';
import { asc, inArray } from 'drizzle-orm';

import { schema, type Database } from '@arus/db';

import { groupByKey, indexByKey } from '../../graphql/batch';
import type { SalesOrderRow } from './sales-order.mapper';

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

    salesOrdersByProjectId: new DataLoader<string, SalesOrderRow[]>(async (ids) => {
      const rows = await select()
        .where(inArray(schema.salesOrders.projectId, [...ids]))
        .orderBy(asc(schema.salesOrders.code));
      return groupByKey(ids, rows, (row) => row.projectId);
    }),
  };
}
