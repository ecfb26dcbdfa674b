import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` (pure code, no database) and `integration` (one real embedded Neo4j
 * for the whole run, started by tests/support/global-setup.ts on a free port with a temporary
 * data folder). Integration files run one after another: they share that database.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
