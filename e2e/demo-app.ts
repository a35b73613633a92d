import pino from 'pino';
import type { Browser } from 'playwright-core';
import { inject } from 'vitest';

import { createTestDatabase, type TestDatabase } from '@arus/db/testing';
import { fixedClock } from '@arus/domain';

import { startServer } from '../apps/api/src/app';
import { loadDemoData } from '../apps/api/src/demo-data';
import { launchBrowser } from './browser';

/** 2026-06-15, 10:00 in Jakarta: the demo data is generated relative to this day. */
export const DEMO_NOW = '2026-06-15T03:00:00Z';
export const DEMO_TODAY = '2026-06-15';

export interface DemoApp {
  database: TestDatabase;
  url: string;
  browser: Browser;
  close(): Promise<void>;
}

/**
 * The whole product for one test file: a database of its own with the demo data of
 * DEMO_TODAY, the server (SPA included) on a free port at that fixed instant, and Chromium.
 */
export async function startDemoApp(): Promise<DemoApp> {
  const database = await createTestDatabase();
  const clock = fixedClock(DEMO_NOW);
  await loadDemoData(database.db, clock, { today: DEMO_TODAY });
  const app = await startServer({
    db: database.db,
    clock,
    log: pino({ level: 'silent' }),
    port: 0,
    webDistDir: inject('webDistDir'),
  });
  const browser = await launchBrowser();
  return {
    database,
    url: app.url,
    browser,
    async close() {
      await browser.close();
      await app.close();
      await database.drop();
    },
  };
}
