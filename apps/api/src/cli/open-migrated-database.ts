import { migrateDatabase, type Database } from '@arus/db';

import { readConfig } from '../config';
import { openDatabase } from '../database';

/**
 * Runs `work` on the configured database, brought up to the latest migration first, and
 * closes it (stopping the embedded server if this process started it) whatever happens.
 */
export async function withMigratedDatabase<T>(work: (db: Database) => Promise<T>): Promise<T> {
  const database = await openDatabase(readConfig());
  try {
    await migrateDatabase(database.db);
    return await work(database.db);
  } finally {
    await database.close();
  }
}
