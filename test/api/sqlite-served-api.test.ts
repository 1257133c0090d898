import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServingStores } from '../../src/stores/sqlite/pooled-stores.js';
import type { Stores } from '../../src/ports/stores.js';
import { defineApiSuite } from './api.suite.js';

// The same API suite with reads on worker threads, as `civicgraph serve` opens the embedded store.
const dirs = new Map<Stores, string>();

defineApiSuite('the embedded SQLite store with reads on worker threads', {
  async create() {
    const dir = mkdtempSync(join(tmpdir(), 'civicgraph-served-'));
    const stores = createServingStores(join(dir, 'store.db'), 2);
    dirs.set(stores, dir);
    return stores;
  },
  async dispose(stores: Stores) {
    await stores.close();
    rmSync(dirs.get(stores)!, { recursive: true, force: true });
  },
});
