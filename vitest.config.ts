import { configDefaults, defineConfig } from 'vitest/config';

// CI has no Meilisearch server: that contract runs with `npm run test:meili` where MEILI_URL points to one.
const MEILI_CONTRACT = 'test/contracts/meilisearch-index.int.test.ts';

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 180_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, MEILI_CONTRACT, 'test/**/*.int.test.ts', 'test/**/*.e2e.test.ts'],
        },
      },
      {
        // Real Neo4j (started by the global setup): one file at a time, it is one shared server.
        extends: true,
        test: {
          name: 'neo4j',
          include: ['test/**/*.int.test.ts'],
          exclude: [...configDefaults.exclude, MEILI_CONTRACT],
          fileParallelism: false,
          testTimeout: 120_000,
          sequence: { groupOrder: 1 },
          globalSetup: ['test/helpers/neo4j-global-setup.ts'],
        },
      },
      {
        // Headless Chromium against a real server; heavy, so alone and last.
        extends: true,
        test: {
          name: 'browser-e2e',
          include: ['test/**/*.e2e.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
