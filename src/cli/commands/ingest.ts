import type { Command } from 'commander';
import { ingestPaths } from '../../../ingest/ingest-paths.js';
import type { FileOutcome } from '../../../ingest/ingest-paths.js';
import { readConfig } from '../../config.js';
import { openStores } from '../open-stores.js';

/** `civicgraph ingest <paths...>` */
export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('read, extract and store press releases from files and folders (.txt, .md)')
    .argument('<paths...>', 'files or folders (folders are walked recursively)')
    .option('--data <file>', 'embedded store file (env CIVICGRAPH_DATA, default ./data/civicgraph.db)')
    .option('-q, --quiet', 'print only failures and the summary')
    .action(async (paths: string[], flags: { data?: string; quiet?: boolean }) => {
      const config = readConfig(flags);
      const stores = openStores(config);
      console.log(`civicgraph: storing into ${stores.graph.description}`);
      try {
        const report = await ingestPaths(paths, stores, {
          onFile: (outcome) => printOutcome(outcome, flags.quiet ?? false),
        });
        const stored = report.created + report.replaced + report.unchanged;
        console.log(
          `\n${report.files} file(s) in ${(report.durationMs / 1000).toFixed(1)} s: ${report.created} new, ` +
            `${report.replaced} replaced, ${report.unchanged} unchanged, ${report.failed.length} skipped`,
        );
        if (report.files === 0) {
          console.error(`no release files found in ${paths.join(', ')} (civicgraph reads .txt and .md files)`);
          process.exitCode = 1;
        } else if (stored === 0) {
          console.error('nothing could be ingested; see the reasons above');
          process.exitCode = 1;
        }
      } finally {
        await stores.close();
      }
    });
}

function printOutcome(outcome: FileOutcome, quiet: boolean): void {
  if (outcome.status === 'failed') {
    console.error(`skipped    ${outcome.path}: ${outcome.reason}`);
    return;
  }
  if (quiet) return;
  const counts = outcome.status === 'unchanged' ? '' : `  (${outcome.entities} entities, ${outcome.facts} facts)`;
  console.log(`${outcome.status.padEnd(10)} ${outcome.path}${counts}`);
}
