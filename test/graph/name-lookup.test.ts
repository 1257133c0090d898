import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/domain/entity.js';
import { chooseCandidate, lookupKeys } from '../../src/graph/name-lookup.js';

const person = (id: string, name: string, releaseCount = 1): Entity => ({
  id,
  type: 'Person',
  name,
  aliases: [],
  releaseCount,
});

describe('name lookup policy', () => {
  it('folds case and umlauts and drops leading honorifics and titles, never the last word', () => {
    expect(lookupKeys('Oberbürgermeisterin Dr. Jördis Quandel').slice(0, 2)).toEqual([
      'oberbuergermeisterin dr joerdis quandel',
      'joerdis quandel',
    ]);
    expect(lookupKeys('Kreis-Vorsitzender Quandel').slice(0, 2)).toEqual(['kreis vorsitzender quandel', 'quandel']);
    expect(lookupKeys('Herr Meister')).toEqual(['herr meister', 'meister']);
    expect(lookupKeys('Frau')).toEqual(['frau']);
  });

  it('keeps a leading word that is no title, so an unknown first name cannot fall back to a surname', () => {
    expect(lookupKeys('Hans Quandel')).toEqual(['hans quandel']);
    expect(lookupKeys('Murat Quandel')).toEqual(['murat quandel']);
  });

  it('has no key for a name without letters or digits', () => {
    for (const name of ['--', '%', '*', '  ', '.']) expect(lookupKeys(name), name).toEqual([]);
  });

  it('tries a genitive ending last', () => {
    expect(lookupKeys('Quandels')).toEqual(['quandels', 'quandel']);
    expect(lookupKeys('Landkreises Nordheide')).toEqual(['landkreises nordheide', 'landkreis nordheide']);
  });

  it('prefers the exact full name, calls a surname that fits two people ambiguous', () => {
    const jo = person('per:jo', 'Jo Quandel', 3);
    const bo = person('per:bo', 'Bo Quandel', 5);
    expect(
      chooseCandidate(
        ['jo quandel'],
        [
          { entity: jo, key: 'jo quandel', byName: true },
          { entity: bo, key: 'jo quandel', byName: false },
        ],
      ),
    ).toEqual({ kind: 'found', entity: jo });
    expect(
      chooseCandidate(
        ['quandel'],
        [
          { entity: jo, key: 'quandel', byName: false },
          { entity: bo, key: 'quandel', byName: false },
        ],
      ),
    ).toEqual({ kind: 'ambiguous', candidates: [bo, jo] });
    expect(chooseCandidate(['x'], [])).toEqual({ kind: 'none' });
  });
});
