// In a sentence about a visit, an unknown name right after "in", "nach" or "aus" is the place visited:
// "In Trebsal besichtigte sie die Kita", "Danach ging es nach Lüttwisch".
import type { Doc, Token } from '../core/types.js';
import { isAcronym, isCapWord } from '../core/tokens.js';
import { isFirstName, isFrequentEnglish, isFrequentGermanNoun, placeTier } from '../gazetteer/index.js';
import { germanOrgHead } from './org-lexicon.js';
import { visitSentence } from './place-cues.js';
import { isProperWord } from './proper-word.js';
import { germanTitle } from './titles.js';
import { looksLikeCommonNoun } from './words.js';
import { place, type PlaceAt } from './place-rule.js';
import { claim, type TokenMatch, type TokenRule } from './scan.js';

// locatives without an article (folded)
const BARE = new Set(['in', 'nach', 'aus']);
// capitalised words of fixed phrases after a locative that no frequency list has ("in Zivil")
const FIXED = new Set(['Zivil', 'Bälde', 'Kürze', 'Uniform']);
// plural and case endings that a noun adds to its frequent base ("Schulen", "Kitas")
const INFLECTION = /(?:en|n|e|er|s|es|ern)$/;

/** True when the word is noun-like: frequent, common-looking, inflected from a frequent noun, or a compound of one. */
function nounLike(word: string): boolean {
  if (FIXED.has(word) || isFrequentGermanNoun(word) || looksLikeCommonNoun(word) || /(?:[^w]isch|^Deutsch)$/.test(word))
    return true;
  const base = word.replace(INFLECTION, '');
  if (base !== word && base.length >= 3 && isFrequentGermanNoun(base)) return true;
  for (let i = 3; i <= word.length - 4; i++) {
    const tail = word.charAt(i).toUpperCase() + word.slice(i + 1);
    if (isFrequentGermanNoun(tail) || isFrequentGermanNoun(tail.replace(INFLECTION, ''))) return true;
  }
  return false;
}

/** A word that can only be a name: proper, no noun, no first name, no acronym, no body head. */
function nameOnly(t: Token): boolean {
  if (!/^\p{Lu}\p{Ll}{4,}$/u.test(t.text) || !isProperWord(t) || isAcronym(t)) return false;
  if (placeTier(t.text) || isFirstName(t.text) || isFrequentEnglish(t.text) || germanOrgHead(t.text)) return false;
  return !nounLike(t.text);
}

/** True when the word follows a first name or a title somewhere in the release (a surname). */
function personWord(doc: Doc, word: string): boolean {
  return doc.tokens.some((t, i) => {
    const prev = doc.tokens[i - 1];
    if (t.text !== word || !prev || prev.post !== ' ' || !prev.cap) return false;
    return isFirstName(prev.text) || !!germanTitle(prev.text);
  });
}

/** An unknown single name after a bare locative in a visit sentence, ending its phrase, is a place. */
export const visitLocativePlace: TokenRule<PlaceAt> = {
  name: 'de-plc-visit-locative',
  at({ doc, s, k }): TokenMatch | null {
    const toks = doc.tokens;
    const t = toks[k]!;
    const prev = toks[k - 1];
    if (!prev || k - 1 < s.from || prev.post !== ' ' || !BARE.has(prev.norm) || !nameOnly(t)) return null;
    const next = toks[k + 1];
    if (next && k + 1 < s.to && t.post === ' ' && isCapWord(next)) return null;
    if (!visitSentence(doc, s) || personWord(doc, t.text)) return null;
    return claim(k, [place(t.text, t.start, t.end, 0.55, 'de-plc-visit-locative')]);
  },
};
