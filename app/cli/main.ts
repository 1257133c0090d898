import { Command } from 'commander';
import { CivicError } from '../../src/errors/civic-error.js';
import { StoreError } from '../../src/errors/store-error.js';
import { registerEval } from './commands/eval.js';
import { registerExtract } from './commands/extract.js';
import { registerIngest } from './commands/ingest.js';
import { registerReextract } from './commands/reextract.js';
import { registerReindex } from './commands/reindex.js';
import { registerSearch } from './commands/search.js';
import { registerSearchKey } from './commands/search-key.js';
import { registerServe } from './commands/serve.js';
import { registerStats } from './commands/stats.js';

/** The `civicgraph` program with all its commands (not yet run). */
export function buildProgram(): Command {
  const program = new Command()
    .name('civicgraph')
    .description('Knowledge graph and search over public-sector press releases')
    .showHelpAfterError('(add --help for usage)');
  registerIngest(program);
  registerServe(program);
  registerStats(program);
  registerSearch(program);
  registerExtract(program);
  registerReextract(program);
  registerReindex(program);
  registerSearchKey(program);
  registerEval(program);
  return program;
}

/** The `civicgraph` command line. */
export async function main(argv: string[]): Promise<void> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CivicError) {
      console.error(`civicgraph: ${error.message}`);
      if (error instanceof StoreError && error.hint) console.error(`  fix: ${error.hint}`);
      process.exitCode = 1;
      return;
    }
    throw error;
  }
}
