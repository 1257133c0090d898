import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createReleaseExtractor } from '../../ingest/extract/create-extractor.js';
import { createDocumentProcessor } from '../../ingest/process-document.js';

const processDocument = createDocumentProcessor();
import { reextract } from '../../ingest/run/reextract.js';
import type { ReleaseDiff } from '../../ingest/run/reextract.js';
import { writeRelease } from '../../ingest/write-release.js';
import type { Stores } from '../../src/ports/stores.js';
import { createTempStores } from '../helpers/temp-stores.js';

const extractRelease = createReleaseExtractor();

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

  it('stores both titles one sentence gives a person, so a dry run right after the write finds nothing to do', async () => {
    const text = `Doppelrolle\n\nKreisdirektorin und Kämmerin Ilse Vorbeck eröffnete die Sitzung.\n`;
    const current = processDocument({ raw: text, meta: { source: 'b.txt' } });
    await writeRelease({ ...current, extraction: { entities: [], relations: [] } }, stores);
    const person = { id: 'per:ilse-vorbeck', type: 'Person' as const, name: 'Ilse Vorbeck', aliases: [], roles: [] };
    const sentence = 'Kreisdirektorin und Kämmerin Ilse Vorbeck eröffnete die Sitzung.';
    const start = current.release.text.indexOf(sentence);
    const role = (title: string) => ({
      type: 'HOLDS_ROLE' as const,
      from: person.id,
      to: null,
      title,
      evidence: { sentence, start, end: start + sentence.length },
      confidence: 0.8,
    });
    const extract = () => ({
      entities: [{ ...person, mentions: [], confidence: 0.9 }],
      relations: [role('Kreisdirektorin'), role('Kämmerin')],
    });
    const applied = await reextract(stores, { extract, dryRun: false });
    expect(applied.totals.roles.added).toBe(2);
    const titles = (await stores.graph.factsOfRelease(current.release.id)).map((fact) => fact.title).sort();
    expect(titles).toEqual(['Kreisdirektorin', 'Kämmerin']);
    const again = await reextract(stores, { extract, dryRun: true });
    expect(again.changed).toBe(0);
    expect(again.totals.roles).toEqual({ added: 0, removed: 0 });
  });
});
