import type { GraphStore } from './graph-store.js';
import type { SearchIndex } from './search-index.js';

/** The pair of storage ports the runtime works with, and how to release them. */
export interface Stores {
  graph: GraphStore;
  search: SearchIndex;
  close(): Promise<void>;
}
