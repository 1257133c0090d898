import { NotAReleaseError } from '../../src/errors/not-a-release-error.js';
import { STREAMED_FORMATS, type Format } from './formats.js';
import { readFailure, type ReadItem } from './raw-document.js';
import type { ReadContext, Reader } from './read-context.js';
import { tooLarge, type ReadInput } from './read-input.js';
import { readCsv } from './readers/csv-reader.js';
import { readDocx } from './readers/docx-reader.js';
import { readEml } from './readers/eml-reader.js';
import { readFeed } from './readers/feed-reader.js';
import { readHtml } from './readers/html-reader.js';
import { readJson } from './readers/json-reader.js';
import { readJsonl } from './readers/jsonl-reader.js';
import { readPdf } from './readers/pdf-reader.js';
import { readText } from './readers/text-reader.js';
import { readZip } from './readers/zip-reader.js';
import { detectFormat } from './sniff-format.js';

const READERS: Record<Format, Reader> = {
  text: readText,
  html: readHtml,
  docx: readDocx,
  pdf: readPdf,
  csv: readCsv,
  tsv: readCsv,
  json: readJson,
  jsonl: readJsonl,
  feed: readFeed,
  eml: readEml,
  zip: readZip,
};

/**
 * Reads one input with the reader its signature or extension calls for. Never throws: whatever stops the
 * input (or, after some documents, the rest of it) becomes a final failure item.
 */
export async function* dispatch(input: ReadInput, context: ReadContext): AsyncGenerator<ReadItem> {
  try {
    if (input.size === 0) throw new NotAReleaseError(input.source, 'file is empty');
    const format = detectFormat(input.source, input.ext, input.head);
    // Streamed formats are limited per record instead; a zip is only random-accessed when it is on disk.
    if (!STREAMED_FORMATS.has(format) || (format === 'zip' && input.path === undefined)) {
      tooLarge(input.source, input.size, context.limits.maxFileBytes);
    }
    yield* READERS[format](input, context);
  } catch (error) {
    yield readFailure(input.source, error);
  }
}
