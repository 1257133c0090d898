import { NotAReleaseError } from '../../src/errors/not-a-release-error.js';
import type { ResolvedMapping } from './field-mapping.js';
import { fixMojibake } from './fix-mojibake.js';
import { toLanguage } from './language-code.js';
import type { ReadItem } from './raw-document.js';
import { webUrl } from './web-url.js';

/** Gives the text of one field of a record (a CSV cell, a JSON value), or undefined when it has none. */
export type FieldReader = (field: string) => string | undefined;

/**
 * Turns one record of a structured export into a document: the title (if any) and body become the raw text,
 * the other fields SourceMeta. Source is the record's http(s) URL when it has one — stable across exports —
 * else `file#row=N`. A record without body text becomes a failure naming the row and column.
 */
export function recordItem(read: FieldReader, mapping: ResolvedMapping, file: string, row: number): ReadItem {
  const rowSource = `${file}#row=${row}`;
  const field = (name: string | undefined): string | undefined => {
    const value = name === undefined ? undefined : read(name);
    const text = value === undefined ? '' : fixMojibake(value).trim();
    return text === '' ? undefined : text;
  };
  const body = field(mapping.body);
  if (body === undefined) {
    return { source: rowSource, error: new NotAReleaseError(rowSource, `body field "${mapping.body}" is empty`) };
  }
  const title = field(mapping.title)?.replace(/\s+/gu, ' ');
  const url = webUrl(field(mapping.url));
  return {
    raw: title === undefined ? body : `${title}\n\n${body}`,
    meta: {
      source: url ?? rowSource,
      title,
      date: field(mapping.date),
      publisher: field(mapping.publisher),
      language: toLanguage(field(mapping.language)),
      url,
    },
  };
}
