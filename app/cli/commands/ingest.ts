import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { DEFAULT_LIMITS, formatBytes } from '../../../ingest/read/limits.js';
import { createExtractionPool, DEFAULT_BUDGET, defaultConcurrency } from '../../../ingest/run/extraction-pool.js';
import { runIngest } from '../../../ingest/run/run-ingest.js';
import type { RunEvent } from '../../../ingest/run/run-ingest.js';
import { exitCodeOf, storedCount } from '../../../ingest/run/run-report.js';
import type { RunReport } from '../../../ingest/run/run-report.js';
import type { FieldMapping } from '../../../ingest/read/read-documents.js';
import { walkPaths } from '../../../ingest/read/walk-paths.js';
import { readConfig } from '../../../src/config.js';
import { CivicError } from '../../../src/errors/civic-error.js';
import { silentLogger } from '../../../src/ports/logger.js';
import { createLogger } from '../../logger.js';
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
  maxDocumentBytes?: string;
  taskTimeout?: string;
  workerMemory?: string;
  logFile?: string;
}

// How long a stop may take before the process exits anyway: in-flight work is abandoned, the ledger is safe.
const STOP_GRACE_MS = 5_000;

/** Parses a size such as `1048576`, `512k`, `512kB` or `2MB` (k = 1024). */
export function parseSize(text: string, flag: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(k|kb|kib|m|mb|mib)?\s*$/i.exec(text);
  const unit = match?.[2]?.[0]?.toLowerCase();
  const bytes = match ? Number(match[1]) * (unit === 'k' ? 1024 : unit === 'm' ? 1024 * 1024 : 1) : NaN;
  if (!Number.isFinite(bytes) || bytes < 1) {
    throw new CivicError('BAD_USER_INPUT', `${flag}: "${text}" is not a size (use bytes, or e.g. 512kB or 2MB)`);
  }
  return Math.round(bytes);
}

function parsePositive(text: string | undefined, flag: string, fallback: number, unit: string): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) {
    throw new CivicError('BAD_USER_INPUT', `${flag}: "${text}" is not a positive number of ${unit}`);
  }
  return value;
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
    .option(
      '--max-document-bytes <size>',
      `refuse documents with more text than this, before parsing (default ${formatBytes(DEFAULT_LIMITS.maxDocumentBytes)})`,
    )
    .option(
      '--task-timeout <seconds>',
      `give up a document whose extraction takes longer (default ${DEFAULT_BUDGET.taskTimeoutMs / 1000})`,
    )
    .option(
      '--worker-memory <MB>',
      `heap of one extraction worker; a document that needs more fails (default ${DEFAULT_BUDGET.maxWorkerMemoryMb})`,
    )
    .option('--log-file <file>', 'write every step as JSON lines to this file (env CIVICGRAPH_LOG_FILE)')
    .option('-q, --quiet', 'print only failures and the summary')
    .option('-v, --verbose', 'print a line for every release, also on a terminal')
    .addHelpText(
      'after',
      `
Unchanged files (same size and time, or same content) are skipped; a changed file replaces its releases.
Interrupted runs (Ctrl-C, kill, power loss) resume where they stopped on the next run.
A document over --max-document-bytes, or one that takes its worker over --task-timeout or --worker-memory,
fails alone with the reason; the run goes on. A dry run never creates the store file.
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
      const limits = {
        maxDocumentBytes: flags.maxDocumentBytes
          ? parseSize(flags.maxDocumentBytes, '--max-document-bytes')
          : DEFAULT_LIMITS.maxDocumentBytes,
      };
      const budget = {
        taskTimeoutMs:
          parsePositive(flags.taskTimeout, '--task-timeout', DEFAULT_BUDGET.taskTimeoutMs / 1000, 'seconds') * 1000,
        maxWorkerMemoryMb: parsePositive(flags.workerMemory, '--worker-memory', DEFAULT_BUDGET.maxWorkerMemoryMb, 'MB'),
      };
      const dryRun = flags.dryRun ?? false;
      // The run's one structured logger; without a log file the printed lines and the report say it all.
      const log = config.log.file ? createLogger(config.log) : silentLogger;
      const stores = await openStores(config, dryRun ? 'dry-run' : 'write');
      // Always worker threads, even for one: only a worker can be stopped when a document overruns its budget.
      const pool = createExtractionPool(concurrency, { inline: false, budget });
      const tty = (process.stderr.isTTY ?? false) && !flags.verbose;
      const target = stores.graph.description.endsWith(':memory:')
        ? `an empty store (${config.dataFile} does not exist; nothing is written)`
        : describeStores(stores);
      console.log(
        `civicgraph: ${dryRun ? 'dry run against' : 'storing into'} ${target} (${pool.threads} extraction thread${pool.threads > 1 ? 's' : ''})`,
      );
      let totalFiles = 0;
      for await (const _ of walkPaths(paths, () => {})) totalFiles++;
      const progress = new IngestProgress(totalFiles, { tty: tty && !flags.quiet });
      const abort = new AbortController();
      const onSignal = () => {
        if (abort.signal.aborted) process.exit(130);
        progress.log(
          '\nStopping: writing what is extracted, then the run can be resumed (Ctrl-C again to quit at once)…',
          'err',
        );
        abort.abort();
        // Whatever still holds the process (a store that does not answer) must not make the stop hang.
        setTimeout(() => process.exit(130), STOP_GRACE_MS).unref();
      };
      process.on('SIGINT', onSignal);
      process.on('SIGTERM', onSignal);
      let report: RunReport;
      try {
        report = await runIngest(paths, stores, {
          pool,
          dryRun,
          since,
          mapping,
          limits,
          signal: abort.signal,
          log,
          onEvent: (event) => {
            progress.update(event);
            const line = describe(event, dryRun);
            if (event.kind === 'failure') progress.log(line, 'err');
            // A line per file or release only when asked for (or in a dry run, whose point it is): a bulk run
            // shows progress instead.
            else if (line && !flags.quiet && (event.kind === 'skip' || flags.verbose || dryRun)) progress.log(line);
          },
        });
      } catch (error) {
        log.error({ err: error }, 'ingest stopped');
        throw error;
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
    case 'skip':
      return `skipped      ${event.path}: ${event.reason}`;
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
      `${report.files.unchanged} unchanged file(s) skipped; ${d.failed} failed` +
      (report.files.skipped > 0 ? `; ${report.files.skipped} non-release file(s) skipped` : '') +
      (report.files.unreadable > 0 ? `; ${report.files.unreadable} path(s) could not be read` : ''),
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
  if (totalFiles === 0 && report.files.unreadable === 0)
    console.error(`no release files found in ${paths.join(', ')} (see civicgraph ingest --help for the formats)`);
  else if (report.failures.length > 0)
    console.error(
      `${report.failures.length} failure(s); the reasons are above${report.failures.length > 0 ? ' (and in --report)' : ''}`,
    );
}
