import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEmbeddedStores } from '../../src/stores/sqlite/create-embedded-stores.js';
import type { Stores } from '../../src/ports/stores.js';
import { useNeo4jTestStore } from '../helpers/neo4j-test-db.js';
import { defineApiSuite } from './api.suite.js';

// Neo4j holds the graph; search stays on an embedded index (CI has no Meilisearch), as NEO4J_URI alone selects.
const store = useNeo4jTestStore();
let dir = '';

defineApiSuite('Neo4j', {
  async create(): Promise<Stores> {
    await store().dropAllData();
    dir = mkdtempSync(join(tmpdir(), 'civicgraph-neo4j-api-'));
    const embedded = createEmbeddedStores(join(dir, 'search.db'));
    return { graph: store(), search: embedded.search, close: () => embedded.close() };
  },
  async dispose(stores: Stores) {
    await stores.close();
    rmSync(dir, { recursive: true, force: true });
  },
});
