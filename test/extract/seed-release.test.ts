import { beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { entityId, nameKey, type ExtractedEntity, type Extraction, type Release } from '../../src/domain/index.js';
import { createReleaseExtractor } from '../../ingest/extract/create-extractor.js';
import { goldRelease, readGold, type GoldFile } from '../../ingest/eval/gold.js';

// The project's reference release, read from the shared corpus; every expected name comes from its gold
// annotation, so the test names nothing of the release itself.
const SEED = fileURLToPath(new URL('../../../shared/corpus/de-seed.json', import.meta.url));
const extractRelease = createReleaseExtractor();

let gold: GoldFile;
let release: Release;
let x: Extraction;
const find = (type: ExtractedEntity['type'], name: string): ExtractedEntity | undefined =>
  x.entities.find((e) => e.type === type && nameKey(e.name) === nameKey(name));
const goldOf = (type: string) => gold.entities.filter((e) => e.type === type);
const goldRelations = (type: string) => gold.relations.filter((r) => r.type === type);
const typeOf = (name: string) => gold.entities.find((e) => e.name === name)!.type as ExtractedEntity['type'];
const idOf = (name: string) => entityId(typeOf(name), name);

beforeAll(() => {
  gold = readGold(SEED);
  release = goldRelease('de-seed.json', gold);
  x = extractRelease(release);
});

describe('reference release de-seed', () => {
  it('finds every official with the title and organisation of the role', () => {
    const officials = goldOf('Person').filter((p) => (p.roles ?? []).length > 0);
    expect(officials.length).toBeGreaterThanOrEqual(5);
    for (const official of officials) {
      const p = find('Person', official.name);
      expect(p, official.name).toBeDefined();
      // as scored (SCHEMA.md): a gold role without organisation accepts any organisation the title implies
      for (const role of official.roles!)
        if (role.org) expect(p!.roles).toContainEqual({ title: role.title, organisation: role.org });
        else expect(p!.roles.map((r) => r.title)).toContain(role.title);
      expect(p!.id).toBe(entityId('Person', official.name));
    }
  });

  it('finds the places, the organisations the facts point to, and the initiative named in quotation marks', () => {
    for (const place of goldOf('Place')) expect(find('Place', place.name), place.name).toBeDefined();
    const pointedTo = new Set([
      ...gold.relations.map((r) => r.to),
      ...gold.entities.flatMap((e) => (e.roles ?? []).map((r) => r.org)),
    ]);
    const organisations = goldOf('Organisation').filter((o) => pointedTo.has(o.name));
    expect(organisations.length).toBeGreaterThanOrEqual(3);
    for (const org of organisations) expect(find('Organisation', org.name), org.name).toBeDefined();
    // the visited organisation is also known by the short form the text uses first
    const visitedOrg = goldRelations('VISITED').find((r) => typeOf(r.to!) === 'Organisation')!.to!;
    const shortForm = gold.entities.find((e) => e.name === visitedOrg)!.aliases![0]!;
    expect(find('Organisation', visitedOrg)?.aliases).toContain(shortForm);
    const quoted = goldOf('Initiative').filter((i) => release.text.includes(`„${i.name}“`));
    expect(quoted.length).toBeGreaterThanOrEqual(1);
    for (const initiative of quoted) expect(find('Initiative', initiative.name), initiative.name).toBeDefined();
  });

  it('gives mentions with offsets into release.text', () => {
    for (const e of x.entities) {
      expect(e.mentions.length).toBeGreaterThan(0);
      for (const m of e.mentions) expect(release.text.slice(m.start, m.end)).toBe(m.text);
      expect(e.confidence).toBeGreaterThan(0);
      expect(e.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('finds the visits with the sentence that states them', () => {
    const visits = goldRelations('VISITED');
    expect(visits.length).toBeGreaterThanOrEqual(2);
    for (const visit of visits) {
      const found = x.relations.find(
        (r) => r.type === 'VISITED' && r.from === idOf(visit.from) && r.to === idOf(visit.to!),
      );
      expect(found, `${visit.from} → ${visit.to}`).toBeDefined();
      expect(release.text.slice(found!.evidence.start, found!.evidence.end)).toBe(found!.evidence.sentence);
      expect(found!.evidence.sentence).toMatch(/Besuch|besucht/);
    }
  });

  it('attributes every quotation to its speaker, with the quoted words from the text', () => {
    const speakers = goldRelations('QUOTED').map((r) => r.from);
    expect(speakers.length).toBeGreaterThanOrEqual(2);
    const quoted = x.relations.filter((r) => r.type === 'QUOTED_IN');
    for (const speaker of speakers) {
      const q = quoted.find((r) => r.from === idOf(speaker));
      expect(q, speaker).toBeDefined();
      expect(q!.quote!.length).toBeGreaterThan(40);
      expect(release.text.replace(/\s+/g, ' ')).toContain(q!.quote!.replace(/\s+/g, ' '));
    }
    for (const r of quoted) expect(release.text.slice(r.evidence.start, r.evidence.end)).toBe(r.evidence.sentence);
  });

  it('states HOLDS_ROLE with titles and organisations', () => {
    const roles = x.relations.filter((r) => r.type === 'HOLDS_ROLE').map((r) => [r.from, r.title, r.to]);
    for (const role of goldRelations('HOLDS_ROLE'))
      if (role.to) expect(roles).toContainEqual([idOf(role.from), role.title, idOf(role.to)]);
      else expect(roles.map(([from, title]) => [from, title])).toContainEqual([idOf(role.from), role.title]);
    for (const r of x.relations) {
      expect(r.confidence).toBeGreaterThan(0);
      expect(r.confidence).toBeLessThanOrEqual(1);
    }
  });
});
