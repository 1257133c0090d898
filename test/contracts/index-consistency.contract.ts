import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reextract } from '../../ingest/run/reextract.js';
import { writeReleases } from '../../ingest/write-release.js';
import type { ReleaseFacts } from '../../src/domain/extraction.js';
import { reindexAll } from '../../src/search/reindex.js';
import type { Stores } from '../../src/ports/stores.js';
import { makeFacts } from '../helpers/make-facts.js';

/** How a run gets a fresh, empty pair of stores (graph and search index) and gives it back. */
export interface StoresHarness {
  create(): Promise<Stores>;
  dispose(stores: Stores): Promise<void>;
}

/** An invented release; `version` changes the text, so the same source gets a new release id. */
const report = (source: string, version: number, date = '2024-03-01'): ReleaseFacts =>
  makeFacts({
    source,
    title: `Meldung aus ${source}, Fassung ${version}`,
    date,
    body: `Bürgermeisterin Wiebke Tannert eröffnete die Brücke ${source} (Fassung ${version}).`,
    entities: [{ type: 'Person', name: 'Wiebke Tannert' }],
  });

async function graphIds(stores: Stores): Promise<string[]> {
  const ids: string[] = [];
  for await (const batch of stores.graph.releaseIds(100)) ids.push(...batch);
  return ids.sort();
}

async function indexIds(stores: Stores): Promise<string[]> {
  const ids: string[] = [];
  for (let offset = 0; ; offset += 100) {
    const page = await stores.search.search({ query: '', first: 100, offset });
    ids.push(...page.hits.map((hit) => hit.releaseId));
    if (!page.hasNextPage || page.hits.length === 0) return ids.sort();
  }
}

/** The search index holds exactly the releases the graph store holds, after every kind of write. */
export function defineIndexConsistencyContract(adapter: string, harness: StoresHarness): void {
  describe(`search index and ${adapter} graph stay in step`, () => {
    let stores: Stores;
    beforeEach(async () => {
      stores = await harness.create();
    });
    afterEach(async () => {
      await harness.dispose(stores);
    });

    const expectInStep = async () => {
      const graph = await graphIds(stores);
      expect(await indexIds(stores)).toEqual(graph);
      return graph;
    };

    it('indexes exactly the stored releases when a batch replaces a release it created itself', async () => {
      await writeReleases([report('a.txt', 1), report('b.txt', 1), report('a.txt', 2), report('a.txt', 3)], stores);
      expect(await expectInStep()).toEqual([report('a.txt', 3).release.id, report('b.txt', 1).release.id].sort());
    });

    it('indexes exactly the stored releases after a replace in a later batch and a delete', async () => {
      await writeReleases([report('a.txt', 1), report('b.txt', 1)], stores);
      await writeReleases([report('a.txt', 2)], stores);
      await expectInStep();
      const gone = report('b.txt', 1).release.id;
      expect(await stores.graph.deleteRelease(gone)).toBe(true);
      await stores.search.remove([gone]);
      expect(await expectInStep()).toEqual([report('a.txt', 2).release.id]);
    });

    it('heals a crash between the graph write and the index write on the next ingest', async () => {
      // The graph write went through, the index write never happened.
      await stores.graph.writeRelease(report('a.txt', 1));
      expect(await indexIds(stores)).toEqual([]);
      await writeReleases([report('a.txt', 1)], stores);
      await expectInStep();
    });

    it('rebuilds the index from scratch on reindex, dropping documents of releases that are gone', async () => {
      await writeReleases([report('a.txt', 1), report('b.txt', 1)], stores);
      // A crash after the graph replaced a release, before the index was told: a stale document stays.
      await stores.graph.writeRelease(report('a.txt', 2));
      expect(await indexIds(stores)).not.toEqual(await graphIds(stores));
      expect(await reindexAll(stores.graph, stores.search)).toBe(2);
      await expectInStep();
    });

    it('keeps the index in step through a re-extraction', async () => {
      await writeReleases([report('a.txt', 1), report('b.txt', 1)], stores);
      await reextract(stores, {
        dryRun: false,
        extract: (release) => ({
          entities: [
            {
              id: 'per:wiebke-tannert',
              type: 'Person',
              name: 'Wiebke Tannert',
              aliases: ['Tannert'],
              mentions: [],
              roles: [],
              confidence: 0.9,
            },
            {
              id: `plc:${release.id}`,
              type: 'Place',
              name: `Brücke ${release.source}`,
              aliases: [],
              mentions: [],
              roles: [],
              confidence: 0.9,
            },
          ],
          relations: [],
        }),
      });
      await expectInStep();
    });
  });
}
