// Reading the graph: lookups, lists, timelines, connections and paths: the GraphReader role of the graph store contract, run on every adapter.
import { beforeEach, describe, expect, it } from 'vitest';
import { makeFacts } from '../helpers/make-facts.js';
import { award, namesake, useStore, visit } from './graph-store.fixtures.js';
import type { GraphStoreHarness } from './graph-store.fixtures.js';

/** The GraphReader behaviour every graph store adapter must show. */
export function defineGraphReaderContract(adapter: string, harness: GraphStoreHarness): void {
  describe(`${adapter} graph store contract: GraphReader`, () => {
    const current = useStore(harness);
    let store: ReturnType<typeof current>;
    beforeEach(() => {
      store = current();
    });

    it('finds entities by name, alias, surname and folded umlauts', async () => {
      await store.writeRelease(visit());
      await store.writeRelease(award());
      const byName = await store.findEntities({ name: 'Anja Ahlerding', first: 5 });
      expect(byName.map((e) => e.id)).toEqual(['per:anja-ahlerding']);
      expect(byName[0]).toMatchObject({ type: 'Person', name: 'Anja Ahlerding', releaseCount: 2 });
      expect(byName[0]!.aliases).toContain('Ahlerding');
      expect((await store.findEntities({ name: 'ahlerding', first: 5 })).map((e) => e.id)).toEqual([
        'per:anja-ahlerding',
      ]);
      expect((await store.findEntities({ name: 'Meisselarbeit', first: 5 })).map((e) => e.id)).toEqual([
        'org:migrationszentrum-der-meisselarbeit',
      ]);
      expect((await store.findEntities({ name: 'Joerg Weiss-Mueller', first: 5 })).map((e) => e.name)).toEqual([
        'Jörg Weiß-Müller',
      ]);
      expect(await store.findEntities({ name: 'Osnabrück', type: 'Person', first: 5 })).toEqual([]);
      const places = await store.findEntities({ type: 'Place', first: 5 });
      expect(places.map((e) => e.name)).toEqual(['Osnabrück']);
    });

    it('resolves a typed name only to an entity whose name or alias it folds to', async () => {
      await store.writeRelease(namesake());
      const found = async (name: string, type?: 'Person' | 'Organisation') => {
        const result = await store.lookupName(name, type);
        return result.kind === 'found' ? result.entity.name : result.kind;
      };
      expect(await found('Landrätin Greta Ostwald', 'Person')).toBe('Greta Ostwald');
      expect(await found('GRETA OSTWALDS', 'Person')).toBe('Greta Ostwald');
      expect(await found('Herr Tilo Ostwald')).toBe('Tilo Ostwald');
      expect(await found('Dr. Kemmler', 'Person')).toBe('Kemmler');
      expect(await found('Finanzamt Nordstadt', 'Organisation')).toBe('Finanzamt Nordstadt');
      // Not stored: a leading word that is no title must not be dropped, and nothing matches an empty rest.
      for (const name of ['Frau Nichtda Ostwald', 'Hans Kemmler', '--', 'Herr .', '%', '*', 'Frau']) {
        expect(await found(name, 'Person'), name).toBe('none');
      }
      expect(await found('Bundesamt für Nordstadt', 'Organisation')).toBe('none');
      expect(await found('Nordstadt', 'Person')).toBe('none');
    });

    it('answers an ambiguous surname with every candidate, not the first one', async () => {
      await store.writeRelease(namesake());
      const result = await store.lookupName('Ostwald', 'Person');
      expect(result.kind).toBe('ambiguous');
      const names = result.kind === 'ambiguous' ? result.candidates.map((entity) => entity.name).sort() : [];
      expect(names).toEqual(['Greta Ostwald', 'Tilo Ostwald']);
    });

    it('orders and pages the timeline of an entity in the store, undated last either way', async () => {
      const dated = (n: number, date: string | null) => {
        const sentence = `Senator Kai Wendler besuchte den Hafen ${n}.`;
        return makeFacts({
          source: `timeline/${n}.txt`,
          title: `Hafenbesuch ${n}`,
          date,
          body: sentence,
          entities: [
            { type: 'Person', name: 'Kai Wendler' },
            { type: 'Place', name: `Hafen ${n}` },
          ],
          relations: [{ type: 'VISITED', from: 'Kai Wendler', to: `Hafen ${n}`, sentence }],
        });
      };
      const releases = [dated(1, '2021-03-01'), dated(2, '2025-06-01'), dated(3, null), dated(4, '2023-01-15')];
      for (const facts of releases) await store.writeRelease(facts);
      const page = (order: 'ASC' | 'DESC', offset: number, first = 3) =>
        store.timeline({ entityId: 'per:kai-wendler', order, first, offset });
      const desc = await page('DESC', 0);
      expect(desc.total).toBe(8);
      expect(desc.items.map((item) => [item.date, item.kind])).toEqual([
        ['2025-06-01', 'RELEASE'],
        ['2025-06-01', 'VISIT'],
        ['2023-01-15', 'RELEASE'],
      ]);
      expect(desc.items[1]!.fact).toMatchObject({ type: 'VISITED', releaseId: releases[1]!.release.id });
      expect(desc.items[0]).toMatchObject({ releaseTitle: 'Hafenbesuch 2', fact: null });
      const rest = await page('DESC', 3, 10);
      expect(rest.items.map((item) => item.date)).toEqual(['2023-01-15', '2021-03-01', '2021-03-01', null, null]);
      expect((await page('ASC', 0, 10)).items.map((item) => item.date)).toEqual([
        '2021-03-01',
        '2021-03-01',
        '2023-01-15',
        '2023-01-15',
        '2025-06-01',
        '2025-06-01',
        null,
        null,
      ]);
      expect(await page('ASC', 20)).toEqual({ items: [], total: 8 });
      // The place's timeline has the visit too, seen from its object.
      const place = await store.timeline({ entityId: 'plc:hafen-1', order: 'ASC', first: 10, offset: 0 });
      expect(place.items.map((item) => item.kind)).toEqual(['RELEASE', 'VISIT']);
    });

    it('lists the entities and facts of a release and the releases of an entity', async () => {
      const first = visit();
      const second = award();
      await store.writeRelease(first);
      await store.writeRelease(second);
      expect((await store.entitiesOfRelease(second.release.id)).map((e) => e.name).sort()).toEqual([
        'Anja Ahlerding',
        'Grüne Straße',
        'Jörg Weiß-Müller',
      ]);
      expect((await store.factsOfRelease(first.release.id)).map((f) => f.type).sort()).toEqual([
        'HOLDS_ROLE',
        'QUOTED_IN',
        'VISITED',
      ]);
      const releases = await store.releasesOfEntity('per:anja-ahlerding', 10);
      expect(releases.map((r) => r.id)).toEqual([second.release.id, first.release.id]);
      expect(releases[0]).toEqual({
        id: second.release.id,
        title: 'Preis für Straßen-Projekt',
        date: '2024-06-10',
        publisher: null,
        language: 'de',
        source: 'samples/award.txt',
      });
      expect((await store.getReleaseSummaries([first.release.id, 'rel_missing'])).map((r) => r.id)).toEqual([
        first.release.id,
      ]);
    });

    it('counts releases, entities and facts by type and names the newest release', async () => {
      await store.writeRelease(visit());
      await store.writeRelease(award());
      const stats = await store.stats();
      expect(stats.releases).toBe(2);
      expect(stats.entities).toEqual({ Person: 2, Organisation: 2, Place: 1, Initiative: 1 });
      expect(stats.facts).toEqual({ HOLDS_ROLE: 1, VISITED: 1, QUOTED_IN: 1, PART_OF: 0, LOCATED_IN: 0 });
      expect(stats.newestRelease?.title).toBe('Preis für Straßen-Projekt');
    });

    it('lists releases by filter and date, one page at a time', async () => {
      const first = visit();
      const second = award();
      await store.writeRelease(first);
      await store.writeRelease(second);
      const all = await store.listReleases({ filter: {}, sort: 'DATE_DESC', first: 10, offset: 0 });
      expect(all.total).toBe(2);
      expect(all.items.map((r) => r.id)).toEqual([second.release.id, first.release.id]);
      const ascending = await store.listReleases({ filter: {}, sort: 'DATE_ASC', first: 1, offset: 1 });
      expect(ascending).toEqual({ total: 2, items: [expect.objectContaining({ id: second.release.id })] });
      const byPublisher = await store.listReleases({
        filter: { publisher: 'Landkreis Osnabrück' },
        sort: 'DATE_DESC',
        first: 10,
        offset: 0,
      });
      expect(byPublisher.items.map((r) => r.id)).toEqual([first.release.id]);
      const byDate = await store.listReleases({
        filter: { dateFrom: '2024-06-01', dateTo: '2024-06-30' },
        sort: 'DATE_DESC',
        first: 10,
        offset: 0,
      });
      expect(byDate.items.map((r) => r.id)).toEqual([second.release.id]);
      const byEntity = await store.listReleases({
        filter: { entityId: 'plc:osnabrueck' },
        sort: 'DATE_DESC',
        first: 10,
        offset: 0,
      });
      expect(byEntity.items.map((r) => r.id)).toEqual([first.release.id]);
    });

    it('gives the mentions of a release in text order', async () => {
      const facts = visit();
      await store.writeRelease(facts);
      const mentions = await store.mentionsOfRelease(facts.release.id);
      expect(mentions.map((m) => m.text)).toEqual([
        'Osnabrück',
        'Anja Ahlerding',
        'Migrationszentrum der MeißelArbeit',
      ]);
      for (const mention of mentions) expect(facts.release.text.slice(mention.start, mention.end)).toBe(mention.text);
    });

    it('ranks connected entities by shared releases and facts', async () => {
      await store.writeRelease(visit());
      await store.writeRelease(award());
      const page = await store.connections({ entityId: 'per:anja-ahlerding', minShared: 1, first: 10, offset: 0 });
      expect(page.total).toBe(5);
      expect(page.items[0]).toEqual({ entityId: 'org:landkreis-osnabrueck', sharedReleases: 1, sharedFacts: 1 });
      expect(page.items).toContainEqual({ entityId: 'per:joerg-weiss-mueller', sharedReleases: 1, sharedFacts: 0 });
      const people = await store.connections({
        entityId: 'per:anja-ahlerding',
        types: ['Person'],
        minShared: 1,
        first: 10,
        offset: 0,
      });
      expect(people.items.map((c) => c.entityId)).toEqual(['per:joerg-weiss-mueller']);
      expect(
        (await store.connections({ entityId: 'per:anja-ahlerding', minShared: 3, first: 10, offset: 0 })).total,
      ).toBe(0);
    });

    it('finds the shortest paths between two entities with the evidence of each hop', async () => {
      const first = visit();
      await store.writeRelease(first);
      await store.writeRelease(award());
      const direct = await store.paths({
        from: 'per:anja-ahlerding',
        to: 'org:migrationszentrum-der-meisselarbeit',
        maxHops: 4,
        first: 5,
      });
      expect(direct).toEqual([
        [
          {
            from: 'per:anja-ahlerding',
            to: 'org:migrationszentrum-der-meisselarbeit',
            type: 'VISITED',
            factId: expect.stringMatching(/^fct_/),
            releaseId: first.release.id,
            sentence: 'Landrätin Anja Ahlerding besuchte am Montag das Migrationszentrum der MeißelArbeit.',
          },
        ],
      ]);
      const twoHops = await store.paths({
        from: 'per:joerg-weiss-mueller',
        to: 'org:migrationszentrum-der-meisselarbeit',
        maxHops: 4,
        first: 5,
      });
      expect(twoHops).toHaveLength(1);
      expect(twoHops[0]!.map((hop) => hop.type)).toEqual(['MENTIONED_WITH', 'VISITED']);
      expect(
        await store.paths({
          from: 'per:joerg-weiss-mueller',
          to: 'org:migrationszentrum-der-meisselarbeit',
          maxHops: 1,
          first: 5,
        }),
      ).toEqual([]);
    });

    it('lists every release id in batches', async () => {
      await store.writeRelease(visit());
      await store.writeRelease(award());
      const batches: string[][] = [];
      for await (const batch of store.releaseIds(1)) batches.push(batch);
      expect(batches).toHaveLength(2);
      expect(batches.flat().sort()).toEqual([visit().release.id, award().release.id].sort());
    });
  });
}
