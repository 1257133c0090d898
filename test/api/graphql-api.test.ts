import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApolloServer } from '@apollo/server';
import { writeRelease } from '../../ingest/write-release.js';
import type { ApiContext } from '../../src/api/context.js';
import { createContext } from '../../src/api/context.js';
import { createApiServer } from '../../src/api/create-api-server.js';
import type { Stores } from '../../src/stores/stores.js';
import { makeFacts } from '../helpers/make-facts.js';
import { createTempStores } from '../helpers/temp-stores.js';

const visitSentence = 'Zuvor hatte der Landesbeauftragte für Migration und Teilhabe, Deniz Kurku, das Migrationszentrum der MaßArbeit besucht.';
const weilSentence = 'Ministerpräsident Stephan Weil informierte sich bei einem Besuch im Kreishaus.';
const facts = makeFacts({
  source: 'fixtures/visit.txt',
  title: 'Lob für das Migrationszentrum',
  date: '2024-05-02',
  publisher: 'MaßArbeit',
  body: `${visitSentence} ${weilSentence} „Wir sind stolz“, betont Lars Hellmers.`,
  entities: [
    { type: 'Person', name: 'Deniz Kurku', aliases: ['Kurku'] },
    { type: 'Person', name: 'Stephan Weil' },
    { type: 'Person', name: 'Lars Hellmers' },
    { type: 'Organisation', name: 'Migrationszentrum der MaßArbeit', aliases: ['Migrationszentrum'] },
    { type: 'Organisation', name: 'MaßArbeit' },
    { type: 'Place', name: 'Kreishaus' },
  ],
  relations: [
    { type: 'VISITED', from: 'Deniz Kurku', to: 'Migrationszentrum der MaßArbeit', sentence: visitSentence },
    { type: 'VISITED', from: 'Stephan Weil', to: 'Kreishaus', sentence: weilSentence },
    { type: 'HOLDS_ROLE', from: 'Stephan Weil', title: 'Ministerpräsident', sentence: weilSentence },
    { type: 'HOLDS_ROLE', from: 'Lars Hellmers', to: 'MaßArbeit', title: 'Vorstand', sentence: '„Wir sind stolz“, betont Lars Hellmers.' },
    { type: 'QUOTED_IN', from: 'Lars Hellmers', quote: 'Wir sind stolz', sentence: '„Wir sind stolz“, betont Lars Hellmers.' },
  ],
});

describe('GraphQL API on the embedded store', () => {
  let stores: Stores;
  let server: ApolloServer<ApiContext>;

  beforeAll(async () => {
    stores = createTempStores();
    await writeRelease(facts, stores);
    server = createApiServer();
    await server.start();
  });
  afterAll(async () => {
    await server.stop();
    await stores.close();
  });

  async function run(query: string, variables: Record<string, unknown> = {}) {
    const response = await server.executeOperation({ query, variables }, { contextValue: createContext(stores) });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return response.body.singleResult;
  }

  it('answers which places and organisations an official visited, with provenance', async () => {
    const result = await run(`{ visits(official: "Deniz Kurku") {
      visitor { name } target { name type } provenance { sentence start end release { id title date } } } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      visits: [
        {
          visitor: { name: 'Deniz Kurku' },
          target: { name: 'Migrationszentrum der MaßArbeit', type: 'Organisation' },
          provenance: {
            sentence: visitSentence,
            start: facts.release.text.indexOf(visitSentence),
            end: facts.release.text.indexOf(visitSentence) + visitSentence.length,
            release: { id: facts.release.id, title: 'Lob für das Migrationszentrum', date: '2024-05-02' },
          },
        },
      ],
    });
  });

  it('finds an official by title and surname', async () => {
    const result = await run(`{ visits(official: "Ministerpräsident Weil") { target { name } } }`);
    expect(result.data).toEqual({ visits: [{ target: { name: 'Kreishaus' } }] });
  });

  it('gives a person with roles, quotes and releases', async () => {
    const result = await run(`{ person(name: "hellmers") { name roles { title organisation { name } date }
      quotes { text } releases { title } } }`);
    expect(result.data).toEqual({
      person: {
        name: 'Lars Hellmers',
        roles: [{ title: 'Vorstand', organisation: { name: 'MaßArbeit' }, date: '2024-05-02' }],
        quotes: [{ text: 'Wir sind stolz' }],
        releases: [{ title: 'Lob für das Migrationszentrum' }],
      },
    });
  });

  it('searches with highlighted snippets and pages with cursors', async () => {
    const result = await run(`{ search(query: "Migrationszentrum", first: 1) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { snippet highlightedTitle release { id source } } } } }`);
    expect(result.errors).toBeUndefined();
    const search = (result.data as { search: { totalCount: number; edges: { node: { snippet: string; highlightedTitle: string; release: { id: string } } }[] } }).search;
    expect(search.totalCount).toBe(1);
    expect(search.edges[0]!.node.release.id).toBe(facts.release.id);
    expect(search.edges[0]!.node.highlightedTitle).toBe('Lob für das <mark>Migrationszentrum</mark>');
    expect(search.edges[0]!.node.snippet).toContain('<mark>Migrationszentrum</mark>');
  });

  it('returns a release with its entities and facts', async () => {
    const result = await run(`query ($id: ID!) { release(id: $id) { title publisher entities { name } facts { type from { name } to { name } title } } }`, {
      id: facts.release.id,
    });
    const release = (result.data as { release: { entities: unknown[]; facts: { type: string }[] } }).release;
    expect(release.entities).toHaveLength(6);
    expect(release.facts.map((fact) => fact.type).sort()).toEqual(['HOLDS_ROLE', 'HOLDS_ROLE', 'QUOTED_IN', 'VISITED', 'VISITED']);
  });

  it('lists entities by name and type, and counts them in stats', async () => {
    const found = await run(`{ entities(name: "massarbeit") { id name type releaseCount } }`);
    expect(found.data).toEqual({ entities: [{ id: 'org:massarbeit', name: 'MaßArbeit', type: 'Organisation', releaseCount: 1 }] });
    const stats = await run(`{ stats { releases entities { type count } newestRelease { title } } }`);
    expect(stats.data).toEqual({
      stats: {
        releases: 1,
        entities: [
          { type: 'Person', count: 3 },
          { type: 'Organisation', count: 2 },
          { type: 'Place', count: 1 },
          { type: 'Initiative', count: 0 },
        ],
        newestRelease: { title: 'Lob für das Migrationszentrum' },
      },
    });
  });

  it('answers unknown ids and names with NOT_FOUND', async () => {
    for (const query of ['{ release(id: "rel_nope") { id } }', '{ entity(id: "per:nobody") { id } }', '{ person(name: "Niemand Unbekannt") { id } }', '{ visits(official: "Niemand") { date } }']) {
      const result = await run(query);
      expect(result.errors?.[0]?.extensions?.['code'], query).toBe('NOT_FOUND');
      expect(result.errors?.[0]?.message, query).toMatch(/no (release|entity|person)/);
    }
  });

  it('answers bad arguments with BAD_USER_INPUT and no internals', async () => {
    for (const query of ['{ visits(official: "  ") { date } }', '{ search(query: "x", first: 100000) { totalCount } }', '{ search(query: "x", after: "bogus") { totalCount } }']) {
      const result = await run(query);
      expect(result.errors?.[0]?.extensions?.['code'], query).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.extensions?.['stacktrace'], query).toBeUndefined();
    }
  });
});
