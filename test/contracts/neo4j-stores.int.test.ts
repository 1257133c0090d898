import { useNeo4jTestStore } from '../helpers/neo4j-test-db.js';
import { defineGraphStoreContract } from './graph-store.contract.js';

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
