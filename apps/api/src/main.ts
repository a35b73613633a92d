import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

import { migrateDatabase } from '@arus/db';
import { hasDemoData } from '@arus/db/demo';
import { systemClock } from '@arus/domain';

import { startServer } from './app';
import { ROOT_DIR, readConfig } from './config';
import { openDatabase } from './database';
import { createLogger } from './logger';
import { loadDemoData } from './demo-data';
import { every } from './jobs/scheduler';
import { expireQuotes } from './modules/quotes/quote-expiry.service';

const WEB_DIR = path.join(ROOT_DIR, 'apps/web');
const WEB_DIST = path.join(WEB_DIR, 'dist');

function newestChange(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestChange(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** Builds the SPA when it was never built or its sources changed since. */
function ensureWebBuilt(log: (message: string) => void): void {
  const index = path.join(WEB_DIST, 'index.html');
  const sources = [path.join(WEB_DIR, 'src'), path.join(WEB_DIR, 'index.html')];
  const isFresh =
    existsSync(index) &&
    statSync(index).mtimeMs >=
      Math.max(
        ...sources.map((source) =>
          statSync(source).isDirectory() ? newestChange(source) : statSync(source).mtimeMs,
        ),
      );
  if (isFresh) return;
  log('building the web app');
  const result = spawnSync('pnpm', ['--filter', '@arus/web', 'build'], {
    cwd: ROOT_DIR,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('Building the web app failed; see the output above.');
}

async function main(): Promise<void> {
  const config = readConfig();
  const log = createLogger({ level: config.logLevel, pretty: !config.isProduction });
  const startedAt = Date.now();

  ensureWebBuilt((message) => log.info(message));
  const database = await openDatabase(config, (message) => log.debug({ postgres: message.trim() }));
  await migrateDatabase(database.db);
  if (database.isEmbedded && !(await hasDemoData(database.db))) {
    log.info(await loadDemoData(database.db, systemClock), 'demo data loaded');
  }

  const app = await startServer({
    db: database.db,
    clock: systemClock,
    log,
    port: config.port,
    host: config.host,
    webDistDir: WEB_DIST,
  });
  const stopExpiry = every(60_000, 'expire quotes', log, async () => {
    const expired = await expireQuotes(database.db, systemClock);
    if (expired > 0) log.info({ expired }, 'quotes expired');
  });
  log.info(
    { url: `http://localhost:${config.port}`, seconds: (Date.now() - startedAt) / 1000 },
    'Arus is listening',
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'stopping');
    await stopExpiry();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  const code = (error as { code?: string }).code;
  console.error(
    code === 'EADDRINUSE'
      ? `Port ${readConfig().port} is already in use: stop what runs there, or start with another PORT.`
      : error,
  );
  process.exit(1);
});
