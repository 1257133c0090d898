// The name tagger: features → emission scores → Viterbi → typed token spans.
import { bioAllowed, bioSpans, type TokenSpan } from './bio.js';
import { contextFeatures, wordView, type NerLexicon, type WordView } from './features.js';
import type { NerModel } from './model.js';
import { viterbi } from './viterbi.js';

/** Tags sentences (as word arrays) with name spans (types PER, ORG, LOC, OTH). */
export interface NameTagger {
  /** BIO label per word. */
  labels(words: readonly string[]): string[];
  /** Name spans over word indices. */
  spans(words: readonly string[]): TokenSpan[];
}

/** Creates a tagger over a loaded model and the word lists its features use. */
export function createNameTagger(model: NerModel, lex: NerLexicon): NameTagger {
  const L = model.labels.length;
  const allowedM = new Uint8Array(L * L);
  for (let a = 0; a < L; a++)
    for (let b = 0; b < L; b++) allowedM[a * L + b] = bioAllowed(model.labels[a]!, model.labels[b]!) ? 1 : 0;
  const allowed = (a: number, b: number): boolean => allowedM[a * L + b] === 1;
  const allowedStart = (y: number): boolean => !model.labels[y]!.startsWith('I-');
  const add = (emit: Float64Array, at: number, f: string): void => {
    const row = model.index.get(f);
    if (row === undefined) return;
    for (let y = 0; y < L; y++) emit[at + y] += model.weights[row * L + y]!;
  };
  // words repeat within and across releases: their own features are scored once per word
  let cache = new Map<string, { view: WordView; emit: Float64Array }>();
  const scored = (w: string): { view: WordView; emit: Float64Array } => {
    let hit = cache.get(w);
    if (!hit) {
      if (cache.size >= 20_000) cache = new Map(); // bounded: about 10 MB per worker
      const view = wordView(w, lex);
      const emit = new Float64Array(L);
      for (const f of view.local) add(emit, 0, f);
      hit = { view, emit };
      cache.set(w, hit);
    }
    return hit;
  };
  const labels = (words: readonly string[]): string[] => {
    const own = words.map(scored);
    const ctx = contextFeatures(
      words,
      own.map((o) => o.view),
      lex,
    );
    const emit = new Float64Array(words.length * L);
    for (let i = 0; i < words.length; i++) {
      emit.set(own[i]!.emit, i * L);
      for (const f of ctx[i]!) add(emit, i * L, f);
    }
    return viterbi(words.length, L, emit, model.trans, model.start, allowed, allowedStart).map((y) => model.labels[y]!);
  };
  return { labels, spans: (words) => bioSpans(labels(words)) };
}
