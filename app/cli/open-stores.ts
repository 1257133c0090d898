import { existsSync } from 'node:fs';
import type { Config } from '../../src/config.js';
import { StoreError } from '../../src/errors/store-error.js';
import type { GraphStore } from '../../src/ports/graph-store.js';
import type { SearchIndex } from '../../src/ports/search-index.js';
import { createEmbeddedStores } from '../../src/stores/sqlite/create-embedded-stores.js';
import { createServingStores } from '../../src/stores/sqlite/pooled-stores.js';
import type { Stores } from '../../src/ports/stores.js';

/**
 * How a command uses the store: `write` creates the embedded file if needed; `read` refuses a missing one
 * (a typo in --data must not answer from a new, empty store); `dry-run` never creates it (an in-memory
 * store stands in, so everything counts as new).
 */
export type StoreMode = 'write' | 'read' | 'dry-run';

/**
 * Opens the stores the configuration selects: Neo4j for the graph when NEO4J_URI is set, Meilisearch for
 * search when MEILI_URL is set, and the embedded SQLite file for whatever is not configured. With
 * `readThreads` (serving), the embedded store reads on that many worker threads.
 */
export async function openStores(
  config: Config,
  mode: StoreMode = 'write',
  options: { readThreads?: number } = {},
): Promise<Stores> {
  const usesEmbedded = !(config.neo4j && config.meili);
  const missing = usesEmbedded && !existsSync(config.dataFile);
  if (missing && mode === 'read') {
    throw new StoreError(`no store at ${config.dataFile}`, {
      hint: `ingest releases into it first (civicgraph ingest <files> --data ${config.dataFile}), or point --data or CIVICGRAPH_DATA at an existing store`,
    });
  }
  const threads = options.readThreads ?? 0;
  const file = missing && mode === 'dry-run' ? ':memory:' : config.dataFile;
  const embedded = !usesEmbedded
    ? null
    : threads > 0 && file !== ':memory:'
      ? createServingStores(file, threads)
      : createEmbeddedStores(file);
  let graph: GraphStore | null = null;
  try {
    // The drivers load only when configured, so embedded runs start fast.
    if (config.neo4j) {
      const { createNeo4jGraphStore } = await import('../../src/stores/neo4j/create-neo4j-graph-store.js');
      graph = await createNeo4jGraphStore(config.neo4j);
    } else {
      graph = embedded!.graph;
    }
    let search: SearchIndex;
    if (config.meili) {
      const { openMeiliSearchIndex } = await import('../../src/stores/meilisearch/open-meili-search-index.js');
      search = await openMeiliSearchIndex(config.meili);
    } else {
      search = embedded!.search;
    }
    return {
      graph,
      search,
      async close() {
        if (config.neo4j) await graph!.close();
        if (config.meili) await search.close();
        await embedded?.close();
      },
    };
  } catch (error) {
    if (config.neo4j && graph) await graph.close();
    await embedded?.close();
    throw error;
  }
}

/** One line naming both stores, printed when a command starts: "<graph store>; search: <index>". */
export function describeStores(stores: Pick<Stores, 'graph' | 'search'>): string {
  return `${stores.graph.description}; search: ${stores.search.description}`;
}
