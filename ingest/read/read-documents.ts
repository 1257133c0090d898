import { dispatch } from './dispatch.js';
import type { FieldMapping } from './field-mapping.js';
import { NotAReleaseError } from '../../src/errors/not-a-release-error.js';
import { DEFAULT_LIMITS, documentTooLargeReason, type ReadLimits } from './limits.js';
import { isReadFailure, readFailure, type ReadItem } from './raw-document.js';
import type { ReadContext } from './read-context.js';
import { fileInput, type ReadInput } from './read-input.js';

export type { FieldMapping } from './field-mapping.js';
export { SUPPORTED_EXTENSIONS } from './formats.js';
export type { ReadLimits } from './limits.js';
export { isReadFailure, type RawDocument, type ReadFailure, type ReadItem } from './raw-document.js';

/** Options for `readDocuments`. */
export interface ReadOptions {
  /** Which CSV columns / JSON fields hold title, date, body, url, publisher, language; unset ones are guessed. */
  mapping?: FieldMapping;
  /** Overrides of the size limits (DEFAULT_LIMITS: 50 MB per document, 5 MB per record, zip-bomb guards). */
  limits?: Partial<ReadLimits>;
}

/**
 * Reads every document in the file at `path`: one for text, Markdown, HTML, DOCX, PDF and e-mail, one per row
 * of CSV/TSV/JSON/JSONL exports and per item of RSS/Atom feeds, and the documents of every supported entry
 * of a zip archive. The reader is chosen by file signature, then extension, then content sniffing.
 *
 * Never throws for bad input. A problem with one record (a broken CSV row, a damaged zip entry, an item
 * without text) is yielded in its place as a `ReadFailure` — `{ source, error: NotAReleaseError }`, told
 * apart with `isReadFailure` — and reading goes on with the next record. A problem with the whole file
 * (unreadable, empty, too large, corrupt, password-protected) is a single `ReadFailure`; a problem that
 * stops a file midway (e.g. an unclosed CSV quote swallowing the rest) is a final `ReadFailure` after the
 * documents read before it. A document whose text is over `limits.maxDocumentBytes` is a failure too, so it
 * is never parsed. Every error message starts with the file (plus `#row=N`, `#item=N` or
 * `!/entry`) and says why, and where useful how to fix it.
 */
export async function* readDocuments(path: string, options: ReadOptions = {}): AsyncGenerator<ReadItem> {
  const context: ReadContext = {
    mapping: options.mapping ?? {},
    limits: { ...DEFAULT_LIMITS, ...options.limits },
    depth: 0,
    dispatch,
  };
  let input: ReadInput;
  try {
    input = await fileInput(path);
  } catch (error) {
    yield readFailure(path, error);
    return;
  }
  for await (const item of dispatch(input, context)) {
    if (isReadFailure(item)) {
      yield item;
      continue;
    }
    // Cheap upper bound first: UTF-8 needs at most three bytes per UTF-16 code unit.
    const limit = context.limits.maxDocumentBytes;
    const bytes = item.raw.length * 3 > limit ? Buffer.byteLength(item.raw) : item.raw.length;
    if (bytes > limit) {
      const source = item.meta.source;
      yield { source, error: new NotAReleaseError(source, documentTooLargeReason(bytes, limit)) };
    } else yield item;
  }
}
