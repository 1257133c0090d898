// Hotels and inns named after their head noun: "Hotel Lindenhof", "im Gasthof Zur Krone", "des Hotels Seeblick".
// Unlike trade names (org-trade.ts) the name is often a common noun ("Krone", "Post"), so any capitalised word counts.
import { fold } from '../../../src/domain/index.js';
import type { Doc, Sentence, Token } from '../core/types.js';
import { isCapWord } from '../core/tokens.js';
import { germanTitle } from './titles.js';
import { germanOrgHead } from './org-lexicon.js';
import { DE_CALENDAR, DE_FUNCTION_WORDS, denominalizeGenitive } from './words.js';
import { org, type OrgAt } from './org-rule.js';
import { claim, type TokenRule } from './scan.js';

/** Hotel and inn heads (folded), also as the last part of a compound ("Landhotel", "Brauereigasthof"). */
const HOTEL_HEAD = /(?:hotel|gasthof|gasthaus|wirtshaus|restaurant)(?:s|es)?$/;
// a name may start with a preposition and article: "Gasthof Zur Krone", "Hotel Am Markt"
const NAME_LEAD = /^(?:zur|zum|am|im|an|auf|zu)$/;

/** A word that can be part of the house's name. */
function nameWord(t: Token | undefined): boolean {
  if (!t || !isCapWord(t) || /\d/.test(t.text)) return false;
  if (DE_FUNCTION_WORDS.has(t.norm) || DE_CALENDAR.has(t.norm) || germanTitle(t.text)) return false;
  return !germanOrgHead(t.text) && !HOTEL_HEAD.test(fold(t.text));
}

/** Last token of the name after the head at k (up to three words, a leading "Zur"/"Am"), or k if there is none. */
function houseNameEnd(doc: Doc, s: Sentence, k: number): number {
  const toks = doc.tokens;
  let i = k + 1;
  if (toks[i] && NAME_LEAD.test(toks[i]!.norm) && i + 1 < s.to && !/[,;:.()]/.test(toks[k]!.post)) i++;
  let m = k;
  for (let j = i; j < s.to && j < i + 3; j++) {
    if (/[,;:.()„“"]/.test(toks[j - 1]!.post + toks[j]!.pre) || !nameWord(toks[j])) break;
    m = j;
  }
  // a lone "Zur" without a name is no name
  return m === k ? k : m;
}

/** Hotel/inn head + name is a business (the head alone is none). */
export const hotelName: TokenRule<OrgAt> = {
  name: 'de-org-hotel',
  at({ doc, s, k }) {
    const toks = doc.tokens;
    const t = toks[k]!;
    if (!/^\p{Lu}/u.test(t.text) || !HOTEL_HEAD.test(fold(t.text))) return null;
    const end = houseNameEnd(doc, s, k);
    if (end === k) return null;
    const prev = toks[k - 1];
    // "des Hotels Seeblick" → "Hotel Seeblick"
    const head = prev && /^(?:des|eines)$/.test(prev.norm) ? denominalizeGenitive(t.text) : t.text;
    const name = head + doc.text.slice(t.end, toks[end]!.end);
    return claim(end, [org(name, t.start, toks[end]!.end, 0.8, 'de-org-hotel')]);
  },
};
