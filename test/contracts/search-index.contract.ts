import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EntityType } from '../../src/domain/entity.js';
import { entityId } from '../../src/domain/ids.js';
import { excerptHtml, markRanges } from '../../src/api/highlight.js';
import type {
  SearchDocument,
  SearchEntity,
  SearchHit,
  SearchIndex,
  SearchQuery,
} from '../../src/ports/search-index.js';

// The HTML the API makes of a hit: the contract checks that the ranges mark the right words.
const titleHtml = (hit: SearchHit): string => markRanges(hit.title, hit.titleMatches);
const snippetHtml = (hit: SearchHit): string => excerptHtml(hit.excerpt);

/** How a contract run gets a fresh, empty index and gives it back. */
export interface SearchIndexHarness {
  create(): Promise<SearchIndex>;
  dispose(index: SearchIndex): Promise<void>;
}

const entity = (type: EntityType, name: string): SearchEntity => ({ id: entityId(type, name), name, type });

const doc = (id: string, fields: Partial<SearchDocument>): SearchDocument => ({
  id,
  title: 'Ohne Titel',
  subtitle: null,
  body: '',
  date: null,
  publisher: null,
  language: 'de',
  entities: [],
  ...fields,
});

const AHLERDING = entity('Person', 'Anja Ahlerding');

const DOCUMENTS: SearchDocument[] = [
  doc('rel_migration', {
    title: 'Lob für das Migrationszentrum der MeißelArbeit',
    body: 'Landrätin Anja Ahlerding und Angela Wöltering stellten die Arbeit des Migrationszentrums vor.',
    date: '2024-05-02',
    publisher: 'MeißelArbeit',
    entities: [
      AHLERDING,
      entity('Person', 'Angela Wöltering'),
      entity('Organisation', 'Migrationszentrum der MeißelArbeit'),
      entity('Place', 'Osnabrück'),
    ],
  }),
  doc('rel_body_only', {
    title: 'Neue Radwege im Landkreis',
    body: 'Auch das Migrationszentrum liegt künftig an einem Radweg. Die Straßen werden saniert.',
    date: '2024-06-01',
    publisher: 'Landkreis Osnabrück',
    entities: [entity('Organisation', 'Landkreis Osnabrück'), entity('Place', 'Osnabrück')],
  }),
  doc('rel_english', {
    title: 'Minister visits flood defence scheme',
    body: 'The Minister for Housing toured the scheme in Port Talbot and met staff.',
    language: 'en',
    date: '2023-01-10',
    publisher: 'Welsh Government',
    // Named only as an entity, not in the text: found through the entity names.
    entities: [entity('Person', 'Carys Pennant'), entity('Place', 'Port Talbot')],
  }),
  doc('rel_award', {
    title: 'Ehrenamtspreis „Grüne Straße“ verliehen',
    body: 'Landrätin Anja Ahlerding überreichte den Preis an die Initiative Grüne Straße in Melle.',
    date: '2023-11-20',
    publisher: 'Landkreis Osnabrück',
    entities: [AHLERDING, entity('Initiative', 'Grüne Straße'), entity('Place', 'Melle')],
  }),
  doc('rel_undated', {
    title: 'Sprechstunde im Kreishaus',
    body: 'Die Bürgersprechstunde findet im Kreishaus statt.',
  }),
];

/** The behaviour every search index adapter must show, run against each adapter. */
export function defineSearchIndexContract(adapter: string, harness: SearchIndexHarness): void {
  describe(`${adapter} search index contract`, () => {
    let index: SearchIndex;
    const ids = async (query: Omit<SearchQuery, 'first'> & { first?: number }) =>
      (await index.search({ first: 10, ...query })).hits.map((hit) => hit.releaseId);

    beforeEach(async () => {
      index = await harness.create();
      await index.index(DOCUMENTS);
    });
    afterEach(async () => {
      await harness.dispose(index);
    });

    describe('matching', () => {
      it('ranks a title match above a body match', async () => {
        const result = await index.search({ query: 'Migrationszentrum', first: 10 });
        expect(result.hits.map((hit) => hit.releaseId)).toEqual(['rel_migration', 'rel_body_only']);
        expect(result.total).toBe(2);
      });

      it('matches word prefixes as the user types', async () => {
        expect(await ids({ query: 'migrations' })).toContain('rel_migration');
        expect(await ids({ query: 'Ahlerd' })).toEqual(expect.arrayContaining(['rel_migration', 'rel_award']));
      });

      it('folds case, umlauts and ß both ways', async () => {
        for (const query of ['Woeltering', 'wöltering', 'MEISSELARBEIT', 'Meißelarbeit', 'strassen']) {
          const result = await index.search({ query, first: 10 });
          expect(result.hits.length, query).toBeGreaterThan(0);
        }
      });

      it('requires every word of the query', async () => {
        expect(await ids({ query: 'Migrationszentrum Radweg' })).toEqual(['rel_body_only']);
      });

      it('finds releases by the names of the entities they mention', async () => {
        expect(await ids({ query: 'Carys Pennant' })).toEqual(['rel_english']);
      });

      it('tolerates one typo in words of five letters or more', async () => {
        expect((await ids({ query: 'Ahlerdin' })).sort()).toEqual(['rel_award', 'rel_migration']);
        expect((await ids({ query: 'Ahlerting' })).sort()).toEqual(['rel_award', 'rel_migration']);
        expect((await ids({ query: 'Migrationszentrm' })).sort()).toEqual(['rel_body_only', 'rel_migration']);
        expect(await ids({ query: 'Radwg' })).toEqual(['rel_body_only']);
      });

      it('finds compound words by their parts', async () => {
        expect((await ids({ query: 'zentrum' })).sort()).toEqual(['rel_body_only', 'rel_migration']);
        expect(await ids({ query: 'sprechstunde' })).toEqual(['rel_undated']);
      });
    });

    describe('hits', () => {
      it('returns the ranges of matched words in the title and in an excerpt of the body', async () => {
        const [hit] = (await index.search({ query: 'Wöltering', first: 1 })).hits;
        expect(hit!.excerpt.matches.map(({ start, end }) => hit!.excerpt.text.slice(start, end))).toContain(
          'Wöltering',
        );
        expect(snippetHtml(hit!)).toContain('<mark>Wöltering</mark>');
        const [titled] = (await index.search({ query: 'meisselarbeit', first: 1 })).hits;
        expect(titled!.titleMatches).toEqual([{ start: 34, end: 46 }]);
        expect(titleHtml(titled!)).toBe('Lob für das Migrationszentrum der <mark>MeißelArbeit</mark>');
        expect(titled).toMatchObject({
          title: 'Lob für das Migrationszentrum der MeißelArbeit',
          date: '2024-05-02',
          publisher: 'MeißelArbeit',
          language: 'de',
        });
      });

      it('marks typo-corrected words and compounds found by a part', async () => {
        const typo = (await index.search({ query: 'Migrationszentrm', first: 10 })).hits;
        const byTypo = typo.find((hit) => hit.releaseId === 'rel_migration');
        expect(titleHtml(byTypo!)).toBe('Lob für das <mark>Migrationszentrum</mark> der MeißelArbeit');
        const part = (await index.search({ query: 'zentrum', first: 10 })).hits;
        expect(snippetHtml(part.find((hit) => hit.releaseId === 'rel_body_only')!)).toContain(
          '<mark>Migrationszentrum</mark>',
        );
      });

      it('escapes HTML in titles and snippets', async () => {
        await index.index([doc('rel_html', { title: 'Tom & Jerry <script>', body: 'Tom "&" Jerry <b>live</b>' })]);
        const [hit] = (await index.search({ query: 'jerry', first: 1 })).hits;
        expect(hit!.title).toBe('Tom & Jerry <script>');
        expect(titleHtml(hit!)).toBe('Tom &#38; <mark>Jerry</mark> &#60;script&#62;');
        expect(snippetHtml(hit!)).not.toMatch(/<(?!\/?mark>)/);
      });

      it('lists the entities of each hit', async () => {
        const [hit] = (await index.search({ query: 'Ehrenamtspreis', first: 1 })).hits;
        expect(hit?.entities).toEqual(DOCUMENTS[3]!.entities);
      });

      it('pages through hits by offset', async () => {
        const page1 = await index.search({ query: 'migrationszentrum', first: 1 });
        expect(page1.hasNextPage).toBe(true);
        const page2 = await index.search({ query: 'migrationszentrum', first: 1, offset: 1 });
        expect(page2.hits.map((hit) => hit.releaseId)).toEqual(['rel_body_only']);
        expect(page2.hasNextPage).toBe(false);
      });
    });

    describe('filters', () => {
      it('lists every release for an empty query, newest first', async () => {
        const result = await index.search({ query: '', first: 10 });
        expect(result.total).toBe(5);
        expect(result.hits.map((hit) => hit.releaseId)).toEqual([
          'rel_body_only',
          'rel_migration',
          'rel_award',
          'rel_english',
          'rel_undated',
        ]);
      });

      it('filters by publisher and language', async () => {
        expect(await ids({ query: '', filter: { publisher: ['MeißelArbeit'] } })).toEqual(['rel_migration']);
        expect((await ids({ query: '', filter: { publisher: ['MeißelArbeit', 'Welsh Government'] } })).sort()).toEqual([
          'rel_english',
          'rel_migration',
        ]);
        expect(await ids({ query: '', filter: { language: ['en'] } })).toEqual(['rel_english']);
        expect(await ids({ query: 'Ahlerding', filter: { language: ['en'] } })).toEqual([]);
      });

      it('filters by an inclusive date range', async () => {
        expect(await ids({ query: '', filter: { dateFrom: '2024-05-02', dateTo: '2024-05-31' } })).toEqual([
          'rel_migration',
        ]);
        expect(await ids({ query: 'Ahlerding', filter: { dateTo: '2023-12-31' } })).toEqual(['rel_award']);
        expect(await ids({ query: '', filter: { dateFrom: '2024-06-01' } })).toEqual(['rel_body_only']);
      });

      it('filters by entities (all of them) and by entity types (any of them)', async () => {
        expect((await ids({ query: '', filter: { entityIds: [AHLERDING.id] } })).sort()).toEqual([
          'rel_award',
          'rel_migration',
        ]);
        expect(
          await ids({ query: '', filter: { entityIds: [AHLERDING.id, entityId('Initiative', 'Grüne Straße')] } }),
        ).toEqual(['rel_award']);
        expect(await ids({ query: '', filter: { types: ['Initiative'] } })).toEqual(['rel_award']);
        expect((await ids({ query: 'landkreis', filter: { types: ['Organisation', 'Initiative'] } })).sort()).toEqual([
          'rel_body_only',
        ]);
      });

      it('matches filter values with quotes, backslashes and keywords literally', async () => {
        const publisher = 'Amt "Nord" \\ OR 1=1 AND \'x\'';
        await index.index([doc('rel_tricky', { title: 'Sonderfall', publisher })]);
        expect(await ids({ query: '', filter: { publisher: [publisher] } })).toEqual(['rel_tricky']);
        expect(await ids({ query: '', filter: { publisher: ['Amt'] } })).toEqual([]);
      });
    });

    describe('facets and sorting', () => {
      it('counts facet values over all matching releases', async () => {
        const result = await index.search({
          query: '',
          first: 0,
          facets: ['publisher', 'language', 'year', 'Person', 'Place', 'Initiative'],
        });
        expect(result.hits).toEqual([]);
        expect(result.total).toBe(5);
        const facets = Object.fromEntries(result.facets.map((facet) => [facet.name, facet.values]));
        expect(result.facets.map((facet) => facet.name)).toEqual([
          'publisher',
          'language',
          'year',
          'Person',
          'Place',
          'Initiative',
        ]);
        expect(facets['publisher']).toEqual([
          { value: 'Landkreis Osnabrück', count: 2, entity: null },
          { value: 'MeißelArbeit', count: 1, entity: null },
          { value: 'Welsh Government', count: 1, entity: null },
        ]);
        expect(facets['language']).toEqual([
          { value: 'de', count: 4, entity: null },
          { value: 'en', count: 1, entity: null },
        ]);
        expect(facets['year']).toEqual([
          { value: '2023', count: 2, entity: null },
          { value: '2024', count: 2, entity: null },
        ]);
        expect(facets['Person']).toEqual([
          { value: AHLERDING.id, count: 2, entity: AHLERDING },
          { value: entityId('Person', 'Angela Wöltering'), count: 1, entity: entity('Person', 'Angela Wöltering') },
          { value: entityId('Person', 'Carys Pennant'), count: 1, entity: entity('Person', 'Carys Pennant') },
        ]);
        expect(facets['Place']!.map((value) => [value.entity?.name, value.count])).toEqual([
          ['Osnabrück', 2],
          ['Melle', 1],
          ['Port Talbot', 1],
        ]);
        expect(facets['Initiative']!.map((value) => value.value)).toEqual([entityId('Initiative', 'Grüne Straße')]);
      });

      it('counts facets within the query and filter', async () => {
        const result = await index.search({ query: 'Ahlerding', first: 10, facets: ['publisher', 'Person'] });
        expect(result.facets[0]!.values.map((value) => [value.value, value.count])).toEqual([
          ['Landkreis Osnabrück', 1],
          ['MeißelArbeit', 1],
        ]);
        const filtered = await index.search({ query: '', first: 0, filter: { language: ['de'] }, facets: ['year'] });
        expect(filtered.facets[0]!.values.map((value) => [value.value, value.count])).toEqual([
          ['2024', 2],
          ['2023', 1],
        ]);
      });

      it('sorts by date both ways, undated releases last', async () => {
        expect(await ids({ query: '', sort: 'date_asc' })).toEqual([
          'rel_english',
          'rel_award',
          'rel_migration',
          'rel_body_only',
          'rel_undated',
        ]);
        expect(await ids({ query: 'Ahlerding', sort: 'date_desc' })).toEqual(['rel_migration', 'rel_award']);
        expect(await ids({ query: 'Ahlerding', sort: 'date_asc' })).toEqual(['rel_award', 'rel_migration']);
      });
    });

    describe('suggest', () => {
      it('suggests entities by a prefix of any word of their name, most mentioned first', async () => {
        expect(await index.suggest('Ahlerd', undefined, 5)).toEqual([
          { id: AHLERDING.id, name: 'Anja Ahlerding', type: 'Person', releaseCount: 2 },
        ]);
        expect((await index.suggest('osna', undefined, 5)).map((s) => [s.name, s.type, s.releaseCount])).toEqual([
          ['Osnabrück', 'Place', 2],
          ['Landkreis Osnabrück', 'Organisation', 1],
        ]);
        expect((await index.suggest('woelt', undefined, 5)).map((s) => s.name)).toEqual(['Angela Wöltering']);
        expect((await index.suggest('anja ahl', undefined, 5)).map((s) => s.name)).toEqual(['Anja Ahlerding']);
      });

      it('restricts suggestions by type and count', async () => {
        expect(await index.suggest('osna', ['Organisation'], 5)).toEqual([
          {
            id: entityId('Organisation', 'Landkreis Osnabrück'),
            name: 'Landkreis Osnabrück',
            type: 'Organisation',
            releaseCount: 1,
          },
        ]);
        expect(await index.suggest('osna', undefined, 1)).toHaveLength(1);
        expect(await index.suggest('Ahlerd', ['Place'], 5)).toEqual([]);
        expect(await index.suggest('', undefined, 5)).toEqual([]);
      });

      it('keeps release counts in step when releases are replaced and removed', async () => {
        await index.index([DOCUMENTS[0]!]);
        expect((await index.suggest('Ahlerd', undefined, 5))[0]?.releaseCount).toBe(2);
        await index.remove(['rel_award']);
        expect((await index.suggest('Ahlerd', undefined, 5))[0]?.releaseCount).toBe(1);
        expect(await index.suggest('Grüne', undefined, 5)).toEqual([]);
        await index.index([doc('rel_migration', { title: 'Zurückgezogen' })]);
        expect(await index.suggest('Ahlerd', undefined, 5)).toEqual([]);
      });
    });

    describe('writes and bad input', () => {
      it('replaces a document indexed again under the same id and removes it on request', async () => {
        await index.index([
          doc('rel_body_only', { title: 'Haushalt beschlossen', body: 'Der Kreistag hat den Haushalt beschlossen.' }),
        ]);
        expect((await index.search({ query: 'Radweg', first: 10 })).hits).toEqual([]);
        expect((await index.search({ query: 'Haushalt', first: 10 })).hits.map((h) => h.releaseId)).toEqual([
          'rel_body_only',
        ]);
        await index.remove(['rel_body_only']);
        expect(await index.has('rel_body_only')).toBe(false);
        expect(await index.has('rel_migration')).toBe(true);
        expect((await index.search({ query: 'Haushalt', first: 10 })).hits).toEqual([]);
      });

      it('rebuilds from batches: searches find the old documents until the end, then only the batches are left', async () => {
        if (!index.rebuild) throw new Error(`${adapter} has no rebuild: reindex could not drop gone releases`);
        const seenWhileRebuilding: string[][] = [];
        const rebuild = index.rebuild.bind(index);
        async function* batches(): AsyncGenerator<SearchDocument[]> {
          yield [doc('rel_rebuilt', { title: 'Brückenfest gefeiert', date: '2024-07-01' })];
          seenWhileRebuilding.push(await ids({ query: 'Radwege' }));
          yield [DOCUMENTS[0]!];
        }
        expect(await rebuild(batches())).toBe(2);
        expect(seenWhileRebuilding).toEqual([['rel_body_only']]);
        expect(await index.has('rel_body_only')).toBe(false);
        expect(await ids({ query: '' })).toEqual(['rel_rebuilt', 'rel_migration']);
      });

      it('answers odd input with results or an empty list, never an error', async () => {
        const queries = [
          '',
          '   ',
          '"',
          '"Migrations',
          'Migrations*',
          'NEAR(a b)',
          '-Radweg',
          'title:Lob',
          '(((',
          "'; DROP TABLE x; --",
          'x'.repeat(10_000),
          'AND OR NOT',
          'Ahlerding" OR "1"="1',
          '\\',
        ];
        for (const query of queries) {
          const result = await index.search({ query, first: 5, facets: ['publisher'] });
          expect(Array.isArray(result.hits), query.slice(0, 20)).toBe(true);
        }
        for (const prefix of ['"', '*', '(((', "'; DROP TABLE x; --", 'x'.repeat(10_000)]) {
          expect(Array.isArray(await index.suggest(prefix, undefined, 5)), prefix.slice(0, 20)).toBe(true);
        }
      });

      it('rejects unknown filter fields, facets and sorts and malformed values as BAD_USER_INPUT', async () => {
        const bad: [string, SearchQuery][] = [
          ['filter field', { query: 'x', first: 5, filter: { author: ['x'] } as never }],
          ['facet', { query: 'x', first: 5, facets: ['colour'] as never }],
          ['sort', { query: 'x', first: 5, sort: 'random' as never }],
          ['date', { query: 'x', first: 5, filter: { dateFrom: '2024-13-01' } }],
          ['date format', { query: 'x', first: 5, filter: { dateTo: '01.05.2024' } }],
          ['date order', { query: 'x', first: 5, filter: { dateFrom: '2024-06-01', dateTo: '2024-01-01' } }],
          ['language', { query: 'x', first: 5, filter: { language: ['fr'] as never } }],
          ['type', { query: 'x', first: 5, filter: { types: ['Animal'] as never } }],
          ['list', { query: 'x', first: 5, filter: { publisher: 'MeißelArbeit' as never } }],
          ['first', { query: 'x', first: -1 }],
          ['offset', { query: 'x', first: 5, offset: -1 }],
          ['offset type', { query: 'x', first: 5, offset: 'bogus' as never }],
        ];
        for (const [what, query] of bad) {
          await expect(index.search(query), what).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
        }
        await expect(index.search(bad[0]![1])).rejects.toThrow(/unknown filter field "author"/);
        await expect(index.search(bad[1]![1])).rejects.toThrow(/unknown facet "colour"/);
        await expect(index.suggest('x', ['Animal'] as never, 5)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
        await expect(index.suggest('x', undefined, 1000)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
      });
    });
  });
}
