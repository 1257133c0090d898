import type { EntityType } from '../domain/entity.js';
import type { Language } from '../domain/release.js';

/** The flat document the search index holds for one release. */
export interface SearchDocument {
  id: string;
  title: string;
  subtitle: string | null;
  body: string;
  date: string | null;
  publisher: string | null;
  language: Language;
  entities: { id: string; name: string; type: EntityType }[];
}

/** A search request; `after` is the opaque cursor of the previous page. */
export interface SearchQuery {
  query: string;
  first: number;
  after?: string | null | undefined;
}

/** One hit; `snippet` and `highlightedTitle` mark matches with `<mark>…</mark>`, everything else HTML-escaped. */
export interface SearchHit {
  releaseId: string;
  title: string;
  highlightedTitle: string;
  snippet: string;
  date: string | null;
  publisher: string | null;
  language: Language;
  score: number;
  cursor: string;
}

/** A page of hits. */
export interface SearchResult {
  hits: SearchHit[];
  /** Estimated number of matching releases. */
  total: number;
  hasNextPage: boolean;
}

/** The full-text side of storage. */
export interface SearchIndex {
  readonly description: string;
  /** Adds or replaces documents by id. */
  index(documents: SearchDocument[]): Promise<void>;
  remove(ids: string[]): Promise<void>;
  has(id: string): Promise<boolean>;
  search(query: SearchQuery): Promise<SearchResult>;
  close(): Promise<void>;
}
