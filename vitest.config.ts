import { defineConfig } from 'vitest/config';

const databaseSetup = './packages/db/src/testing/global-setup.ts';

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
        test: {
          name: 'api',
          include: ['packages/db/src/**/*.test.ts', 'apps/api/src/**/*.test.ts'],
          environment: 'node',
          globalSetup: [databaseSetup],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
