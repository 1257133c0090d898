// Place names with a qualifier: "Talburg (Aue)", "Talburg a. Lind", "Talburg a.d. Lindstraße", "Talburg an der Aue".
import type { Doc, Sentence, Token } from '../core/types.js';
import { isAcronym, isCapWord } from '../core/tokens.js';
import { isFirstName, placeTier } from '../gazetteer/index.js';
import { DE_PARTIES } from './org-lexicon.js';
import { DE_CALENDAR, DE_FUNCTION_WORDS, DE_LOCATIVE } from './words.js';
import { isProperWord } from './proper-word.js';
import { place, type PlaceAt } from './place-rule.js';
import { placePart } from './place-slash.js';
import { claim, type TokenRule } from './scan.js';

// abbreviated joins that only occur inside place names: "a." (am/an), "a.d." / "a. d." (an der), "i." (im), "o.d."
const ABBREVIATED = /^(?:a|i|o|b)\.(?:d\.)?$/;
// spelled joins before a river or landscape: "am Main", "an der Oder", "ob der Tauber", "in der Pfalz"
const SPELLED_ONE = new Set(['am', 'im']);
const SPELLED_TWO = new Set(['an der', 'ob der', 'in der', 'vor der']);
// a street, square or building after "am" locates inside the town: "Talburg am Marktplatz" is no qualifier
const NO_QUALIFIER =
  /(?:strasse|str|weg|platz|gasse|allee|ring|ufer|markt|tor|hof|haus|halle|park|schule|kirche|bahnhof|zentrum|gelaende)$/;

/** A word that can qualify a place: capitalised, no function word, weekday, acronym, party or first name. */
function qualifierWord(token: Token | undefined): boolean {
  // "a. Main/Talkreis": the qualifier is the part before the slash
  const t = token && /^[^/]+\/\p{Lu}/u.test(token.text) ? { ...token, text: token.text.split('/')[0]! } : token;
  return (
    !!t &&
    isCapWord(t) &&
    !isAcronym(t) &&
    !DE_FUNCTION_WORDS.has(t.norm) &&
    !DE_CALENDAR.has(t.norm) &&
    !DE_PARTIES.has(t.text) &&
    !isFirstName(t.text) &&
    !/\d/.test(t.text)
  );
}

/** "(Aue)", "(Oder)": one or two words in brackets right after the place; the index of the last one. */
function bracketEnd(toks: Token[], k: number, to: number): number {
  const a = toks[k + 1];
  if (!a || k + 1 >= to || !/\($/.test(a.pre) || toks[k]!.post.trim() !== '') return k;
  // "(Oder)" is capitalised here, so the function-word test does not apply to a bracketed river
  const word = (t: Token | undefined): boolean => qualifierWord(t) || (!!t && isCapWord(t) && t.norm === 'oder');
  if (!word(a)) return k;
  if (/^\)/.test(a.post)) return k + 1;
  const b = toks[k + 2];
  return k + 2 < to && /^ $/.test(a.post) && word(b) && /^\)/.test(b!.post) ? k + 2 : k;
}

/** The index of the last token of a qualifier after the place at k, or k when there is none. */
export function qualifierEnd(doc: Doc, s: Sentence, k: number): number {
  const toks = doc.tokens;
  const t = toks[k]!;
  const b = bracketEnd(toks, k, s.to);
  if (b > k || k + 1 >= s.to || !/^ $/.test(t.post)) return b;
  let j = k + 1;
  // "a. d." is two tokens, "a.d." one
  const abbr = (x: Token | undefined): string => (x ? `${x.text}${x.post.trim()}` : '');
  if (ABBREVIATED.test(abbr(toks[j]))) {
    if (ABBREVIATED.test(`${abbr(toks[j])}${abbr(toks[j + 1])}`)) j++;
    return j + 1 < s.to && qualifierWord(toks[j + 1]) ? j + 1 : k;
  }
  // spelled joins: only after a known place and before one name word that ends the phrase
  if (!placeTier(t.text)) return k;
  const two = `${toks[j]?.norm ?? ''} ${toks[j + 1]?.norm ?? ''}`;
  if (SPELLED_TWO.has(two)) j++;
  else if (!SPELLED_ONE.has(toks[j]!.norm)) return k;
  const q = toks[j + 1];
  if (j + 1 >= s.to || !isProperWord(q) || !qualifierWord(q) || NO_QUALIFIER.test(q!.norm)) return k;
  const after = toks[j + 2];
  if (after && j + 2 < s.to && isCapWord(after) && /^ $/.test(q!.post)) return k; // "am Alten Markt": a longer phrase
  return j + 1;
}

/** The name of the place k..e with its qualifier, closing bracket included. */
export function qualifiedName(doc: Doc, k: number, e: number): { name: string; end: number } {
  const last = doc.tokens[e]!;
  const closes = /^\)/.test(last.post) && /\($/.test(doc.tokens[k + 1]!.pre);
  const end = last.end + (closes ? 1 : 0);
  return { name: doc.text.slice(doc.tokens[k]!.start, end), end };
}

/** A place with its qualifier is one place: a known place, or any name after a locative. */
export const qualifiedPlace: TokenRule<PlaceAt> = {
  name: 'de-plc-qualified',
  at({ doc, s, k }) {
    const toks = doc.tokens;
    const t = toks[k]!;
    if (!qualifierWord(t) && !placeTier(t.text)) return null;
    const e = qualifierEnd(doc, s, k);
    if (e === k) return null;
    const prev = toks[k - 1];
    const locative = !!prev && k > s.from && DE_LOCATIVE.has(prev.norm);
    if (!placeTier(t.text) && !locative) return null;
    const { name, end } = qualifiedName(doc, k, e);
    const slash = name.indexOf('/');
    if (slash < 0) return claim(e, [place(name, t.start, end, 0.85, 'de-plc-qualified')]);
    // "Talburg a. Lind/Talkreis": the qualified town, then the place after the slash
    const rest = name.slice(slash + 1);
    const after = placePart(rest) ? [place(rest, t.start + slash + 1, end, 0.75, 'de-plc-slash')] : [];
    return claim(e, [place(name.slice(0, slash), t.start, t.start + slash, 0.85, 'de-plc-qualified'), ...after]);
  },
};
