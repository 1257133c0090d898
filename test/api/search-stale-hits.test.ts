import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeRelease } from '../../ingest/write-release.js';
import type { Stores } from '../../src/ports/stores.js';
import { startTestApi } from '../helpers/api.js';
import { makeFacts } from '../helpers/make-facts.js';
import { createTempStores } from '../helpers/temp-stores.js';

const bridge = (n: number) =>
  makeFacts({
    source: `fixtures/bridge-${n}.txt`,
    title: `Brückenprüfung Nummer ${n}`,
    date: `2024-0${n}-01`,
    body: `Die Brückenprüfung Nummer ${n} ist abgeschlossen.`,
    entities: [],
  });

describe('search over the API when the index holds a release the graph lost', () => {
  let stores: Stores;
  let api: Awaited<ReturnType<typeof startTestApi>>;
  beforeAll(async () => {
    stores = createTempStores();
    for (const n of [1, 2, 3]) await writeRelease(bridge(n), stores);
    // As after a crash between the two writes: the graph forgot release 2, the index did not.
    await stores.graph.deleteRelease(bridge(2).release.id);
    api = await startTestApi(stores);
  });
  afterAll(async () => {
    await api.stop();
    await stores.close();
  });

  it('drops the hit whose release is gone instead of failing the whole search', async () => {
    const result = await api.run(
      '{ search(query: "Brückenprüfung", sort: DATE_ASC) { totalCount edges { node { release { id title } } } } }',
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.['search']).toEqual({
      totalCount: 2,
      edges: [
        { node: { release: { id: bridge(1).release.id, title: 'Brückenprüfung Nummer 1' } } },
        { node: { release: { id: bridge(3).release.id, title: 'Brückenprüfung Nummer 3' } } },
      ],
    });
  });
});
