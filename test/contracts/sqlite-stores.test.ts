import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEmbeddedStores } from '../../src/stores/sqlite/create-embedded-stores.js';
import type { Stores } from '../../src/ports/stores.js';
import { defineGraphStoreContract } from './graph-store.contract.js';
import { defineIndexConsistencyContract } from './index-consistency.contract.js';
import { defineSearchIndexContract } from './search-index.contract.js';

const open = new Map<object, { stores: Stores; dir: string }>();

function create() {
  const dir = mkdtempSync(join(tmpdir(), 'civicgraph-sqlite-'));
  const stores = createEmbeddedStores(join(dir, 'store.db'));
  return { stores, dir };
}

async function dispose(port: object) {
  const entry = open.get(port);
  if (!entry) return;
  open.delete(port);
  await entry.stores.close();
  rmSync(entry.dir, { recursive: true, force: true });
}

defineGraphStoreContract('SQLite', {
  async create() {
    const entry = create();
    open.set(entry.stores.graph, entry);
    return entry.stores.graph;
  },
  dispose,
});

defineSearchIndexContract('SQLite FTS5', {
  async create() {
    const entry = create();
    open.set(entry.stores.search, entry);
    return entry.stores.search;
  },
  dispose,
});

defineIndexConsistencyContract('SQLite', {
  async create() {
    const entry = create();
    open.set(entry.stores, entry);
    return entry.stores;
  },
  dispose,
});
