// Rule "de-ini-named-head": a programme, network or plan noun followed by capitalised words that name it, "Netzwerk
// Grüne Wege", "Förderprogramm Lebendige Dörfer", "Aktionsplan Inklusion", "Zukunftsfonds Handwerk". Inside a German
// sentence only nouns are capitalised, so an adjective with a capital or two nouns right after the head start a
// name; a single noun after the head names it only after a compound head ("Talpakt Schule", not "das Projekt
// Familien hilft"), and not when it looks like a plural object ("-en", "-er"), a date word, a first name or a place.
// After a bare head a single noun names it only when it is no ordinary German noun ("Aktion Sternlauf", not "das
// Projekt Ausbildung"). A plural head ("Netzwerke Gute Nachbarn") needs two name words: one is mostly an object.
import { isFirstName, isFrequentGermanNoun, placeTier } from '../gazetteer/index.js';
import { initiative, type InitiativeMatch } from './initiative-candidate.js';
import { DE_CALENDAR, DE_FUNCTION_WORDS, denominalizeGenitive, looksLikeCommonNoun } from './words.js';
import type { Doc, Sentence, Token } from '../core/types.js';

/** Heads that take a name after them (folded), with genitive endings. */
const HEAD =
  /(?:programm|projekt|netzwerk|initiative|pakt|fonds|aktionsplan|masterplan|strategie|offensive|buendnis|allianz|wettbewerb|kampagne|modellvorhaben|plattform|aktion)(?:s|es)?$/;
/** Plural heads: a name after them needs two words ("Netzwerke Gute Nachbarn", not "Projekte Schülern"). */
const PLURAL_HEAD = /(?:programme|projekte|netzwerke|initiativen|buendnisse|allianzen|kampagnen|plattformen|aktionen)$/;
/** Words that end like "…aktion" but are no campaign: an editorial office, a reaction, a parliamentary group. */
const NOT_AKTION = /(?:red|re|fr|inter|trans)aktion(?:en)?$/;
/** Words that follow a noun as time or amount, not as its name ("das Projekt Ende Mai"). */
const NOT_NAME = /^(?:ende|anfang|mitte|beginn|start|jahr|jahre|jahres|monat|euro|prozent|millionen|milliarden|teil)$/;
/** Endings of a plural noun that is more likely an object than a name ("Familien", "Kinder", "Bürgern"). */
const PLURAL = /(?:en|er|ern|innen)$/;
/** Definite articles and contractions: a bare head with one rare noun names it only right after one ("das
 * Projekt Sternlauf", not "ein soziales Netzwerk Nacktfotos"). */
const DEFINITE = /^(?:der|die|das|des|dem|den|im|am|beim|vom|zum|zur|ins)$/;
/** Indefinite articles: a head after one is a thing of its kind, not a name. */
const INDEFINITE = /^(?:ein|eine|einer|einem|einen)$/;
/** Longest name taken after the head (in words). */
const MAX_WORDS = 3;

/** A capitalised word that may be part of a name: no function, date or amount word, no first name. */
function nameWord(t: Token | undefined): boolean {
  if (!t || !t.cap || !/^\p{Lu}[\p{L}-]+$/u.test(t.text)) return false;
  if (DE_FUNCTION_WORDS.has(t.norm) || DE_CALENDAR.has(t.text) || NOT_NAME.test(t.norm)) return false;
  return !isFirstName(t.text);
}

/** True when only a single space separates the two tokens. */
const spaced = (a: Token, b: Token): boolean => a.post === ' ' && b.pre === '';

/** How the head takes a single word as its name: after a compound, only a rare noun, or never (a plural). */
type SingleWord = 'compound' | 'rare' | 'never';

/** A noun that names by being unusual: no frequent German noun and no common-noun ending ("Sternlauf"); acronyms
 * are left to de-ini-head-name, which knows the parties and bodies. */
const rareNoun = (t: Token): boolean =>
  /^\p{Lu}\p{Ll}/u.test(t.text) && !isFrequentGermanNoun(t.text) && !looksLikeCommonNoun(t.text);

/** Last token of the name that starts at i, or -1 when the words there do not name anything. */
function nameEnd(toks: Token[], s: Sentence, i: number, single: SingleWord): number {
  let e = i;
  while (e + 1 < s.to && e - i + 1 < MAX_WORDS && spaced(toks[e]!, toks[e + 1]!) && nameWord(toks[e + 1])) e++;
  const first = toks[i]!;
  if (e > i) return e;
  if (single === 'never' || PLURAL.test(first.norm) || placeTier(first.text)) return -1;
  if (single === 'rare' && (!rareNoun(first) || !DEFINITE.test(toks[i - 2]?.norm ?? ''))) return -1;
  return /[,;:.!?)]/.test(first.post) || toks[i + 1]?.cap === false ? e : -1;
}

/** How a head noun (folded) takes a single-word name, or null when it is no programme head. */
function headKind(norm: string): SingleWord | null {
  if (NOT_AKTION.test(norm)) return null;
  if (PLURAL_HEAD.test(norm)) return 'never';
  const m = HEAD.exec(norm);
  if (!m) return null;
  // "Aktionsplan" is itself a compound: a plan of action, not a plan of any kind
  return norm.length - m[0].length >= 3 || /plan/.test(m[0]) ? 'compound' : 'rare';
}

/** The head with the name after it; the name alone is an alias. */
export function namedHeadRule(doc: Doc, s: Sentence, k: number): InitiativeMatch | null {
  const toks = doc.tokens;
  const t = toks[k]!;
  const n = toks[k + 1];
  const single = headKind(t.norm);
  if (!t.cap || !single || !/^\p{Lu}\p{Ll}/u.test(t.text) || !n || k + 1 >= s.to || !spaced(t, n) || !nameWord(n))
    return null;
  // "eine Initiative Talheimer Bürger" says who started one, it names none
  if (INDEFINITE.test(toks[k - 1]?.norm ?? '')) return null;
  const e = nameEnd(toks, s, k + 1, single);
  if (e < 0 || placeTier(doc.text.slice(n.start, toks[e]!.end))) return null;
  const genitive = /^(?:des|eines)$/.test(toks[k - 1]?.norm ?? '');
  const rest = doc.text.slice(n.start, toks[e]!.end);
  const name = `${genitive ? denominalizeGenitive(t.text) : t.text} ${rest}`;
  const surface = doc.text.slice(t.start, toks[e]!.end);
  return { candidates: [initiative(name, t.start, toks[e]!.end, 0.75, 'de-ini-named-head', [surface, rest])], last: e };
}
