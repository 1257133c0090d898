import type { Command } from 'commander';
import { createReleaseExtractor } from '../../../ingest/extract/create-extractor.js';
import { reextract } from '../../../ingest/run/reextract.js';
import type { ReleaseDiff } from '../../../ingest/run/reextract.js';
import { readConfig } from '../../../src/config.js';
import { openStores } from '../open-stores.js';

function printDiff(diff: ReleaseDiff): void {
  console.log(`\n${diff.releaseId}  ${diff.title}`);
  for (const kind of ['entities', 'roles', 'visits'] as const) {
    for (const item of diff[kind].added) console.log(`  + ${kind.padEnd(8)} ${item}`);
    for (const item of diff[kind].removed) console.log(`  - ${kind.padEnd(8)} ${item}`);
  }
}

/** `civicgraph reextract` */
export function registerReextract(program: Command): void {
  program
    .command('reextract')
    .description('run the current extractor over every stored release and replace their facts (curation is kept)')
    .option('--data <file>', 'embedded store file (env CIVICGRAPH_DATA, default ./data/civicgraph.db)')
    .option('--dry-run', 'print what would be added or removed (entities, roles, visits), change nothing')
    .option('-q, --quiet', 'print only the totals')
    .action(async (flags: { data?: string; dryRun?: boolean; quiet?: boolean }) => {
      const stores = await openStores(readConfig(flags), 'read');
      try {
        console.log(
          `civicgraph: ${flags.dryRun ? 'comparing' : 're-extracting'} the releases in ${stores.graph.description}`,
        );
        const report = await reextract(stores, {
          extract: createReleaseExtractor(),
          dryRun: flags.dryRun ?? false,
          onDiff: flags.quiet ? undefined : printDiff,
        });
        const t = report.totals;
        console.log(
          `\n${report.releases} release(s), ${report.changed} ${flags.dryRun ? 'would change' : 'changed'}: ` +
            `entities +${t.entities.added} -${t.entities.removed}, roles +${t.roles.added} -${t.roles.removed}, ` +
            `visits +${t.visits.added} -${t.visits.removed}`,
        );
      } finally {
        await stores.close();
      }
    });
}
