// How a name typed by a user resolves to one stored entity. Store-independent: adapters only fetch
// the entities whose folded name or alias equals one of the keys this module asks for.
import type { Entity, EntityType } from '../domain/entity.js';
import { nameKey } from '../domain/fold.js';
import { isTitleWord } from './name-titles.js';

/**
 * A stored entity whose folded name (`byName`) or one of whose folded aliases equals `key`. A person's
 * surname (the last word of the name) counts as an alias even where no release used it alone.
 */
export interface NameCandidate {
  entity: Entity;
  key: string;
  byName: boolean;
}

/** The answer to a name lookup: one entity, several equally good ones, or none. */
export type NameLookup =
  { kind: 'found'; entity: Entity } | { kind: 'ambiguous'; candidates: Entity[] } | { kind: 'none' };

/** Fetches the candidates whose folded name or alias equals any of `keys` (of `type`, if given). */
export type CandidateFetch = (keys: string[], type: EntityType | undefined) => Promise<NameCandidate[]>;

// Genitive and plural endings a name takes in running text ("Ahlerdings", "des Landkreises").
function withoutEnding(word: string): string {
  // Short words keep theirs: "Hans" and "Jens" are not inflected.
  if (word.length > 6 && word.endsWith('es')) return word.slice(0, -2);
  if (word.length > 5 && word.endsWith('s')) return word.slice(0, -1);
  return word;
}

/**
 * The folded keys to try for a name, most literal first: as typed, without leading honorifics and
 * titles, and each of those without a genitive ending on its last or first word. Empty when nothing name-like is left.
 */
export function lookupKeys(name: string): string[] {
  // Tokens as typed: "Behörden-Vorstand" is one title, though folding splits it in two words.
  const tokens = name
    .split(/\s+/)
    .map((token) => nameKey(token).split(' ').filter(Boolean))
    .filter((words) => words.length > 0);
  if (tokens.length === 0) return [];
  let start = 0;
  // The last token is never dropped: "Herr Meister" means someone called Meister.
  while (start < tokens.length - 1 && isTitleWord(tokens[start]!.at(-1)!)) start++;
  const forms = [tokens.flat(), tokens.slice(start).flat()];
  const keys = new Set<string>();
  for (const form of forms) keys.add(form.join(' '));
  // Inflection sits on the last word of a person's name and the first of a body's ("des Landkreises X").
  for (const form of forms) keys.add([...form.slice(0, -1), withoutEnding(form.at(-1)!)].join(' '));
  for (const form of forms) keys.add([withoutEnding(form[0]!), ...form.slice(1)].join(' '));
  return [...keys];
}

/**
 * Chooses among the candidates of the first key that has any. A multi-word key prefers a unique
 * entity of that exact name over alias matches; a single word (a surname, "Berlin") that fits more
 * than one entity is ambiguous.
 */
export function chooseCandidate(keys: string[], candidates: NameCandidate[]): NameLookup {
  for (const key of keys) {
    const matches = candidates.filter((candidate) => candidate.key === key);
    if (matches.length === 0) continue;
    const distinct = (list: NameCandidate[]) => [...new Map(list.map((c) => [c.entity.id, c.entity])).values()];
    const all = distinct(matches);
    if (all.length === 1) return { kind: 'found', entity: all[0]! };
    if (key.includes(' ')) {
      const named = distinct(matches.filter((candidate) => candidate.byName));
      if (named.length === 1) return { kind: 'found', entity: named[0]! };
    }
    const ranked = all.sort((a, b) => b.releaseCount - a.releaseCount || a.name.localeCompare(b.name));
    return { kind: 'ambiguous', candidates: ranked };
  }
  return { kind: 'none' };
}

/** Resolves a name to a stored entity with the folding, title and inflection rules above. */
export async function lookupName(
  name: string,
  type: EntityType | undefined,
  fetch: CandidateFetch,
): Promise<NameLookup> {
  const keys = lookupKeys(name);
  if (keys.length === 0) return { kind: 'none' };
  return chooseCandidate(keys, await fetch(keys, type));
}
