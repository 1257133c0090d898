// Writing releases: outcomes, replacement, deletion, checks and de-duplication of facts: the GraphWriter role of the graph store contract, run on every adapter.
import { beforeEach, describe, expect, it } from 'vitest';
import { makeFacts } from '../helpers/make-facts.js';
import { award, useStore, visit } from './graph-store.fixtures.js';
import type { GraphStoreHarness } from './graph-store.fixtures.js';

/** The GraphWriter behaviour every graph store adapter must show. */
export function defineGraphWriterContract(adapter: string, harness: GraphStoreHarness): void {
  describe(`${adapter} graph store contract: GraphWriter`, () => {
    const current = useStore(harness);
    let store: ReturnType<typeof current>;
    beforeEach(() => {
      store = current();
    });

    it('stores a release and gives every field back', async () => {
      const facts = visit();
      const result = await store.writeRelease(facts);
      expect(result).toEqual({ outcome: 'created', releaseId: facts.release.id });
      expect(await store.getRelease(facts.release.id)).toEqual(facts.release);
      expect(await store.releaseIdForSource('samples/visit.txt')).toBe(facts.release.id);
    });

    it('writes a fact stated twice in one release once', async () => {
      const sentence = 'Bürgermeisterin Hella Brunnmeier besuchte die Kläranlage Wiesental.';
      const visitRelation = {
        type: 'VISITED' as const,
        from: 'Hella Brunnmeier',
        to: 'Kläranlage Wiesental',
        sentence,
      };
      const twice = makeFacts({
        source: 'samples/twice.txt',
        title: 'Besuch in der Kläranlage',
        body: sentence,
        entities: [
          { type: 'Person', name: 'Hella Brunnmeier' },
          { type: 'Organisation', name: 'Kläranlage Wiesental' },
        ],
        relations: [visitRelation, visitRelation],
      });
      expect(twice.extraction.relations).toHaveLength(2);
      await store.writeRelease(twice);
      expect(await store.factsOfRelease(twice.release.id)).toHaveLength(1);
      expect((await store.stats()).facts.VISITED).toBe(1);
    });

    it('refuses a release with a relation or entity of unknown type and keeps what is stored', async () => {
      await store.writeRelease(visit());
      const before = await store.stats();
      const sentence = 'Bürgermeisterin Hella Brunnmeier besuchte die Kläranlage Wiesental.';
      const good = makeFacts({
        source: 'samples/unknown-type.txt',
        title: 'Besuch in der Kläranlage',
        body: sentence,
        entities: [
          { type: 'Person', name: 'Hella Brunnmeier' },
          { type: 'Organisation', name: 'Kläranlage Wiesental' },
        ],
        relations: [{ type: 'VISITED', from: 'Hella Brunnmeier', to: 'Kläranlage Wiesental', sentence }],
      });
      const badRelation = {
        ...good,
        extraction: {
          ...good.extraction,
          relations: good.extraction.relations.map((relation) => ({ ...relation, type: 'ADMIRED' })),
        },
      } as unknown as typeof good;
      await expect(store.writeRelease(badRelation)).rejects.toMatchObject({
        code: 'INVALID_FACTS',
        message: `relation in release "${good.release.id}" has unknown type "ADMIRED"`,
      });
      const badEntity = {
        ...good,
        extraction: {
          ...good.extraction,
          entities: good.extraction.entities.map((entity, i) => (i === 0 ? { ...entity, type: 'Planet' } : entity)),
        },
      } as unknown as typeof good;
      await expect(store.writeRelease(badEntity)).rejects.toMatchObject({
        code: 'INVALID_FACTS',
        message: expect.stringMatching(/^entity "[^"]+" in release "[^"]+" has unknown type "Planet"$/),
      });
      expect(await store.getRelease(good.release.id)).toBeNull();
      expect(await store.stats()).toEqual(before);
    });

    it('reports an unchanged release and keeps counts when the same release is written again', async () => {
      await store.writeRelease(visit());
      const before = await store.stats();
      const again = await store.writeRelease(visit());
      expect(again.outcome).toBe('unchanged');
      expect(await store.stats()).toEqual(before);
    });

    it('replaces the facts of an earlier version from the same source', async () => {
      const first = visit();
      await store.writeRelease(first);
      const changed = makeFacts({
        source: 'samples/visit.txt',
        title: 'Landrätin besucht Jobcenter',
        body: 'Landrätin Anja Ahlerding besuchte das Jobcenter Osnabrück.',
        entities: [
          { type: 'Person', name: 'Anja Ahlerding' },
          { type: 'Organisation', name: 'Jobcenter Osnabrück' },
        ],
        relations: [
          {
            type: 'VISITED',
            from: 'Anja Ahlerding',
            to: 'Jobcenter Osnabrück',
            sentence: 'Landrätin Anja Ahlerding besuchte das Jobcenter Osnabrück.',
          },
        ],
      });
      const result = await store.writeRelease(changed);
      expect(result).toEqual({ outcome: 'replaced', releaseId: changed.release.id, replacedId: first.release.id });
      expect(await store.getRelease(first.release.id)).toBeNull();
      const stats = await store.stats();
      expect(stats.releases).toBe(1);
      expect(stats.facts.VISITED).toBe(1);
      expect(stats.facts.QUOTED_IN).toBe(0);
      // The old version's entities that nothing else mentions are gone.
      expect(await store.getEntity('org:migrationszentrum-der-meisselarbeit')).toBeNull();
      const visits = await store.factsOf({ entityId: 'per:anja-ahlerding', types: ['VISITED'], direction: 'from' });
      expect(visits.map((fact) => fact.to)).toEqual(['org:jobcenter-osnabrueck']);
    });

    it('keeps distinct releases that share a web address; only a same-day version replaces', async () => {
      const url = 'https://presse.example/meldung.7';
      const at = (date: string, body: string) =>
        makeFacts({ source: url, title: `Meldung vom ${date}`, date, body, entities: [] });
      const followUp = at('2025-08-14', 'Der Verdächtige ist ermittelt.');
      const appeal = at('2025-07-30', 'Wer kennt diesen Mann?');
      expect((await store.writeRelease(followUp)).outcome).toBe('created');
      expect((await store.writeRelease(appeal)).outcome).toBe('created');
      const corrected = at('2025-08-14', 'Der Verdächtige ist ermittelt. Danke für die Hinweise.');
      expect(await store.writeRelease(corrected)).toEqual({
        outcome: 'replaced',
        releaseId: corrected.release.id,
        replacedId: followUp.release.id,
      });
      expect((await store.stats()).releases).toBe(2);
      expect(await store.getRelease(appeal.release.id)).not.toBeNull();
      expect(await store.getRelease(followUp.release.id)).toBeNull();
      expect(await store.releaseIdForSource(url)).toBe(corrected.release.id);
      expect(await store.releaseVersions(url)).toEqual([
        { id: corrected.release.id, date: '2025-08-14' },
        { id: appeal.release.id, date: '2025-07-30' },
      ]);
      // A batch sees its own releases the same way.
      if (store.writeReleases) {
        const later = at('2025-09-01', 'Der Fall ist abgeschlossen.');
        const laterFix = at('2025-09-01', 'Der Fall ist abgeschlossen. Das Verfahren läuft.');
        const results = await store.writeReleases([later, laterFix]);
        expect(results.map((r) => r.outcome)).toEqual(['created', 'replaced']);
        expect((await store.stats()).releases).toBe(3);
      }
    });

    it('stores every title one sentence gives a person as a fact of its own', async () => {
      const sentence = 'Kreisdirektorin und Kämmerin Ilse Vorbeck eröffnete die Sitzung.';
      const facts = makeFacts({
        source: 'samples/two-titles.txt',
        title: 'Doppelrolle',
        body: sentence,
        entities: [{ type: 'Person', name: 'Ilse Vorbeck' }],
        relations: [
          { type: 'HOLDS_ROLE', from: 'Ilse Vorbeck', title: 'Kreisdirektorin', sentence },
          { type: 'HOLDS_ROLE', from: 'Ilse Vorbeck', title: 'Kämmerin', sentence },
        ],
      });
      await store.writeRelease(facts);
      const titles = (await store.factsOfRelease(facts.release.id)).map((fact) => fact.title).sort();
      expect(titles).toEqual(['Kreisdirektorin', 'Kämmerin']);
    });

    it('keeps provenance of every fact: release, sentence and offsets', async () => {
      const facts = visit();
      await store.writeRelease(facts);
      const [fact] = await store.factsOf({ entityId: 'per:anja-ahlerding', types: ['VISITED'], direction: 'from' });
      expect(fact).toMatchObject({
        type: 'VISITED',
        from: 'per:anja-ahlerding',
        to: 'org:migrationszentrum-der-meisselarbeit',
        date: '2024-04-29',
        releaseId: facts.release.id,
        releaseDate: '2024-05-02',
        releaseTitle: 'Landrätin besucht Migrationszentrum',
      });
      const { start, end, sentence } = fact!.evidence;
      expect(facts.release.text.slice(start, end)).toBe(sentence);
      const visitors = await store.factsOf({
        entityId: 'org:migrationszentrum-der-meisselarbeit',
        types: ['VISITED'],
        direction: 'to',
      });
      expect(visitors.map((f) => f.from)).toEqual(['per:anja-ahlerding']);
      const [quote] = await store.factsOf({ entityId: 'per:anja-ahlerding', types: ['QUOTED_IN'], direction: 'from' });
      expect(quote!.quote).toBe('Hier wird großartige Arbeit geleistet');
      const [role] = await store.factsOf({ entityId: 'per:anja-ahlerding', types: ['HOLDS_ROLE'], direction: 'from' });
      expect(role).toMatchObject({ title: 'Landrätin', to: 'org:landkreis-osnabrueck' });
    });

    it('deletes a release with its facts and keeps entities other releases still mention', async () => {
      const first = visit();
      await store.writeRelease(first);
      await store.writeRelease(award());
      expect(await store.deleteRelease(first.release.id)).toBe(true);
      expect(await store.deleteRelease(first.release.id)).toBe(false);
      expect(await store.getEntity('per:anja-ahlerding')).toMatchObject({ releaseCount: 1 });
      expect(await store.getEntity('org:migrationszentrum-der-meisselarbeit')).toBeNull();
      const stats = await store.stats();
      expect(stats.releases).toBe(1);
      expect(Object.values(stats.facts).reduce((a, b) => a + b, 0)).toBe(0);
    });

    it('stores names and texts with quotes, backslashes, $ and query keywords verbatim', async () => {
      const tricky = 'O\'Brien "MATCH (n) DETACH DELETE n" \\ $param; DROP TABLE releases; --';
      const facts = makeFacts({
        source: 'samples/tricky\'s "file".txt',
        title: `Title ${tricky}`,
        body: `Body mentions ${tricky} here.`,
        entities: [{ type: 'Organisation', name: tricky, aliases: ['$where', "x' OR '1'='1"] }],
      });
      await store.writeRelease(facts);
      expect(await store.getRelease(facts.release.id)).toEqual(facts.release);
      const [entity] = await store.findEntities({ name: '$where', first: 5 });
      expect(entity?.name).toBe(tricky);
      expect(entity?.aliases).toEqual(expect.arrayContaining(['$where', "x' OR '1'='1"]));
    });

    it('writes a few hundred releases and finds each one', async () => {
      const ids: string[] = [];
      for (let i = 0; i < 300; i++) {
        const facts = makeFacts({
          source: `bulk/${i}.txt`,
          title: `Meldung ${i}`,
          body: `Bürgermeisterin Erika Muster${i % 7} besuchte die Schule Nummer ${i}.`,
          entities: [
            { type: 'Person', name: `Erika Muster${i % 7}` },
            { type: 'Organisation', name: `Schule Nummer ${i}` },
          ],
          relations: [
            {
              type: 'VISITED',
              from: `Erika Muster${i % 7}`,
              to: `Schule Nummer ${i}`,
              sentence: `Bürgermeisterin Erika Muster${i % 7} besuchte die Schule Nummer ${i}.`,
            },
          ],
        });
        ids.push(facts.release.id);
        await store.writeRelease(facts);
      }
      const stats = await store.stats();
      expect(stats.releases).toBe(300);
      expect(stats.entities.Person).toBe(7);
      expect(stats.facts.VISITED).toBe(300);
      expect((await store.getReleaseSummaries(ids)).length).toBe(300);
    });
  });
}
