import { drizzle, type PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';

import * as schema from './schema';

export type Database = PostgresJsDatabase<typeof schema>;
/** A transaction handle; use cases take it so they can run inside a caller's transaction. */
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];
export type Executor = Database | Transaction;

export interface DatabaseHandle {
  db: Database;
  sql: postgres.Sql;
  close(): Promise<void>;
}

export interface ConnectOptions {
  max?: number;
  /** Called with each statement sent; tests count statements with it. */
  onQuery?: (statement: string) => void;
}

export function connectDatabase(url: string, options: ConnectOptions = {}): DatabaseHandle {
  const { onQuery } = options;
  const sql = postgres(url, {
    max: options.max ?? 10,
    ...(onQuery ? { debug: (_connection: number, statement: string) => onQuery(statement) } : {}),
    onnotice: () => undefined,
    // JIT compilation costs more than it saves on the short queries of an API.
    connection: { jit: 'off', application_name: 'arus' },
  });
  const db = drizzle(sql, { schema });
  return { db, sql, close: () => sql.end({ timeout: 5 }) };
}
