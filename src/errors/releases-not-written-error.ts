import { StoreError } from './store-error.js';

/** How many releases the message names; `releaseIds` always holds all of them. */
const NAMED_IN_MESSAGE = 5;

/**
 * A batch write failed, so none of its releases were written (the batch is one transaction).
 * `mayBeWritten` is true when the connection broke while committing: the store may or may not have
 * them. Writing the same releases again is safe either way: a stored release is reported unchanged.
 */
export class ReleasesNotWrittenError extends StoreError {
  override name = 'ReleasesNotWrittenError';
  readonly releaseIds: string[];
  readonly sources: string[];
  readonly mayBeWritten: boolean;

  constructor(
    releases: { id: string; source: string }[],
    options: { cause: unknown; reason: string; hint?: string | undefined; mayBeWritten?: boolean },
  ) {
    const named = releases.slice(0, NAMED_IN_MESSAGE).map((release) => `${release.id} (${release.source})`);
    const more = releases.length > NAMED_IN_MESSAGE ? ` and ${releases.length - NAMED_IN_MESSAGE} more` : '';
    const verb = options.mayBeWritten ? 'may not have been written' : 'were not written';
    super(`${releases.length} release(s) ${verb}: ${named.join(', ')}${more}: ${options.reason}`, {
      cause: options.cause,
      hint: options.hint ?? 'write these releases again; releases already stored are reported unchanged',
    });
    this.releaseIds = releases.map((release) => release.id);
    this.sources = releases.map((release) => release.source);
    this.mayBeWritten = options.mayBeWritten ?? false;
  }
}
