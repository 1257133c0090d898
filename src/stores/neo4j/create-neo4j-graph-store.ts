import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { StoreError } from '../../errors/store-error.js';
import { displayUri, mapNeo4jError } from './map-neo4j-error.js';
import { Neo4jGraphStore } from './neo4j-graph-store.js';
import { applyNeo4jSchema } from './neo4j-schema.js';
import type { Neo4jSettings } from './neo4j-settings.js';

/**
 * Connects to Neo4j, checks that it answers (StoreError with a hint if not) and applies the schema.
 * The store owns the driver: `store.close()` closes it.
 */
export async function createNeo4jGraphStore(settings: Neo4jSettings): Promise<Neo4jGraphStore> {
  const context = { uri: displayUri(settings.uri), database: settings.database };
  let driver: Driver;
  try {
    driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
      // Plain numbers, not neo4j Integer objects: every integer we store (offsets, counts) is small.
      disableLosslessIntegers: true,
      maxTransactionRetryTime: settings.maxRetryTimeMs ?? 30_000,
      connectionTimeout: 10_000,
      connectionAcquisitionTimeout: 30_000,
      userAgent: 'civicgraph',
    });
  } catch (error) {
    throw new StoreError(`cannot use the Neo4j address ${context.uri}: ${(error as Error).message}`, {
      cause: error,
      hint: 'NEO4J_URI must look like bolt://host:7687, neo4j://host or neo4j+s://xxxx.databases.neo4j.io',
    });
  }
  const store = new Neo4jGraphStore(driver, settings);
  try {
    // verifyConnectivity fails at once when nobody answers; a managed query would retry for 30 s first.
    await driver.verifyConnectivity({ database: settings.database }).catch((error: unknown) => {
      throw mapNeo4jError(error, context);
    });
    if (settings.applySchema !== false) {
      await applyNeo4jSchema(driver, settings.database).catch((error: unknown) => {
        throw mapNeo4jError(error, context);
      });
    }
  } catch (error) {
    await driver.close();
    throw error;
  }
  return store;
}
