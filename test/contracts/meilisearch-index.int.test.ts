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

describe('Meilisearch rebuild', () => {
  const connection: MeiliConnection = { url, apiKey, indexPrefix: `cg_test_${randomBytes(4).toString('hex')}_` };
  afterAll(() => dropMeiliIndexes(connection));

  const release = (id: string, title: string, entityName: string) => ({
    id,
    title,
    subtitle: null,
    body: `${title}. ${entityName} sprach.`,
    date: '2024-02-01',
    publisher: 'Beispielamt',
    language: 'de' as const,
    entities: [{ id: `per:${id}`, name: entityName, type: 'Person' as const }],
  });

  it('drops what the graph no longer has and leaves no temporary index behind', async () => {
    const index = await openMeiliSearchIndex(connection, { taskTimeoutMs: 30_000 });
    await index.index([
      release('rel_keep', 'Werkstatt eröffnet', 'Erika Beispiel'),
      release('rel_drift', 'Alter Bericht', 'Otto Muster'),
    ]);
    async function* graph() {
      yield [release('rel_keep', 'Werkstatt eröffnet', 'Erika Beispiel')];
    }
    expect(await index.rebuild(graph())).toBe(1);
    expect(await index.has('rel_keep')).toBe(true);
    expect(await index.has('rel_drift')).toBe(false);
    expect((await index.search({ query: 'bericht', first: 10 })).total).toBe(0);
    expect(await index.suggest('otto', undefined, 5)).toEqual([]);
    expect(await index.suggest('erika', undefined, 5)).toEqual([
      { id: 'per:rel_keep', name: 'Erika Beispiel', type: 'Person', releaseCount: 1 },
    ]);
    const { results } = await meiliClient(connection).getIndexes({ limit: 1_000 });
    expect(
      results
        .map((i) => i.uid)
        .filter((uid) => uid.startsWith(connection.indexPrefix!))
        .sort(),
    ).toEqual([indexUid(connection, 'entities'), indexUid(connection, 'releases')]);
  });
});

describe('Meilisearch tokenization', () => {
  const connection: MeiliConnection = { url, apiKey, indexPrefix: `cg_test_${randomBytes(4).toString('hex')}_` };
  afterAll(() => dropMeiliIndexes(connection));

  it('corrects one typo in a German word with and without a language filter', async () => {
    const index = await openMeiliSearchIndex(connection, { taskTimeoutMs: 30_000 });
    await index.index([
      {
        id: 'rel_typo',
        title: 'Besuch in der Kreisverwaltung',
        subtitle: null,
        body: 'Landrat Bernd Wiesenkamp besuchte die Kreisverwaltung.',
        date: '2024-02-01',
        publisher: 'Beispielamt',
        language: 'de',
        entities: [{ id: 'per:bernd-wiesenkamp', name: 'Bernd Wiesenkamp', type: 'Person' }],
      },
    ]);
    for (const filter of [{}, { language: ['de' as const] }, { language: ['de' as const, 'en' as const] }]) {
      for (const query of ['Wiesenkanp', 'Kreisverwaltnug', 'verwaltung']) {
        const ids = (await index.search({ query, first: 10, filter })).hits.map((hit) => hit.releaseId);
        expect(ids, `${query} ${JSON.stringify(filter)}`).toEqual(['rel_typo']);
      }
    }
  });
});
