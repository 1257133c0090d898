import { writeReleases } from '../../ingest/write-release.js';
import type { Stores } from '../../src/ports/stores.js';
import { generateRelease } from '../../scripts/corpus/release-generator.js';
import { makeFacts } from '../helpers/make-facts.js';

/** Fills a store with `count` generated releases (no extraction, so it is quick), for tests under load. */
export async function fillWithGeneratedReleases(stores: Stores, count: number, seed = 7): Promise<void> {
  for (let from = 0; from < count; from += 250) {
    const batch = Array.from({ length: Math.min(250, count - from) }, (_, k) => {
      const generated = generateRelease(seed, from + k);
      return makeFacts({
        source: `generated/${from + k}.txt`,
        title: generated.title,
        body: generated.paragraphs.join('\n\n'),
        date: generated.date,
        publisher: generated.publisher,
        language: generated.language,
        entities: [],
      });
    });
    await writeReleases(batch, stores);
  }
}

/** A search that is slow in the store (a prefix matching every release, ranked, three facets) but small to send. */
export const SLOW_SEARCH = `{ search(query: "d", first: 10, facets: ["publisher", "language", "year"]) {
  totalCount edges { node { snippet highlightedTitle } } } }`;
