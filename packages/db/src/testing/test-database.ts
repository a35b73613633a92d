import { randomBytes } from 'node:crypto';

import postgres from 'postgres';
import { inject } from 'vitest';

import { connectDatabase, type ConnectOptions, type DatabaseHandle } from '../client';
import { TEMPLATE_DATABASE, withDatabase } from './global-setup';

export interface TestDatabase extends DatabaseHandle {
  url: string;
  /** Closes the connections and drops the database. */
  drop(): Promise<void>;
}

/**
 * A fresh, migrated, empty database of its own for one test file, cloned from the template so
 * that files run in parallel without seeing each other's rows.
 */
export async function createTestDatabase(options: ConnectOptions = {}): Promise<TestDatabase> {
  const adminUrl = inject('adminDatabaseUrl');
  const name = `arus_test_${randomBytes(6).toString('hex')}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => undefined });
  await admin.unsafe(`create database ${name} template ${TEMPLATE_DATABASE}`);
  await admin.end();

  const url = withDatabase(adminUrl, name);
  const handle = connectDatabase(url, options);
  return {
    ...handle,
    url,
    async drop() {
      await handle.close();
      const dropper = postgres(adminUrl, { max: 1, onnotice: () => undefined });
      await dropper.unsafe(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}
