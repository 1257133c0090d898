import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config.js';
import type { SearchIndex } from '../../src/ports/search-index.js';
import type { MeiliConnection } from '../../src/stores/meilisearch/open-meili-search-index.js';
import {
  dropMeiliIndexes,
  indexUid,
  meiliClient,
  openMeiliSearchIndex,
} from '../../src/stores/meilisearch/open-meili-search-index.js';
import { defineSearchIndexContract } from './search-index.contract.js';

// Runs only through `npm run test:meili` (vitest.meili.config.ts): the default `npm test` excludes this
// file because CI has no Meilisearch server. Without MEILI_URL it fails loudly instead of skipping.
// The connection comes from src/config.ts, so the test accepts the same variables as the command
// (MEILI_MASTER_KEY or MEILI_API_KEY).
const meili = readConfig({}).meili;
if (!meili) {
  throw new Error('MEILI_URL is not set: start Meilisearch and run MEILI_URL=… MEILI_MASTER_KEY=… npm run test:meili');
}
const { url, apiKey } = meili;

const open = new Map<SearchIndex, MeiliConnection>();

// Each test gets its own pair of indexes under a random prefix, deleted afterwards.
defineSearchIndexContract('Meilisearch', {
  async create() {
    const connection: MeiliConnection = { url, apiKey, indexPrefix: `cg_test_${randomBytes(4).toString('hex')}_` };
    const index = await openMeiliSearchIndex(connection, { taskTimeoutMs: 30_000 });
    open.set(index, connection);
    return index;
  },
  async dispose(index) {
    const connection = open.get(index);
    open.delete(index);
    if (connection) await dropMeiliIndexes(connection);
  },
});

describe('Meilisearch index settings', () => {
  const connection: MeiliConnection = { url, apiKey, indexPrefix: `cg_test_${randomBytes(4).toString('hex')}_` };
  afterAll(() => dropMeiliIndexes(connection));

  it('applies the settings idempotently', async () => {
    const settingsTasks = async () =>
      (
        await meiliClient(connection).tasks.getTasks({
          indexUids: [indexUid(connection, 'releases'), indexUid(connection, 'entities')],
          types: ['settingsUpdate'],
        })
      ).total;
    await openMeiliSearchIndex(connection);
    const after = await settingsTasks();
    expect(after).toBeGreaterThan(0);
    // A second open finds nothing to change and enqueues no settings task.
    await openMeiliSearchIndex(connection);
    expect(await settingsTasks()).toBe(after);
  });
});
