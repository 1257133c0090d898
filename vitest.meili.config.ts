import { defineConfig } from 'vitest/config';

// `npm run test:meili`: the search contract against a real Meilisearch server (MEILI_URL,
// MEILI_MASTER_KEY). Separate from `npm test`, which CI runs without a Meilisearch server.
export default defineConfig({
  test: {
    include: ['test/contracts/meilisearch-index.int.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
