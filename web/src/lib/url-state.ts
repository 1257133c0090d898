/** Orders of search results the interface offers. */
export const SORTS = ['relevance', 'date_desc', 'date_asc'] as const;
export type Sort = (typeof SORTS)[number];

/** Facet filters kept in the URL, by URL parameter name. */
export const FILTER_KEYS = ['publisher', 'year', 'language', 'person', 'organisation', 'place', 'initiative'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** Everything the search page shows, as kept in its URL. */
export interface SearchState {
  q: string;
  sort: Sort;
  /** 1-based page number. */
  page: number;
  filters: Record<FilterKey, string[]>;
}

/** A fresh, empty filter set. */
export function emptyFilters(): Record<FilterKey, string[]> {
  return { publisher: [], year: [], language: [], person: [], organisation: [], place: [], initiative: [] };
}

/** The state of an empty search page. */
export function defaultSearchState(): SearchState {
  return { q: '', sort: 'relevance', page: 1, filters: emptyFilters() };
}

const MAX_QUERY = 500;
const MAX_VALUES = 20;

/** Reads search state from a URL query string (with or without `?`); unknown or malformed values fall back to defaults. */
export function decodeSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const state = defaultSearchState();
  state.q = (params.get('q') ?? '').slice(0, MAX_QUERY);
  const sort = params.get('sort');
  if (sort && (SORTS as readonly string[]).includes(sort)) state.sort = sort as Sort;
  const page = Number(params.get('page'));
  if (Number.isInteger(page) && page >= 1 && page <= 10_000) state.page = page;
  for (const key of FILTER_KEYS) {
    const values = params
      .getAll(key)
      .map((value) => value.trim())
      .filter((value) => value !== '' && (key !== 'year' || /^\d{4}$/.test(value)));
    state.filters[key] = [...new Set(values)].slice(0, MAX_VALUES);
  }
  return state;
}

/** Writes search state as a URL query string without `?`, leaving out defaults so links stay short and stable. */
export function encodeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  if (state.page > 1) params.set('page', String(state.page));
  for (const key of FILTER_KEYS) for (const value of [...state.filters[key]].sort()) params.append(key, value);
  return params.toString();
}

/** Adds or removes one filter value; any change of filters goes back to page 1. */
export function toggleFilter(state: SearchState, key: FilterKey, value: string): SearchState {
  const current = state.filters[key];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { ...state, page: 1, filters: { ...state.filters, [key]: next } };
}

/** True when any facet filter is set. */
export function hasFilters(state: SearchState): boolean {
  return FILTER_KEYS.some((key) => state.filters[key].length > 0);
}
