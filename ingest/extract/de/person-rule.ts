// What the German person rules share: the person candidate made from a token range.
import type { Candidate, Doc, RoleCandidate } from '../core/types.js';
import { isFirstName } from '../gazetteer/index.js';

/** A person candidate for tokens a..b (one word that is no first name is a partial name). */
export function personCandidate(
  doc: Doc,
  a: number,
  b: number,
  rule: string,
  confidence: number,
  roles: RoleCandidate[],
): Candidate {
  const first = doc.tokens[a]!;
  const last = doc.tokens[b]!;
  return {
    type: 'Person',
    name: doc.text.slice(first.start, last.end),
    start: first.start,
    end: last.end,
    confidence,
    rule,
    roles,
    partial: b === a && !isFirstName(first.text),
  };
}
