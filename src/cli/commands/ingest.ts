import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { createExtractionPool, defaultConcurrency } from '../../../ingest/run/extraction-pool.js';
import { runIngest } from '../../../ingest/run/run-ingest.js';
import type { RunEvent } from '../../../ingest/run/run-ingest.js';
import { exitCodeOf, storedCount } from '../../../ingest/run/run-report.js';
import type { RunReport } from '../../../ingest/run/run-report.js';
import type { FieldMapping } from '../../../ingest/read/read-documents.js';
import { walkPaths } from '../../../ingest/read/walk-paths.js';
import { readConfig } from '../../config.js';
import { CivicError } from '../../errors/civic-error.js';
import { IngestProgress } from '../ingest-progress.js';
import { describeStores, openStores } from '../open-stores.js';

interface IngestFlags {
  data?: string;
  quiet?: boolean;
  verbose?: boolean;
  dryRun?: boolean;
  since?: string;
  concurrency?: string;
  map?: string;
  report?: string;
}

const MAPPING_FIELDS = ['title', 'date', 'body', 'url', 'publisher', 'language'] as const;

/** Parses `--map title=Titel,body=Text,date=Datum`. */
function parseMapping(text: string | undefined): FieldMapping | undefined {
  if (!text) return undefined;
  const mapping: Record<string, string> = {};
  for (const pair of text.split(',')) {
    const [field, column] = pair.split('=').map((part) => part.trim());
    if (!field || !column || !(MAPPING_FIELDS as readonly string[]).includes(field)) {
      throw new CivicError(
        'BAD_USER_INPUT',
        `--map: "${pair}" should be field=column with field one of ${MAPPING_FIELDS.join(', ')}`,
      );
    }
    mapping[field] = column;
  }
  return mapping as FieldMapping;
}

function parseSince(text: string | undefined): Date | undefined {
  if (!text) return undefined;
  const date = new Date(text);
  if (Number.isNaN(date.getTime()))
    throw new CivicError('BAD_USER_INPUT', `--since: "${text}" is not a date (use 2024-01-31 or 2024-01-31T12:00)`);
  return date;
}

/** `civicgraph ingest <paths...>` */
export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('read, extract and store press releases from files, folders and archives')
    .argument(
      '<paths...>',
      'files or folders (walked recursively): .txt .md .html .docx .pdf .csv .json .jsonl .xml/.rss/.atom .eml .zip',
    )
    .option('--data <file>', 'embedded store file (env CIVICGRAPH_DATA, default ./data/civicgraph.db)')
    .option('-c, --concurrency <n>', `extraction worker threads (default: cores = ${defaultConcurrency()})`)
    .option('--dry-run', 'parse and extract, print what would be stored, write nothing')
    .option('--since <date>', 'only files modified at or after this date')
    .option('--map <mapping>', 'CSV/JSON columns, e.g. title=Titel,body=Text,date=Datum,url=Link,publisher=Amt')
    .option('--report <file>', 'write the run report as JSON')
    .option('-q, --quiet', 'print only failures and the summary')
    .option('-v, --verbose', 'print a line for every release, also on a terminal')
    .addHelpText(
      'after',
      `
Unchanged files (same size and time, or same content) are skipped; a changed file replaces its releases.
Interrupted runs (Ctrl-C, kill, power loss) resume where they stopped on the next run.
Exit codes: 0 all stored, 2 some documents failed (others stored), 1 nothing could be ingested, 130 interrupted.`,
    )
    .action(async (paths: string[], flags: IngestFlags) => {
      const config = readConfig(flags);
      const concurrency = flags.concurrency ? Number(flags.concurrency) : defaultConcurrency();
      if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) {
        throw new CivicError(
          'BAD_USER_INPUT',
          `--concurrency must be a whole number from 1 to 64, got "${flags.concurrency}"`,
        );
      }
      const mapping = parseMapping(flags.map);
      const since = parseSince(flags.since);
      const stores = await openStores(config);
      const pool = createExtractionPool(concurrency);
      const tty = (process.stderr.isTTY ?? false) && !flags.verbose;
      console.log(
        `civicgraph: ${flags.dryRun ? 'dry run against' : 'storing into'} ${describeStores(stores)} (${pool.threads} extraction thread${pool.threads > 1 ? 's' : ''})`,
      );
      let totalFiles = 0;
      for await (const _ of walkPaths(paths, () => {})) totalFiles++;
      const progress = new IngestProgress(totalFiles, { tty: tty && !flags.quiet });
      const abort = new AbortController();
      const onSignal = () => {
        if (abort.signal.aborted) process.exit(130);
        progress.log('\nStopping: finishing the releases in flight (Ctrl-C again to quit at once)…', 'err');
        abort.abort();
      };
      process.on('SIGINT', onSignal);
      process.on('SIGTERM', onSignal);
      let report: RunReport;
      try {
        report = await runIngest(paths, stores, {
          pool,
          dryRun: flags.dryRun ?? false,
          since,
          mapping,
          signal: abort.signal,
          onEvent: (event) => {
            progress.update(event);
            const line = describe(event, flags.dryRun ?? false);
            if (event.kind === 'failure') progress.log(line, 'err');
            else if (line && !flags.quiet && (!tty || flags.dryRun)) progress.log(line);
          },
        });
      } finally {
        progress.stop();
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
        await pool.close();
        await stores.close();
      }
      printSummary(report, totalFiles, paths);
      if (flags.report) writeFileSync(flags.report, `${JSON.stringify(report, null, 2)}\n`);
      process.exitCode = totalFiles === 0 ? 1 : exitCodeOf(report);
    });
}

function describe(event: RunEvent, dryRun: boolean): string {
  switch (event.kind) {
    case 'document': {
      const counts =
        event.status === 'unchanged' || event.status === 'would-keep'
          ? ''
          : `  (${event.entities} entities, ${event.facts} facts)`;
      return `${event.status.padEnd(13)} ${event.source}${counts}${dryRun ? `  “${event.title}”` : ''}`;
    }
    case 'failure':
      return `failed       ${event.source}: ${event.reason} [${event.step}]`;
    case 'file':
      return event.status === 'unchanged'
        ? `unchanged    ${event.path}${event.failuresBefore ? ` (${event.failuresBefore} failure(s) last time; change the file to retry)` : ''}`
        : event.status === 'older'
          ? `older        ${event.path} (before --since)`
          : '';
  }
}

function printSummary(report: RunReport, totalFiles: number, paths: string[]): void {
  const d = report.documents;
  const seconds = report.durationMs / 1000;
  const rate = (storedCount(report) / Math.max(seconds, 0.001)).toFixed(0);
  console.log(
    `\n${report.files.seen} file(s), ${storedCount(report) + d.failed} release(s) in ${seconds.toFixed(1)} s (${rate}/s): ` +
      (report.documents['would-create'] + report.documents['would-replace'] + report.documents['would-keep'] > 0
        ? `would create ${d['would-create']}, replace ${d['would-replace']}, keep ${d['would-keep']}; `
        : `${d.created} new, ${d.replaced} replaced, ${d.unchanged} unchanged; `) +
      `${report.files.unchanged} unchanged file(s) skipped; ${d.failed} failed`,
  );
  const formats = Object.entries(report.byFormat)
    .map(
      ([format, counts]) =>
        `${format} ${Object.entries(counts)
          .map(([k, v]) => `${k} ${v}`)
          .join(', ')}`,
    )
    .join(' | ');
  if (formats) console.log(`by format: ${formats}`);
  if (report.interrupted) console.log('Interrupted: run the same command again to resume.');
  if (totalFiles === 0)
    console.error(`no release files found in ${paths.join(', ')} (see civicgraph ingest --help for the formats)`);
  else if (report.failures.length > 0)
    console.error(
      `${report.failures.length} failure(s); the reasons are above${report.failures.length > 0 ? ' (and in --report)' : ''}`,
    );
}
