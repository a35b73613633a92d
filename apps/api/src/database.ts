import { connectDatabase, startEmbeddedPostgres, type DatabaseHandle } from '@arus/db';

import type { Config } from './config';

export interface OpenDatabase extends DatabaseHandle {
  /** True when the database is the embedded one (and so demo data belongs in it). */
  isEmbedded: boolean;
}

/**
 * Connects to DATABASE_URL, or to the embedded PostgreSQL of the data folder, starting it when
 * no other process serves that folder yet. Closing stops the embedded server if we started it.
 */
export async function openDatabase(
  config: Config,
  log: (message: string) => void = () => undefined,
): Promise<OpenDatabase> {
  if (config.databaseUrl) {
    return { ...connectDatabase(config.databaseUrl), isEmbedded: false };
  }
  const server = await startEmbeddedPostgres(config.dataDir, { log });
  const handle = connectDatabase(server.url);
  return {
    ...handle,
    isEmbedded: true,
    async close() {
      await handle.close();
      await server.stop();
    },
  };
}
