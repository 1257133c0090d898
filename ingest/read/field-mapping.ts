import { NotAReleaseError } from '../../src/errors/not-a-release-error.js';

/** Which CSV column or JSON field (dot paths like `meta.date` allowed in JSON) holds each part of a release. */
export interface FieldMapping {
  title?: string;
  date?: string;
  body?: string;
  url?: string;
  publisher?: string;
  language?: string;
}

/** The field names a record is read with; only `body` is required. */
export type ResolvedMapping = { body: string } & Omit<FieldMapping, 'body'>;

type Part = keyof FieldMapping;
const PARTS: Part[] = ['body', 'title', 'date', 'url', 'publisher', 'language'];

// Common export column names, best first, in the normalised form of `normalise`.
const GUESSES: Record<Part, string[]> = {
  body: [
    'body',
    'text',
    'fulltext',
    'volltext',
    'content',
    'inhalt',
    'description',
    'beschreibung',
    'message',
    'meldung',
    'article',
    'artikel',
  ],
  title: ['title', 'titel', 'headline', 'ueberschrift', 'überschrift', 'heading', 'subject', 'betreff'],
  date: [
    'date',
    'datum',
    'published',
    'publishedat',
    'publicationdate',
    'publishdate',
    'pubdate',
    'veröffentlicht',
    'veroeffentlicht',
    'veröffentlichungsdatum',
    'created',
    'createdat',
    'erstellt',
  ],
  url: ['url', 'link', 'permalink', 'href', 'uri'],
  publisher: ['publisher', 'herausgeber', 'organisation', 'organization', 'behörde', 'author', 'autor'],
  language: ['language', 'lang', 'sprache', 'locale'],
};

/**
 * Matches a mapping against the columns a file has: named columns must exist (exactly, or ignoring case),
 * unnamed parts are guessed from common export names (JSON records: named optional fields may be absent,
 * `optionalMayBeMissing`). Throws NotAReleaseError, listing the columns, when a
 * named column is missing or no body column can be found.
 */
export function resolveMapping(
  columns: readonly string[],
  mapping: FieldMapping,
  source: string,
  options: { optionalMayBeMissing?: boolean } = {},
): ResolvedMapping {
  const resolved: FieldMapping = {};
  const taken = new Set<string>();
  for (const part of PARTS) {
    const wanted = mapping[part];
    let column = wanted !== undefined ? findNamed(columns, wanted) : guess(columns, part, taken);
    // JSON records leave out empty fields, so a named optional field may be absent from some of them.
    if (column === undefined && wanted !== undefined && part !== 'body' && options.optionalMayBeMissing)
      column = wanted;
    if (wanted !== undefined && column === undefined) {
      throw new NotAReleaseError(
        source,
        `mapping.${part} names column "${wanted}", which is not there (columns: ${listColumns(columns)})`,
      );
    }
    if (column !== undefined) {
      resolved[part] = column;
      taken.add(column);
    }
  }
  if (resolved.body === undefined) {
    throw new NotAReleaseError(
      source,
      `no body column found (columns: ${listColumns(columns)}); pass a mapping such as { body: "<column>" }`,
    );
  }
  return resolved as ResolvedMapping;
}

function findNamed(columns: readonly string[], wanted: string): string | undefined {
  return columns.find((column) => column === wanted) ?? columns.find((c) => c.toLowerCase() === wanted.toLowerCase());
}

function guess(columns: readonly string[], part: Part, taken: Set<string>): string | undefined {
  const free = columns.filter((column) => !taken.has(column));
  for (const name of GUESSES[part]) {
    const column = free.find((c) => normalise(c) === name);
    if (column !== undefined) return column;
  }
  return undefined;
}

function normalise(column: string): string {
  return column.toLowerCase().replace(/[\s_\-.:]/gu, '');
}

function listColumns(columns: readonly string[]): string {
  return columns.length === 0 ? 'none' : columns.map((column) => `"${column}"`).join(', ');
}
