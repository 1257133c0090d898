import type { FieldReader } from './record-document.js';

/** A field reader over a JSON object: keys as they are, or dot paths into nested objects ("meta.date"). */
export function jsonFields(record: Record<string, unknown>): FieldReader {
  return (field) => {
    let value: unknown = field in record ? record[field] : undefined;
    if (value === undefined && field.includes('.')) {
      value = field.split('.').reduce<unknown>((node, key) => (isObject(node) ? node[key] : undefined), record);
    }
    return asText(value);
  };
}

/** The keys of a record plus the dot paths into its nested objects ("meta.date"), for mapping fields. */
export function jsonPaths(record: Record<string, unknown>, prefix = '', depth = 0): string[] {
  return Object.entries(record).flatMap(([key, value]) => {
    const path = prefix + key;
    return isObject(value) && depth < 3 ? [path, ...jsonPaths(value, `${path}.`, depth + 1)] : [path];
  });
}

/** Whether a JSON value is a plain object (a record), not an array or scalar. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  // Bodies are sometimes exported as an array of paragraphs.
  if (Array.isArray(value) && value.every((part) => typeof part === 'string')) return value.join('\n\n');
  return undefined;
}
