// What an award is for, as part of its name: "Deutscher Preis für Denkmalschutz", "Talheimer Preis für Kunst und
// Kultur". Shared by the rules that name an award by an adjective before a bare award word, which names nothing
// without it. Articles end the complement: "für die Gemeinde" says who received it, not what it is for.
import { placeTier } from '../gazetteer/index.js';
import { DE_FUNCTION_WORDS } from './words.js';
import type { Sentence, Token } from '../core/types.js';

/** Bare award words (folded) that a "für" complement may complete, with their gender. */
const BARE_AWARD: [RegExp, 'm' | 'f'][] = [
  [/^(?:preis|preises|award|awards)$/, 'm'],
  [/^(?:medaille|plakette)$/, 'f'],
];

/** Gender of a bare award word, or null for any other word. */
export function bareAwardGender(norm: string): 'm' | 'f' | null {
  for (const [re, g] of BARE_AWARD) if (re.test(norm)) return g;
  return null;
}

/** True when only a space separates token i from the next one. */
const open = (toks: Token[], i: number): boolean => toks[i]!.post === ' ' && toks[i + 1]?.pre === '';

/** A lower-case adjective ("ländliche") of the complement. */
const adjective = (t: Token | undefined): boolean =>
  !!t && !t.cap && /^\p{Ll}+(?:e|en|er|es)$/u.test(t.text) && !DE_FUNCTION_WORDS.has(t.norm);

/** Last token of the noun reached from i over adjectives, or -1; a place is a recipient, not a purpose. */
function nounAt(toks: Token[], s: Sentence, i: number): number {
  let j = i;
  while (j < s.to && adjective(toks[j]) && open(toks, j)) j++;
  const t = toks[j];
  return j < s.to && t && /^\p{Lu}\p{Ll}+$/u.test(t.text) && !placeTier(t.text) ? j : -1;
}

/** Last token of a "für …" complement after token k ("für Kunst und Kultur"), or -1 when there is none. */
export function forComplementEnd(toks: Token[], s: Sentence, k: number): number {
  if (!open(toks, k) || toks[k + 1]?.norm !== 'fuer' || k + 2 >= s.to || !open(toks, k + 1)) return -1;
  const e = nounAt(toks, s, k + 2);
  if (e < 0) return -1;
  const and = toks[e + 1];
  if (and && /^(?:und|oder)$/.test(and.norm) && open(toks, e) && open(toks, e + 1)) {
    const e2 = nounAt(toks, s, e + 2);
    if (e2 >= 0) return e2;
  }
  return e;
}
