// Worker-thread entry: answers read calls on its own read-only connection to the store file.
import type { GraphStore } from '../../ports/graph-store.js';
import type { SearchIndex } from '../../ports/search-index.js';
import { openReadOnlyDatabase } from './open-database.js';
import type { ReadAnswer, ReadTask } from './read-task.js';
import { GRAPH_READS, SEARCH_READS, sendError } from './read-task.js';
import { SqliteGraphStore } from './sqlite-graph-store.js';
import { SqliteSearchIndex } from './sqlite-search-index.js';

type Callable = Record<string, (...args: unknown[]) => Promise<unknown>>;

const ALLOWED = { graph: new Set<string>(GRAPH_READS), search: new Set<string>(SEARCH_READS) };
const opened = new Map<string, { graph: GraphStore; search: SearchIndex }>();

function storesFor(file: string) {
  let stores = opened.get(file);
  if (!stores) {
    // The main thread opened (and migrated) the file first, so the schema is there to read.
    const db = openReadOnlyDatabase(file);
    stores = { graph: new SqliteGraphStore(db, file), search: new SqliteSearchIndex(db, file) };
    opened.set(file, stores);
  }
  return stores;
}

/** Runs one read method of the graph store or search index and returns its result or error. */
export default async function read(task: ReadTask): Promise<ReadAnswer> {
  try {
    if (!ALLOWED[task.target].has(task.method)) {
      throw new Error(`${task.target}.${task.method} is not a read method; writes stay on the main connection`);
    }
    const target = storesFor(task.file)[task.target] as unknown as Callable;
    return { ok: true, value: await target[task.method]!(...task.args) };
  } catch (error) {
    return { ok: false, error: sendError(error) };
  }
}
