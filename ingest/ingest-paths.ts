import type { WriteOutcome } from '../src/ports/graph-store.js';
import type { Stores } from '../src/stores/stores.js';
import { processDocument } from './process-document.js';
import { readTextFile } from './read/read-text-file.js';
import { walkPaths } from './read/walk-paths.js';
import { writeRelease } from './write-release.js';

/** What happened to one input file. */
export type FileOutcome =
  | { path: string; status: WriteOutcome; releaseId: string; title: string; entities: number; facts: number }
  | { path: string; status: 'failed'; reason: string };

/** Totals of an ingest run. */
export interface IngestReport {
  files: number;
  created: number;
  replaced: number;
  unchanged: number;
  failed: { path: string; reason: string }[];
  durationMs: number;
}

/** Options for `ingestPaths`; `onFile` sees every outcome as it happens (for progress lines). */
export interface IngestOptions {
  onFile?: (outcome: FileOutcome) => void;
}

/** Reads, parses, extracts and stores every release under `paths`; a bad file is reported and skipped. */
export async function ingestPaths(paths: string[], stores: Stores, options: IngestOptions = {}): Promise<IngestReport> {
  const started = performance.now();
  const report: IngestReport = { files: 0, created: 0, replaced: 0, unchanged: 0, failed: [], durationMs: 0 };
  const record = (outcome: FileOutcome): void => {
    report.files++;
    if (outcome.status === 'failed') report.failed.push({ path: outcome.path, reason: outcome.reason });
    else report[outcome.status]++;
    options.onFile?.(outcome);
  };
  for await (const path of walkPaths(paths, (problem) => record({ ...problem, status: 'failed' }))) {
    try {
      const facts = processDocument(await readTextFile(path));
      const result = await writeRelease(facts, stores);
      record({
        path,
        status: result.outcome,
        releaseId: result.releaseId,
        title: facts.release.title,
        entities: facts.extraction.entities.length,
        facts: facts.extraction.relations.length,
      });
    } catch (error) {
      record({ path, status: 'failed', reason: reasonOf(error, path) });
    }
  }
  report.durationMs = Math.round(performance.now() - started);
  return report;
}

function reasonOf(error: unknown, path: string): string {
  const message = error instanceof Error ? error.message : String(error);
  // NotAReleaseError messages already start with the path.
  return message.startsWith(`${path}: `) ? message.slice(path.length + 2) : message;
}
