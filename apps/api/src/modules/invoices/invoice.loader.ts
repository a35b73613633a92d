import DataLoader from 'dataloader';
import { asc, eq, getTableColumns, inArray, type SQL } from 'drizzle-orm';

import { schema, type Database, type Executor } from '@arus/db';

import { groupByKey, indexByKey } from '../../graphql/batch';
import type { InvoiceRow } from './invoice.mapper';

/** Invoices with their account's time zone; `lock` holds the invoice rows until the transaction ends. */
export function selectInvoices(db: Executor, where: SQL, lock = false): Promise<InvoiceRow[]> {
  const query = db
    .select({ ...getTableColumns(schema.invoices), timeZone: schema.customers.timeZone })
    .from(schema.invoices)
    .innerJoin(schema.customers, eq(schema.customers.id, schema.invoices.customerId))
    .where(where)
    .orderBy(asc(schema.invoices.number));
  return lock ? query.for('update', { of: schema.invoices }) : query;
}

export function createInvoiceLoaders(db: Database) {
  return {
    invoiceById: new DataLoader<string, InvoiceRow | null>(async (ids) => {
      const rows = await selectInvoices(db, inArray(schema.invoices.id, [...ids]));
      return indexByKey(ids, rows, (row) => row.id);
    }),

    /** The invoice that re-issues each rejected one, if any. */
    reissueByInvoiceId: new DataLoader<string, InvoiceRow | null>(async (ids) => {
      const rows = await selectInvoices(db, inArray(schema.invoices.reissueOfId, [...ids]));
      return indexByKey(ids, rows, (row) => row.reissueOfId!);
    }),

    invoicesBySalesOrderId: new DataLoader<string, InvoiceRow[]>(async (ids) => {
      const rows = await selectInvoices(db, inArray(schema.invoices.salesOrderId, [...ids]));
      return groupByKey(ids, rows, (row) => row.salesOrderId);
    }),
  };
}
