import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../src/ports/graph-store.js';
import { makeFacts } from '../helpers/make-facts.js';

/** How a contract run gets a fresh, empty store and gives it back. */
export interface GraphStoreHarness {
  create(): Promise<GraphStore>;
  dispose(store: GraphStore): Promise<void>;
}

const visit = () =>
  makeFacts({
    source: 'samples/visit.txt',
    title: 'Landrätin besucht Migrationszentrum',
    date: '2024-05-02',
    publisher: 'Landkreis Osnabrück',
    body:
      'Osnabrück. Landrätin Anna Kebschull besuchte am Montag das Migrationszentrum der MaßArbeit. ' +
      '„Hier wird großartige Arbeit geleistet“, sagte Kebschull.',
    entities: [
      {
        type: 'Person',
        name: 'Anna Kebschull',
        aliases: ['Kebschull'],
        roles: [{ title: 'Landrätin', organisation: 'Landkreis Osnabrück' }],
      },
      { type: 'Organisation', name: 'Migrationszentrum der MaßArbeit', aliases: ['Migrationszentrum'] },
      { type: 'Organisation', name: 'Landkreis Osnabrück' },
      { type: 'Place', name: 'Osnabrück' },
    ],
    relations: [
      {
        type: 'VISITED',
        from: 'Anna Kebschull',
        to: 'Migrationszentrum der MaßArbeit',
        date: '2024-04-29',
        sentence: 'Landrätin Anna Kebschull besuchte am Montag das Migrationszentrum der MaßArbeit.',
      },
      {
        type: 'HOLDS_ROLE',
        from: 'Anna Kebschull',
        to: 'Landkreis Osnabrück',
        title: 'Landrätin',
        sentence: 'Landrätin Anna Kebschull besuchte am Montag das Migrationszentrum der MaßArbeit.',
      },
      {
        type: 'QUOTED_IN',
        from: 'Anna Kebschull',
        quote: 'Hier wird großartige Arbeit geleistet',
        sentence: '„Hier wird großartige Arbeit geleistet“, sagte Kebschull.',
      },
    ],
  });

const award = () =>
  makeFacts({
    source: 'samples/award.txt',
    title: 'Preis für Straßen-Projekt',
    date: '2024-06-10',
    body: 'Anna Kebschull überreichte Jörg Weiß-Müller den Preis „Grüne Straße“.',
    entities: [
      { type: 'Person', name: 'Anna Kebschull' },
      { type: 'Person', name: 'Jörg Weiß-Müller', aliases: ['Weiß-Müller'] },
      { type: 'Initiative', name: 'Grüne Straße' },
    ],
  });

/** Invented people and bodies for name lookup: two share a surname, one is stored by surname only. */
const namesake = () =>
  makeFacts({
    source: 'samples/namesakes.txt',
    title: 'Ostwald und Ostwald im Finanzamt Nordstadt',
    date: '2024-07-01',
    body: 'Landrätin Greta Ostwald und Tilo Ostwald trafen Kemmler im Finanzamt Nordstadt.',
    entities: [
      { type: 'Person', name: 'Greta Ostwald', aliases: ['Ostwald', 'Greta Ostwalds'] },
      { type: 'Person', name: 'Tilo Ostwald' },
      { type: 'Person', name: 'Kemmler' },
      { type: 'Organisation', name: 'Finanzamt Nordstadt' },
    ],
  });

/** The behaviour every graph store adapter must show, run against each adapter. */
export function defineGraphStoreContract(adapter: string, harness: GraphStoreHarness): void {
  describe(`${adapter} graph store contract`, () => {
    let store: GraphStore;
    beforeEach(async () => {
      store = await harness.create();
    });
    afterEach(async () => {
      await harness.dispose(store);
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
        body: 'Landrätin Anna Kebschull besuchte das Jobcenter Osnabrück.',
        entities: [
          { type: 'Person', name: 'Anna Kebschull' },
          { type: 'Organisation', name: 'Jobcenter Osnabrück' },
        ],
        relations: [
          {
            type: 'VISITED',
            from: 'Anna Kebschull',
            to: 'Jobcenter Osnabrück',
            sentence: 'Landrätin Anna Kebschull besuchte das Jobcenter Osnabrück.',
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
      expect(await store.getEntity('org:migrationszentrum-der-massarbeit')).toBeNull();
      const visits = await store.factsOf({ entityId: 'per:anna-kebschull', types: ['VISITED'], direction: 'from' });
      expect(visits.map((fact) => fact.to)).toEqual(['org:jobcenter-osnabrueck']);
    });

    it('finds entities by name, alias, surname and folded umlauts', async () => {
      await store.writeRelease(visit());
      await store.writeRelease(award());
      const byName = await store.findEntities({ name: 'Anna Kebschull', first: 5 });
      expect(byName.map((e) => e.id)).toEqual(['per:anna-kebschull']);
      expect(byName[0]).toMatchObject({ type: 'Person', name: 'Anna Kebschull', releaseCount: 2 });
      expect(byName[0]!.aliases).toContain('Kebschull');
      expect((await store.findEntities({ name: 'kebschull', first: 5 })).map((e) => e.id)).toEqual([
        'per:anna-kebschull',
      ]);
      expect((await store.findEntities({ name: 'Massarbeit', first: 5 })).map((e) => e.id)).toEqual([
        'org:migrationszentrum-der-massarbeit',
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
      const [fact] = await store.factsOf({ entityId: 'per:anna-kebschull', types: ['VISITED'], direction: 'from' });
      expect(fact).toMatchObject({
        type: 'VISITED',
        from: 'per:anna-kebschull',
        to: 'org:migrationszentrum-der-massarbeit',
        date: '2024-04-29',
        releaseId: facts.release.id,
        releaseDate: '2024-05-02',
        releaseTitle: 'Landrätin besucht Migrationszentrum',
      });
      const { start, end, sentence } = fact!.evidence;
      expect(facts.release.text.slice(start, end)).toBe(sentence);
      const visitors = await store.factsOf({
        entityId: 'org:migrationszentrum-der-massarbeit',
        types: ['VISITED'],
        direction: 'to',
      });
      expect(visitors.map((f) => f.from)).toEqual(['per:anna-kebschull']);
      const [quote] = await store.factsOf({ entityId: 'per:anna-kebschull', types: ['QUOTED_IN'], direction: 'from' });
      expect(quote!.quote).toBe('Hier wird großartige Arbeit geleistet');
      const [role] = await store.factsOf({ entityId: 'per:anna-kebschull', types: ['HOLDS_ROLE'], direction: 'from' });
      expect(role).toMatchObject({ title: 'Landrätin', to: 'org:landkreis-osnabrueck' });
    });

    it('lists the entities and facts of a release and the releases of an entity', async () => {
      const first = visit();
      const second = award();
      await store.writeRelease(first);
      await store.writeRelease(second);
      expect((await store.entitiesOfRelease(second.release.id)).map((e) => e.name).sort()).toEqual([
        'Anna Kebschull',
        'Grüne Straße',
        'Jörg Weiß-Müller',
      ]);
      expect((await store.factsOfRelease(first.release.id)).map((f) => f.type).sort()).toEqual([
        'HOLDS_ROLE',
        'QUOTED_IN',
        'VISITED',
      ]);
      const releases = await store.releasesOfEntity('per:anna-kebschull', 10);
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

    it('deletes a release with its facts and keeps entities other releases still mention', async () => {
      const first = visit();
      await store.writeRelease(first);
      await store.writeRelease(award());
      expect(await store.deleteRelease(first.release.id)).toBe(true);
      expect(await store.deleteRelease(first.release.id)).toBe(false);
      expect(await store.getEntity('per:anna-kebschull')).toMatchObject({ releaseCount: 1 });
      expect(await store.getEntity('org:migrationszentrum-der-massarbeit')).toBeNull();
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
      expect(mentions.map((m) => m.text)).toEqual(['Osnabrück', 'Anna Kebschull', 'Migrationszentrum der MaßArbeit']);
      for (const mention of mentions) expect(facts.release.text.slice(mention.start, mention.end)).toBe(mention.text);
    });

    it('ranks connected entities by shared releases and facts', async () => {
      await store.writeRelease(visit());
      await store.writeRelease(award());
      const page = await store.connections({ entityId: 'per:anna-kebschull', minShared: 1, first: 10, offset: 0 });
      expect(page.total).toBe(5);
      expect(page.items[0]).toEqual({ entityId: 'org:landkreis-osnabrueck', sharedReleases: 1, sharedFacts: 1 });
      expect(page.items).toContainEqual({ entityId: 'per:joerg-weiss-mueller', sharedReleases: 1, sharedFacts: 0 });
      const people = await store.connections({
        entityId: 'per:anna-kebschull',
        types: ['Person'],
        minShared: 1,
        first: 10,
        offset: 0,
      });
      expect(people.items.map((c) => c.entityId)).toEqual(['per:joerg-weiss-mueller']);
      expect(
        (await store.connections({ entityId: 'per:anna-kebschull', minShared: 3, first: 10, offset: 0 })).total,
      ).toBe(0);
    });

    it('finds the shortest paths between two entities with the evidence of each hop', async () => {
      const first = visit();
      await store.writeRelease(first);
      await store.writeRelease(award());
      const direct = await store.paths({
        from: 'per:anna-kebschull',
        to: 'org:migrationszentrum-der-massarbeit',
        maxHops: 4,
        first: 5,
      });
      expect(direct).toEqual([
        [
          {
            from: 'per:anna-kebschull',
            to: 'org:migrationszentrum-der-massarbeit',
            type: 'VISITED',
            factId: expect.stringMatching(/^fct_/),
            releaseId: first.release.id,
            sentence: 'Landrätin Anna Kebschull besuchte am Montag das Migrationszentrum der MaßArbeit.',
          },
        ],
      ]);
      const twoHops = await store.paths({
        from: 'per:joerg-weiss-mueller',
        to: 'org:migrationszentrum-der-massarbeit',
        maxHops: 4,
        first: 5,
      });
      expect(twoHops).toHaveLength(1);
      expect(twoHops[0]!.map((hop) => hop.type)).toEqual(['MENTIONED_WITH', 'VISITED']);
      expect(
        await store.paths({
          from: 'per:joerg-weiss-mueller',
          to: 'org:migrationszentrum-der-massarbeit',
          maxHops: 1,
          first: 5,
        }),
      ).toEqual([]);
    });

    it('merges entities and keeps the merge when the release is ingested again', async () => {
      const first = visit();
      await store.writeRelease(first);
      await store.writeRelease(award());
      const merged = await store
        .mergeEntities(['org:landkreis-osnabrueck', 'plc:osnabrueck'], 'curator')
        .catch((e: Error) => e);
      expect(merged).toBeInstanceOf(Error);
      const survivor = await store.mergeEntities(['per:anna-kebschull', 'per:joerg-weiss-mueller'], 'curator');
      expect(survivor).toMatchObject({ id: 'per:anna-kebschull', releaseCount: 2 });
      expect(survivor.aliases).toContain('Jörg Weiß-Müller');
      // The merged id still resolves, to the survivor.
      expect((await store.getEntity('per:joerg-weiss-mueller'))?.id).toBe('per:anna-kebschull');
      expect((await store.findEntities({ type: 'Person', first: 10 })).map((e) => e.id)).toEqual([
        'per:anna-kebschull',
      ]);
      await store.deleteRelease(first.release.id);
      await store.writeRelease(award());
      await store.writeRelease(first);
      expect((await store.findEntities({ type: 'Person', first: 10 })).map((e) => e.id)).toEqual([
        'per:anna-kebschull',
      ]);
      expect((await store.findEntities({ name: 'Weiß-Müller', first: 5 })).map((e) => e.id)).toEqual([
        'per:anna-kebschull',
      ]);
      const [record] = await store.curationLog(5);
      expect(record).toMatchObject({
        actor: 'curator',
        action: 'MERGE_ENTITIES',
        details: { into: 'per:anna-kebschull', merged: ['per:joerg-weiss-mueller'] },
      });
    });

    it('refuses a merge or rename that curation rules forbid, with the same errors, and changes nothing', async () => {
      await store.writeRelease(visit());
      const before = await store.stats();
      await expect(store.mergeEntities(['per:anna-kebschull'], 'curator')).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
        message: 'mergeEntities needs at least two different entities',
      });
      await expect(store.mergeEntities(['per:anna-kebschull', 'per:anna-kebschull'], 'curator')).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
        message: 'mergeEntities needs at least two different entities',
      });
      await expect(store.mergeEntities(['per:anna-kebschull', 'per:nobody'], 'curator')).rejects.toMatchObject({
        code: 'NOT_FOUND',
        message: 'no entity with id "per:nobody"',
      });
      await expect(
        store.mergeEntities(['org:landkreis-osnabrueck', 'plc:osnabrueck'], 'curator'),
      ).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
        message: 'cannot merge entities of different types (Organisation, Place)',
      });
      await expect(store.renameEntity('per:anna-kebschull', '   ', 'curator')).rejects.toMatchObject({
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
        entityId: 'per:anna-kebschull',
        types: ['VISITED'],
        direction: 'from',
      });
      expect(await store.rejectFact(visitFact!.id, 'curator')).toBe(true);
      expect(await store.rejectFact('fct_missing', 'curator')).toBe(false);
      await store.deleteRelease(facts.release.id);
      await store.writeRelease(facts);
      expect(await store.factsOf({ entityId: 'per:anna-kebschull', types: ['VISITED'], direction: 'from' })).toEqual(
        [],
      );
      expect(
        (await store.factsOf({ entityId: 'per:anna-kebschull', types: ['QUOTED_IN'], direction: 'from' })).length,
      ).toBe(1);
    });

    it('replaces the facts of a stored release on request, keeping curation', async () => {
      const facts = visit();
      await store.writeRelease(facts);
      const [quote] = await store.factsOf({ entityId: 'per:anna-kebschull', types: ['QUOTED_IN'], direction: 'from' });
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

    it('remembers completely ingested files in the ledger', async () => {
      const entry = {
        source: 'archive/2019/a.docx',
        size: 1234,
        mtimeMs: 1_700_000_000_123.5,
        hash: 'ab'.repeat(32),
        documents: 3,
        failures: 1,
        completedAt: '2026-01-02T03:04:05.000Z',
      };
      await store.putLedgerEntries([entry, { ...entry, source: 'archive/b.csv', documents: 200 }]);
      const found = await store.ledgerEntries(['archive/2019/a.docx', 'missing.txt']);
      expect([...found.values()]).toEqual([entry]);
      await store.putLedgerEntries([{ ...entry, hash: 'cd'.repeat(32) }]);
      expect((await store.ledgerEntries([entry.source])).get(entry.source)?.hash).toBe('cd'.repeat(32));
    });

    it('lists every release id in batches', async () => {
      await store.writeRelease(visit());
      await store.writeRelease(award());
      const batches: string[][] = [];
      for await (const batch of store.releaseIds(1)) batches.push(batch);
      expect(batches).toHaveLength(2);
      expect(batches.flat().sort()).toEqual([visit().release.id, award().release.id].sort());
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
