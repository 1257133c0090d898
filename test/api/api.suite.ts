import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeRelease } from '../../ingest/write-release.js';
import type { Caller } from '../../src/api/access.js';
import type { Stores } from '../../src/ports/stores.js';
import { EDITOR, startTestApi } from '../helpers/api.js';
import { makeFacts } from '../helpers/make-facts.js';

const tolunSentence =
  'Am Vormittag besuchte der Landesbeauftragte für Migration und Teilhabe, Davut Tolun, das Migrationszentrum der MeißelArbeit.';
const roloffSentence = 'Ministerpräsident Steffen Roloff informierte sich bei einem Besuch im Kreishaus.';
const quoteSentence = '„Wir sind stolz“, betont Lutz Deppmann.';

const lob = () =>
  makeFacts({
    source: 'fixtures/lob.txt',
    title: 'Lob für das Migrationszentrum',
    date: '2024-05-02',
    publisher: 'MeißelArbeit',
    body: `${tolunSentence} ${roloffSentence} ${quoteSentence}`,
    entities: [
      { type: 'Person', name: 'Davut Tolun', aliases: ['Tolun'] },
      { type: 'Person', name: 'Steffen Roloff' },
      { type: 'Person', name: 'Lutz Deppmann' },
      { type: 'Organisation', name: 'Migrationszentrum der MeißelArbeit', aliases: ['Migrationszentrum'] },
      { type: 'Organisation', name: 'MeißelArbeit' },
      { type: 'Place', name: 'Kreishaus' },
    ],
    relations: [
      {
        type: 'VISITED',
        from: 'Davut Tolun',
        to: 'Migrationszentrum der MeißelArbeit',
        date: '2024-03-11',
        sentence: tolunSentence,
      },
      { type: 'VISITED', from: 'Steffen Roloff', to: 'Kreishaus', sentence: roloffSentence },
      { type: 'HOLDS_ROLE', from: 'Steffen Roloff', title: 'Ministerpräsident', sentence: roloffSentence },
      { type: 'HOLDS_ROLE', from: 'Lutz Deppmann', to: 'MeißelArbeit', title: 'Vorstand', sentence: quoteSentence },
      { type: 'QUOTED_IN', from: 'Lutz Deppmann', quote: 'Wir sind stolz', sentence: quoteSentence },
      { type: 'PART_OF', from: 'Migrationszentrum der MeißelArbeit', to: 'MeißelArbeit', sentence: tolunSentence },
    ],
  });

const later = () =>
  makeFacts({
    source: 'fixtures/later.txt',
    title: 'Tolun besucht erneut die MeißelArbeit',
    date: '2025-01-20',
    publisher: 'Landkreis Osnabrück',
    body: 'Davut Tolun besuchte die MeißelArbeit in Osnabrück erneut.',
    entities: [
      { type: 'Person', name: 'Davut Tolun' },
      { type: 'Organisation', name: 'MeißelArbeit' },
      { type: 'Place', name: 'Osnabrück' },
    ],
    relations: [
      {
        type: 'VISITED',
        from: 'Davut Tolun',
        to: 'MeißelArbeit',
        sentence: 'Davut Tolun besuchte die MeißelArbeit in Osnabrück erneut.',
      },
      {
        type: 'LOCATED_IN',
        from: 'MeißelArbeit',
        to: 'Osnabrück',
        sentence: 'Davut Tolun besuchte die MeißelArbeit in Osnabrück erneut.',
      },
    ],
  });

/** How an API suite run gets fresh stores and gives them back. */
export interface ApiHarness {
  create(): Promise<Stores>;
  dispose(stores: Stores): Promise<void>;
}

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The questions the API answers and the errors it gives, run against each store adapter. */
export function defineApiSuite(adapter: string, harness: ApiHarness): void {
  describe(`GraphQL API on ${adapter}`, () => {
    let stores: Stores;
    let api: Awaited<ReturnType<typeof startTestApi>>;
    const lobFacts = lob();
    const laterFacts = later();

    beforeAll(async () => {
      stores = await harness.create();
      await writeRelease(lobFacts, stores);
      await writeRelease(laterFacts, stores);
      api = await startTestApi(stores);
    });
    afterAll(async () => {
      await api.stop();
      await harness.dispose(stores);
    });

    async function data(query: string, variables: Record<string, unknown> = {}, caller?: Caller): Promise<Data> {
      const result = await api.run(query, variables, caller);
      expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
      return result.data as Data;
    }
    async function errorCode(query: string, variables: Record<string, unknown> = {}, caller?: Caller) {
      const result = await api.run(query, variables, caller);
      expect(result.errors?.[0]?.extensions?.['stacktrace']).toBeUndefined();
      return result.errors?.[0]?.extensions?.['code'];
    }

    it('answers which entities an official visited, newest first, with provenance', async () => {
      const result = await data(`{ visits(official: "Davut Tolun") { totalCount edges { node {
        target { name type } date provenance { sentence start end release { id title } } } } } }`);
      expect(result['visits'].totalCount).toBe(2);
      const [newest, older] = result['visits'].edges.map((edge: Data) => edge['node']);
      expect(newest).toMatchObject({ target: { name: 'MeißelArbeit', type: 'Organisation' }, date: '2025-01-20' });
      expect(older).toEqual({
        target: { name: 'Migrationszentrum der MeißelArbeit', type: 'Organisation' },
        date: '2024-03-11',
        provenance: {
          sentence: tolunSentence,
          start: lobFacts.release.text.indexOf(tolunSentence),
          end: lobFacts.release.text.indexOf(tolunSentence) + tolunSentence.length,
          release: { id: lobFacts.release.id, title: 'Lob für das Migrationszentrum' },
        },
      });
    });

    it('filters visits by date and pages through them with cursors', async () => {
      const inRange = await data(
        `{ visits(official: "Tolun", from: "2024-01-01", to: "2024-12-31") { edges { node { target { name } } } } }`,
      );
      expect(inRange['visits'].edges).toEqual([{ node: { target: { name: 'Migrationszentrum der MeißelArbeit' } } }]);
      const page1 = await data(
        `{ visits(official: "Tolun", first: 1) { edges { node { date } } pageInfo { hasNextPage endCursor } } }`,
      );
      expect(page1['visits'].pageInfo.hasNextPage).toBe(true);
      const page2 = await data(
        `query ($after: String) { visits(official: "Tolun", first: 1, after: $after) { edges { node { date } } pageInfo { hasNextPage } } }`,
        {
          after: page1['visits'].pageInfo.endCursor,
        },
      );
      expect(page2['visits']).toEqual({ edges: [{ node: { date: '2024-03-11' } }], pageInfo: { hasNextPage: false } });
    });

    it('finds an official by title and surname, tolerant of case and umlauts', async () => {
      const result = await data(
        `{ visits(official: "ministerpräsident roloff") { edges { node { target { name } } } } }`,
      );
      expect(result['visits'].edges).toEqual([{ node: { target: { name: 'Kreishaus' } } }]);
      expect((await data(`{ person(name: "MEISSELARBEIT-VORSTAND DEPPMANN") { name } }`))['person'].name).toBe(
        'Lutz Deppmann',
      );
    });

    it('answers who visited a project', async () => {
      const result = await data(`{ visitors(name: "Migrationszentrum") { edges { node { visitor { name } } } } }`);
      expect(result['visitors'].edges).toEqual([{ node: { visitor: { name: 'Davut Tolun' } } }]);
    });

    it('gives a person with dated roles, quotes, visits and releases', async () => {
      const result = await data(`{ person(name: "deppmann") { name type roles { title organisation { name } date }
        quotes { edges { node { text } } } visits { totalCount } releases { totalCount edges { node { title } } } } }`);
      expect(result['person']).toEqual({
        name: 'Lutz Deppmann',
        type: 'Person',
        roles: [{ title: 'Vorstand', organisation: { name: 'MeißelArbeit' }, date: '2024-05-02' }],
        quotes: { edges: [{ node: { text: 'Wir sind stolz' } }] },
        visits: { totalCount: 0 },
        releases: { totalCount: 1, edges: [{ node: { title: 'Lob für das Migrationszentrum' } }] },
      });
    });

    it('gives an organisation with its people, visitors, parts and location', async () => {
      const result = await data(`{ organisation(name: "MeißelArbeit") { name people { person { name } title }
        visitors { edges { node { visitor { name } } } } parts { name } locatedIn { name type } releases { totalCount } } }`);
      expect(result['organisation']).toEqual({
        name: 'MeißelArbeit',
        people: [{ person: { name: 'Lutz Deppmann' }, title: 'Vorstand' }],
        visitors: { edges: [{ node: { visitor: { name: 'Davut Tolun' } } }] },
        parts: [{ name: 'Migrationszentrum der MeißelArbeit' }],
        locatedIn: [{ name: 'Osnabrück', type: 'Place' }],
        releases: { totalCount: 2 },
      });
      const place = await data(`{ place(name: "osnabrueck") { contains { name } } }`);
      expect(place['place']).toEqual({ contains: [{ name: 'MeißelArbeit' }] });
    });

    it('ranks connected entities and finds the path between two entities with evidence', async () => {
      const connections = await data(`{ connections(entityId: "per:davut-tolun", types: [Organisation]) {
        totalCount edges { node { entity { name } sharedReleases sharedFacts } } } }`);
      expect(connections['connections'].edges[0].node).toEqual({
        entity: { name: 'MeißelArbeit' },
        sharedReleases: 2,
        sharedFacts: 1,
      });
      const path = await data(
        `{ path(from: "per:lutz-deppmann", to: "plc:osnabrueck", first: 1) { entities { name } hops { type sentence release { title } } } }`,
      );
      expect(path['path']).toEqual([
        {
          entities: [{ name: 'Lutz Deppmann' }, { name: 'MeißelArbeit' }, { name: 'Osnabrück' }],
          hops: [
            { type: 'HOLDS_ROLE', sentence: quoteSentence, release: { title: 'Lob für das Migrationszentrum' } },
            {
              type: 'LOCATED_IN',
              sentence: 'Davut Tolun besuchte die MeißelArbeit in Osnabrück erneut.',
              release: { title: 'Tolun besucht erneut die MeißelArbeit' },
            },
          ],
        },
      ]);
    });

    it('prefers paths stated by facts over paths through co-mentions', async () => {
      const result = await data(`{ path(from: "per:lutz-deppmann", to: "plc:osnabrueck") { hops { type } } }`);
      expect(result['path'].map((path: Data) => path['hops'].map((hop: Data) => hop['type']).join(' > '))).toEqual([
        'HOLDS_ROLE > LOCATED_IN',
        'MENTIONED_WITH > MENTIONED_WITH',
      ]);
    });

    it('orders the timeline of an entity by date', async () => {
      const result = await data(
        `{ timeline(entityId: "per:davut-tolun") { totalCount edges { node { date kind description } } } }`,
      );
      expect(result['timeline'].edges.map((edge: Data) => `${edge['node'].date} ${edge['node'].kind}`)).toEqual([
        '2024-03-11 VISIT',
        '2024-05-02 RELEASE',
        '2025-01-20 RELEASE',
        '2025-01-20 VISIT',
      ]);
      expect(result['timeline'].edges[0].node.description).toBe(
        'Davut Tolun visited Migrationszentrum der MeißelArbeit',
      );
    });

    it('lists releases with filters and gives one with its text marked', async () => {
      const listed = await data(
        `{ releases(filter: { publisher: "MeißelArbeit" }) { totalCount edges { node { id } } } }`,
      );
      expect(listed['releases']).toEqual({ totalCount: 1, edges: [{ node: { id: lobFacts.release.id } }] });
      const byDate = await data(
        `{ releases(filter: { dateFrom: "2025-01-01" }, sort: DATE_ASC) { edges { node { title } } } }`,
      );
      expect(byDate['releases'].edges).toEqual([{ node: { title: 'Tolun besucht erneut die MeißelArbeit' } }]);
      const release = await data(
        `query ($id: ID!) { release(id: $id) { markedText mentions { text entity { type } } facts { type } } }`,
        {
          id: laterFacts.release.id,
        },
      );
      expect(release['release'].markedText).toContain(
        '<mark data-entity-id="per:davut-tolun" data-entity-type="Person">Davut Tolun</mark>',
      );
      // The title names MeißelArbeit before the body names Davut Tolun.
      expect(release['release'].mentions.map((m: Data) => m['text'])).toEqual([
        'MeißelArbeit',
        'Davut Tolun',
        'Osnabrück',
      ]);
      expect(release['release'].facts.map((f: Data) => f['type']).sort()).toEqual(['LOCATED_IN', 'VISITED']);
    });

    it('counts what is stored', async () => {
      const result = await data(`{ stats { releases entities { type count } newestRelease { title } } }`);
      expect(result['stats']).toEqual({
        releases: 2,
        entities: [
          { type: 'Person', count: 3 },
          { type: 'Organisation', count: 2 },
          { type: 'Place', count: 2 },
          { type: 'Initiative', count: 0 },
        ],
        newestRelease: { title: 'Tolun besucht erneut die MeißelArbeit' },
      });
    });

    it('answers unknown ids and names with NOT_FOUND', async () => {
      for (const query of [
        '{ release(id: "rel_nope") { id } }',
        '{ entity(id: "per:nobody") { id } }',
        '{ person(name: "Niemand Unbekannt") { id } }',
        // A stored surname after a first name that is not stored, or nothing name-like at all.
        '{ person(name: "Frau Nichtda Tolun") { id } }',
        '{ person(name: "Hans Deppmann") { id } }',
        '{ person(name: "--") { id } }',
        '{ person(name: "Herr .") { id } }',
        '{ person(name: "%") { id } }',
        '{ person(name: "*") { id } }',
        '{ organisation(name: "Bundesamt für MeißelArbeit") { id } }',
        '{ organisation(id: "per:davut-tolun") { id } }',
        '{ visits(official: "Niemand") { totalCount } }',
        '{ path(from: "per:davut-tolun", to: "per:nobody") { hops { type } } }',
      ]) {
        expect(await errorCode(query), query).toBe('NOT_FOUND');
      }
    });

    it('answers invalid arguments with BAD_USER_INPUT', async () => {
      for (const query of [
        '{ visits(official: "  ") { totalCount } }',
        '{ visits(official: "Tolun", from: "2024-02-30") { totalCount } }',
        '{ visits(official: "Tolun", from: "yesterday") { totalCount } }',
        '{ releases(first: 101) { totalCount } }',
        '{ releases(first: -1) { totalCount } }',
        '{ releases(after: "bogus") { totalCount } }',
        '{ releases(filter: { language: "fr" }) { totalCount } }',
        '{ path(from: "per:davut-tolun", to: "plc:osnabrueck", maxHops: 9) { hops { type } } }',
        '{ person { id } }',
      ]) {
        expect(await errorCode(query), query).toBe('BAD_USER_INPUT');
      }
    });

    it('refuses queries nested too deeply or too costly', async () => {
      const deep = `{ person(name: "Tolun") { ${'connections { edges { node { entity { ... on Person { '.repeat(5)} name ${'} } } } }'.repeat(5)} } }`;
      expect(await errorCode(deep)).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(await errorCode('{ releases(first: 100000) { totalCount } }')).toBe('GRAPHQL_VALIDATION_FAILED');
      const cyclic = 'query { stats { releases ...A } } fragment A on Stats { ...B } fragment B on Stats { ...A }';
      expect(await errorCode(cyclic)).toBe('GRAPHQL_VALIDATION_FAILED');
    });

    it('requires a key with the write scope for mutations', async () => {
      const mutation = 'mutation { renameEntity(id: "plc:kreishaus", name: "Kreishaus Osnabrück") { name } }';
      const anonymous = await api.run(mutation);
      expect(anonymous.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
      expect(anonymous.status).toBe(401);
      const reader = await api.run(mutation, {}, { actor: 'website', scopes: new Set(['read']), invalidKey: false });
      expect(reader.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
      expect(reader.status).toBe(403);
      expect(await data(mutation, {}, EDITOR)).toEqual({ renameEntity: { name: 'Kreishaus Osnabrück' } });
      const [record] = (await data('{ curationLog(first: 1) { actor action details } }'))['curationLog'];
      expect(record).toMatchObject({ actor: 'test-editor', action: 'RENAME_ENTITY' });
    });

    it('ingests a release over the API, rejects a fact for good and deletes the release', async () => {
      const text =
        'Pressemitteilung\n\nLandrätin besucht Schule\n\nBramsche. Landrätin Petra Wiegmann besuchte am Montag die Realschule Bramsche. „Eine tolle Schule“, sagte Wiegmann.';
      const ingest = `mutation ($input: IngestReleaseInput!) { ingestRelease(input: $input) { outcome release { id facts { id type } } } }`;
      const input = { text, source: 'api-test', publisher: 'Landkreis Osnabrück', date: '2025-02-03' };
      const created = (await data(ingest, { input }, EDITOR))['ingestRelease'];
      expect(created.outcome).toBe('created');
      expect(created.release.facts.length).toBeGreaterThan(0);
      const fact = created.release.facts[0];
      expect(await data(`mutation { rejectFact(id: "${fact.id}") }`, {}, EDITOR)).toEqual({ rejectFact: true });
      // Re-sending the same source with a changed text replaces the release; the rejected statement stays out.
      const again = (
        await data(ingest, { input: { ...input, text: text.replace('am Montag', 'am Dienstag') } }, EDITOR)
      )['ingestRelease'];
      expect(again.outcome).toBe('replaced');
      expect(again.release.facts.map((f: Data) => f['type'])).not.toContain('__none__');
      const stored = await data(`query ($id: ID!) { release(id: $id) { facts { id type } } }`, {
        id: again.release.id,
      });
      expect(stored['release'].facts.length).toBe(created.release.facts.length);
      expect(await data(`mutation { deleteRelease(id: "${again.release.id}") }`, {}, EDITOR)).toEqual({
        deleteRelease: true,
      });
      expect(await errorCode(`mutation { deleteRelease(id: "${again.release.id}") }`, {}, EDITOR)).toBe('NOT_FOUND');
      expect(await errorCode(ingest, { input: { text: '   ' } }, EDITOR)).toBe('BAD_USER_INPUT');
    });

    it('merges two entities and follows the merged id', async () => {
      const merged = await data(
        'mutation { mergeEntities(ids: ["org:meisselarbeit", "org:migrationszentrum-der-meisselarbeit"]) { id name aliases releaseCount } }',
        {},
        EDITOR,
      );
      expect(merged['mergeEntities']).toMatchObject({ id: 'org:meisselarbeit', releaseCount: 2 });
      expect(merged['mergeEntities'].aliases).toContain('Migrationszentrum der MeißelArbeit');
      expect((await data('{ entity(id: "org:migrationszentrum-der-meisselarbeit") { id } }'))['entity']).toEqual({
        id: 'org:meisselarbeit',
      });
      // The search index follows the merge: suggestions and hit entities name the survivor only.
      const suggested = await data('{ suggest(prefix: "Migrationsz") { id } }');
      expect(suggested['suggest']).toEqual([]);
      const hits = await data('{ search(query: "Migrationszentrum") { edges { node { entities { id } } } } }');
      const ids = hits['search'].edges.flatMap((edge: Data) => edge['node'].entities.map((e: Data) => e['id']));
      expect(ids).toContain('org:meisselarbeit');
      expect(ids).not.toContain('org:migrationszentrum-der-meisselarbeit');
      expect(
        await errorCode('mutation { mergeEntities(ids: ["org:meisselarbeit", "per:davut-tolun"]) { id } }', {}, EDITOR),
      ).toBe('BAD_USER_INPUT');
    });
  });
}
