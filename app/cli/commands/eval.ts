import type { Command } from 'commander';
import { evaluateDirectory, evaluateGermEval, formatChunkReport, formatReport } from '../../../ingest/eval/index.js';
import { createReleaseExtractor } from '../../../ingest/extract/create-extractor.js';
import { CivicError } from '../../../src/errors/civic-error.js';

/** `civicgraph eval <dir>` */
export function registerEval(program: Command): void {
  program
    .command('eval')
    .description(
      'score the extractor against gold annotations (precision, recall, F1 per type, role-title recall; the 28 added files separately) and the parser (title, date, publisher)',
    )
    .argument('[dir]', 'folder of gold files in the corpus format (SCHEMA.md), e.g. ../shared/corpus')
    .option(
      '--germeval <file>',
      'also score PER/ORG/LOC outer chunks (exact span and type) on a GermEval 2014 TSV file',
    )
    .option('--lang <de|en>', 'only files in this language')
    .option('-v, --verbose', 'list misses and false positives per file')
    .option('--json', 'print JSON')
    .action(
      (dir: string | undefined, flags: { lang?: string; verbose?: boolean; json?: boolean; germeval?: string }) => {
        if (flags.germeval !== undefined) {
          let r: ReturnType<typeof evaluateGermEval>;
          try {
            r = evaluateGermEval(flags.germeval, createReleaseExtractor());
          } catch (err) {
            // unreadable or malformed file: the message names the file (and line)
            throw new CivicError('BAD_USER_INPUT', (err as Error).message);
          }
          console.log(
            flags.json
              ? JSON.stringify({ germeval: r }, null, 2)
              : `GermEval ${flags.germeval}, ${r.sentences} sentences\n${formatChunkReport(r)}`,
          );
          if (dir === undefined) return;
        }
        if (dir === undefined) {
          throw new CivicError('BAD_USER_INPUT', 'eval needs a gold folder (e.g. ../shared/corpus) or --germeval FILE');
        }
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
      },
    );
}
