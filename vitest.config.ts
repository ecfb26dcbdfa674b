import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` (pure code, no database) and `integration` (one real embedded Neo4j
 * for the whole run, started by tests/support/global-setup.ts on a free port with a temporary
 * data folder). Integration files run one after another: they share that database. The browser
 * tests (tests/browser: the explorer in headless Chromium) use that database too, so they are
 * integration files; they skip themselves, with a message, when no chromium is installed.
 */
// graphql-query-complexity's ESM build would otherwise load a second copy of graphql (graphql-js
// refuses types "from another module or realm"); inlined, it shares the copy Apollo gets.
const server = { deps: { inline: ['graphql-query-complexity'] } };

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          server,
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'integration',
          server,
          include: ['tests/integration/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
