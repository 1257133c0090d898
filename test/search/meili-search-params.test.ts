import { describe, expect, it } from 'vitest';
import { validateSearchQuery } from '../../src/ports/search-index.js';
import {
  buildSearchParams,
  buildSuggestParams,
  queryTerms,
  TOKENIZER_LOCALE,
} from '../../src/stores/meilisearch/meili-search-params.js';

const params = (query: Parameters<typeof validateSearchQuery>[0], offset = 0) =>
  buildSearchParams(validateSearchQuery(query), offset);

describe('Meilisearch search parameters', () => {
  it('folds the query and drops search syntax, so every word is a plain word', () => {
    expect(queryTerms('"Straße" -Radweg NEAR(a b) title:Lob')).toEqual([
      'strasse',
      'radweg',
      'near',
      'a',
      'b',
      'title',
      'lob',
    ]);
    expect(params({ query: 'Wöltering  "MeißelArbeit"', first: 10 }).q).toBe('woeltering meisselarbeit');
    expect(params({ query: '"*()', first: 10 }).q).toBeNull();
    expect(queryTerms('x'.repeat(10_000))).toEqual(['x'.repeat(64)]);
  });

  it('pages with offset and limit, requires every word and asks for marks and a score', () => {
    const { options } = params({ query: 'ahlerding', first: 5 }, 10);
    expect(options).toMatchObject({
      offset: 10,
      limit: 5,
      matchingStrategy: 'all',
      highlightPreTag: '\uE000',
      highlightPostTag: '\uE001',
      showRankingScore: true,
      facets: [],
    });
    expect(options).not.toHaveProperty('filter');
    expect(options).not.toHaveProperty('sort');
    expect(options.attributesToHighlight).toEqual(['title_de', 'title_en', 'entity_names', 'body_de', 'body_en']);
  });

  it('sorts by day for date sorts and for browsing without words', () => {
    expect(params({ query: 'x', first: 1, sort: 'date_desc' }).options.sort).toEqual(['day:desc']);
    expect(params({ query: 'x', first: 1, sort: 'date_asc' }).options.sort).toEqual(['day:asc']);
    expect(params({ query: '', first: 1 }).options.sort).toEqual(['day:desc']);
  });

  it('passes filters and facet attributes', () => {
    const { options } = params({
      query: 'x',
      first: 1,
      filter: { language: ['en'], types: ['Place'] },
      facets: ['Person', 'year'],
    });
    expect(options.filter).toEqual(['language IN ["en"]', 'entity_types IN ["Place"]']);
    expect(options.facets).toEqual(['person_ids', 'year']);
  });

  it('tokenizes every query with the one non-decompounding locale, whatever the language filter', () => {
    const combinations: Parameters<typeof validateSearchQuery>[0][] = [
      { query: 'Lindenhoff', first: 10 },
      { query: 'Lindenhoff', first: 10, filter: { language: ['de'] } },
      { query: 'Lindenhoff', first: 10, filter: { language: ['en'] } },
      { query: 'Lindenhoff', first: 10, filter: { language: ['de', 'en'] } },
      { query: 'Lindenhoff', first: 10, filter: { language: [] } },
      { query: 'Lindenhoff', first: 10, filter: { publisher: ['Amt'], language: ['de'], types: ['Person'] } },
      { query: 'Lindenhoff', first: 10, filter: { dateFrom: '2024-01-01', entityIds: ['per:x'] }, sort: 'date_asc' },
      { query: '', first: 10, filter: { language: ['de'] } },
    ];
    for (const query of combinations) {
      // German would decompound the query and a typo in one part could no longer be corrected.
      expect(params(query).options.locales, JSON.stringify(query.filter)).toEqual(['eng']);
    }
    expect(TOKENIZER_LOCALE).toBe('eng');
    expect(buildSuggestParams('Lindenh', undefined, 5)?.options.locales).toEqual(['eng']);
  });

  it('builds suggest searches sorted by release count, or nothing when nothing can match', () => {
    expect(buildSuggestParams('Anja Ahlerd', ['Person'], 5)).toEqual({
      q: 'anja ahlerd',
      options: {
        limit: 5,
        filter: ['type IN ["Person"]'],
        sort: ['release_count:desc', 'name:asc'],
        matchingStrategy: 'all',
        attributesToRetrieve: ['id', 'name', 'type', 'release_count'],
        locales: ['eng'],
      },
    });
    expect(buildSuggestParams('"(', undefined, 5)).toBeNull();
    expect(buildSuggestParams('anna', undefined, 0)).toBeNull();
    expect(buildSuggestParams('anna', [], 5)).toBeNull();
  });
});
