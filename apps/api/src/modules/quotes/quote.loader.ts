import DataLoader from 'dataloader';
import { asc, eq, getTableColumns, inArray, type SQL } from 'drizzle-orm';

import { schema, type Database, type Executor } from '@arus/db';

import { groupByKey, indexByKey } from '../../graphql/batch';
import type { QuoteRow } from './quote.mapper';

/** Quotes with their account's time zone; `lock` holds the quote rows until the transaction ends. */
export function selectQuotes(db: Executor, where: SQL, lock = false): Promise<QuoteRow[]> {
  const query = db
    .select({ ...getTableColumns(schema.quotes), timeZone: schema.customers.timeZone })
    .from(schema.quotes)
    .innerJoin(schema.customers, eq(schema.customers.id, schema.quotes.customerId))
    .where(where)
    .orderBy(asc(schema.quotes.code));
  return lock ? query.for('update', { of: schema.quotes }) : query;
}

export function createQuoteLoaders(db: Database) {
  return {
    quoteById: new DataLoader<string, QuoteRow | null>(async (ids) => {
      const rows = await selectQuotes(db, inArray(schema.quotes.id, [...ids]));
      return indexByKey(ids, rows, (row) => row.id);
    }),

    quotesByProjectId: new DataLoader<string, QuoteRow[]>(async (ids) => {
      const rows = await selectQuotes(db, inArray(schema.quotes.projectId, [...ids]));
      return groupByKey(ids, rows, (row) => row.projectId);
    }),
  };
}
