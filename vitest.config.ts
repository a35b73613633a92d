import { createRequire } from 'node:module';

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const databaseSetup = './packages/db/src/testing/global-setup.ts';

/**
 * graphql 16 ships CommonJS and ES module builds without an exports map: Node gives packages
 * such as type-graphql the CommonJS one, while Vite would give our files the ES one, and two
 * copies of graphql refuse each other's types. Everything gets Node's choice here.
 */
const oneGraphql = {
  find: /^graphql$/,
  replacement: createRequire(import.meta.url).resolve('graphql'),
};

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'domain',
          include: ['packages/domain/src/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        resolve: { alias: [oneGraphql] },
        test: {
          name: 'api',
          include: ['packages/db/src/**/*.test.ts', 'apps/api/src/**/*.test.ts'],
          environment: 'node',
          globalSetup: [databaseSetup],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        resolve: { alias: [oneGraphql] },
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.test.ts'],
          environment: 'node',
          globalSetup: [databaseSetup, './e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'web',
          include: ['apps/web/src/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['./apps/web/src/test/setup.ts'],
        },
      },
    ],
  },
});
