// German person-name shapes: name words, name runs, honorifics, title case endings.
import type { Token } from '../core/types.js';
import { isAcronym, isCapWord } from '../core/tokens.js';
import { isFirstName, isFrequentGermanNoun } from '../gazetteer/index.js';
import { DE_HONORIFICS, germanTitle } from './titles.js';
import { germanOrgHead, isSiteWord } from './org-lexicon.js';
import { DE_CALENDAR, DE_FUNCTION_WORDS, looksLikeCommonNoun } from './words.js';

const PARTICLES = new Set(['von', 'van', 'de', 'zu', 'der', 'den', 'di', 'da', 'le', 'ten', 'vom']);
const STREET = /(?:stra(?:ß|ss)e|allee|gasse|chaussee|ufer)$/i;
export const COMPLEMENT = new Set(['des', 'der', 'fuer', 'von', 'vom', 'im', 'am', 'zu', 'bei', 'beim', 'in']);
export const PAST = /^(?:ehemalige|frühere|einstige|vormalige|bisherige|langjährige)[rnms]?$/i;
export const PARL_TITLES = new Set(['MdL', 'MdB', 'MdEP']);

/** True for a word that can be part of a person's name. */
export function isNameWord(t: Token | undefined): boolean {
  if (!t || !isCapWord(t) || isAcronym(t)) return false;
  if (t.text.length < 2 || /[.\-‐‑]$/.test(t.text)) return false; // "Dr.", a cut-off "Hermann-"
  if (DE_FUNCTION_WORDS.has(t.norm) || DE_CALENDAR.has(t.norm) || DE_HONORIFICS.has(t.norm)) return false;
  if (germanTitle(t.text) || germanOrgHead(t.text) || isSiteWord(t.text)) return false;
  if (looksLikeCommonNoun(t.text) && !isFirstName(t.text)) return false;
  // street names ("Lindenallee", "Am Hafenufer") are no surnames
  return !STREET.test(t.text);
}

/** Index of the last token of a name starting at i (honorifics before it skipped by caller), or i-1. */
export function nameRun(toks: Token[], i: number, to: number, max = 3): number {
  let m = i - 1;
  let words = 0;
  while (m + 1 < to && words < max) {
    const n = toks[m + 1]!;
    // an opening bracket or quotation mark before the word ends the name ("Anna Berg (Talheim)")
    if (words > 0 && /[([{„“"«»]/.test(n.pre)) break;
    // a third word that is a frequent noun ("Jens Kolbe Opfer …") is the sentence going on, not a name
    if (isNameWord(n) && !(words >= 2 && isFrequentGermanNoun(n.text) && !isFirstName(n.text))) {
      m++;
      words++;
    } else if (words > 0 && PARTICLES.has(n.norm) && isFirstName(toks[m]!.text) && m + 2 < to) {
      // "Ursula von der Leyen": a particle only after a first name, before a non-first-name
      let q = m + 2;
      if (PARTICLES.has(toks[q]!.norm) && q + 1 < to) q++;
      // "Tram der Linie": a noun after the particle is the phrase going on, not a family name
      if (!isNameWord(toks[q]) || isFirstName(toks[q]!.text) || isFrequentGermanNoun(toks[q]!.text)) break;
      m = q;
      words++;
    } else break;
    if (/[,;:.!?()[\]„“”"|–—/]/.test(toks[m]!.post) || /\s-\s/.test(toks[m]!.post)) break;
  }
  return m;
}

/** Skips "Dr." / "Prof." / "Professor" tokens. */
export function skipHonorifics(toks: Token[], i: number, to: number): number {
  while (i < to && (DE_HONORIFICS.has(toks[i]!.norm.replace(/\.$/, '')) || toks[i]!.text === 'h.c')) i++;
  return i;
}

/** Title word without case endings ("Polizeipräsidenten" → "Polizeipräsident"). */
export function titleNominative(word: string): string {
  const m = germanTitle(word);
  if (!m) return word;
  if (/(?:beauftragt|vorsitzend|abgeordnet|beigeordnet|bevollmaechtigt|delegiert)$/.test(m.head)) {
    return word.replace(/(?:en|em|es)$/, 'e');
  }
  if (m.feminine) return word.replace(/nen$/, '');
  if (/(?:ent|ant|at|ekt|or|on|ef)(?:en|s|es)$/.test(word) && !/(?:en|s|es)$/.test(m.head))
    return word.replace(/(?:en|es|s)$/, '');
  if (/(?:er|and|ar|eur|or)s$/.test(word)) return word.replace(/s$/, '');
  return word;
}
