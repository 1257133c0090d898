import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../../ingest/extract/core/types.js';
import { runEntityRules, type EntityRule } from '../../../ingest/extract/de/scan.js';
import { GERMAN_ENTITY_RULES } from '../../../ingest/extract/de/recognise.js';
import { germanDoc } from './german-rules-helpers.js';

const person: Candidate = {
  type: 'Person',
  name: 'Malte Quirling',
  start: 0,
  end: 14,
  confidence: 0.9,
  rule: 'a',
  roles: [],
};
const finds: EntityRule = { name: 'finds', propose: () => ({ candidates: [person] }) };
const role = (title: string): EntityRule => ({
  name: `role-${title}`,
  propose: (_doc, earlier) => ({
    roles: [{ person: earlier[0]!, role: { title, organisation: null, confidence: 0.8 } }],
  }),
});

describe('German entity rule resolver', () => {
  const doc = germanDoc('Malte Quirling sprach am Montag vor dem Rat über den neuen Haushalt.');

  it('attaches proposed roles to a copy, in rule order, and leaves the proposing rule’s candidate untouched', () => {
    const { candidates } = runEntityRules(doc, [finds, role('Sprecher'), role('Kassenwart')]);
    expect(candidates[0]?.roles?.map((r) => r.title)).toEqual(['Sprecher', 'Kassenwart']);
    expect(person.roles).toEqual([]);
  });

  it('lets a revision replace an earlier candidate, and later rules see the revised one', () => {
    const seen: string[] = [];
    const retype: EntityRule = {
      name: 'retype',
      propose: (_d, earlier) => ({ revisions: [{ of: earlier[0]!, by: { ...earlier[0]!, type: 'Organisation' } }] }),
    };
    const reads: EntityRule = { name: 'reads', propose: (_d, earlier) => (seen.push(earlier[0]!.type), {}) };
    const { candidates } = runEntityRules(doc, [finds, retype, reads]);
    expect([candidates[0]?.type, seen, person.type]).toEqual(['Organisation', ['Organisation'], 'Person']);
  });

  it('runs the German families in a fixed order: persons and roles, organisations (and the bodies of role complements), places, initiatives, districts', () => {
    expect(GERMAN_ENTITY_RULES.map((r) => r.name).slice(-7)).toEqual([
      'de-organisations',
      'de-org-role-complement',
      'de-org-role-named',
      'de-places',
      'de-initiatives',
      'de-initiative-forms',
      'de-org-implied-district',
    ]);
  });
});
