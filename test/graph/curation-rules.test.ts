import { describe, expect, it } from 'vitest';
import { curatedName, planMerge } from '../../src/graph/curation-rules.js';

describe('planMerge', () => {
  it('keeps the first entity named and merges the others into it, each once', () => {
    expect(
      planMerge([
        { resolved: 'per:a', type: 'Person' },
        { resolved: 'per:b', type: 'Person' },
        { resolved: 'per:a', type: 'Person' },
        { resolved: 'per:c', type: 'Person' },
      ]),
    ).toEqual({ survivor: 'per:a', others: ['per:b', 'per:c'] });
  });

  it('names the check that fails first: too few entities, a missing one, mixed types', () => {
    expect(() => planMerge([{ resolved: 'per:a', type: 'Person' }])).toThrow(/at least two different entities/);
    expect(() =>
      planMerge([
        { resolved: 'per:a', type: 'Person' },
        { resolved: 'per:x', type: null },
      ]),
    ).toThrow('no entity with id "per:x"');
    expect(() =>
      planMerge([
        { resolved: 'per:a', type: 'Person' },
        { resolved: 'org:b', type: 'Organisation' },
      ]),
    ).toThrow('cannot merge entities of different types (Person, Organisation)');
  });
});

describe('curatedName', () => {
  it('trims the name and refuses one that is only white space', () => {
    expect(curatedName('  Neuer Name ')).toBe('Neuer Name');
    expect(() => curatedName(' \t ')).toThrow('the new name must not be empty');
  });
});
