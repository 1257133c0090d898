import { describe, expect, it } from 'vitest';
import { entityId, type ExtractedEntity, type ExtractedRelation, type Extraction } from '../../src/domain/index.js';
import type { GoldFile } from '../../ingest/eval/gold.js';
import { ADDED_FILES, aggregate, formatReport } from '../../ingest/eval/report.js';
import { scoreFile, toScores } from '../../ingest/eval/score.js';
import { titleKey, titlesMatch } from '../../ingest/eval/titles.js';

const ev = { sentence: 's', start: 0, end: 1 };
const ent = (
  type: ExtractedEntity['type'],
  name: string,
  aliases: string[] = [],
  roles: ExtractedEntity['roles'] = [],
): ExtractedEntity => ({
  id: entityId(type, name),
  type,
  name,
  aliases,
  mentions: [],
  roles,
  confidence: 0.9,
});
const rel = (type: ExtractedRelation['type'], from: string, to: string | null, title?: string): ExtractedRelation => ({
  type,
  from,
  to,
  title,
  evidence: ev,
  confidence: 0.8,
});

const gold: GoldFile = {
  id: 'g',
  lang: 'de',
  text: '',
  entities: [
    {
      type: 'Person',
      name: 'Greta Wendlandt',
      aliases: ['Wendlandt'],
      roles: [{ title: 'Landrätin', org: 'Landkreis Talheim' }],
    },
    {
      type: 'Person',
      name: 'Jonas Elberfeld',
      roles: [{ title: 'Landesbeauftragte für Migration und Teilhabe', org: null }],
    },
    { type: 'Organisation', name: 'Landkreis Talheim', aliases: ['Landkreises'], alt_types: ['Place'] },
    { type: 'Place', name: 'Kreishaus' },
    { type: 'Initiative', name: 'Talheim hilft mit' },
  ],
  relations: [
    { type: 'HOLDS_ROLE', from: 'Greta Wendlandt', title: 'Landrätin', to: 'Landkreis Talheim' },
    { type: 'HOLDS_ROLE', from: 'Jonas Elberfeld', title: 'Landesbeauftragte für Migration und Teilhabe', to: null },
    { type: 'VISITED', from: 'Jonas Elberfeld', to: 'Kreishaus', date: null },
    { type: 'QUOTED', from: 'Greta Wendlandt' },
  ],
};

describe('scoreFile', () => {
  const pred: Extraction = {
    entities: [
      ent('Person', 'Greta Wendlandt', [], [{ title: 'Landrätin', organisation: 'Landkreis Talheim' }]),
      ent('Person', 'Jonas Elberfeld', [], [{ title: 'Landesbeauftragte', organisation: null }]),
      ent('Place', 'Landkreis Talheim'), // alt type accepted
      ent('Organisation', 'Kreishaus'), // wrong type: miss + false positive
      ent('Initiative', 'Integrationsinitiative Talheim', ['Talheim hilft mit']), // alias equal to gold name
      ent('Person', 'Erika Muster'),
    ],
    relations: [
      rel('HOLDS_ROLE', entityId('Person', 'Greta Wendlandt'), entityId('Place', 'Landkreis Talheim'), 'Landrätin'),
      // gold `to` is null: any organisation is accepted; the title contains the gold title
      rel(
        'HOLDS_ROLE',
        entityId('Person', 'Jonas Elberfeld'),
        entityId('Place', 'Landkreis Talheim'),
        'Landesbeauftragte für Migration und Teilhabe im Land',
      ),
      // right organisation, incompatible title: a false positive
      rel('HOLDS_ROLE', entityId('Person', 'Greta Wendlandt'), entityId('Place', 'Landkreis Talheim'), 'Kämmerin'),
      rel('VISITED', entityId('Person', 'Jonas Elberfeld'), entityId('Organisation', 'Kreishaus')), // end not matched
      rel('QUOTED_IN', entityId('Person', 'Greta Wendlandt'), null),
      rel('QUOTED_IN', entityId('Person', 'Greta Wendlandt'), null), // duplicate fact counted once
    ],
  };
  const s = scoreFile('g.json', gold, pred);

  it('matches entities by type/alt type, name, aliases', () => {
    expect(s.entities.Person).toEqual({ gold: 2, pred: 3, hitGold: 2, hitPred: 2 });
    expect(s.entities.Organisation).toEqual({ gold: 1, pred: 1, hitGold: 1, hitPred: 0 });
    expect(s.entities.Place).toEqual({ gold: 1, pred: 1, hitGold: 0, hitPred: 1 });
    expect(s.entities.Initiative).toEqual({ gold: 1, pred: 1, hitGold: 1, hitPred: 1 });
    expect(s.misses).toContain('Place Kreishaus');
    expect(s.falsePositives).toContain('Person Erika Muster');
  });

  it('finds a gold role title when a predicted title contains it or is contained in it', () => {
    expect(s.roles).toEqual({ total: 2, correct: 2 });
  });

  it('matches HOLDS_ROLE on person, compatible title and the gold organisation when the gold names one', () => {
    expect(s.relations.HOLDS_ROLE).toEqual({ gold: 2, pred: 3, hitGold: 2, hitPred: 2 });
    expect(s.falsePositives).toContain('HOLDS_ROLE Greta Wendlandt -> Landkreis Talheim');
  });

  it('matches VISITED on both ends and QUOTED once per person', () => {
    expect(s.relations.VISITED).toEqual({ gold: 1, pred: 1, hitGold: 0, hitPred: 0 });
    expect(s.relations.QUOTED).toEqual({ gold: 1, pred: 1, hitGold: 1, hitPred: 1 });
  });

  it('aggregates micro-averaged scores', () => {
    const a = aggregate([s, s]);
    expect(a.entities.Person.precision).toBeCloseTo(2 / 3);
    expect(a.entities.Person.recall).toBe(1);
    expect(a.entities.all.gold).toBe(10);
    expect(a.roles.accuracy).toBe(1);
    expect(a.relations.all.f1).toBeCloseTo(toScores({ gold: 8, pred: 10, hitGold: 6, hitPred: 6 }).f1);
  });
});

describe('entity matching by aliases', () => {
  it('matches when a predicted alias equals a gold alias', () => {
    const g: GoldFile = {
      id: 'a',
      lang: 'de',
      text: '',
      entities: [{ type: 'Organisation', name: 'Zweckverband Oberes Talwasser', aliases: ['ZOT'] }],
      relations: [],
    };
    const x: Extraction = { entities: [ent('Organisation', 'Verband Talwasser', ['ZOT'])], relations: [] };
    expect(scoreFile('a.json', g, x).entities.Organisation.hitGold).toBe(1);
  });
});

describe('report of the added files', () => {
  it('selects de-a-*, de-b-* and en-c-* files and prints their block separately', () => {
    expect(
      ['de-a-001.json', 'de-b-012.json', 'en-c-003.json', 'de-001.json', 'en-017.json'].filter((f) =>
        ADDED_FILES.test(f),
      ),
    ).toEqual(['de-a-001.json', 'de-b-012.json', 'en-c-003.json']);
    const s = scoreFile('de-a-001.json', gold, { entities: [], relations: [] });
    const all = aggregate([s]);
    const text = formatReport({
      dir: 'd',
      scopes: { de: all, en: aggregate([]), all, added: all },
      files: [s],
      extractMs: 1,
    });
    expect(text).toContain('== added files de-a-*, de-b-*, en-c-* (1 files)');
  });
});

describe('titlesMatch', () => {
  it.each([
    ['Landrätin', 'Landrat', true],
    ['Landesbeauftragter für Migration und Teilhabe', 'Landesbeauftragte für Migration und Teilhabe', true],
    ['Polizeipräsidenten', 'Polizeipräsident', true],
    ['TU-Präsident', 'Präsident', true],
    ['Leiterin des Beratungszentrums', 'Leiterin', true],
    ['Commissioners for Jobs and Social Rights', 'Commissioner for Jobs and Social Rights', true],
    ['Ministerpräsident', 'Minister', false],
    ['Landrat', 'Bürgermeister', false],
  ])('%s ~ %s: %s', (a, b, want) => {
    expect(titlesMatch(a, b)).toBe(want);
  });

  it('drops parentheticals', () => {
    expect(titleKey('Justitiar (bisher)')).toBe(titleKey('Justitiar'));
  });
});
