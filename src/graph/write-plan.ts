// The write outcome of releases (created / unchanged / replaced) and what a write deletes first.
// Store-independent: both graph adapters execute this plan in their own query language.

import type { ReleaseFacts } from '../domain/extraction.js';
import { previousVersion } from './release-versions.js';
import type { WriteResult } from '../ports/graph-store.js';

/** A release already in the store, as far as a batch touches it. */
export interface StoredRelease {
  id: string;
  source: string;
  date: string | null;
}

/** What one batch transaction does: its results, releases to delete first, releases to create. */
export interface WritePlan {
  /** One per input release, in input order. */
  results: WriteResult[];
  /** Stored releases that a batch release replaces. */
  deleteIds: string[];
  /** Releases to create, after the deletes. */
  creates: ReleaseFacts[];
}

/** Options of a batch write, as for `writeRelease`. */
export interface WriteOptions {
  /** A stored release gets the new facts (re-extraction) instead of staying unchanged. */
  replaceFacts?: boolean | undefined;
}

/**
 * Plans a batch so that it ends as if its releases had been written one after another with
 * `writeRelease`: a release whose text is stored is unchanged (or, with `replaceFacts`, written
 * again), one from a stored source replaces that source's release, and later releases in the
 * batch see earlier ones.
 */
export function planWrites(batch: ReleaseFacts[], stored: StoredRelease[], options: WriteOptions = {}): WritePlan {
  const byId = new Map(stored.map((release) => [release.id, release]));
  const creates = new Map<string, ReleaseFacts>();
  const deleteIds = new Set<string>();
  // Newest first, as the SQLite adapter lists a source's releases.
  const versionsOf = (source: string) =>
    [...byId.values()]
      .filter((release) => release.source === source)
      .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id));

  const remove = (id: string): void => {
    byId.delete(id);
    // A release created earlier in this batch is simply not created; a stored one is deleted.
    if (!creates.delete(id)) deleteIds.add(id);
  };

  const results = batch.map((facts): WriteResult => {
    const { id, source, date } = facts.release;
    const previous = previousVersion(facts.release, versionsOf(source)) ?? undefined;
    const existing = byId.has(id);
    if (existing && options.replaceFacts) {
      remove(id);
    } else if (existing) {
      // Same text already stored (maybe from another source): drop this source's older version only.
      if (previous !== undefined && previous !== id) {
        remove(previous);
        return { outcome: 'replaced', releaseId: id, replacedId: previous };
      }
      return { outcome: 'unchanged', releaseId: id };
    }
    if (previous !== undefined && previous !== id) remove(previous);
    byId.set(id, { id, source, date });
    creates.set(id, facts);
    if (existing) return { outcome: 'replaced', releaseId: id };
    return previous !== undefined
      ? { outcome: 'replaced', releaseId: id, replacedId: previous }
      : { outcome: 'created', releaseId: id };
  });
  return { results, deleteIds: [...deleteIds], creates: [...creates.values()] };
}
