import DataLoader from 'dataloader';
import { and, inArray } from 'drizzle-orm';

import { schema, type Database } from '@arus/db';
import { OUTSTANDING_STATUSES } from '@arus/domain';

import { groupByKey, indexByKey } from '../../graphql/batch';

export type CustomerRow = typeof schema.customers.$inferSelect;

export interface OutstandingInvoiceRow {
  customerId: string;
  status: (typeof OUTSTANDING_STATUSES)[number];
  amount: string;
  currency: string;
  dueDate: string;
}

export function createCustomerLoaders(db: Database) {
  return {
    customerById: new DataLoader<string, CustomerRow | null>(async (ids) => {
      const rows = await db
        .select()
        .from(schema.customers)
        .where(inArray(schema.customers.id, [...ids]));
      return indexByKey(ids, rows, (row) => row.id);
    }),

    /** What each account still owes, for the list's open and overdue amounts. */
    outstandingInvoicesByCustomerId: new DataLoader<string, OutstandingInvoiceRow[]>(
      async (ids) => {
        const rows = await db
          .select({
            customerId: schema.invoices.customerId,
            status: schema.invoices.status,
            amount: schema.invoices.amount,
            currency: schema.invoices.currency,
            dueDate: schema.invoices.dueDate,
          })
          .from(schema.invoices)
          .where(
            and(
              inArray(schema.invoices.customerId, [...ids]),
              inArray(schema.invoices.status, [...OUTSTANDING_STATUSES]),
            ),
          );
        return groupByKey(ids, rows as OutstandingInvoiceRow[], (row) => row.customerId);
      },
    ),
  };
}
