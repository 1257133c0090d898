import { RELATION_TYPES } from '../../../domain/relation.js';
import { CivicError } from '../../../errors/civic-error.js';

/**
 * `HOLDS_ROLE|VISITED|…` for a relationship pattern. Types cannot be query parameters in a
 * pattern, so they are checked against the closed list of relation types and written in.
 */
export function factTypePattern(types: readonly string[] = RELATION_TYPES): string {
  const unknown = types.filter((type) => !(RELATION_TYPES as readonly string[]).includes(type));
  if (unknown.length > 0) throw new CivicError('BAD_USER_INPUT', `unknown relation type(s): ${unknown.join(', ')}`);
  if (types.length === 0) throw new CivicError('BAD_USER_INPUT', 'name at least one relation type');
  // Listed in the canonical order so that equal sets give the same query text (one cached plan).
  return RELATION_TYPES.filter((type) => types.includes(type)).join('|');
}
