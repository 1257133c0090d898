import { decodeCursor, encodeCursor } from './cursor.js';

/** A GraphQL connection: edges with cursors, page info and the total. */
export interface ConnectionResult<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

/** The offset a page starts at, from the `after` cursor. */
export function offsetAfter(after: string | null | undefined): number {
  return decodeCursor(after);
}

/** Wraps one page of items (starting at `offset`, out of `total`) as a connection. */
export function toConnection<T>(items: T[], offset: number, total: number): ConnectionResult<T> {
  const edges = items.map((node, i) => ({ cursor: encodeCursor(offset + i + 1), node }));
  return {
    edges,
    pageInfo: { hasNextPage: offset + items.length < total, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: total,
  };
}

/** Pages through an in-memory list. */
export function connectionFromArray<T>(all: T[], first: number, after: string | null | undefined): ConnectionResult<T> {
  const offset = offsetAfter(after);
  return toConnection(all.slice(offset, offset + first), offset, all.length);
}
