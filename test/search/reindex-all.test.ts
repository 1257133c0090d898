import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeRelease } from '../../ingest/write-release.js';
import type { SearchDocument } from '../../src/ports/search-index.js';
import { reindexAll } from '../../src/search/reindex.js';
import { makeFacts } from '../helpers/make-facts.js';
import { createTempStores } from '../helpers/temp-stores.js';

describe('reindexAll', () => {
  let stores: ReturnType<typeof createTempStores>;
  beforeEach(async () => {
    stores = createTempStores();
    for (const [source, title] of [
      ['a.txt', 'Beispielamt eröffnet Werkstatt'],
      ['b.txt', 'Musterdorf bekommt einen Radweg'],
    ] as const) {
      await writeRelease(
        makeFacts({
          source,
          title,
          body: `${title}. Erika Beispiel sprach.`,
          entities: [{ type: 'Person', name: 'Erika Beispiel' }],
        }),
        stores,
      );
    }
  });
  afterEach(() => stores.close());

  it('hands every release of the graph to an index that rebuilds from scratch, and adds nothing itself', async () => {
    const received: SearchDocument[] = [];
    const progress: number[] = [];
    const total = await reindexAll(
      stores.graph,
      {
        index: () => Promise.reject(new Error('a rebuilding index is not written document by document')),
        async rebuild(batches, onProgress) {
          for await (const batch of batches) {
            received.push(...batch);
            onProgress?.(received.length);
          }
          return received.length;
        },
      },
      (done) => progress.push(done),
    );
    expect(total).toBe(2);
    expect(progress).toEqual([2]);
    expect(received.map((doc) => doc.title).sort()).toEqual([
      'Beispielamt eröffnet Werkstatt',
      'Musterdorf bekommt einen Radweg',
    ]);
    expect(received.every((doc) => doc.entities.some((entity) => entity.name === 'Erika Beispiel'))).toBe(true);
  });

  it('adds and replaces documents in an index without a rebuild', async () => {
    const added: string[] = [];
    const total = await reindexAll(stores.graph, {
      async index(documents) {
        added.push(...documents.map((doc) => doc.title));
      },
    });
    expect(total).toBe(2);
    expect(added).toHaveLength(2);
  });
});
