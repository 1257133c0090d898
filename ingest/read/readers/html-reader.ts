import { declaredCharset } from '../declared-charset.js';
import { decodeText } from '../decode-text.js';
import { extractHtmlDocument } from '../html-document.js';
import type { ReadItem } from '../raw-document.js';
import type { ReadContext } from '../read-context.js';
import type { ReadInput } from '../read-input.js';
import { withTitle } from '../with-title.js';

/** Reads an HTML page: its main content as text, its `<meta>` tags as SourceMeta. */
export async function* readHtml(input: ReadInput, context: ReadContext): AsyncGenerator<ReadItem> {
  const bytes = await input.bytes(context.limits.maxFileBytes);
  const page = extractHtmlDocument(decodeText(bytes, input.source, declaredCharset(bytes)), input.source);
  yield {
    raw: withTitle(page.title, page.text),
    meta: {
      source: input.source,
      title: page.title,
      date: page.date,
      publisher: page.publisher,
      language: page.language,
      url: page.url,
    },
  };
}
