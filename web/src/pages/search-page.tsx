import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import type { FacetValue, SearchPage as Results, Suggestion } from '../api/search.js';
import { PAGE_SIZE, runSearch, suggestEntities } from '../api/search.js';
import { DateText, Highlight, Status, usePageTitle } from '../components/common.js';
import { useI18n } from '../i18n-context.js';
import type { MessageKey } from '../lib/i18n.js';
import type { FilterKey, SearchState, Sort } from '../lib/url-state.js';
import {
  FILTER_KEYS,
  SORTS,
  decodeSearchState,
  encodeSearchState,
  hasFilters,
  toggleFilter,
} from '../lib/url-state.js';
import { Link, entityPath, navigate, releasePath } from '../router.js';

/** Pause after the last keystroke before searching. */
export const SEARCH_DEBOUNCE_MS = 150;

// Facet names the API uses, by URL filter key.
const FACET_OF: Record<FilterKey, string> = {
  publisher: 'publisher',
  year: 'year',
  language: 'language',
  person: 'Person',
  organisation: 'Organisation',
  place: 'Place',
  initiative: 'Initiative',
};

// Names of entities seen in facets and suggestions, for the chips of active filters.
const entityNames = new Map<string, string>();

function go(state: SearchState, replace: boolean): void {
  const query = encodeSearchState(state);
  navigate(query ? `/?${query}` : '/', { replace });
}

/** The search page: as-you-type results with highlighted snippets, facet filters, sort and pages, all kept in the URL. */
export function SearchPage({ search }: { search: string }) {
  const { t } = useI18n();
  const state = useMemo(() => decodeSearchState(search), [search]);
  const headingRef = usePageTitle(state.q ? state.q : null);
  const [text, setText] = useState(state.q);
  const [results, setResults] = useState<{ key: string; page: Results } | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const [busy, setBusy] = useState(true);
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  const [active, setActive] = useState(-1);
  const [listOpen, setListOpen] = useState(false);
  const lastTyped = useRef(state.q);
  const inputId = useId();
  const listId = `${inputId}-suggest`;
  const key = encodeSearchState(state);

  // Back/forward or a shared link changes the URL: show its query in the box.
  useEffect(() => {
    if (state.q !== lastTyped.current) {
      lastTyped.current = state.q;
      setText(state.q);
    }
  }, [state.q]);

  // Typing updates the URL (replacing the history entry) after a short pause; the URL drives the search.
  useEffect(() => {
    if (text === state.q) return undefined;
    const timer = setTimeout(() => {
      lastTyped.current = text;
      go({ ...state, q: text, page: 1 }, true);
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);

  useEffect(() => {
    const controller = new AbortController();
    setBusy(true);
    runSearch(state, controller.signal).then(
      (page) => {
        if (controller.signal.aborted) return;
        for (const values of Object.values(page.facets ?? {})) {
          for (const value of values) if (value.entity) entityNames.set(value.entity.id, value.entity.name);
        }
        setResults({ key, page });
        setError(null);
        setBusy(false);
      },
      (failure: Error) => {
        if (controller.signal.aborted) return;
        setError(failure);
        setBusy(false);
      },
    );
    return () => controller.abort();
  }, [key]);

  // Entity suggestions for the typed words.
  useEffect(() => {
    const prefix = text.trim();
    if (prefix.length < 2) {
      setSuggestions([]);
      return undefined;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      suggestEntities(prefix, 6, controller.signal).then(
        (found) => {
          for (const s of found) entityNames.set(s.id, s.name);
          setSuggestions(found);
          setActive(-1);
        },
        () => setSuggestions([]),
      );
    }, SEARCH_DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text]);

  const page = results?.page ?? null;
  const pages = page ? Math.max(1, Math.ceil(page.total / PAGE_SIZE)) : 1;
  const showSuggestions = listOpen && suggestions.length > 0 && text.trim().length >= 2;

  return (
    <div class="search-page">
      <h1 ref={headingRef} tabIndex={-1}>
        {t('search.title')}
      </h1>
      <form
        class="search-form"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          lastTyped.current = text;
          go({ ...state, q: text, page: 1 }, false);
        }}
      >
        <label for={inputId} class="search-label">
          {t('search.label')}
        </label>
        <div class="search-box">
          <input
            id={inputId}
            type="text"
            enterKeyHint="search"
            name="q"
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={showSuggestions}
            aria-controls={listId}
            aria-activedescendant={active >= 0 && showSuggestions ? `${listId}-${active}` : undefined}
            autoComplete="off"
            spellcheck={false}
            placeholder={t('search.placeholder')}
            value={text}
            autoFocus
            onInput={(event) => {
              setText(event.currentTarget.value);
              setListOpen(true);
            }}
            onKeyDown={(event) => {
              if (event.key === 'ArrowDown' && suggestions.length) {
                event.preventDefault();
                setListOpen(true);
                setActive((i) => Math.min(i + 1, suggestions.length - 1));
              } else if (event.key === 'ArrowUp' && suggestions.length) {
                event.preventDefault();
                setActive((i) => Math.max(i - 1, -1));
              } else if (event.key === 'Enter' && showSuggestions && active >= 0) {
                event.preventDefault();
                navigate(entityPath(suggestions[active]!.id));
              } else if (event.key === 'Escape') {
                setListOpen(false);
              }
            }}
            onBlur={() => setTimeout(() => setListOpen(false), 150)}
          />
          <ul
            id={listId}
            role="listbox"
            class="suggest-list"
            hidden={!showSuggestions}
            aria-label={t('search.suggestions')}
          >
            {suggestions.map((s, i) => (
              <li
                key={s.id}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                class={`picker-option type-${s.type}${i === active ? ' active' : ''}`}
                onMouseDown={(event) => {
                  event.preventDefault();
                  navigate(entityPath(s.id));
                }}
              >
                <span class="type-dot" aria-hidden="true" />
                <span class="picker-name">{s.name}</span>
                <span class="picker-meta">
                  {t(`type.${s.type}` as MessageKey)} · {s.releaseCount}
                </span>
              </li>
            ))}
          </ul>
        </div>
        <div class="search-tools">
          <label>
            {t('search.sort')}{' '}
            <select
              value={state.sort}
              onChange={(event) => go({ ...state, sort: event.currentTarget.value as Sort, page: 1 }, false)}
            >
              {SORTS.map((sort) => (
                <option key={sort} value={sort}>
                  {t(`search.sort.${sort}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
      </form>

      <ActiveFilters state={state} />

      <div class="search-layout">
        <Facets state={state} facets={page?.facets ?? null} />
        <section
          class="results"
          aria-labelledby={`${inputId}-count`}
          aria-busy={busy}
          data-results-for={busy ? undefined : results?.key}
        >
          <p id={`${inputId}-count`} class="result-count" role="status">
            {page &&
              (page.total === 0
                ? state.q
                  ? t('search.noResults', { query: state.q })
                  : t('common.none')
                : page.total === 1
                  ? t('search.results.one')
                  : t('search.results', { count: page.total }))}
          </p>
          <Status loading={busy && !page} error={error} />
          {page && (
            <ol class="hit-list" start={(state.page - 1) * PAGE_SIZE + 1}>
              {page.hits.map((hit) => (
                <li key={hit.release.id} class="hit">
                  <h2 class="hit-title">
                    <Link href={releasePath(hit.release.id)}>
                      <Highlight html={hit.highlightedTitle} />
                    </Link>
                  </h2>
                  <p class="hit-meta">
                    <DateText iso={hit.release.date} />
                    {hit.release.publisher && <span> · {hit.release.publisher}</span>}
                    <span> · {hit.release.language.toUpperCase()}</span>
                  </p>
                  {hit.snippet && (
                    <p class="hit-snippet">
                      <Highlight html={hit.snippet} />
                    </p>
                  )}
                </li>
              ))}
            </ol>
          )}
          {page && pages > 1 && (
            <nav class="pagination" aria-label={t('search.pagination')}>
              <button
                type="button"
                disabled={state.page <= 1}
                onClick={() => go({ ...state, page: state.page - 1 }, false)}
              >
                ‹ {t('search.prev')}
              </button>
              <span aria-current="page">{t('search.page', { page: state.page, pages })}</span>
              <button
                type="button"
                disabled={!page.hasNextPage}
                onClick={() => go({ ...state, page: state.page + 1 }, false)}
              >
                {t('search.next')} ›
              </button>
            </nav>
          )}
        </section>
      </div>
    </div>
  );
}

function filterLabel(key: FilterKey, value: string, t: ReturnType<typeof useI18n>['t']): string {
  if (key === 'language') return value === 'de' || value === 'en' ? t(`language.${value}`) : value;
  if (key === 'publisher' || key === 'year') return value;
  return entityNames.get(value) ?? value;
}

function ActiveFilters({ state }: { state: SearchState }) {
  const { t } = useI18n();
  if (!hasFilters(state)) return null;
  return (
    <div class="active-filters" aria-label={t('search.filters')}>
      {FILTER_KEYS.flatMap((key) =>
        state.filters[key].map((value) => (
          <button
            key={`${key}:${value}`}
            type="button"
            class="chip"
            onClick={() => go(toggleFilter(state, key, value), false)}
          >
            <span class="visually-hidden">{t(`search.facet.${key}`)}: </span>
            {filterLabel(key, value, t)} <span aria-hidden="true">×</span>
          </button>
        )),
      )}
      <button
        type="button"
        class="link-button"
        onClick={() => go({ ...state, page: 1, filters: decodeSearchState('').filters }, false)}
      >
        {t('search.clearFilters')}
      </button>
    </div>
  );
}

function Facets({ state, facets }: { state: SearchState; facets: Record<string, FacetValue[]> | null }) {
  const { t } = useI18n();
  if (!facets) {
    return (
      <aside class="facets">
        <p class="muted small">{t('search.facetsUnavailable')}</p>
      </aside>
    );
  }
  return (
    <aside class="facets" aria-label={t('search.filters')}>
      <details open={window.matchMedia?.('(min-width: 48rem)').matches ?? true}>
        <summary>{t('search.filters')}</summary>
        {FILTER_KEYS.map((key) => {
          const values = [...(facets[FACET_OF[key]] ?? [])];
          // Selected values stay listed (with no count) even when the facet no longer returns them.
          for (const selected of state.filters[key]) {
            if (!values.some((v) => v.value === selected)) values.push({ value: selected, count: 0, entity: null });
          }
          if (key === 'year') values.sort((a, b) => b.value.localeCompare(a.value));
          if (!values.length) return null;
          return (
            <fieldset key={key} class="facet">
              <legend>{t(`search.facet.${key}`)}</legend>
              <ul>
                {values.slice(0, 8).map((value) => {
                  const checked = state.filters[key].includes(value.value);
                  const label = value.entity?.name ?? filterLabel(key, value.value, t);
                  return (
                    <li key={value.value}>
                      <label class={value.entity ? `facet-value type-${value.entity.type}` : 'facet-value'}>
                        <input
                          type={key === 'year' ? 'radio' : 'checkbox'}
                          name={key === 'year' ? 'facet-year' : undefined}
                          checked={checked}
                          onClick={() => {
                            // A year is a date range: one year at a time.
                            const next =
                              key === 'year' && !checked
                                ? { ...state, page: 1, filters: { ...state.filters, year: [value.value] } }
                                : toggleFilter(state, key, value.value);
                            go(next, false);
                          }}
                        />
                        <span class="facet-name">{label}</span>
                        <span class="facet-count">{value.count || ''}</span>
                      </label>
                    </li>
                  );
                })}
              </ul>
            </fieldset>
          );
        })}
      </details>
    </aside>
  );
}
