/** The pipeline step where a document failed. */
export type FailureStep = 'read' | 'parse' | 'write';

/** One document or file that could not be ingested. */
export interface RunFailure {
  source: string;
  format: string;
  step: FailureStep;
  reason: string;
}

type DocumentStatus = 'created' | 'replaced' | 'unchanged' | 'would-create' | 'would-replace' | 'would-keep';

/** A stored release that a newer version of it replaced, for the report. */
export interface RunReplacement {
  source: string;
  /** The version now stored, and its title and date. */
  releaseId: string;
  title: string;
  date: string | null;
  /** The version that is gone. */
  replacedId: string;
}

/** Everything a run did, for the summary, `--report file.json` and the exit code. */
export interface RunReport {
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  interrupted: boolean;
  /** `skipped`: not releases (folder documentation); `unreadable`: paths that could not be walked or opened. */
  files: { seen: number; completed: number; unchanged: number; older: number; skipped: number; unreadable: number };
  documents: Record<DocumentStatus | 'failed', number>;
  byFormat: Record<string, Partial<Record<DocumentStatus | 'failed', number>>>;
  failures: RunFailure[];
  /** Every release that replaced another one, naming both. */
  replacements: RunReplacement[];
}

/** A report with nothing counted yet. */
export function emptyReport(): RunReport {
  return {
    startedAt: new Date().toISOString(),
    finishedAt: '',
    durationMs: 0,
    interrupted: false,
    files: { seen: 0, completed: 0, unchanged: 0, older: 0, skipped: 0, unreadable: 0 },
    documents: {
      created: 0,
      replaced: 0,
      unchanged: 0,
      'would-create': 0,
      'would-replace': 0,
      'would-keep': 0,
      failed: 0,
    },
    byFormat: {},
    failures: [],
    replacements: [],
  };
}

/** Counts a stored (or, in a dry run, assessed) document. */
export function recordDocument(report: RunReport, format: string, status: DocumentStatus): void {
  report.documents[status]++;
  const counts = (report.byFormat[format] ??= {});
  counts[status] = (counts[status] ?? 0) + 1;
}

/** Keeps a failure's reason and counts it as a failed document, unless it is about a path (`document: false`). */
export function recordFailure(report: RunReport, failure: RunFailure, options: { document?: boolean } = {}): void {
  report.failures.push(failure);
  if (options.document === false) return;
  report.documents.failed++;
  const counts = (report.byFormat[failure.format] ??= {});
  counts.failed = (counts.failed ?? 0) + 1;
}

/** Documents the run stored or found already stored. */
export function storedCount(report: RunReport): number {
  const d = report.documents;
  return d.created + d.replaced + d.unchanged + d['would-create'] + d['would-replace'] + d['would-keep'];
}

/**
 * The exit code: 0 when nothing failed, 2 when some documents failed but others were stored,
 * 1 when nothing could be ingested, 130 when interrupted.
 */
export function exitCodeOf(report: RunReport): number {
  if (report.interrupted) return 130;
  if (report.failures.length === 0) return 0;
  return storedCount(report) > 0 || report.files.unchanged > 0 ? 2 : 1;
}
