// Curation: merges, renames and rejections that later ingests keep, and their validation: the GraphCuration role of the graph store contract, run on every adapter.
import { beforeEach, describe, expect, it } from 'vitest';
import { award, useStore, visit } from './graph-store.fixtures.js';
import type { GraphStoreHarness } from './graph-store.fixtures.js';

/** The GraphCuration behaviour every graph store adapter must show. */
export function defineGraphCurationContract(adapter: string, harness: GraphStoreHarness): void {
  describe(`${adapter} graph store contract: GraphCuration`, () => {
    const current = useStore(harness);
    let store: ReturnType<typeof current>;
    beforeEach(() => {
      store = current();
    });

    it('merges entities and keeps the merge when the release is ingested again', async () => {
      const first = visit();
      await store.writeRelease(first);
      await store.writeRelease(award());
      const merged = await store
        .mergeEntities(['org:landkreis-osnabrueck', 'plc:osnabrueck'], 'curator')
        .catch((e: Error) => e);
      expect(merged).toBeInstanceOf(Error);
      const survivor = await store.mergeEntities(['per:anja-ahlerding', 'per:joerg-weiss-mueller'], 'curator');
      expect(survivor).toMatchObject({ id: 'per:anja-ahlerding', releaseCount: 2 });
      expect(survivor.aliases).toContain('Jörg Weiß-Müller');
      // The merged id still resolves, to the survivor.
      expect((await store.getEntity('per:joerg-weiss-mueller'))?.id).toBe('per:anja-ahlerding');
      expect((await store.findEntities({ type: 'Person', first: 10 })).map((e) => e.id)).toEqual([
        'per:anja-ahlerding',
      ]);
      await store.deleteRelease(first.release.id);
      await store.writeRelease(award());
      await store.writeRelease(first);
      expect((await store.findEntities({ type: 'Person', first: 10 })).map((e) => e.id)).toEqual([
        'per:anja-ahlerding',
      ]);
      expect((await store.findEntities({ name: 'Weiß-Müller', first: 5 })).map((e) => e.id)).toEqual([
        'per:anja-ahlerding',
      ]);
      const [record] = await store.curationLog(5);
      expect(record).toMatchObject({
        actor: 'curator',
        action: 'MERGE_ENTITIES',
        details: { into: 'per:anja-ahlerding', merged: ['per:joerg-weiss-mueller'] },
      });
    });

    it('refuses a merge or rename that curation rules forbid, with the same errors, and changes nothing', async () => {
      await store.writeRelease(visit());
      const before = await store.stats();
      await expect(store.mergeEntities(['per:anja-ahlerding'], 'curator')).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
        message: 'mergeEntities needs at least two different entities',
      });
      await expect(store.mergeEntities(['per:anja-ahlerding', 'per:anja-ahlerding'], 'curator')).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
        message: 'mergeEntities needs at least two different entities',
      });
      await expect(store.mergeEntities(['per:anja-ahlerding', 'per:nobody'], 'curator')).rejects.toMatchObject({
        code: 'NOT_FOUND',
        message: 'no entity with id "per:nobody"',
      });
      await expect(
        store.mergeEntities(['org:landkreis-osnabrueck', 'plc:osnabrueck'], 'curator'),
      ).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
        message: 'cannot merge entities of different types (Organisation, Place)',
      });
      await expect(store.renameEntity('per:anja-ahlerding', '   ', 'curator')).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
        message: 'the new name must not be empty',
      });
      await expect(store.renameEntity('org:nope', 'x', 'curator')).rejects.toMatchObject({
        code: 'NOT_FOUND',
        message: 'no entity with id "org:nope"',
      });
      expect(await store.stats()).toEqual(before);
      expect(await store.curationLog(5)).toEqual([]);
    });

    it('logs renames and rejections with what they changed, newest first', async () => {
      const facts = visit();
      await store.writeRelease(facts);
      const [organisation] = await store.findEntities({ type: 'Organisation', first: 1 });
      const [fact] = await store.factsOfRelease(facts.release.id);
      await store.renameEntity(organisation!.id, '  Kreisamt Beispielstadt ', 'curator-a');
      await store.rejectFact(fact!.id, 'curator-b');
      expect((await store.curationLog(5)).map(({ actor, action, details }) => ({ actor, action, details }))).toEqual([
        { actor: 'curator-b', action: 'REJECT_FACT', details: { factId: fact!.id } },
        {
          actor: 'curator-a',
          action: 'RENAME_ENTITY',
          details: { id: organisation!.id, from: organisation!.name, to: 'Kreisamt Beispielstadt' },
        },
      ]);
    });

    it('renames an entity and keeps the name across re-ingest', async () => {
      const facts = visit();
      await store.writeRelease(facts);
      const renamed = await store.renameEntity(
        'org:landkreis-osnabrueck',
        'Landkreis Osnabrück (Kreisverwaltung)',
        'curator',
      );
      expect(renamed.name).toBe('Landkreis Osnabrück (Kreisverwaltung)');
      await store.deleteRelease(facts.release.id);
      await store.writeRelease(facts);
      expect((await store.getEntity('org:landkreis-osnabrueck'))?.name).toBe('Landkreis Osnabrück (Kreisverwaltung)');
      await expect(store.renameEntity('org:nope', 'x', 'curator')).rejects.toThrow(/no entity/);
    });

    it('rejects a fact for good: it stays out after re-ingest', async () => {
      const facts = visit();
      await store.writeRelease(facts);
      const [visitFact] = await store.factsOf({
        entityId: 'per:anja-ahlerding',
        types: ['VISITED'],
        direction: 'from',
      });
      expect(await store.rejectFact(visitFact!.id, 'curator')).toBe(true);
      expect(await store.rejectFact('fct_missing', 'curator')).toBe(false);
      await store.deleteRelease(facts.release.id);
      await store.writeRelease(facts);
      expect(await store.factsOf({ entityId: 'per:anja-ahlerding', types: ['VISITED'], direction: 'from' })).toEqual(
        [],
      );
      expect(
        (await store.factsOf({ entityId: 'per:anja-ahlerding', types: ['QUOTED_IN'], direction: 'from' })).length,
      ).toBe(1);
    });

    it('replaces the facts of a stored release on request, keeping curation', async () => {
      const facts = visit();
      await store.writeRelease(facts);
      const [quote] = await store.factsOf({ entityId: 'per:anja-ahlerding', types: ['QUOTED_IN'], direction: 'from' });
      await store.rejectFact(quote!.id, 'curator');
      const fewer = {
        ...facts,
        extraction: {
          ...facts.extraction,
          relations: facts.extraction.relations.filter((r) => r.type !== 'HOLDS_ROLE'),
        },
      };
      expect((await store.writeRelease(fewer, { replaceFacts: true })).outcome).toBe('replaced');
      const stats = await store.stats();
      expect(stats.releases).toBe(1);
      expect(stats.facts).toMatchObject({ VISITED: 1, HOLDS_ROLE: 0, QUOTED_IN: 0 });
    });
  });
}
