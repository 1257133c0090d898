import type { SourceMeta } from '../../src/domain/release.js';
import { NotAReleaseError } from '../../src/errors/not-a-release-error.js';

/** A document as read from its source, before parsing. */
export interface RawDocument {
  raw: string;
  meta: SourceMeta;
}

/**
 * One input (a file, a CSV row, a zip entry, a feed item) that could not be read. `source` names it the way a
 * document from it would be named (`file.csv#row=7`, `archive.zip!/a/b.pdf`); `error.message` starts with it
 * and says why, and where useful how to fix it.
 */
export interface ReadFailure {
  source: string;
  error: NotAReleaseError;
}

/** What the readers yield: a document, or a failure for one record that does not stop the others. */
export type ReadItem = RawDocument | ReadFailure;

/** True for the failure items of `readDocuments`. */
export function isReadFailure(item: ReadItem): item is ReadFailure {
  return 'error' in item;
}

/** Wraps any error as a failure of `source`; NotAReleaseErrors keep their own (more precise) source. */
export function readFailure(source: string, error: unknown): ReadFailure {
  if (error instanceof NotAReleaseError) return { source: error.source, error };
  // File-system errors repeat the path in their message; their code ("EACCES") says it all.
  const errno = error as NodeJS.ErrnoException | undefined;
  const detail = errno?.syscall && errno.code ? errno.code : error instanceof Error ? error.message : String(error);
  return { source, error: new NotAReleaseError(source, `cannot read (${detail})`) };
}
