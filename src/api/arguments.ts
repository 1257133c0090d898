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
