import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeRelease } from '../../ingest/write-release.js';
import type { Stores } from '../../src/ports/stores.js';
import { startTestApi } from '../helpers/api.js';
import { makeFacts } from '../helpers/make-facts.js';
import { createTempStores } from '../helpers/temp-stores.js';

const visit = makeFacts({
  source: 'fixtures/visit.txt',
  title: 'Lob für das Migrationszentrum',
  date: '2024-05-02',
  publisher: 'MeißelArbeit',
  body: 'Landrätin Anja Ahlerding besuchte das Migrationszentrum der MeißelArbeit in Osnabrück.',
  entities: [
    { type: 'Person', name: 'Anja Ahlerding', aliases: ['Ahlerding'] },
    { type: 'Organisation', name: 'Migrationszentrum der MeißelArbeit' },
    { type: 'Place', name: 'Osnabrück' },
  ],
});
const award = makeFacts({
  source: 'fixtures/award.txt',
  title: 'Ehrenamtspreis „Grüne Straße“ verliehen',
  date: '2023-11-20',
  publisher: 'Landkreis Osnabrück',
  body: 'Anja Ahlerding überreichte den Preis an die Initiative Grüne Straße.',
  entities: [
    { type: 'Person', name: 'Anja Ahlerding' },
    { type: 'Initiative', name: 'Grüne Straße' },
  ],
});
const english = makeFacts({
  source: 'fixtures/english.txt',
  title: 'Minister visits flood defence scheme',
  date: '2023-01-10',
  publisher: 'Welsh Government',
  language: 'en',
  body: 'The Minister for Housing toured the scheme in Port Talbot.',
  entities: [{ type: 'Place', name: 'Port Talbot' }],
});

interface Hit {
  release: { id: string; title: string };
  title: string;
  date: string | null;
  publisher: string | null;
  language: string;
  highlightedTitle: string;
  snippet: string;
  entities: { id: string; name: string; type: string }[];
}
interface Connection {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: Hit }[];
  facets: {
    name: string;
    values: { value: string; count: number; entity: { id: string; name: string; type: string } | null }[];
  }[];
}

const SEARCH = `query Search($query: String!, $filter: SearchFilter, $facets: [String!], $sort: SearchSort, $first: Int, $after: String) {
  search(query: $query, filter: $filter, facets: $facets, sort: $sort, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { release { id title } title date publisher language highlightedTitle snippet entities { id name type } } }
    facets { name values { value count entity { id name type } } }
  }
}`;

describe('GraphQL search and suggest', () => {
  let stores: Stores;
  let api: Awaited<ReturnType<typeof startTestApi>>;
  const run = (query: string, variables: Record<string, unknown> = {}) => api.run(query, variables);

  beforeAll(async () => {
    stores = createTempStores();
    for (const facts of [visit, award, english]) await writeRelease(facts, stores);
    api = await startTestApi(stores);
  });
  afterAll(async () => {
    await api.stop();
    await stores.close();
  });

  async function search(variables: Record<string, unknown>): Promise<Connection> {
    const result = await run(SEARCH, variables);
    expect(result.errors).toBeUndefined();
    return (result.data as { search: Connection }).search;
  }

  it('finds a release despite a typo, with highlights and the entities it mentions', async () => {
    const result = await search({ query: 'Migrationszentrm' });
    expect(result.totalCount).toBe(1);
    const [edge] = result.edges;
    expect(edge!.node).toEqual({
      release: { id: visit.release.id, title: 'Lob für das Migrationszentrum' },
      title: 'Lob für das Migrationszentrum',
      date: '2024-05-02',
      publisher: 'MeißelArbeit',
      language: 'de',
      highlightedTitle: 'Lob für das <mark>Migrationszentrum</mark>',
      snippet: expect.stringContaining('<mark>Migrationszentrum</mark>'),
      entities: [
        { id: 'per:anja-ahlerding', name: 'Anja Ahlerding', type: 'Person' },
        {
          id: 'org:migrationszentrum-der-meisselarbeit',
          name: 'Migrationszentrum der MeißelArbeit',
          type: 'Organisation',
        },
        { id: 'plc:osnabrueck', name: 'Osnabrück', type: 'Place' },
      ],
    });
  });

  it('filters, counts facets over all matches and sorts by date', async () => {
    const result = await search({
      query: 'ahlerd',
      filter: { language: ['de'], dateFrom: '2023-01-01', types: ['Person'] },
      facets: ['publisher', 'year', 'Person'],
      sort: 'DATE_ASC',
      first: 1,
    });
    expect(result.totalCount).toBe(2);
    expect(result.pageInfo.hasNextPage).toBe(true);
    expect(result.edges.map((edge) => edge.node.release.id)).toEqual([award.release.id]);
    expect(result.facets).toEqual([
      {
        name: 'publisher',
        values: [
          { value: 'Landkreis Osnabrück', count: 1, entity: null },
          { value: 'MeißelArbeit', count: 1, entity: null },
        ],
      },
      {
        name: 'year',
        values: [
          { value: '2023', count: 1, entity: null },
          { value: '2024', count: 1, entity: null },
        ],
      },
      {
        name: 'Person',
        values: [
          {
            value: 'per:anja-ahlerding',
            count: 2,
            entity: { id: 'per:anja-ahlerding', name: 'Anja Ahlerding', type: 'Person' },
          },
        ],
      },
    ]);
    const next = await search({ query: 'ahlerd', sort: 'DATE_ASC', first: 1, after: result.pageInfo.endCursor });
    expect(next.edges.map((edge) => edge.node.release.id)).toEqual([visit.release.id]);
  });

  it('filters by publisher and by entity ids from facets; an empty query lists newest first', async () => {
    const byPublisher = await search({ query: '', filter: { publisher: ['Welsh Government'] } });
    expect(byPublisher.edges.map((edge) => edge.node.title)).toEqual(['Minister visits flood defence scheme']);
    const byEntities = await search({ query: '', filter: { entityIds: ['per:anja-ahlerding', 'ini:gruene-strasse'] } });
    expect(byEntities.edges.map((edge) => edge.node.release.id)).toEqual([award.release.id]);
    const all = await search({ query: '', filter: { publisher: null, dateTo: null } });
    expect(all.edges.map((edge) => edge.node.date)).toEqual(['2024-05-02', '2023-11-20', '2023-01-10']);
  });

  it('suggests entities while the user types', async () => {
    const result = await run(`{ suggest(prefix: "Ahlerd") { id name type releaseCount } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      suggest: [{ id: 'per:anja-ahlerding', name: 'Anja Ahlerding', type: 'Person', releaseCount: 2 }],
    });
    const places = await run(`{ suggest(prefix: "osna", types: [Place], first: 5) { name type } }`);
    expect(places.data).toEqual({ suggest: [{ name: 'Osnabrück', type: 'Place' }] });
  });

  it('answers invalid dates, unknown facets and languages and bad sizes with BAD_USER_INPUT', async () => {
    const bad: [string, Record<string, unknown>][] = [
      [SEARCH, { query: 'x', filter: { dateFrom: '2024-02-30' } }],
      [SEARCH, { query: 'x', filter: { dateTo: 'yesterday' } }],
      [SEARCH, { query: 'x', filter: { dateFrom: '2024-06-01', dateTo: '2024-01-01' } }],
      [SEARCH, { query: 'x', facets: ['publisher', 'colour'] }],
      [SEARCH, { query: 'x', filter: { language: ['fr'] } }],
      [SEARCH, { query: 'x', filter: { author: ['x'] } }],
      [SEARCH, { query: 'x', sort: 'RANDOM' }],
      [SEARCH, { query: 'x', first: 101 }],
      [`{ suggest(prefix: "x", first: 1000) { id } }`, {}],
    ];
    for (const [query, variables] of bad) {
      const result = await run(query, variables);
      expect(result.errors?.[0]?.extensions?.['code'], JSON.stringify(variables)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.extensions?.['stacktrace']).toBeUndefined();
    }
    const facet = await run(SEARCH, { query: 'x', facets: ['colour'] });
    expect(facet.errors?.[0]?.message).toMatch(/unknown facet "colour"; known facets: publisher, language, year/);
    const date = await run(SEARCH, { query: 'x', filter: { dateFrom: '2024-02-30' } });
    expect(date.errors?.[0]?.message).toMatch(/"dateFrom" must be a calendar date as YYYY-MM-DD/);
  });

  it('answers search syntax and SQL in the query with results or nothing', async () => {
    for (const query of ['"', 'Ahlerding" OR "1"="1', "'; DROP TABLE releases; --", 'NEAR(a b)', 'x'.repeat(10_000)]) {
      const result = await search({ query });
      expect(Array.isArray(result.edges), query.slice(0, 20)).toBe(true);
    }
  });
});
