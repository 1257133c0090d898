// Rule "de-ini-acronym": a programme, fund or law name spelled out before its abbreviation in brackets, "Fonds für
// ländliche Wege (FLW)", "Europäischer Heckenfonds (EHF)": the abbreviation's letters are the initials of the words
// in order (a compound may give more than one letter), so the name's first word is where the initials start. The
// name must hold a programme word; other named bodies with abbreviations are organisations.
import { initiative, type InitiativeMatch } from './initiative-candidate.js';
import { denominalizeGenitive } from './words.js';
import type { Doc, Sentence, Token } from '../core/types.js';

/** Programme words, alone or as the head of a compound (folded). */
const PROGRAMME =
  /(?:programm|fonds|pakt|gesetz|strategie|plan|initiative|netzwerk|wettbewerb|preis|offensive|buendnis|projekt|foerderung|agenda|charta)(?:s|es|e|en)?$/;
/** Words between the name's words that give no letter to the abbreviation. */
const LINK = /^(?:fuer|der|des|die|das|den|dem|und|zur|zum|von|im|in|am|an|mit)$/;
/** Longest name taken before the brackets (in tokens). */
const MAX_WORDS = 8;

/** True when the letters of `acr` are the initials of `words` in order; a compound may give more ("Sozialfonds"). */
function spells(acr: string, words: string[]): boolean {
  const letters = acr.toLowerCase();
  const ws = words.map((w) => w.toLowerCase());
  const from = (i: number, w: number): boolean => {
    if (w === ws.length) return i === letters.length;
    const word = ws[w]!;
    if (letters[i] !== word[0]) return false;
    // after the initial, letters may come from inside the word before the next word's initial
    const inside = (li: number, j: number): boolean => {
      if (from(li, w + 1)) return true;
      for (let x = j; x < word.length && li < letters.length; x++)
        if (word[x] === letters[li] && inside(li + 1, x + 1)) return true;
      return false;
    };
    return inside(i + 1, 1);
  };
  return from(0, 0);
}

/** The bracket abbreviation right after token e ("(EFRE)"), or null. */
function acronymAfter(toks: Token[], s: Sentence, e: number): string | null {
  const a = toks[e + 1];
  if (!a || e + 1 >= s.to || !/\($/.test(a.pre) || !/^\)/.test(a.post) || /[,;:.]/.test(toks[e]!.post)) return null;
  return /^\p{Lu}{2,6}$/u.test(a.text) ? a.text : null;
}

/** Genitive to nominative of one compound ("Heckengesetzes" → "Heckengesetz", "Wegefonds" stays). */
const nominative = (w: string): string =>
  /zes$/.test(w) ? w.slice(0, -2) : /fonds$/.test(w) ? w : denominalizeGenitive(w);

/** The spelled-out name starting at token k with its abbreviation as an alias. */
export function acronymNameRule(doc: Doc, s: Sentence, k: number): InitiativeMatch | null {
  const toks = doc.tokens;
  if (!toks[k]!.cap || LINK.test(toks[k]!.norm) || (k > s.from && !/^\s*$/.test(toks[k - 1]!.post))) return null;
  for (let e = k; e < s.to - 1 && e < k + MAX_WORDS; e++) {
    if (e > k && /[,;:.()„“"]/.test(toks[e - 1]!.post)) return null;
    const acr = acronymAfter(toks, s, e);
    if (!acr) continue;
    const span = toks.slice(k, e + 1);
    const words = span.filter((w) => !LINK.test(w.norm)).map((w) => w.text);
    if (!span.some((w) => PROGRAMME.test(w.norm)) || !spells(acr, words)) return null;
    const genitive = /^(?:des|eines)$/.test(toks[k - 1]?.norm ?? '');
    const surface = doc.text.slice(toks[k]!.start, toks[e]!.end);
    const name = genitive ? doc.text.slice(toks[k]!.start, toks[e]!.start) + nominative(toks[e]!.text) : surface;
    return {
      candidates: [initiative(name, toks[k]!.start, toks[e]!.end, 0.8, 'de-ini-acronym', [acr, surface])],
      last: e + 1,
    };
  }
  return null;
}
