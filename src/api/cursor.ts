import { CivicError } from '../errors/civic-error.js';

/** Opaque page cursor for an offset (`after` in GraphQL connections). */
export function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`).toString('base64url');
}

/** Offset from a cursor; a missing cursor is the first page, a malformed one a user error. */
export function decodeCursor(cursor: string | null | undefined): number {
  if (cursor === null || cursor === undefined || cursor === '') return 0;
  const match = /^o:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw new CivicError('BAD_USER_INPUT', `invalid cursor "${cursor}": pass a cursor from a previous page`);
  return Number(match[1]);
}
