import { afterEach, describe, expect, it } from 'vitest';
import { createDocumentProcessor } from '../../ingest/process-document.js';

const processDocument = createDocumentProcessor();
import { writeReleases } from '../../ingest/write-release.js';
import type { Stores } from '../../src/ports/stores.js';
import { createTempStores } from '../helpers/temp-stores.js';

// Invented releases: one names its publisher in its press office line, one in its letterhead, one not at all.
const BODY = 'hat am Montag das neue Familienzentrum besucht und sich über die Angebote für Eltern informiert.';
const RELEASES = [
  `Familienzentrum eröffnet\n\nLandrätin Heike Brockhoff ${BODY}\n\nPressestelle des Landkreises Sulingen, Telefon 01234 5678`,
  `Stadt Beispielhausen\n\nPressemitteilung\n\nNeue Kita eröffnet\n\nBürgermeister Max Beispiel ${BODY}`,
  `Jugendzentrum eröffnet\n\nStadträtin Eva Muster ${BODY}`,
];

describe('publisher read from the text', () => {
  let stores: Stores | undefined;
  afterEach(async () => {
    await stores?.close();
    stores = undefined;
  });

  it('is stored with the release and filters search like a publisher from metadata', async () => {
    stores = createTempStores();
    const facts = RELEASES.map((raw, i) => processDocument({ raw, meta: { source: `r${i}.txt` } }));
    expect(facts.map((f) => f.release.publisher)).toEqual(['Landkreis Sulingen', 'Stadt Beispielhausen', null]);
    await writeReleases(facts, stores);

    const hits = async (publisher: string) =>
      (await stores!.search.search({ query: 'Familienzentrum', first: 10, filter: { publisher: [publisher] } })).hits;
    expect((await hits('Landkreis Sulingen')).map((hit) => hit.releaseId)).toEqual([facts[0]!.release.id]);
    expect((await hits('Stadt Beispielhausen')).map((hit) => hit.releaseId)).toEqual([facts[1]!.release.id]);
    expect(await hits('Stadt Sulingen')).toEqual([]);
    const stored = await stores.graph.getRelease(facts[1]!.release.id);
    expect(stored?.publisher).toBe('Stadt Beispielhausen');
  });
});
