import { describe, expect, it } from 'vitest';
import { entityId, type ExtractedEntity, type ExtractedRelation, type Extraction } from '../../src/domain/index.js';
import type { GoldFile } from '../../ingest/eval/gold.js';
import { aggregate } from '../../ingest/eval/report.js';
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
const rel = (type: ExtractedRelation['type'], from: string, to: string | null): ExtractedRelation => ({
  type,
  from,
  to,
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
      name: 'Anna Kebschull',
      aliases: ['Kebschull'],
      roles: [{ title: 'Landrätin', org: 'Landkreis Osnabrück' }],
    },
    {
      type: 'Person',
      name: 'Deniz Kurku',
      roles: [{ title: 'Landesbeauftragte für Migration und Teilhabe', org: null }],
    },
    { type: 'Organisation', name: 'Landkreis Osnabrück', aliases: ['Landkreises'], alt_types: ['Place'] },
    { type: 'Place', name: 'Kreishaus' },
    { type: 'Initiative', name: 'Niedersachsen packt an' },
  ],
  relations: [
    { type: 'HOLDS_ROLE', from: 'Anna Kebschull', title: 'Landrätin', to: 'Landkreis Osnabrück' },
    { type: 'HOLDS_ROLE', from: 'Deniz Kurku', title: 'Landesbeauftragte für Migration und Teilhabe', to: null },
    { type: 'VISITED', from: 'Deniz Kurku', to: 'Kreishaus', date: null },
    { type: 'QUOTED', from: 'Anna Kebschull' },
  ],
};

describe('scoreFile', () => {
  const pred: Extraction = {
    entities: [
      ent('Person', 'Anna Kebschull', [], [{ title: 'Landrätin', organisation: 'Landkreis Osnabrück' }]),
      ent(
        'Person',
        'Deniz Kurku',
        [],
        [{ title: 'Landesbeauftragter für Migration und Teilhabe', organisation: null }],
      ),
      ent('Place', 'Landkreis Osnabrück'), // alt type accepted
      ent('Organisation', 'Kreishaus'), // wrong type: miss + false positive
      ent('Initiative', 'Integrationsinitiative Niedersachsen', ['Niedersachsen packt an']), // alias equal to gold name
      ent('Person', 'Erika Muster'),
    ],
    relations: [
      rel('HOLDS_ROLE', entityId('Person', 'Anna Kebschull'), entityId('Place', 'Landkreis Osnabrück')),
      rel('HOLDS_ROLE', entityId('Person', 'Deniz Kurku'), entityId('Place', 'Landkreis Osnabrück')), // gold to is null
      rel('VISITED', entityId('Person', 'Deniz Kurku'), entityId('Organisation', 'Kreishaus')), // end not matched
      rel('QUOTED_IN', entityId('Person', 'Anna Kebschull'), null),
      rel('QUOTED_IN', entityId('Person', 'Anna Kebschull'), null), // duplicate fact counted once
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

  it('scores roles with gender-tolerant titles', () => {
    expect(s.roles).toEqual({ total: 2, correct: 2 });
  });

  it('matches relations on both ends, null to only with null', () => {
    expect(s.relations.HOLDS_ROLE).toEqual({ gold: 2, pred: 2, hitGold: 1, hitPred: 1 });
    expect(s.relations.VISITED).toEqual({ gold: 1, pred: 1, hitGold: 0, hitPred: 0 });
    expect(s.relations.QUOTED).toEqual({ gold: 1, pred: 1, hitGold: 1, hitPred: 1 });
  });

  it('aggregates micro-averaged scores', () => {
    const a = aggregate([s, s]);
    expect(a.entities.Person.precision).toBeCloseTo(2 / 3);
    expect(a.entities.Person.recall).toBe(1);
    expect(a.entities.all.gold).toBe(10);
    expect(a.roles.accuracy).toBe(1);
    expect(a.relations.all.f1).toBeCloseTo(toScores({ gold: 8, pred: 8, hitGold: 4, hitPred: 4 }).f1);
  });
});

describe('titlesMatch', () => {
  it.each([
    ['Landrätin', 'Landrat', true],
    ['Landesbeauftragter für Migration und Teilhabe', 'Landesbeauftragte für Migration und Teilhabe', true],
    ['Polizeipräsidenten', 'Polizeipräsident', true],
    ['TU-Präsident', 'Präsident', true],
    ['Leiterin des Migrationszentrums', 'Leiterin', true],
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
