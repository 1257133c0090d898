// What every German initiative rule shares: the candidate it proposes and the shape of a token rule's match.
import { fold } from '../../../src/domain/index.js';
import type { Candidate, Doc, Sentence } from '../core/types.js';

/** A token rule's proposals and the last token it used (scanning goes on after it). */
export interface InitiativeMatch {
  candidates: Candidate[];
  last: number;
}

/** A rule tried at token k of sentence s; null when it does not apply there. */
export type InitiativeTokenRule = (doc: Doc, s: Sentence, k: number) => InitiativeMatch | null;

/** An Initiative candidate; aliases equal to the name are left out. */
export function initiative(
  name: string,
  start: number,
  end: number,
  confidence: number,
  rule: string,
  aliases: string[] = [],
): Candidate {
  return {
    type: 'Initiative',
    name,
    start,
    end,
    confidence,
    rule,
    aliases: aliases.filter((a) => fold(a) !== fold(name)),
  };
}
