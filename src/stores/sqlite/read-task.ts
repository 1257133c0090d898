import { CivicError } from '../../errors/civic-error.js';
import { StoreError } from '../../errors/store-error.js';
import type { GraphStore } from '../../ports/graph-store.js';
import type { SearchIndex } from '../../ports/search-index.js';

/** Graph store methods that only read, and so may run on a read worker. */
export const GRAPH_READS = [
  'ping',
  'ledgerEntries',
  'getRelease',
  'releaseIdForSource',
  'getEntity',
  'getEntities',
  'findEntities',
  'factsOf',
  'factsOfRelease',
  'entitiesOfRelease',
  'releasesOfEntity',
  'getReleaseSummaries',
  'listReleases',
  'mentionsOfRelease',
  'connections',
  'paths',
  'curationLog',
  'stats',
  'lookupName',
  'timeline',
  'releaseVersions',
] as const satisfies readonly (keyof GraphStore)[];

/** Search index methods that only read. */
export const SEARCH_READS = ['has', 'search', 'suggest'] as const satisfies readonly (keyof SearchIndex)[];

/** One read call sent to a worker. */
export interface ReadTask {
  file: string;
  target: 'graph' | 'search';
  method: string;
  args: unknown[];
}

/** An error as it crosses the thread boundary (structured clone drops classes and extra fields). */
export interface SentError {
  name: string;
  message: string;
  stack: string | undefined;
  code: string | undefined;
  hint: string | undefined;
}

/** A worker's answer to a ReadTask. */
export type ReadAnswer = { ok: true; value: unknown } | { ok: false; error: SentError };

/** Flattens an error thrown on a worker so it can be rebuilt on the main thread. */
export function sendError(error: unknown): SentError {
  const e = error instanceof Error ? error : new Error(String(error));
  return {
    name: e.name,
    message: e.message,
    stack: e.stack,
    code: e instanceof CivicError ? e.code : undefined,
    hint: e instanceof StoreError ? e.hint : undefined,
  };
}

/** Rebuilds a worker's error with its class and code, so the API maps it as if it had been thrown here. */
export function reviveError(sent: SentError): Error {
  let error: Error;
  if (sent.name === 'StoreError') error = new StoreError(sent.message, sent.hint ? { hint: sent.hint } : {});
  else if (sent.code !== undefined) error = new CivicError(sent.code, sent.message);
  else {
    error = new Error(sent.message);
    error.name = sent.name;
  }
  // The worker's stack is the one that says where it failed.
  if (sent.stack) error.stack = `${sent.stack}\n    (on a read worker thread)`;
  return error;
}
