import mammoth from 'mammoth';
import { NotAReleaseError } from '../../../src/errors/not-a-release-error.js';
import { fixMojibake } from '../fix-mojibake.js';
import type { ReadItem } from '../raw-document.js';
import type { ReadContext } from '../read-context.js';
import type { ReadInput } from '../read-input.js';

/** Reads a Word document (DOCX) as text, one paragraph per block. */
export async function* readDocx(input: ReadInput, context: ReadContext): AsyncGenerator<ReadItem> {
  const buffer = await input.bytes(context.limits.maxFileBytes);
  let text: string;
  try {
    text = (await mammoth.extractRawText({ buffer })).value;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new NotAReleaseError(
      input.source,
      `DOCX cannot be opened, the file is truncated or damaged (${detail}); open and re-save it in Word, or export it as PDF`,
    );
  }
  const raw = fixMojibake(text.replace(/\n{3,}/gu, '\n\n')).trim();
  if (raw === '') throw new NotAReleaseError(input.source, 'DOCX contains no text');
  yield { raw, meta: { source: input.source } };
}
