import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import postgres from 'postgres';
import type { TestProject } from 'vitest/node';

import { connectDatabase } from '../client';
import { startEmbeddedPostgres } from '../embedded';
import { migrateDatabase } from '../migrate';

export const TEMPLATE_DATABASE = 'arus_test_template';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A server URL whose user may create databases; tests clone the migrated template. */
    adminDatabaseUrl: string;
  }
}

/**
 * Starts one PostgreSQL for the whole run (an embedded one in a temporary folder, or the server
 * of DATABASE_URL) and migrates a template database that each test file clones.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let adminUrl = process.env.DATABASE_URL;
  let stop = async () => undefined as void;
  if (!adminUrl) {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'arus-test-'));
    // PostgreSQL runs as its own OS user when we are root, and must reach the folder.
    await chmod(dataDir, 0o755);
    const server = await startEmbeddedPostgres(dataDir, { database: 'postgres' });
    adminUrl = server.url;
    stop = async () => {
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    };
  }

  const admin = postgres(adminUrl, { max: 1, onnotice: () => undefined });
  await admin.unsafe(`drop database if exists ${TEMPLATE_DATABASE} with (force)`);
  await admin.unsafe(`create database ${TEMPLATE_DATABASE}`);
  const template = connectDatabase(withDatabase(adminUrl, TEMPLATE_DATABASE), { max: 1 });
  await migrateDatabase(template.db);
  await template.close();
  await admin.end();

  project.provide('adminDatabaseUrl', adminUrl);
  return stop;
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
