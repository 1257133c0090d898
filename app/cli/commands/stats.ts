import type { Command } from 'commander';
import { readConfig } from '../../../src/config.js';
import { openStores } from '../open-stores.js';

/** `civicgraph stats` */
export function registerStats(program: Command): void {
  program
    .command('stats')
    .description('print what the store holds: releases, entities and facts by type')
    .option('--data <file>', 'embedded store file (env CIVICGRAPH_DATA, default ./data/civicgraph.db)')
    .option('--json', 'print JSON')
    .action(async (flags: { data?: string; json?: boolean }) => {
      const stores = await openStores(readConfig(flags), 'read');
      try {
        const stats = await stores.graph.stats();
        if (flags.json) {
          console.log(JSON.stringify(stats, null, 2));
          return;
        }
        console.log(`store:     ${stores.graph.description}`);
        console.log(`releases:  ${stats.releases}`);
        console.log(
          `entities:  ${Object.entries(stats.entities)
            .map(([t, n]) => `${t} ${n}`)
            .join(', ')}`,
        );
        console.log(
          `facts:     ${Object.entries(stats.facts)
            .map(([t, n]) => `${t} ${n}`)
            .join(', ')}`,
        );
        if (stats.newestRelease) {
          console.log(`newest:    ${stats.newestRelease.date ?? 'undated'}  ${stats.newestRelease.title}`);
        }
      } finally {
        await stores.close();
      }
    });
}
