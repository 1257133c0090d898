// The name tagger: features → emission scores → Viterbi → typed token spans.
import { bioAllowed, bioSpans, type TokenSpan } from './bio.js';
import { sentenceFeatures, type NerLexicon } from './features.js';
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
  const labels = (words: readonly string[]): string[] => {
    const feats = sentenceFeatures(words, lex);
    const emit = new Float64Array(words.length * L);
    feats.forEach((fs, i) => {
      for (const f of fs) {
        const row = model.index.get(f);
        if (row === undefined) continue;
        for (let y = 0; y < L; y++) emit[i * L + y] += model.weights[row * L + y]!;
      }
    });
    return viterbi(words.length, L, emit, model.trans, model.start, allowed, allowedStart).map((y) => model.labels[y]!);
  };
  return { labels, spans: (words) => bioSpans(labels(words)) };
}
