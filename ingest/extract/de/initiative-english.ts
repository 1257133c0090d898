// Rule "de-ini-english": English-language programme and event names inside German text, "Smart City Challenge",
// "Girls' Day": two or more capitalised English words ending in an event or programme word, at least one of which
// is not also a German noun (so German words before an English head are no such name). The rule is tried at the
// head word and looks back, so the other tokens cost one set look-up.
import { isFrequentEnglish, isFrequentGermanNoun } from '../gazetteer/index.js';
import { initiative, type InitiativeMatch } from './initiative-candidate.js';
import { DE_FUNCTION_WORDS } from './words.js';
import type { Doc, Sentence, Token } from '../core/types.js';

const HEADS = new Set(
  (
    'challenge award awards day days week weeks festival summit cup lab camp hackathon fund programme program ' +
    'prize games run tour project night conference campaign contest competition series race marathon expo'
  ).split(' '),
);
const INNER = new Set(['for', 'of', 'and', 'the', 'in', 'on', '&']);
/** Longest name taken (in words). */
const MAX_WORDS = 6;

/** A capitalised English word that is no German function word ("Die", "Der" are in the English list too). */
const englishWord = (t: Token): boolean =>
  t.cap && /^\p{Lu}\p{L}*$/u.test(t.text) && isFrequentEnglish(t.text) && !DE_FUNCTION_WORDS.has(t.norm);
/** Words of one name: a space or an apostrophe and a space between them. */
const joined = (a: Token, b: Token): boolean => /^['’]? $/.test(a.post) && b.pre === '';

/** First token of the English run that ends at the head h, or -1 when no English word precedes it. */
function runStart(toks: Token[], s: Sentence, h: number): number {
  let start = -1;
  for (let i = h - 1; i >= s.from && i > h - MAX_WORDS; i--) {
    const t = toks[i]!;
    if (!joined(t, toks[i + 1]!)) break;
    if (englishWord(t)) start = i;
    else if (!INNER.has(t.text) || i === h - 1) break;
  }
  return start;
}

/** An English name run ending in a programme or event word (tried at that word). */
export function englishNameRule(doc: Doc, s: Sentence, k: number): InitiativeMatch | null {
  const toks = doc.tokens;
  const h = toks[k]!;
  if (!h.cap || !HEADS.has(h.norm)) return null;
  const st = runStart(toks, s, k);
  if (st < 0 || !toks.slice(st, k).some((w) => w.cap && !isFrequentGermanNoun(w.text))) return null;
  const name = doc.text.slice(toks[st]!.start, h.end);
  return { candidates: [initiative(name, toks[st]!.start, h.end, 0.75, 'de-ini-english')], last: k };
}
