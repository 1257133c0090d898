import type { Command } from 'commander';
import { readConfig } from '../../../src/config.js';
import { reindexAll } from '../../../src/search/reindex.js';
import { openStores } from '../open-stores.js';

/** `civicgraph reindex` */
export function registerReindex(program: Command): void {
  program
    .command('reindex')
    .description('rebuild the search index (embedded or Meilisearch) from the graph store')
    .option('--data <file>', 'embedded store file (env CIVICGRAPH_DATA, default ./data/civicgraph.db)')
    .action(async (flags: { data?: string }) => {
      const stores = await openStores(readConfig(flags), 'read');
      try {
        console.log(
          `civicgraph: indexing the releases of ${stores.graph.description} into ${stores.search.description}`,
        );
        if (!stores.search.rebuild && !stores.search.clear) {
          console.warn(
            `civicgraph: ${stores.search.description} can neither rebuild nor be cleared; documents of deleted releases stay until removed`,
          );
        }
        const started = Date.now();
        let last = 0;
        const total = await reindexAll(stores.graph, stores.search, (done) => {
          if (done - last >= 5_000) {
            last = done;
            console.log(`… ${done} releases`);
          }
        });
        console.log(`${total} release(s) indexed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      } finally {
        await stores.close();
      }
    });
}
