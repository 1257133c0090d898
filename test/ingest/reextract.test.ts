import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { extractRelease } from '../../ingest/extract/create-extractor.js';
import { processDocument } from '../../ingest/process-document.js';
import { reextract } from '../../ingest/run/reextract.js';
import type { ReleaseDiff } from '../../ingest/run/reextract.js';
import { writeRelease } from '../../ingest/write-release.js';
import type { Stores } from '../../src/stores/stores.js';
import { createTempStores } from '../helpers/temp-stores.js';

const TEXT = `Pressemitteilung

Landrätin besucht Realschule

Bramsche. Landrätin Petra Wiegmann besuchte am Montag die Realschule Bramsche. „Eine tolle Schule“, sagte Wiegmann.
`;

describe('re-extraction', () => {
  let stores: Stores;
  beforeEach(() => {
    stores = createTempStores();
  });
  afterEach(async () => {
    await stores.close();
  });

  it('shows what a new extractor changes in a dry run and applies it otherwise, keeping rejections', async () => {
    const current = processDocument({ raw: TEXT, meta: { source: 'a.txt' } });
    // An "older extractor" that found the role but no visit.
    const older = {
      ...current,
      extraction: {
        ...current.extraction,
        relations: current.extraction.relations.filter((r) => r.type === 'HOLDS_ROLE'),
      },
    };
    await writeRelease(older, stores);
    const roles = await stores.graph.factsOfRelease(current.release.id);
    expect(roles.map((f) => f.type)).toEqual(['HOLDS_ROLE']);
    const visit = current.extraction.relations.find((r) => r.type === 'VISITED');
    expect(visit).toBeDefined();

    const diffs: ReleaseDiff[] = [];
    const dry = await reextract(stores, { extract: extractRelease, dryRun: true, onDiff: (d) => diffs.push(d) });
    expect(dry.changed).toBe(1);
    expect(diffs[0]!.visits).toEqual({ added: ['Petra Wiegmann → Realschule Bramsche'], removed: [] });
    expect(diffs[0]!.roles).toEqual({ added: [], removed: [] });
    expect((await stores.graph.factsOfRelease(current.release.id)).length).toBe(1);

    await stores.graph.rejectFact(roles[0]!.id, 'curator');
    const applied = await reextract(stores, { extract: extractRelease, dryRun: false });
    expect(applied.changed).toBe(1);
    const types = (await stores.graph.factsOfRelease(current.release.id)).map((f) => f.type).sort();
    expect(types).toContain('VISITED');
    expect(types).not.toContain('HOLDS_ROLE');
    // The rejected role stays out, so only that shows as a difference on the next comparison.
    const again: ReleaseDiff[] = [];
    await reextract(stores, { extract: extractRelease, dryRun: true, onDiff: (d) => again.push(d) });
    expect(again.map((d) => [d.visits.added, d.roles.added.length])).toEqual([[[], 1]]);
  });
});
