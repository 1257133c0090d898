// Rule "de-ini-quoted-list": quoted names given as examples of a programme noun, Projekte wie „Grüne Höfe“ und
// „Talheim liest“, Forschungsvorhaben wie der „lernende Rollator“. Each quoted name is one initiative; the cue noun
// alone (a plural, or a noun with "wie" after it) names nothing. Only short quotations count: a long one is speech.
import { initiative, type InitiativeMatch } from './initiative-candidate.js';
import type { Candidate, Doc, Sentence, Token } from '../core/types.js';

/** Programme nouns whose examples are initiatives, singular or plural, also as compound heads (folded). */
const LIST_CUE = /(?:projekt|programm|initiative|aktion|kampagne|wettbewerb|vorhaben)(?:e|en|n|s)?$/;
/** Words that end like a programme noun but are no programme: a reaction, a parliamentary group. */
const NOT_CUE = /(?:red|re|fr|inter|trans)aktion(?:en)?$/;
/** Words that may stand between "wie" (or a joining word) and the quotation. */
const ARTICLE = /^(?:der|die|das|den|dem|des|etwa|beispielsweise)$/;
/** Words that join two quoted examples (a comma does too). */
const JOIN = /^(?:und|oder|sowie)$/;
const OPEN = /[„"“»‚]$/;
const CLOSE = /[“”"«‘]/;
/** Longest quoted name taken (in tokens). */
const MAX_WORDS = 6;

/** Index of the first token after optional articles from i. */
function skipArticles(toks: Token[], s: Sentence, i: number): number {
  let j = i;
  while (j < s.to && ARTICLE.test(toks[j]!.norm) && !toks[j]!.pre.trim()) j++;
  return j;
}

/** Last token of the quotation that opens at token i, or -1 when none closes soon. */
function quotationEnd(toks: Token[], s: Sentence, i: number): number {
  if (!OPEN.test(toks[i]!.pre)) return -1;
  for (let j = i; j < s.to && j < i + MAX_WORDS; j++) {
    if (CLOSE.test(toks[j]!.post)) return j;
    if (j > i && /[.!?;:]/.test(toks[j]!.post)) return -1;
  }
  return -1;
}

/** The quoted examples after "Cue wie"; null when the cue is not followed by "wie" and a quotation. */
export function quotedListRule(doc: Doc, s: Sentence, k: number): InitiativeMatch | null {
  const toks = doc.tokens;
  const t = toks[k]!;
  if (!LIST_CUE.test(t.norm) || NOT_CUE.test(t.norm) || toks[k + 1]?.norm !== 'wie' || k + 2 >= s.to) return null;
  if (/[,;:.!?]/.test(t.post)) return null;
  const candidates: Candidate[] = [];
  let i = skipArticles(toks, s, k + 2);
  let last = k;
  while (i < s.to) {
    const e = quotationEnd(toks, s, i);
    if (e < 0) break;
    candidates.push(
      initiative(doc.text.slice(toks[i]!.start, toks[e]!.end), toks[i]!.start, toks[e]!.end, 0.8, 'de-ini-quoted-list'),
    );
    last = e;
    const comma = /^[“”"«‘]*,\s*$/.test(toks[e]!.post);
    const joined = JOIN.test(toks[e + 1]?.norm ?? '');
    if (!comma && !joined) break;
    i = skipArticles(toks, s, joined ? e + 2 : e + 1);
    if (comma && JOIN.test(toks[i]?.norm ?? '')) i = skipArticles(toks, s, i + 1);
  }
  return candidates.length > 0 ? { candidates, last } : null;
}
