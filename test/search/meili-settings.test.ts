import { describe, expect, it } from 'vitest';
import { FACET_NAMES } from '../../src/ports/search-index.js';
import { FACET_ATTRIBUTES } from '../../src/stores/meilisearch/meili-facets.js';
import { buildFilter } from '../../src/stores/meilisearch/meili-filter.js';
import { buildSearchParams, TOKENIZER_LOCALE } from '../../src/stores/meilisearch/meili-search-params.js';
import { loadSettings, settingsChanges } from '../../src/stores/meilisearch/meili-settings.js';
import { validateSearchQuery } from '../../src/ports/search-index.js';

const releases = loadSettings('releases');
const entities = loadSettings('entities');

/** Attribute names in filter expressions (the word before an operator). */
const filterAttributes = (expressions: string[]) =>
  expressions.map((expression) => /^(\w+)\s*(?:IN|=|>=|<=)/.exec(expression)![1]!);

describe('Meilisearch settings files', () => {
  it('searches title, entities, body in that order, then the compound parts', () => {
    expect(releases.searchableAttributes).toEqual([
      'title_de',
      'title_en',
      'entity_names',
      'body_de',
      'body_en',
      'compound_parts',
    ]);
  });

  it('tokenizes every searchable field of both indexes with the locale queries are sent with', () => {
    for (const settings of [releases, entities]) {
      const rules = settings.localizedAttributes ?? [];
      for (const attribute of settings.searchableAttributes ?? []) {
        const covering = rules.filter((rule) => rule.attributePatterns.includes(attribute));
        // Exactly one rule, so no field falls back to language detection (which may pick German).
        expect(
          covering.map((rule) => rule.locales),
          attribute,
        ).toEqual([[TOKENIZER_LOCALE]]);
      }
      // German decompounds ("kep|schul|l"): a typo in a part is never corrected.
      expect(JSON.stringify(rules)).not.toContain('deu');
    }
  });

  it('makes every filtered, faceted and sorted attribute filterable or sortable', () => {
    const filterable = new Set(releases.filterableAttributes as string[]);
    const used = filterAttributes(
      buildFilter({
        publisher: ['p'],
        language: ['de'],
        dateFrom: '2024-01-01',
        dateTo: '2024-12-31',
        entityIds: ['per:x'],
        types: ['Person'],
      }),
    );
    for (const attribute of [...used, ...Object.values(FACET_ATTRIBUTES), 'id']) {
      expect(filterable.has(attribute), attribute).toBe(true);
    }
    expect(Object.keys(FACET_ATTRIBUTES).sort()).toEqual([...FACET_NAMES].sort());
    for (const name of ['person', 'organisation', 'place', 'initiative']) {
      expect(filterable.has(`${name}_names`), name).toBe(true);
    }
    const sort = buildSearchParams(validateSearchQuery({ query: 'x', first: 1, sort: 'date_asc' }), 0).options.sort!;
    expect(releases.sortableAttributes).toEqual(sort.map((rule) => rule.split(':')[0]));
  });

  it('ranks with sort first (strict date order), typo tolerance from 5 letters, bounded pages and facets', () => {
    expect(releases.rankingRules).toEqual(['sort', 'words', 'typo', 'proximity', 'attribute', 'exactness']);
    expect(releases.typoTolerance).toMatchObject({ enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } });
    expect(releases.pagination?.maxTotalHits).toBeGreaterThanOrEqual(1_000);
    expect(releases.faceting?.maxValuesPerFacet).toBeGreaterThanOrEqual(20);
    expect(releases.faceting?.sortFacetValuesBy).toEqual({ '*': 'count' });
  });

  it('lets the entities index suggest by folded name, most mentioned first', () => {
    expect(entities.searchableAttributes).toEqual(['name_folded']);
    expect(entities.filterableAttributes).toEqual(expect.arrayContaining(['id', 'type']));
    expect(entities.sortableAttributes).toEqual(expect.arrayContaining(['release_count', 'name']));
    expect(entities.rankingRules?.[0]).toBe('sort');
  });
});

describe('settings changes', () => {
  it('sends nothing when the server already has the settings, whatever defaults it adds', () => {
    const server = {
      ...releases,
      filterableAttributes: [...(releases.filterableAttributes as string[])].reverse(),
      typoTolerance: { ...releases.typoTolerance, disableOnWords: [], disableOnAttributes: [] },
      stopWords: [],
      distinctAttribute: null,
    };
    expect(settingsChanges(server, releases)).toEqual({});
  });

  it('moves an index tokenized as German to the eng locale when it is opened', () => {
    const server = {
      ...releases,
      localizedAttributes: [
        { attributePatterns: ['*_de'], locales: ['deu'] },
        { attributePatterns: ['*_en'], locales: ['eng'] },
      ],
    };
    expect(settingsChanges(server, releases)).toEqual({ localizedAttributes: releases.localizedAttributes });
    expect(settingsChanges({ ...entities, localizedAttributes: null }, entities)).toEqual({
      localizedAttributes: [{ attributePatterns: ['name_folded'], locales: ['eng'] }],
    });
  });

  it('sends only the settings that differ, keeping order where order matters', () => {
    const server = {
      ...releases,
      searchableAttributes: ['*'],
      rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
    };
    expect(settingsChanges(server, releases)).toEqual({
      searchableAttributes: releases.searchableAttributes,
      rankingRules: releases.rankingRules,
    });
    expect(settingsChanges({}, releases)).toEqual(releases);
  });
});
