import { openDatabase } from './open-database.js';
import { SqliteGraphStore } from './sqlite-graph-store.js';
import { SqliteSearchIndex } from './sqlite-search-index.js';
import type { Stores } from '../../ports/stores.js';

/** Opens the embedded store file as both graph store and search index. */
export function createEmbeddedStores(file: string): Stores {
  const db = openDatabase(file);
  return {
    graph: new SqliteGraphStore(db, file),
    search: new SqliteSearchIndex(db, file),
    async close() {
      db.close();
    },
  };
}
