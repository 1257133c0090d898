import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEmbeddedStores } from '../../src/stores/sqlite/create-embedded-stores.js';
import type { Stores } from '../../src/ports/stores.js';
import { useNeo4jTestStore } from '../helpers/neo4j-test-db.js';
import { defineGraphStoreContract } from './graph-store.contract.js';
import { defineIndexConsistencyContract } from './index-consistency.contract.js';

// One store for the file; every test starts from an empty database (Community has only one).
const store = useNeo4jTestStore();

defineGraphStoreContract('Neo4j', {
  async create() {
    await store().dropAllData();
    return store();
  },
  async dispose() {
    // The store stays open for the next test; useNeo4jTestStore closes it after the file.
  },
});

// Neo4j as the graph with the embedded search index, as `ingest` runs it without Meilisearch.
const embedded = new Map<Stores, { close(): Promise<void>; dir: string }>();
defineIndexConsistencyContract('Neo4j', {
  async create() {
    await store().dropAllData();
    const dir = mkdtempSync(join(tmpdir(), 'civicgraph-neo4j-index-'));
    const local = createEmbeddedStores(join(dir, 'index.db'));
    const stores: Stores = { graph: store(), search: local.search, close: () => local.close() };
    embedded.set(stores, { close: () => local.close(), dir });
    return stores;
  },
  async dispose(stores) {
    const entry = embedded.get(stores);
    embedded.delete(stores);
    await entry?.close();
    if (entry) rmSync(entry.dir, { recursive: true, force: true });
  },
});
