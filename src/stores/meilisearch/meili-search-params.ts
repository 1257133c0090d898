import type { EntityType } from '../../domain/entity.js';
import { fold } from '../../domain/fold.js';
import type { ValidSearchQuery } from '../../ports/search-index.js';
import { FACET_ATTRIBUTES } from './meili-facets.js';
import { buildFilter, inList } from './meili-filter.js';
import { MARK_CLOSE, MARK_OPEN } from './meili-hits.js';

const MAX_TERMS = 16;
const MAX_TERM_LENGTH = 64;
const MAX_SUGGEST_WORDS = 4;

/**
 * The one tokenizer locale of every searchable field (`localizedAttributes` in
 * `schema/meilisearch/*.json`) and of every query, whatever the release language. The adapter
 * folds text and indexes compound parts itself (`compound_parts`), so it needs plain word
 * splitting only. Meilisearch's German locale would decompound words on both sides, and a typo
 * then breaks a word into parts too short to be corrected (a misspelt surname cut into three short pieces), so one
 * typo emptied the result. Sent explicitly so that the query is split exactly like the fields.
 */
export const TOKENIZER_LOCALE = 'eng';

const DISPLAYED = ['id', 'title', 'subtitle', 'body', 'date', 'publisher', 'language', 'entities'];
const HIGHLIGHTED = ['title_de', 'title_en', 'entity_names', 'body_de', 'body_en'];

/**
 * The folded words of user input, like the embedded index's terms. Only letters and digits pass,
 * so Meilisearch's own syntax (`"phrase"`, `-negation`) typed into a search box stays literal.
 */
export function queryTerms(query: string, max = MAX_TERMS): string[] {
  const words = fold(query.slice(0, 4_096)).match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words.slice(0, max).map((word) => word.slice(0, MAX_TERM_LENGTH)))];
}

/** Search parameters for a validated query; `q` is null for an empty query (placeholder search). */
export function buildSearchParams(query: ValidSearchQuery, offset: number) {
  const terms = queryTerms(query.query);
  const q = terms.length > 0 ? terms.join(' ') : null;
  // Browsing without words lists newest first, as the embedded index does.
  const sort =
    query.sort === 'date_desc' || (query.sort === 'relevance' && q === null)
      ? ['day:desc']
      : query.sort === 'date_asc'
        ? ['day:asc']
        : undefined;
  const filter = buildFilter(query.filter);
  return {
    q,
    terms,
    options: {
      offset,
      limit: query.first,
      ...(filter.length > 0 ? { filter } : {}),
      facets: query.facets.map((facet) => FACET_ATTRIBUTES[facet]),
      ...(sort ? { sort } : {}),
      // Every word must occur, as in the embedded index.
      matchingStrategy: 'all' as const,
      attributesToRetrieve: [...DISPLAYED, ...HIGHLIGHTED],
      attributesToHighlight: HIGHLIGHTED,
      attributesToCrop: ['body_de', 'body_en'],
      cropLength: 40,
      highlightPreTag: MARK_OPEN,
      highlightPostTag: MARK_CLOSE,
      showRankingScore: true,
      locales: [TOKENIZER_LOCALE],
    },
  };
}

/** Parameters of an entity suggest search; null when nothing can match. */
export function buildSuggestParams(prefix: string, types: EntityType[] | undefined, first: number) {
  const words = queryTerms(prefix.slice(0, 200), MAX_SUGGEST_WORDS);
  if (words.length === 0 || first === 0 || types?.length === 0) return null;
  return {
    q: words.join(' '),
    options: {
      limit: first,
      ...(types ? { filter: [inList('type', types)] } : {}),
      // "sort" is the first ranking rule of the entities index: most mentioned first, strictly.
      sort: ['release_count:desc', 'name:asc'],
      matchingStrategy: 'all' as const,
      attributesToRetrieve: ['id', 'name', 'type', 'release_count'],
      locales: [TOKENIZER_LOCALE],
    },
  };
}
