// Rule "de-ini-law-title": a law or ordinance named by its full title, "Gesetz zur Stärkung der Pflege in Talmark",
// "Verordnung über die Förderung von Dorfläden". The title runs from the head over its prepositional object and the
// genitive or "von" attributes after it, and must hold two nouns: "das Gesetz zur Umsetzung" names no one law.
import { initiative, type InitiativeMatch } from './initiative-candidate.js';
import { DE_FUNCTION_WORDS } from './words.js';
import type { Doc, Sentence, Token } from '../core/types.js';

/** Law heads (folded), also as compounds ("Landesgesetz"); no genitive: the title follows the nominative form. */
const HEAD = /(?:gesetz|verordnung)$/;
/** The preposition that opens the title. */
const OPEN = /^(?:zur|zum|ueber|fuer)$/;
/** Words that link one noun of the title to the next. */
const LINK = /^(?:der|des|von|vom|und|zur|zum|einer|eines)$/;
/** Longest title taken after the head (in tokens). */
const MAX_TOKENS = 12;

/** A lower-case adjective before a noun of the title ("der ländlichen Räume"). */
const adjective = (t: Token | undefined): boolean =>
  !!t && !t.cap && /^\p{Ll}+(?:e|en|er|es|em)$/u.test(t.text) && !DE_FUNCTION_WORDS.has(t.norm);

/** True when only a space separates token i from the next one (no punctuation that ends the title). */
const open = (toks: Token[], i: number): boolean => /^\s+$/.test(toks[i]!.post) && toks[i + 1]?.pre === '';

/** Last token of the noun reached from i over adjectives, or -1. */
function nounAt(toks: Token[], s: Sentence, i: number): number {
  let j = i;
  while (j < s.to && adjective(toks[j]) && open(toks, j)) j++;
  return j < s.to && toks[j]!.cap && /^\p{Lu}\p{Ll}/u.test(toks[j]!.text) ? j : -1;
}

/** The law head with its title; null when no title of two nouns follows. */
export function lawTitleRule(doc: Doc, s: Sentence, k: number): InitiativeMatch | null {
  const toks = doc.tokens;
  const t = toks[k]!;
  if (!HEAD.test(t.norm) || !open(toks, k) || !OPEN.test(toks[k + 1]?.norm ?? '') || k + 2 >= s.to) return null;
  let i = k + 2;
  if (/^(?:die|den|das|einen|eine)$/.test(toks[i]!.norm) && open(toks, k + 1)) i++;
  let e = open(toks, k + 1) ? nounAt(toks, s, i) : -1;
  if (e < 0) return null;
  let nouns = 1;
  while (e + 2 < s.to && e - k < MAX_TOKENS && open(toks, e) && LINK.test(toks[e + 1]!.norm)) {
    let j = e + 2;
    if (/^(?:der|des|die|den|dem)$/.test(toks[j]!.norm) && open(toks, e + 1) && toks[e + 1]!.norm !== 'der') j++;
    const n = open(toks, j - 1) ? nounAt(toks, s, j) : -1;
    if (n < 0) break;
    e = n;
    nouns++;
  }
  if (nouns < 2) return null;
  const name = doc.text.slice(t.start, toks[e]!.end);
  return { candidates: [initiative(name, t.start, toks[e]!.end, 0.75, 'de-ini-law-title')], last: e };
}
