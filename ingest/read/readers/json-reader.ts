import { NotAReleaseError } from '../../../src/errors/not-a-release-error.js';
import { decodeText } from '../decode-text.js';
import { resolveMapping } from '../field-mapping.js';
import { isObject, jsonFields, jsonPaths } from '../json-record.js';
import type { ReadItem } from '../raw-document.js';
import type { ReadContext } from '../read-context.js';
import type { ReadInput } from '../read-input.js';
import { recordItem } from '../record-document.js';

// Where CMS and scraper exports keep their list of records.
const LIST_KEYS = [
  'items',
  'releases',
  'records',
  'data',
  'results',
  'documents',
  'entries',
  'articles',
  'posts',
  'pressemitteilungen',
  'meldungen',
];

/** Reads a JSON export: an array of records, or an object holding one ({"items": [...]}); one document per record. */
export async function* readJson(input: ReadInput, context: ReadContext): AsyncGenerator<ReadItem> {
  const text = decodeText(await input.bytes(context.limits.maxFileBytes), input.source);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new NotAReleaseError(
      input.source,
      `invalid JSON (${(error as Error).message}); for one record per line use .jsonl`,
    );
  }
  const records = recordList(value);
  if (records === undefined) {
    throw new NotAReleaseError(
      input.source,
      'JSON holds no list of records; expected [ {...}, ... ] or { "items": [ {...}, ... ] }',
    );
  }
  if (records.length === 0) throw new NotAReleaseError(input.source, 'JSON list of records is empty');
  for (const [index, record] of records.entries()) {
    const row = index + 1;
    const source = `${input.source}#row=${row}`;
    try {
      if (!isObject(record)) throw new NotAReleaseError(source, `record is ${describe(record)}, not an object`);
      yield recordItem(
        jsonFields(record),
        resolveMapping(jsonPaths(record), context.mapping, source, { optionalMayBeMissing: true }),
        input.source,
        row,
      );
    } catch (error) {
      if (!(error instanceof NotAReleaseError)) throw error;
      yield { source, error };
    }
  }
}

function recordList(value: unknown): unknown[] | undefined {
  if (Array.isArray(value)) return value;
  if (!isObject(value)) return undefined;
  for (const key of LIST_KEYS) if (Array.isArray(value[key])) return value[key];
  const arrays = Object.values(value).filter((entry) => Array.isArray(entry));
  if (arrays.length === 1) return arrays[0] as unknown[];
  // A single release exported as one object.
  return [value];
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'an array' : `a ${typeof value}`;
}
