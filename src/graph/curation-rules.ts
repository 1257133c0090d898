// What a merge or rename must satisfy before a store changes anything, with the errors curators see.
// Store-independent: both adapters look up the rows and call these before they write.

import { CivicError } from '../errors/civic-error.js';
import type { CurationRecord } from '../ports/graph-store.js';

/** A curation log entry as a store writes it (the store adds its number and time). */
export type CurationEntry = Omit<CurationRecord, 'id' | 'at'>;

/** An entity named in a merge, after following earlier merges; `type` null when no such entity exists. */
export interface MergeCandidate {
  resolved: string;
  type: string | null;
}

/** The merge to perform: `others` go into `survivor`. */
export interface MergePlan {
  survivor: string;
  others: string[];
}

/**
 * The survivor (the first id named) and the entities merged into it. Throws BAD_USER_INPUT for fewer
 * than two distinct entities or mixed types, NOT_FOUND for an id that names no entity.
 */
export function planMerge(candidates: readonly MergeCandidate[]): MergePlan {
  const distinct = [...new Map(candidates.map((candidate) => [candidate.resolved, candidate])).values()];
  if (distinct.length < 2)
    throw new CivicError('BAD_USER_INPUT', 'mergeEntities needs at least two different entities');
  const missing = distinct.find((candidate) => candidate.type === null);
  if (missing) throw entityNotFound(missing.resolved);
  const types = new Set(distinct.map((candidate) => candidate.type));
  if (types.size > 1) {
    throw new CivicError('BAD_USER_INPUT', `cannot merge entities of different types (${[...types].join(', ')})`);
  }
  const [survivor, ...others] = distinct.map((candidate) => candidate.resolved) as [string, ...string[]];
  return { survivor, others };
}

/** The name a rename stores: trimmed; throws BAD_USER_INPUT when nothing is left. */
export function curatedName(name: string): string {
  const trimmed = name.trim();
  if (!trimmed) throw new CivicError('BAD_USER_INPUT', 'the new name must not be empty');
  return trimmed;
}

/** The error for an entity id that names no entity. */
export function entityNotFound(id: string): CivicError {
  return new CivicError('NOT_FOUND', `no entity with id "${id}"`);
}

/** What the curation log says of each action a store performs itself. */
export const curationEntry = {
  /** A merge of `others` into `survivor`. */
  merge: (actor: string, { survivor, others }: MergePlan): CurationEntry => ({
    actor,
    action: 'MERGE_ENTITIES',
    details: { into: survivor, merged: others },
  }),
  /** A rename from `from` to `to`. */
  rename: (actor: string, id: string, from: string, to: string): CurationEntry => ({
    actor,
    action: 'RENAME_ENTITY',
    details: { id, from, to },
  }),
  /** A rejected fact. */
  reject: (actor: string, factId: string): CurationEntry => ({ actor, action: 'REJECT_FACT', details: { factId } }),
};
