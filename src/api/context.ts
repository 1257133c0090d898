import DataLoader from 'dataloader';
import type { Entity } from '../domain/entity.js';
import type { ReleaseFacts } from '../domain/extraction.js';
import type { SourceMeta } from '../domain/release.js';
import type {
  GraphCuration,
  GraphReader,
  GraphStore,
  GraphWriter,
  ReleaseSummary,
  WriteResult,
} from '../ports/graph-store.js';
import type { SearchIndex } from '../ports/search-index.js';
import type { Stores } from '../ports/stores.js';
import type { Caller } from './access.js';
import type { Logger } from '../ports/logger.js';
import { silentLogger } from '../ports/logger.js';

/** Parses and extracts a document (injected by the composition root, which owns the ingest pipeline). */
export type ProcessDocument = (document: { raw: string; meta: SourceMeta }) => ReleaseFacts;
/** Writes a processed release to the graph and the search index (ingest's write, bound to the stores). */
export type WriteReleaseFn = (facts: ReleaseFacts) => Promise<WriteResult>;

/** Reads a date as ingest does (ISO, German or English wording) to ISO `YYYY-MM-DD`; null if it is none. */
export type ParseDateFn = (text: string) => string | null;

/** What mutations change in the graph: curators' corrections, and deleting a release (logged as curation). */
export type GraphEditor = GraphCuration & Pick<GraphWriter, 'deleteRelease'>;

/** What the readiness check asks of the stores: do they answer, and what are they (for trusted callers). */
export interface StoreHealth {
  graph: Pick<GraphStore, 'ping' | 'description'>;
  search: Pick<SearchIndex, 'has' | 'description'>;
}

/** Long-lived services the API works with; each graph role is only what its callers use. */
export interface ApiServices {
  /** What queries read, and what mutations re-index from. */
  graph: GraphReader;
  /** What mutations change. */
  editor: GraphEditor;
  search: SearchIndex;
  health: StoreHealth;
  processDocument: ProcessDocument;
  writeRelease: WriteReleaseFn;
  parseDate: ParseDateFn;
}

/** How the composition root writes and reads documents: ingest's functions, injected (src/ never imports ingest/). */
export interface IngestFunctions {
  processDocument: ProcessDocument;
  writeRelease: (facts: ReleaseFacts, stores: { graph: GraphWriter; search: SearchIndex }) => Promise<WriteResult>;
  parseDate: ParseDateFn;
}

/** The API's services over one set of stores: every part of the API gets the role of the store it uses. */
export function apiServices(stores: Stores, ingest: IngestFunctions): ApiServices {
  return {
    graph: stores.graph,
    editor: stores.graph,
    search: stores.search,
    health: stores,
    processDocument: ingest.processDocument,
    writeRelease: (facts) => ingest.writeRelease(facts, stores),
    parseDate: ingest.parseDate,
  };
}

/** Per-request batching loaders, so one query does not fan out into one store call per field. */
export interface Loaders {
  entity: DataLoader<string, Entity | null>;
  releaseSummary: DataLoader<string, ReleaseSummary | null>;
}

/** What every resolver receives. */
export interface ApiContext extends ApiServices {
  loaders: Loaders;
  caller: Caller;
  /** The request's id (header `x-request-id`), for log lines about it. */
  requestId: string;
  /** Logger bound to this request. */
  log: Logger;
}

/** Where a request came from, for its log lines. */
export interface RequestScope {
  requestId: string;
  log: Logger;
}

/** Anonymous caller with no scopes. */
export const ANONYMOUS: Caller = { actor: null, scopes: new Set(), invalidKey: false };

/** A fresh context for one request. */
export function createContext(
  services: ApiServices,
  caller: Caller = ANONYMOUS,
  scope: RequestScope = { requestId: 'none', log: silentLogger },
): ApiContext {
  return { ...services, caller, ...scope, loaders: createLoaders(services.graph) };
}

function createLoaders(graph: GraphReader): Loaders {
  return {
    entity: new DataLoader(async (ids) => byId(ids, await graph.getEntities([...ids]))),
    releaseSummary: new DataLoader(async (ids) => byId(ids, await graph.getReleaseSummaries([...ids]))),
  };
}

function byId<T extends { id: string }>(ids: readonly string[], items: T[]): (T | null)[] {
  const map = new Map(items.map((item) => [item.id, item]));
  return ids.map((id) => map.get(id) ?? null);
}
