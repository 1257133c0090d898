import { describe, expect, it } from 'vitest';
import type { Entity, EntityType } from '../../src/domain/entity.js';
import { findEntities } from '../../src/graph/find-entities.js';
import type { EntityFinder } from '../../src/graph/find-entities.js';

const entity = (id: string, name: string): Entity => ({ id, type: 'Person', name, aliases: [], releaseCount: 1 });

/** A finder over fixed answers that records which query the policy ran. */
function finder(answers: { byKey?: Entity[]; byWords?: Entity[]; all?: Entity[] }) {
  const calls: string[] = [];
  const record =
    (what: string, answer: Entity[] = []) =>
    async (arg: unknown, type: EntityType | undefined, first: number) => {
      calls.push(`${what}(${JSON.stringify(arg)}, ${type ?? '-'}, ${first})`);
      return answer;
    };
  const store: EntityFinder = {
    all: async (type, first) => {
      calls.push(`all(${type ?? '-'}, ${first})`);
      return answers.all ?? [];
    },
    byKey: record('byKey', answers.byKey),
    byWords: record('byWords', answers.byWords),
  };
  return { store, calls };
}

describe('findEntities', () => {
  it('lists the most mentioned entities when no name is given or the name folds to nothing', async () => {
    const { store, calls } = finder({ all: [entity('per:a', 'Ada Muster')] });
    expect(await findEntities({ type: 'Person', first: 3 }, store)).toHaveLength(1);
    await findEntities({ name: ' – ', first: 3 }, store);
    expect(calls).toEqual(['all(Person, 3)', 'all(-, 3)']);
  });

  it('asks for the folded name exactly and stops there when anything matches', async () => {
    const { store, calls } = finder({ byKey: [entity('per:a', 'Ada Muster')] });
    expect(await findEntities({ name: 'ADA  Müster', first: 5 }, store)).toEqual([entity('per:a', 'Ada Muster')]);
    expect(calls).toEqual(['byKey("ada muester", -, 5)']);
  });

  it('falls back to every entity holding all the words when no name or alias matches exactly', async () => {
    const { store, calls } = finder({ byWords: [entity('per:b', 'Ada Beate Muster')] });
    expect(await findEntities({ name: 'Ada Muster', type: 'Person', first: 5 }, store)).toHaveLength(1);
    expect(calls).toEqual(['byKey("ada muster", Person, 5)', 'byWords(["ada","muster"], Person, 5)']);
  });

  it('asks the store for a whole, non-negative number of entities', async () => {
    const { store, calls } = finder({});
    await findEntities({ first: 2.7 }, store);
    await findEntities({ name: 'x', first: -4 }, store);
    expect(calls).toEqual(['all(-, 2)', 'byKey("x", -, 0)', 'byWords(["x"], -, 0)']);
  });
});
