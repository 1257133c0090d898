import { beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { entityId, nameKey, type ExtractedEntity, type Extraction, type Release } from '../../src/domain/index.js';
import { createReleaseExtractor } from '../../ingest/extract/create-extractor.js';
import { goldRelease, readGold } from '../../ingest/eval/gold.js';

const extractRelease = createReleaseExtractor();

const SEED = fileURLToPath(new URL('../../../shared/corpus/de-seed.json', import.meta.url));

let release: Release;
let x: Extraction;
const find = (type: ExtractedEntity['type'], name: string): ExtractedEntity | undefined =>
  x.entities.find((e) => e.type === type && nameKey(e.name) === nameKey(name));

beforeAll(() => {
  release = goldRelease('de-seed.json', readGold(SEED));
  x = extractRelease(release);
});

describe('reference release de-seed', () => {
  it.each([
    ['Lars Hellmers', 'Vorstand', 'MaßArbeit'],
    ['Anna Kebschull', 'Landrätin', 'Landkreis Osnabrück'],
    ['Stephan Weil', 'Ministerpräsident', null],
    ['Deniz Kurku', 'Landesbeauftragte für Migration und Teilhabe', null],
    ['Andrea Börgeling', 'Leiterin des Migrationszentrums', 'Migrationszentrum der MaßArbeit'],
  ])('finds person %s as %s (%s)', (name, title, org) => {
    const p = find('Person', name);
    expect(p, name).toBeDefined();
    expect(p!.roles).toContainEqual({ title, organisation: org });
    expect(p!.id).toBe(entityId('Person', name));
  });

  it('finds the organisations, places and the initiative', () => {
    expect(find('Organisation', 'MaßArbeit')).toBeDefined();
    const mz = find('Organisation', 'Migrationszentrum der MaßArbeit');
    expect(mz?.aliases).toContain('Migrationszentrum');
    expect(find('Organisation', 'Landkreis Osnabrück')).toBeDefined();
    expect(find('Place', 'Niedersachsen')).toBeDefined();
    expect(find('Place', 'Osnabrück')).toBeDefined();
    expect(find('Place', 'Kreishaus')).toBeDefined();
    expect(find('Initiative', 'Niedersachsen packt an')).toBeDefined();
  });

  it('gives mentions with offsets into release.text', () => {
    for (const e of x.entities) {
      expect(e.mentions.length).toBeGreaterThan(0);
      for (const m of e.mentions) expect(release.text.slice(m.start, m.end)).toBe(m.text);
      expect(e.confidence).toBeGreaterThan(0);
      expect(e.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('finds the two visits with sentence evidence', () => {
    const visited = x.relations.filter((r) => r.type === 'VISITED').map((r) => [r.from, r.to]);
    expect(visited).toContainEqual([
      entityId('Person', 'Deniz Kurku'),
      entityId('Organisation', 'Migrationszentrum der MaßArbeit'),
    ]);
    expect(visited).toContainEqual([entityId('Person', 'Stephan Weil'), entityId('Place', 'Kreishaus')]);
    const weil = x.relations.find((r) => r.type === 'VISITED' && r.from === entityId('Person', 'Stephan Weil'))!;
    expect(weil.evidence.sentence).toContain('bei einem Besuch im Kreishaus');
    expect(release.text.slice(weil.evidence.start, weil.evidence.end)).toBe(weil.evidence.sentence);
  });

  it('attributes both quotations', () => {
    const quoted = x.relations.filter((r) => r.type === 'QUOTED_IN');
    const hellmers = quoted.find((r) => r.from === entityId('Person', 'Lars Hellmers'));
    const boergeling = quoted.find((r) => r.from === entityId('Person', 'Andrea Börgeling'));
    expect(hellmers?.quote).toMatch(/^Wir sind stolz, dass unsere Arbeit .* einzigartig$/s);
    expect(boergeling?.quote).toMatch(/^Besonders schön ist es, .* gestalten können\.$/s);
    expect(hellmers?.to).toBeNull();
    for (const r of quoted) expect(release.text.slice(r.evidence.start, r.evidence.end)).toBe(r.evidence.sentence);
  });

  it('states HOLDS_ROLE with titles and organisations', () => {
    const roles = x.relations.filter((r) => r.type === 'HOLDS_ROLE').map((r) => [r.from, r.title, r.to]);
    expect(roles).toContainEqual([
      entityId('Person', 'Lars Hellmers'),
      'Vorstand',
      entityId('Organisation', 'MaßArbeit'),
    ]);
    expect(roles).toContainEqual([
      entityId('Person', 'Anna Kebschull'),
      'Landrätin',
      entityId('Organisation', 'Landkreis Osnabrück'),
    ]);
    expect(roles).toContainEqual([entityId('Person', 'Stephan Weil'), 'Ministerpräsident', null]);
    for (const r of x.relations) {
      expect(r.confidence).toBeGreaterThan(0);
      expect(r.confidence).toBeLessThanOrEqual(1);
    }
  });
});
