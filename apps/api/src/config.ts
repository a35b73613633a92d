import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { z } from 'zod';

/** The repository root, so that relative defaults do not depend on where a command runs. */
export const ROOT_DIR = fileURLToPath(new URL('../../../', import.meta.url));

const environment = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z.string().min(1).optional(),
  ARUS_DATA_DIR: z.string().min(1).optional(),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export interface Config {
  port: number;
  /** The interface to listen on: loopback unless a deployment opens it (0.0.0.0). */
  host: string;
  /** An external PostgreSQL; when absent, an embedded one runs in `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  isProduction: boolean;
  logLevel: string;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = environment.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.')}: ${issue.message}`,
    );
    throw new Error(`Invalid configuration: ${problems.join('; ')}`);
  }
  const values = parsed.data;
  return {
    port: values.PORT,
    host: values.HOST,
    databaseUrl: values.DATABASE_URL,
    dataDir: path.resolve(ROOT_DIR, values.ARUS_DATA_DIR ?? '.data'),
    isProduction: values.NODE_ENV === 'production',
    logLevel: values.LOG_LEVEL,
  };
}
