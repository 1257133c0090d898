import type { GraphStore } from '../../ports/graph-store.js';
import type { SearchIndex } from '../../ports/search-index.js';
import type { Stores } from '../../ports/stores.js';
import { createEmbeddedStores } from './create-embedded-stores.js';
import { ReadPool } from './read-pool.js';
import { GRAPH_READS, SEARCH_READS } from './read-task.js';

/**
 * Sends the listed read methods to the pool and everything else (writes, curation, close) to the
 * main connection, so a method added to a port later runs correctly, on the main thread, by default.
 */
function dispatch<T extends object>(
  main: T,
  reads: readonly string[],
  call: (method: string, args: unknown[]) => unknown,
): T {
  const offThread = new Set(reads);
  return new Proxy(main, {
    get(target, property) {
      if (typeof property === 'string' && offThread.has(property)) {
        return (...args: unknown[]) => call(property, args);
      }
      const value: unknown = Reflect.get(target, property, target);
      // Bound to the real store: its methods use private fields.
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/**
 * The embedded store opened for serving: writes on the main connection, reads on `readThreads` worker
 * threads with read-only connections (WAL lets them read while the main connection writes), so store
 * work does not block the event loop. Reads see every committed write.
 */
export function createServingStores(file: string, readThreads: number): Stores {
  const embedded = createEmbeddedStores(file);
  // Workers cannot see another connection's in-memory database.
  if (file === ':memory:' || readThreads <= 0) return embedded;
  const pool = new ReadPool(file, readThreads);
  return {
    graph: dispatch<GraphStore>(embedded.graph, GRAPH_READS, (method, args) => pool.run('graph', method, args)),
    search: dispatch<SearchIndex>(embedded.search, SEARCH_READS, (method, args) => pool.run('search', method, args)),
    async close() {
      await pool.close();
      await embedded.close();
    },
  };
}
