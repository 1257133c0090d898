// Rule "de-ini-head-name": a programme noun followed by an unquoted name that cannot be an ordinary German word:
// an acronym ("Förderprogramm LEADER"), a CamelCase word ("Modellprojekt MobiLab") or English words ("Projekt
// Smart Village"), optionally with a year. The bare noun ("das Förderprogramm") names nothing and yields nothing.
import { isCamelCase } from '../core/tokens.js';
import { isFirstName, isFrequentEnglish, isFrequentGermanNoun, placeTier } from '../gazetteer/index.js';
import { initiative, type InitiativeMatch } from './initiative-candidate.js';
import { DE_ORG_ACRONYMS, germanOrgHead } from './org-lexicon.js';
import type { Doc, Sentence, Token } from '../core/types.js';

const HEAD =
  /(?:programm|projekt|initiative|kampagne|wettbewerb|aktion|fonds|offensive|strategie|pakt|reihe)(?:s|es)?$/;
/** An all-capitals programme name, up to 12 characters ("LEADER", "ERASMUS+"). */
const ACRONYM = /^[A-ZÄÖÜ][A-ZÄÖÜ0-9&+]{1,11}$/;
/** Longest name taken after the head (in words). */
const MAX_WORDS = 4;

/** True when only a single space separates the two tokens. */
const spaced = (a: Token, b: Token): boolean => a.post === ' ' && b.pre === '';

/** An English word that is not also a frequent German noun ("Smart", not "Team"). */
const englishOnly = (t: Token): boolean =>
  t.cap && isFrequentEnglish(t.text) && !isFrequentGermanNoun(t.text) && !placeTier(t.text);

/** A word that names by its form: an acronym that is no known body, or CamelCase, or an English-only word. */
function namingWord(t: Token): boolean {
  if (isFirstName(t.text) || germanOrgHead(t.text)) return false;
  if (ACRONYM.test(t.text)) return !DE_ORG_ACRONYMS.has(t.text) && !placeTier(t.text);
  return isCamelCase(t) || englishOnly(t);
}

/** Last token of the name that starts at token i (i itself when only one word names). */
function nameEnd(toks: Token[], s: Sentence, i: number): number {
  let e = i;
  while (e + 1 < s.to && e - i + 1 < MAX_WORDS && spaced(toks[e]!, toks[e + 1]!) && namingWord(toks[e + 1]!)) e++;
  if (e + 1 < s.to && spaced(toks[e]!, toks[e + 1]!) && /^\d{4}$/.test(toks[e + 1]!.text)) e++;
  return e;
}

/** The name after a programme noun, with the noun and name as an alias. */
export function headNameRule(doc: Doc, s: Sentence, k: number): InitiativeMatch | null {
  const toks = doc.tokens;
  const t = toks[k]!;
  const n = toks[k + 1];
  if (!t.cap || !HEAD.test(t.norm) || ACRONYM.test(t.text) || !n || k + 1 >= s.to || !spaced(t, n) || !namingWord(n))
    return null;
  const e = nameEnd(toks, s, k + 1);
  const name = doc.text.slice(n.start, toks[e]!.end);
  const withHead = doc.text.slice(t.start, toks[e]!.end);
  return { candidates: [initiative(name, n.start, toks[e]!.end, 0.75, 'de-ini-head-name', [withHead])], last: e };
}
