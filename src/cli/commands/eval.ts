import type { Command } from 'commander';
import { evaluateDirectory, formatReport } from '../../../ingest/eval/index.js';
import { CivicError } from '../../errors/civic-error.js';

/** `civicgraph eval <dir>` */
export function registerEval(program: Command): void {
  program
    .command('eval')
    .description(
      'score the extractor against gold annotations (precision, recall, F1 per type, role-title recall; the 28 added files separately) and the parser (title, date, publisher)',
    )
    .argument('<dir>', 'folder of gold files in the corpus format (SCHEMA.md), e.g. ../shared/corpus')
    .option('--lang <de|en>', 'only files in this language')
    .option('-v, --verbose', 'list misses and false positives per file')
    .option('--json', 'print JSON')
    .action((dir: string, flags: { lang?: string; verbose?: boolean; json?: boolean }) => {
      if (flags.lang !== undefined && flags.lang !== 'de' && flags.lang !== 'en') {
        throw new CivicError('BAD_USER_INPUT', `--lang must be de or en, got "${flags.lang}"`);
      }
      const report = evaluateDirectory(dir, {
        verbose: flags.verbose ?? false,
        lang: flags.lang as 'de' | 'en' | undefined,
      });
      if (flags.json) {
        const files = flags.verbose
          ? report.files
          : report.files.map(({ file, lang, roles }) => ({ file, lang, roles }));
        console.log(JSON.stringify({ ...report, files }, null, 2));
        return;
      }
      console.log(formatReport(report, { verbose: flags.verbose ?? false }));
    });
}
