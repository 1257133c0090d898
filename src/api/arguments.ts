import { ErrorCode, apiError } from './errors.js';

/** Largest page any list returns. */
export const MAX_PAGE_SIZE = 100;

/** Validates a page size argument. */
export function pageSize(first: number | null | undefined, fallback: number): number {
  const value = first ?? fallback;
  if (!Number.isInteger(value) || value < 0 || value > MAX_PAGE_SIZE) {
    throw apiError(ErrorCode.BAD_USER_INPUT, `"first" must be between 0 and ${MAX_PAGE_SIZE}, got ${value}`);
  }
  return value;
}

/** Validates a required, non-blank name argument. */
export function requiredName(value: string, argument: string): string {
  const trimmed = value.trim();
  if (!trimmed) throw apiError(ErrorCode.BAD_USER_INPUT, `"${argument}" must not be empty`);
  if (trimmed.length > 200) throw apiError(ErrorCode.BAD_USER_INPUT, `"${argument}" is longer than 200 characters`);
  return trimmed;
}

/** Validates an optional ISO date argument (YYYY-MM-DD, a real calendar day). */
export function isoDate(value: string | null | undefined, argument: string): string | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!date || date.toISOString().slice(0, 10) !== value) {
    throw apiError(ErrorCode.BAD_USER_INPUT, `"${argument}" must be a date like 2024-05-31, got "${value}"`);
  }
  return value;
}

/** Validates a number within bounds. */
export function bounded(
  value: number | null | undefined,
  fallback: number,
  min: number,
  max: number,
  argument: string,
): number {
  const number = value ?? fallback;
  if (!Number.isFinite(number) || number < min || number > max) {
    throw apiError(ErrorCode.BAD_USER_INPUT, `"${argument}" must be between ${min} and ${max}, got ${number}`);
  }
  return number;
}

/** Exactly one of id and name, for lookups that take either. */
export function idOrName(args: { id?: string | null; name?: string | null }): { id: string } | { name: string } {
  if (args.id) return { id: args.id };
  if (args.name) return { name: requiredName(args.name, 'name') };
  throw apiError(ErrorCode.BAD_USER_INPUT, 'pass an "id" or a "name"');
}
