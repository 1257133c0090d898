import type { EntityType } from '../domain/entity.js';
import { ENTITY_TYPES } from '../domain/entity.js';
import type { Language } from '../domain/release.js';
import { CivicError } from '../errors/civic-error.js';

/** An entity as the search index knows it: enough to show, link and filter. */
export interface SearchEntity {
  id: string;
  name: string;
  type: EntityType;
}

/** The flat document the search index holds for one release. */
export interface SearchDocument {
  id: string;
  title: string;
  subtitle: string | null;
  body: string;
  /** ISO date `YYYY-MM-DD`. */
  date: string | null;
  publisher: string | null;
  language: Language;
  entities: SearchEntity[];
}

/** Languages a filter may name. */
export const SEARCH_LANGUAGES: readonly Language[] = ['de', 'en'];

/** Fields a search filter may set. */
export const FILTER_FIELDS = ['publisher', 'language', 'dateFrom', 'dateTo', 'entityIds', 'types'] as const;

/**
 * Restricts hits. Fields combine with AND. Within `publisher`, `language` and `types` any value
 * may match; `entityIds` requires every listed entity (drill-down). Dates are inclusive ISO days.
 */
export interface SearchFilter {
  publisher?: string[] | undefined;
  language?: Language[] | undefined;
  dateFrom?: string | undefined;
  dateTo?: string | undefined;
  entityIds?: string[] | undefined;
  /** Releases mentioning at least one entity of any of these types. */
  types?: EntityType[] | undefined;
}

/** Facets a search may count. */
export const FACET_NAMES = ['publisher', 'language', 'year', ...ENTITY_TYPES] as const;
export type FacetName = (typeof FACET_NAMES)[number];

/** Orders of hits. */
export const SEARCH_SORTS = ['relevance', 'date_desc', 'date_asc'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

/** Most values listed per facet. */
export const FACET_LIMIT = 20;

/** Largest `offset` of a search (the largest a page cursor can carry). */
export const MAX_SEARCH_OFFSET = 999_999_999;

/** Largest `first` of a search or suggest. */
export const MAX_SEARCH_PAGE = 100;

/**
 * A search request; `offset` is how many hits to skip (default 0). An empty query (or one
 * with no letters or digits) lists every release that passes the filter.
 */
export interface SearchQuery {
  query: string;
  first: number;
  offset?: number | undefined;
  filter?: SearchFilter | undefined;
  facets?: FacetName[] | undefined;
  /** Default `relevance`; releases without a date come last in both date orders. */
  sort?: SearchSort | undefined;
}

/** A matched word in a text: from `start` (inclusive) to `end` (exclusive), in UTF-16 code units. */
export interface MatchRange {
  start: number;
  end: number;
}

/** The passage of a release body with the most matches; `cutBefore`/`cutAfter` say the body goes on. */
export interface Excerpt {
  text: string;
  /** Sorted, not overlapping, within `text`. */
  matches: MatchRange[];
  cutBefore: boolean;
  cutAfter: boolean;
}

/** One hit, as plain text with the ranges that matched (presentation is the caller's). */
export interface SearchHit {
  releaseId: string;
  title: string;
  /** Sorted, not overlapping, within `title`. */
  titleMatches: MatchRange[];
  excerpt: Excerpt;
  date: string | null;
  publisher: string | null;
  language: Language;
  /** Higher is better, comparable only within one result; 0 when sorted by date or browsing. */
  score: number;
  /** Everything the release mentions. */
  entities: SearchEntity[];
}

/** One value of a facet with the number of matching releases that have it. */
export interface FacetValue {
  /** What to filter by: the publisher, language code, year, or (entity facets) the entity id. */
  value: string;
  count: number;
  /** Entity facets only: the entity behind `value`. */
  entity: SearchEntity | null;
}

/** Counts of one facet over all matching releases (not just the page), most frequent first. */
export interface Facet {
  name: FacetName;
  values: FacetValue[];
}

/** A page of hits. */
export interface SearchResult {
  hits: SearchHit[];
  /** Estimated number of matching releases. */
  total: number;
  hasNextPage: boolean;
  /** One entry per requested facet, in the requested order. */
  facets: Facet[];
}

/** An entity proposed while the user types its name. */
export interface Suggestion {
  id: string;
  name: string;
  type: EntityType;
  /** Number of indexed releases that mention it. */
  releaseCount: number;
}

/** The full-text side of storage. */
export interface SearchIndex {
  readonly description: string;
  /** Adds or replaces documents by id. */
  index(documents: SearchDocument[]): Promise<void>;
  remove(ids: string[]): Promise<void>;
  /**
   * Replaces everything the index holds with `batches` (documents not in them are gone afterwards);
   * searches see the old contents until the new ones are complete. Returns the documents indexed.
   * Optional until every adapter has it; without it `reindexAll` can only add and replace.
   */
  rebuild?(batches: AsyncIterable<SearchDocument[]>, onProgress?: (done: number) => void): Promise<number>;
  /**
   * Removes every document, so that `reindex` rebuilds from scratch (used where there is no `rebuild`). Optional
   * while not every adapter has it; without either, `reindex` can only add and replace documents.
   */
  clear?(): Promise<void>;
  has(id: string): Promise<boolean>;
  /** Throws `CivicError('BAD_USER_INPUT')` for unknown filter fields, facets, sorts or malformed values. */
  search(query: SearchQuery): Promise<SearchResult>;
  /** Entities whose name has a word starting with each word of `prefix`, most mentioned first. */
  suggest(prefix: string, types: EntityType[] | undefined, first: number): Promise<Suggestion[]>;
  close(): Promise<void>;
}

/** Orders facet values as every adapter must: most frequent first, ties by label; keeps FACET_LIMIT. */
export function rankFacetValues(values: FacetValue[], limit = FACET_LIMIT): FacetValue[] {
  const label = (value: FacetValue) => value.entity?.name ?? value.value;
  return [...values]
    .sort((a, b) => b.count - a.count || (label(a) < label(b) ? -1 : label(a) > label(b) ? 1 : 0))
    .slice(0, limit);
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function badInput(message: string): CivicError {
  return new CivicError('BAD_USER_INPUT', message);
}

function checkList<T extends string>(label: string, value: unknown, allowed?: readonly T[]): T[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
    throw badInput(`${label} must be a list of strings`);
  }
  if (allowed) {
    const unknown = value.find((item) => !allowed.includes(item as T));
    if (unknown !== undefined) {
      throw badInput(`${label} has unknown value "${unknown}"; allowed: ${allowed.join(', ')}`);
    }
  }
  return value as T[];
}

function checkDay(field: string, value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  const match = typeof value === 'string' ? ISO_DAY.exec(value) : null;
  const date = match ? new Date(`${value as string}T00:00:00Z`) : null;
  if (!match || !date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw badInput(`filter "${field}" must be a calendar date as YYYY-MM-DD, got "${String(value)}"`);
  }
  return value as string;
}

/** Checks a filter as it may come from outside (unknown keys, wrong values) and returns it cleaned. */
export function validateSearchFilter(filter: unknown): SearchFilter {
  if (filter === undefined || filter === null) return {};
  if (typeof filter !== 'object' || Array.isArray(filter)) throw badInput('filter must be an object');
  const record = filter as Record<string, unknown>;
  const unknown = Object.keys(record).filter((key) => !(FILTER_FIELDS as readonly string[]).includes(key));
  if (unknown.length > 0) {
    throw badInput(`unknown filter field "${unknown[0]}"; known fields: ${FILTER_FIELDS.join(', ')}`);
  }
  const cleaned: SearchFilter = {
    publisher: checkList('filter "publisher"', record['publisher']),
    language: checkList('filter "language"', record['language'], SEARCH_LANGUAGES),
    dateFrom: checkDay('dateFrom', record['dateFrom']),
    dateTo: checkDay('dateTo', record['dateTo']),
    entityIds: checkList('filter "entityIds"', record['entityIds']),
    types: checkList('filter "types"', record['types'], ENTITY_TYPES),
  };
  return Object.fromEntries(Object.entries(cleaned).filter(([, value]) => value !== undefined)) as SearchFilter;
}

/** Checks requested facet names; unknown ones are a user error that names the known ones. */
export function validateFacets(facets: unknown): FacetName[] {
  if (facets === undefined || facets === null) return [];
  if (!Array.isArray(facets)) throw badInput('facets must be a list of facet names');
  for (const name of facets) {
    if (!(FACET_NAMES as readonly unknown[]).includes(name)) {
      throw badInput(`unknown facet "${String(name)}"; known facets: ${FACET_NAMES.join(', ')}`);
    }
  }
  return [...new Set(facets as FacetName[])];
}

/** Checks a page size against 0..MAX_SEARCH_PAGE. */
export function validateFirst(first: unknown): number {
  if (typeof first !== 'number' || !Number.isInteger(first) || first < 0 || first > MAX_SEARCH_PAGE) {
    throw badInput(`"first" must be an integer from 0 to ${MAX_SEARCH_PAGE}, got ${String(first)}`);
  }
  return first;
}

/** Validates how many hits to skip: a non-negative integer, missing means 0. */
export function validateOffset(offset: unknown): number {
  if (offset === undefined || offset === null) return 0;
  if (typeof offset !== 'number' || !Number.isInteger(offset) || offset < 0 || offset > MAX_SEARCH_OFFSET) {
    throw badInput(`"offset" must be an integer from 0 to ${MAX_SEARCH_OFFSET}, got ${String(offset)}`);
  }
  return offset;
}

/** A search request as every adapter sees it after validation. */
export interface ValidSearchQuery {
  query: string;
  first: number;
  offset: number;
  filter: SearchFilter;
  facets: FacetName[];
  sort: SearchSort;
}

/** Validates a whole search request; adapters call this first so both behave the same on bad input. */
export function validateSearchQuery(query: SearchQuery): ValidSearchQuery {
  const sort = query.sort ?? 'relevance';
  if (!(SEARCH_SORTS as readonly string[]).includes(sort)) {
    throw badInput(`unknown sort "${String(sort)}"; known sorts: ${SEARCH_SORTS.join(', ')}`);
  }
  const filter = validateSearchFilter(query.filter);
  if (filter.dateFrom && filter.dateTo && filter.dateFrom > filter.dateTo) {
    throw badInput(`filter "dateFrom" (${filter.dateFrom}) is after "dateTo" (${filter.dateTo})`);
  }
  return {
    query: typeof query.query === 'string' ? query.query : '',
    first: validateFirst(query.first),
    offset: validateOffset(query.offset),
    filter,
    facets: validateFacets(query.facets),
    sort,
  };
}

/** Validates the entity types and page size of a suggest request. */
export function validateSuggest(types: unknown, first: unknown): { types: EntityType[] | undefined; first: number } {
  return { types: checkList('"types"', types, ENTITY_TYPES), first: validateFirst(first) };
}
