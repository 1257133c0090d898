import { NotAReleaseError } from '../../../src/errors/not-a-release-error.js';
import { decodeText } from '../decode-text.js';
import { documentTooLargeReason } from '../limits.js';
import type { ReadItem } from '../raw-document.js';
import type { ReadContext } from '../read-context.js';
import type { ReadInput } from '../read-input.js';

// UTF-16 takes two bytes for what UTF-8 says in one, so a file may be up to twice the text limit.
const MAX_BYTES_PER_TEXT_BYTE = 2;

/** Reads a plain-text or Markdown release; the encoding is detected (UTF-8/16 with or without BOM, Windows-1252). */
export async function* readText(input: ReadInput, context: ReadContext): AsyncGenerator<ReadItem> {
  // Refused from its size alone, before it is read: a huge text file costs nothing but this check.
  const limit = context.limits.maxDocumentBytes;
  if (input.size > limit * MAX_BYTES_PER_TEXT_BYTE) {
    throw new NotAReleaseError(input.source, documentTooLargeReason(input.size, limit));
  }
  const bytes = await input.bytes(context.limits.maxFileBytes);
  yield { raw: decodeText(bytes, input.source), meta: { source: input.source } };
}
