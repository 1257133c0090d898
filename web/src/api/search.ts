import type { SearchState } from '../lib/url-state.js';
import { ApiError, gql } from './client.js';
import type { ReleaseSummary } from './types.js';

/** Results per search page. */
export const PAGE_SIZE = 10;

/** One search hit as the page shows it. */
export interface Hit {
  cursor: string;
  highlightedTitle: string;
  snippet: string;
  release: ReleaseSummary;
}

/** One facet value with its count (and, for entity facets, the entity). */
export interface FacetValue {
  value: string;
  count: number;
  entity: { id: string; name: string; type: string } | null;
}

/** A page of results; `facets` is null when the API offers none. */
export interface SearchPage {
  total: number;
  hits: Hit[];
  hasNextPage: boolean;
  facets: Record<string, FacetValue[]> | null;
}

/** An entity proposed while typing. */
export interface Suggestion {
  id: string;
  name: string;
  type: string;
  releaseCount: number;
}

const FACETS = ['publisher', 'year', 'language', 'Person', 'Organisation', 'Place', 'Initiative'];

const HIT_FIELDS = 'cursor node { highlightedTitle snippet release { id title date publisher language source } }';

const RICH = `query Search($query: String!, $filter: SearchFilter, $facets: [String!], $sort: SearchSort, $first: Int, $after: String) {
  search(query: $query, filter: $filter, facets: $facets, sort: $sort, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage }
    facets { name values { value count entity { id name type } } }
    edges { ${HIT_FIELDS} }
  }
}`;

const RICH_CURSORS = `query SearchCursors($query: String!, $filter: SearchFilter, $sort: SearchSort, $first: Int, $after: String) {
  search(query: $query, filter: $filter, sort: $sort, first: $first, after: $after) { pageInfo { hasNextPage endCursor } }
}`;

const BASIC = `query Search($query: String!, $first: Int, $after: String) {
  search(query: $query, first: $first, after: $after) { totalCount pageInfo { hasNextPage } edges { ${HIT_FIELDS} } }
}`;

const BASIC_CURSORS = `query SearchCursors($query: String!, $first: Int, $after: String) {
  search(query: $query, first: $first, after: $after) { pageInfo { hasNextPage endCursor } }
}`;

const RECENT = `query Recent($first: Int, $after: String) {
  releases(first: $first, after: $after) { totalCount pageInfo { hasNextPage } edges { cursor node { id title date publisher language source } } }
}`;

const RECENT_CURSORS = `query RecentCursors($first: Int, $after: String) {
  releases(first: $first, after: $after) { pageInfo { hasNextPage endCursor } }
}`;

/** Whether this server's API has search filters and facets; learnt from the first answer. */
let richSearch: boolean | null = null;

/** True once the API answered a search with facets; null before the first search. */
export function searchHasFacets(): boolean | null {
  return richSearch;
}

/** The API's search filter for the URL state (years become a date range). */
export function filterFor(state: SearchState): Record<string, unknown> | null {
  const { filters } = state;
  const filter: Record<string, unknown> = {};
  if (filters.publisher.length) filter.publisher = filters.publisher;
  if (filters.language.length) filter.language = filters.language;
  if (filters.year.length) {
    const years = [...filters.year].sort();
    filter.dateFrom = `${years[0]}-01-01`;
    filter.dateTo = `${years.at(-1)}-12-31`;
  }
  const entityIds = [...filters.person, ...filters.organisation, ...filters.place, ...filters.initiative];
  if (entityIds.length) filter.entityIds = entityIds;
  return Object.keys(filter).length ? filter : null;
}

const SORT_ENUM = { relevance: 'RELEVANCE', date_desc: 'DATE_DESC', date_asc: 'DATE_ASC' } as const;

interface SearchData {
  search: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean };
    facets?: { name: string; values: FacetValue[] }[];
    edges: { cursor: string; node: Omit<Hit, 'cursor'> }[];
  };
}

interface CursorData {
  search?: { pageInfo: { hasNextPage: boolean; endCursor: string | null } };
  releases?: { pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

// Cursors are opaque: remember the cursor that starts each page, per query, so page links work both ways.
const cursorCache = new Map<string, string | null>();

function cacheKey(state: SearchState, rich: boolean, page: number): string {
  return JSON.stringify([rich, state.q, state.sort, state.filters, page]);
}

/** The `after` cursor of a page: remembered from the page before, else found by skipping results (shared links). */
async function cursorForPage(state: SearchState, rich: boolean, signal?: AbortSignal): Promise<string | null> {
  if (state.page <= 1) return null;
  const cached = cursorCache.get(cacheKey(state, rich, state.page));
  if (cached !== undefined) return cached;
  let skip = (state.page - 1) * PAGE_SIZE;
  let after: string | null = null;
  while (skip > 0) {
    const first = Math.min(skip, 100);
    const variables: Record<string, unknown> = { first, after };
    let query = BASIC_CURSORS;
    if (rich) {
      query = RICH_CURSORS;
      Object.assign(variables, { query: state.q, filter: filterFor(state), sort: SORT_ENUM[state.sort] });
    } else if (!state.q.trim()) query = RECENT_CURSORS;
    else variables.query = state.q;
    const data: CursorData = await gql<CursorData>(query, variables, signal);
    const info = (data.search ?? data.releases)!.pageInfo;
    if (!info.endCursor) break;
    after = info.endCursor;
    skip -= first;
    if (!info.hasNextPage) break;
  }
  cursorCache.set(cacheKey(state, rich, state.page), after);
  return after;
}

function remember(state: SearchState, rich: boolean, hits: Hit[]): void {
  const last = hits.at(-1);
  if (last) cursorCache.set(cacheKey(state, rich, state.page + 1), last.cursor);
}

/** Runs the search the URL state describes: with filters, facets and sort when the API offers them. */
export async function runSearch(state: SearchState, signal?: AbortSignal): Promise<SearchPage> {
  if (richSearch !== false) {
    try {
      const after = await cursorForPage(state, true, signal);
      const data = await gql<SearchData>(
        RICH,
        {
          query: state.q,
          filter: filterFor(state),
          facets: FACETS,
          sort: SORT_ENUM[state.sort],
          first: PAGE_SIZE,
          after,
        },
        signal,
      );
      richSearch = true;
      const hits = data.search.edges.map((edge) => ({ cursor: edge.cursor, ...edge.node }));
      remember(state, true, hits);
      const facets: Record<string, FacetValue[]> = {};
      for (const facet of data.search.facets ?? []) facets[facet.name] = facet.values;
      return { total: data.search.totalCount, hits, hasNextPage: data.search.pageInfo.hasNextPage, facets };
    } catch (error) {
      // An older API does not know the filter, facet and sort arguments: fall back to plain search.
      if (!(error instanceof ApiError) || error.code !== 'GRAPHQL_VALIDATION_FAILED' || richSearch === true)
        throw error;
      richSearch = false;
    }
  }
  const after = await cursorForPage(state, false, signal);
  if (!state.q.trim()) {
    const data = await gql<{
      releases: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean };
        edges: { cursor: string; node: ReleaseSummary }[];
      };
    }>(RECENT, { first: PAGE_SIZE, after }, signal);
    const hits = data.releases.edges.map((edge) => ({
      cursor: edge.cursor,
      highlightedTitle: escapeHtml(edge.node.title),
      snippet: '',
      release: edge.node,
    }));
    remember(state, false, hits);
    return { total: data.releases.totalCount, hits, hasNextPage: data.releases.pageInfo.hasNextPage, facets: null };
  }
  const data = await gql<SearchData>(BASIC, { query: state.q, first: PAGE_SIZE, after }, signal);
  const hits = data.search.edges.map((edge) => ({ cursor: edge.cursor, ...edge.node }));
  remember(state, false, hits);
  return { total: data.search.totalCount, hits, hasNextPage: data.search.pageInfo.hasNextPage, facets: null };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const SUGGEST = `query Suggest($prefix: String!, $first: Int) { suggest(prefix: $prefix, first: $first) { id name type releaseCount } }`;
const ENTITIES = `query Entities($name: String!, $first: Int) { entities(name: $name, first: $first) { edges { node { id name type releaseCount } } } }`;

let hasSuggest: boolean | null = null;

/** Entities whose names start with what the user typed: `suggest` when the API has it, else a name lookup. */
export async function suggestEntities(prefix: string, first = 8, signal?: AbortSignal): Promise<Suggestion[]> {
  if (!prefix.trim()) return [];
  if (hasSuggest !== false) {
    try {
      const data = await gql<{ suggest: Suggestion[] }>(SUGGEST, { prefix, first }, signal);
      hasSuggest = true;
      return data.suggest;
    } catch (error) {
      if (!(error instanceof ApiError) || error.code !== 'GRAPHQL_VALIDATION_FAILED' || hasSuggest === true)
        throw error;
      hasSuggest = false;
    }
  }
  try {
    const data = await gql<{ entities: { edges: { node: Suggestion }[] } }>(ENTITIES, { name: prefix, first }, signal);
    return data.entities.edges.map((edge) => edge.node);
  } catch (error) {
    if (error instanceof ApiError && error.code === 'BAD_USER_INPUT') return [];
    throw error;
  }
}
