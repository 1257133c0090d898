import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { ReleaseFacts } from '../../src/domain/extraction.js';
import type { GraphReader, GraphWriter, IngestLedger, LedgerEntry, WriteOutcome } from '../../src/ports/graph-store.js';
import { previousVersion } from '../../src/graph/release-versions.js';
import type { Logger } from '../../src/ports/logger.js';
import { silentLogger } from '../../src/ports/logger.js';
import type { FieldMapping, ReadLimits } from '../read/read-documents.js';
import { isReadFailure, readDocuments } from '../read/read-documents.js';
import { walkPaths } from '../read/walk-paths.js';
import { writeReleases } from '../write-release.js';
import type { WriteStores } from '../write-release.js';
import type { ExtractionPool } from './extraction-pool.js';
import type { FailureStep, RunReport } from './run-report.js';
import { emptyReport, recordDocument, recordFailure } from './run-report.js';
import { logRunEvent, logRunReport } from './run-log.js';

/** Something that happened during a run, for progress bars and logs. */
export type RunEvent =
  | { kind: 'file'; path: string; status: 'started' | 'unchanged' | 'older' | 'done'; failuresBefore?: number }
  | { kind: 'skip'; path: string; reason: string }
  | {
      kind: 'document';
      source: string;
      format: string;
      status: WriteOutcome | 'would-create' | 'would-replace' | 'would-keep';
      title: string;
      entities: number;
      facts: number;
    }
  | { kind: 'failure'; source: string; format: string; step: FailureStep; reason: string };

/** What a run uses of the stores: writing releases, the ledger, and (for a dry run) what is stored already. */
export interface IngestStores extends WriteStores {
  graph: GraphWriter & IngestLedger & Pick<GraphReader, 'getRelease' | 'releaseVersions'>;
}

/** How to run an ingest. */
export interface RunOptions {
  pool: ExtractionPool;
  /** Parse and extract, but write nothing. */
  dryRun?: boolean;
  /** Skip files last modified before this time. */
  since?: Date | undefined;
  /** CSV/JSON field mapping. */
  mapping?: FieldMapping | undefined;
  /** Overrides of the read limits (e.g. `maxDocumentBytes` from --max-document-bytes). */
  limits?: Partial<ReadLimits> | undefined;
  /**
   * Stops the run within moments: no new documents are read, extractions in flight are abandoned (their
   * file stays out of the ledger, so the next run takes it up again), what was extracted is written.
   */
  signal?: AbortSignal | undefined;
  onEvent?: (event: RunEvent) => void;
  /** Structured lines of every step and failure, store errors with their cause (default: none). */
  log?: Logger | undefined;
}

// Documents read ahead of the writer, per worker: enough to keep workers busy, small enough for flat memory.
const IN_FLIGHT_PER_THREAD = 8;
// Releases per store write: large enough for Neo4j round trips to pay off, small enough to lose little on a crash.
const WRITE_BATCH = 100;

/**
 * Ingests every document under `paths`: files are walked and read as streams, documents are parsed and
 * extracted on worker threads, and each release is written atomically. A file is marked in the ledger only
 * when all its documents are stored, so an interrupted run resumes with that file, and unchanged files
 * (same size and time, or same content) are skipped.
 */
export async function runIngest(paths: string[], stores: IngestStores, options: RunOptions): Promise<RunReport> {
  const report = emptyReport();
  const log = options.log ?? silentLogger;
  const emit = (event: RunEvent): void => {
    logRunEvent(log, event);
    options.onEvent?.(event);
  };
  const fail = (source: string, step: FailureStep, reason: string, format = formatOf(source)): void => {
    recordFailure(report, { source, format, step, reason });
    emit({ kind: 'failure', source, format, step, reason });
  };
  // A path that cannot be walked or opened is a failure of that path, not of a release.
  const failPath = (path: string, reason: string): void => {
    report.files.unreadable++;
    recordFailure(report, { source: path, format: formatOf(path), step: 'read', reason }, { document: false });
    emit({ kind: 'failure', source: path, format: formatOf(path), step: 'read', reason });
  };
  const skip = (path: string, reason: string): void => {
    report.files.skipped++;
    emit({ kind: 'skip', path, reason });
  };
  // One writer at a time keeps store transactions in order and the ledger honest. Releases are written in
  // batches: one transaction per batch where the graph store supports it (Neo4j), one by one otherwise.
  let writer: Promise<void> = Promise.resolve();
  const inFlight = new Set<Promise<void>>();
  const limit = Math.max(1, options.pool.threads) * IN_FLIGHT_PER_THREAD;
  let batch: { facts: ReleaseFacts; format: string; file: { stored: number } }[] = [];

  const flush = (): Promise<void> => {
    const items = batch;
    batch = [];
    if (items.length === 0) return writer;
    writer = writer.then(async () => {
      const describe = ({ facts, format }: (typeof items)[number]) => ({
        source: facts.release.source,
        format,
        title: facts.release.title,
        entities: facts.extraction.entities.length,
        facts: facts.extraction.relations.length,
      });
      try {
        if (options.dryRun) {
          for (const item of items) {
            const status = await wouldDo(item.facts, stores);
            recordDocument(report, item.format, status);
            emit({ kind: 'document', status, ...describe(item) });
          }
          return;
        }
        const results = await writeReleases(
          items.map((item) => item.facts),
          stores,
        );
        for (const [i, item] of items.entries()) {
          item.file.stored++;
          const { replacedId, releaseId } = results[i]!;
          if (replacedId && replacedId !== releaseId) {
            const { source, title, date } = item.facts.release;
            report.replacements.push({ source, releaseId, title, date, replacedId });
          }
          recordDocument(report, item.format, results[i]!.outcome);
          emit({ kind: 'document', status: results[i]!.outcome, ...describe(item) });
        }
      } catch (error) {
        // The whole batch failed (one transaction): each of its releases is reported, none is half-written.
        const reason = error instanceof Error ? error.message : String(error);
        const sources = items.map((item) => item.facts.release.source);
        log.error({ step: 'write', err: error, releases: items.length, sources }, 'writing a batch of releases failed');
        for (const item of items) fail(item.facts.release.source, 'write', reason, item.format);
      }
    });
    return writer;
  };

  const write = (facts: ReleaseFacts, format: string, file: { stored: number }): void => {
    batch.push({ facts, format, file });
    if (batch.length >= WRITE_BATCH) void flush();
  };

  const walked = walkPaths(
    paths,
    (problem) => failPath(problem.path, problem.reason),
    (skipped) => skip(skipped.path, skipped.reason),
  );
  for await (const path of walked) {
    if (options.signal?.aborted) break;
    report.files.seen++;
    let file: Awaited<ReturnType<typeof fileState>>;
    try {
      file = await fileState(path);
    } catch (error) {
      failPath(path, `cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
      continue;
    }
    if (options.since && file.mtimeMs < options.since.getTime()) {
      report.files.older++;
      emit({ kind: 'file', path, status: 'older' });
      continue;
    }
    const previous = options.dryRun ? undefined : await unchangedEntry(path, file, stores);
    if (previous) {
      report.files.unchanged++;
      emit({ kind: 'file', path, status: 'unchanged', failuresBefore: previous.failures });
      continue;
    }
    emit({ kind: 'file', path, status: 'started' });
    const pending: Promise<void>[] = [];
    const counts = { stored: 0 };
    let documents = 0;
    let failures = 0;
    const reading = readDocuments(path, {
      ...(options.mapping ? { mapping: options.mapping } : {}),
      ...(options.limits ? { limits: options.limits } : {}),
    });
    for await (const item of reading) {
      // Documents from a CSV, feed or zip are counted under the format of what they came in.
      const source = isReadFailure(item) ? item.source : item.meta.source;
      const format = formatOf(source.includes('!/') ? source : path);
      if (isReadFailure(item)) {
        failures++;
        fail(item.source, 'read', reasonOf(item.error.message, item.source), format);
        continue;
      }
      documents++;
      const task = options.pool.run(item, options.signal).then((result) => {
        if (result.ok) return write(result.facts, format, counts);
        // Abandoned because the run stops: not a failure, the file is read again next time.
        if ('interrupted' in result) return undefined;
        failures++;
        fail(item.meta.source, 'parse', result.reason, format);
        return undefined;
      });
      const tracked = task.finally(() => inFlight.delete(tracked));
      inFlight.add(tracked);
      pending.push(tracked);
      // Backpressure: the reader waits while enough documents are being extracted.
      while (inFlight.size >= limit) await Promise.race(inFlight);
      if (options.signal?.aborted) break;
    }
    await Promise.all(pending);
    await flush();
    if (options.signal?.aborted) {
      // The file may be cut short: leave it out of the ledger so the next run takes it up again.
      report.interrupted = true;
      break;
    }
    report.files.completed++;
    emit({ kind: 'file', path, status: 'done' });
    // A file nothing could be stored from is tried (and reported) again on the next run.
    if (!options.dryRun && counts.stored > 0) {
      await putLedger(stores, {
        source: path,
        ...file,
        documents,
        failures: documents + failures - counts.stored,
        completedAt: new Date().toISOString(),
      });
    }
  }
  await Promise.all(inFlight);
  await flush();
  if (options.signal?.aborted) report.interrupted = true;
  report.finishedAt = new Date().toISOString();
  report.durationMs = Date.now() - Date.parse(report.startedAt);
  logRunReport(log, report);
  return report;
}

async function fileState(path: string): Promise<{ size: number; mtimeMs: number; hash: string }> {
  const info = await stat(path);
  return { size: info.size, mtimeMs: info.mtimeMs, hash: '' };
}

/** The ledger entry when the file is unchanged (same size and time, or same content). Fills in the hash. */
async function unchangedEntry(
  path: string,
  file: { size: number; mtimeMs: number; hash: string },
  stores: IngestStores,
): Promise<LedgerEntry | undefined> {
  const entry = (await stores.graph.ledgerEntries([path])).get(path);
  if (entry && entry.size === file.size && entry.mtimeMs === file.mtimeMs) {
    file.hash = entry.hash;
    return entry;
  }
  file.hash = await hashFile(path);
  if (entry && entry.hash === file.hash) {
    // Touched but not changed: remember the new time so the next run skips it without hashing.
    await stores.graph.putLedgerEntries([{ ...entry, mtimeMs: file.mtimeMs }]);
    return entry;
  }
  return undefined;
}

async function putLedger(stores: IngestStores, entry: LedgerEntry): Promise<void> {
  await stores.graph.putLedgerEntries([entry]);
}

function hashFile(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => resolve(hash.digest('hex')))
      .on('error', reject);
  });
}

async function wouldDo(
  facts: ReleaseFacts,
  stores: IngestStores,
): Promise<'would-create' | 'would-replace' | 'would-keep'> {
  if (await stores.graph.getRelease(facts.release.id)) return 'would-keep';
  // The same rule as the write: a follow-up under a reused web address is created, not a replacement.
  const versions = await stores.graph.releaseVersions(facts.release.source);
  return previousVersion(facts.release, versions) ? 'would-replace' : 'would-create';
}

/** The format label of a source: its file ending, or the record kind of a CSV row, feed item or zip entry. */
export function formatOf(source: string): string {
  const inner = source.includes('!/') ? source.slice(source.lastIndexOf('!/') + 2) : source;
  const file = inner.replace(/#(row|item|line|record)=\d+$/, '');
  return extname(file).slice(1).toLowerCase() || 'text';
}

function reasonOf(message: string, source: string): string {
  return message.startsWith(`${source}: `) ? message.slice(source.length + 2) : message;
}
