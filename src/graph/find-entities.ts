// Which entities `findEntities` returns for a name. Store-independent: the adapters only run the three
// queries below, each ordered most mentioned first.

import type { Entity, EntityType } from '../domain/entity.js';
import { nameKey } from '../domain/fold.js';
import type { EntityQuery } from '../ports/graph-store.js';

/** The queries a store runs for `findEntities`; `first` is a whole number ≥ 0. */
export interface EntityFinder {
  /** Entities of `type` (any type when undefined), most mentioned first. */
  all(type: EntityType | undefined, first: number): Promise<Entity[]>;
  /** Entities whose folded name or a folded alias equals `key`, name matches first. */
  byKey(key: string, type: EntityType | undefined, first: number): Promise<Entity[]>;
  /** Entities whose folded name holds every one of `words` as a whole word. */
  byWords(words: string[], type: EntityType | undefined, first: number): Promise<Entity[]>;
}

/**
 * No name (or one that folds to nothing) lists the most mentioned entities; a name gives its exact
 * matches (name or alias) when there are any, else every entity whose name holds all its words.
 */
export async function findEntities({ name, type, first }: EntityQuery, finder: EntityFinder): Promise<Entity[]> {
  const limit = Math.max(0, Math.trunc(first));
  const key = name === undefined ? '' : nameKey(name);
  if (!key) return finder.all(type, limit);
  const exact = await finder.byKey(key, type, limit);
  if (exact.length > 0) return exact;
  return finder.byWords(key.split(' '), type, limit);
}
