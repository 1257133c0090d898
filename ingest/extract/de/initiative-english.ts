// Rule "de-ini-english": English-language programme and event names inside German text, "Smart City Challenge",
// "Girls' Day": two or more capitalised English words ending in an event or programme word, at least one of which
// is not also a German noun (so German words before an English head are no such name).
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

/** Index of the last head word in the English run from token k, or -1. */
function runHead(toks: Token[], s: Sentence, k: number): number {
  let head = -1;
  for (let e = k; e < s.to && e < k + MAX_WORDS; e++) {
    const t = toks[e]!;
    const inner = e > k && INNER.has(t.text) && e + 1 < s.to;
    if (!englishWord(t) && !inner && !(e > k && HEADS.has(t.norm))) break;
    if (e > k && HEADS.has(t.norm) && t.cap) head = e;
    if (e + 1 >= s.to || !joined(t, toks[e + 1]!)) break;
  }
  return head;
}

/** An English name run ending in a programme or event word; it must start the run (no English word before it). */
export function englishNameRule(doc: Doc, s: Sentence, k: number): InitiativeMatch | null {
  const toks = doc.tokens;
  const t = toks[k]!;
  if (!englishWord(t) || HEADS.has(t.norm)) return null;
  const prev = toks[k - 1];
  if (prev && k > s.from && englishWord(prev) && joined(prev, t)) return null;
  const e = runHead(toks, s, k);
  if (e < 0) return null;
  const words = toks.slice(k, e);
  if (!words.some((w) => w.cap && !isFrequentGermanNoun(w.text))) return null;
  const name = doc.text.slice(t.start, toks[e]!.end);
  return { candidates: [initiative(name, t.start, toks[e]!.end, 0.75, 'de-ini-english')], last: e };
}
