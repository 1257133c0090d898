import { decodeText } from '../decode-text.js';
import type { ReadItem } from '../raw-document.js';
import type { ReadContext } from '../read-context.js';
import type { ReadInput } from '../read-input.js';

/** Reads a plain-text or Markdown release; the encoding is detected (UTF-8/16 with or without BOM, Windows-1252). */
export async function* readText(input: ReadInput, context: ReadContext): AsyncGenerator<ReadItem> {
  const bytes = await input.bytes(context.limits.maxFileBytes);
  yield { raw: decodeText(bytes, input.source), meta: { source: input.source } };
}
