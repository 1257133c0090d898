// Businesses named by a trade noun and a family name: "Bäckerei Lindner", "Autohaus Brems", "Landbäckerei Kolb".
import { fold } from '../../../src/domain/index.js';
import type { Doc, Token } from '../core/types.js';
import { isAcronym, isCapWord } from '../core/tokens.js';
import { suffixIndex } from '../core/suffix-index.js';
import { isFrequentGermanNoun } from '../gazetteer/index.js';
import { germanTitle } from './titles.js';
import { germanOrgHead } from './org-lexicon.js';
import { DE_CALENDAR, DE_FUNCTION_WORDS, denominalizeGenitive, looksLikeCommonNoun } from './words.js';
import { org, type OrgAt } from './org-rule.js';
import { claim, type TokenRule } from './scan.js';

/** Trade and craft businesses (folded), also as the last part of a compound ("Obstmosterei"). */
const TRADE_NOUNS = (
  'baeckerei metzgerei fleischerei konditorei gaertnerei zimmerei mosterei schreinerei tischlerei brauerei ' +
  'brennerei kelterei kellerei molkerei kaeserei schlosserei druckerei giesserei weberei spinnerei toepferei ' +
  'glaserei dachdeckerei polsterei roesterei imkerei baumschule schmiede autohaus moebelhaus modehaus ' +
  'weingut hofgut saegewerk manufaktur apotheke buchhandlung friseursalon malerbetrieb handwerksbetrieb ' +
  'familienbetrieb fachbetrieb meisterbetrieb elektrobetrieb gasthof gasthaus landgasthof hofladen ' +
  'steinmetz bauunternehmen buero'
).split(' ');

const TRADE_FORMS = ['', 's', 'es', 'e'];
// every trade noun with its genitive and dative endings, indexed by ending
const TRADE_ENDINGS = suffixIndex(
  TRADE_NOUNS.flatMap((h, k) => TRADE_FORMS.map((e, j) => ({ ending: h + e, rank: k * 10 + j, value: h }))),
);

/** True when a word is a trade noun or ends in one ("Landbäckerei", "Autohauses"). */
export function isTradeNoun(word: string): boolean {
  return /^\p{Lu}/u.test(word) && TRADE_ENDINGS.endingsOf(fold(word)).length > 0;
}

/** A word that can be a family or firm name after a trade noun: capitalised, no noun of the sentence. */
function firmWord(t: Token | undefined): boolean {
  if (!t || !(isCapWord(t) || isAcronym(t)) || /\d/.test(t.text)) return false;
  if (DE_FUNCTION_WORDS.has(t.norm) || DE_CALENDAR.has(t.norm) || germanTitle(t.text)) return false;
  return !germanOrgHead(t.text) && !isTradeNoun(t.text) && !looksLikeCommonNoun(t.text);
}

/** "in der Bäckerei Brot kaufen": a frequent noun before an infinitive is an object, no family name. */
function nounBeforeVerb(toks: Token[], i: number, to: number): boolean {
  const n = toks[i + 1];
  if (!isFrequentGermanNoun(toks[i]!.text) || !n || i + 1 >= to || /[,;:.]/.test(toks[i]!.post)) return false;
  return /^\p{Ll}+en$/u.test(n.text) && !DE_FUNCTION_WORDS.has(n.norm);
}

/** Last token of the firm name after the trade noun at k: up to three words, "&"/"und" between names. */
function firmEnd(doc: Doc, to: number, k: number): number {
  const toks = doc.tokens;
  let m = k;
  while (m + 1 < to && m - k < 3 && !/[,;:.()„“"]/.test(toks[m]!.post + toks[m + 1]!.pre)) {
    const n = toks[m + 1]!;
    if (firmWord(n) && !nounBeforeVerb(toks, m + 1, to)) m++;
    else if ((n.norm === 'und' || n.text === '&') && m > k && firmWord(toks[m + 2]) && m + 2 < to) m += 2;
    else break;
  }
  return m;
}

/** Trade noun + family name is a business; the trade noun alone is none. */
export const tradeName: TokenRule<OrgAt> = {
  name: 'de-org-trade',
  at({ doc, s, k }) {
    const toks = doc.tokens;
    const t = toks[k]!;
    if (!isTradeNoun(t.text)) return null;
    const end = firmEnd(doc, s.to, k);
    if (end === k) return null;
    const prev = toks[k - 1];
    // "des Autohauses Brems" → "Autohaus Brems"
    const head = prev && /^(?:des|eines)$/.test(prev.norm) ? denominalizeGenitive(t.text) : t.text;
    const name = head + doc.text.slice(t.end, toks[end]!.end);
    return claim(end, [org(name, t.start, toks[end]!.end, 0.85, 'de-org-trade')]);
  },
};
