// The name tagger: features → emission scores → Viterbi → typed token spans.
import { bioAllowed, bioSpans, type TokenSpan } from './bio.js';
import {
  NEIGHBOURS,
  neighbourFeatures,
  nextPairFeatures,
  placePairs,
  previousPairFeatures,
  wordView,
  type NerLexicon,
  type WordView,
} from './features.js';
import type { NerModel } from './model.js';
import { viterbi } from './viterbi.js';

/** Tags sentences (as word arrays) with name spans (types PER, ORG, LOC, OTH). */
export interface NameTagger {
  /** BIO label per word. */
  labels(words: readonly string[]): string[];
  /** Name spans over word indices. */
  spans(words: readonly string[]): TokenSpan[];
  /** Emission scores, `[i * labels + y]` (for checks). */
  emissions(words: readonly string[]): Float64Array;
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
  const K = NEIGHBOURS.length;
  const vector = (feats: readonly string[], into = new Float64Array(L), at = 0): Float64Array => {
    for (const f of feats) add(into, at, f);
    return into;
  };
  // words repeat within and across releases: what a word adds to its own token and to each neighbour's token is
  // scored once per word; only the pair features are looked up per token
  interface Scored {
    view: WordView;
    own: Float64Array;
    /** Its contribution to the token `NEIGHBOURS[k]` away, at k * L. */
    around: Float64Array;
  }
  let cache = new Map<string, Scored>();
  const scored = (w: string): Scored => {
    let hit = cache.get(w);
    if (!hit) {
      if (cache.size >= 20_000) cache = new Map(); // bounded: a few MB per worker
      const view = wordView(w, lex, model.clusters);
      const around = new Float64Array(K * L);
      NEIGHBOURS.forEach((rel, k) => vector(neighbourFeatures(view, rel), around, k * L));
      hit = { view, own: vector(view.local), around };
      cache.set(w, hit);
    }
    return hit;
  };
  const boundary = NEIGHBOURS.map((rel) => vector(neighbourFeatures(null, rel)));
  // word pairs repeat too: the shape-pair and bigram features two adjacent words give each other are scored once per
  // pair (left's score at 0, right's at L); null stands for the sentence start or end
  let pairCache = new Map<string, Float64Array<ArrayBuffer>>();
  const pairScore = (
    a: string | null,
    b: string | null,
    va: WordView | null,
    vb: WordView | null,
  ): Float64Array<ArrayBuffer> => {
    const key = `${a === null ? '\u0002' : a}\u0001${b === null ? '\u0003' : b}`;
    let hit = pairCache.get(key);
    if (!hit) {
      if (pairCache.size >= 50_000) pairCache = new Map(); // bounded like the word cache
      hit = new Float64Array(2 * L);
      if (va) vector(nextPairFeatures(va, vb), hit, 0);
      if (vb) vector(previousPairFeatures(va, vb), hit, L);
      pairCache.set(key, hit);
    }
    return hit;
  };
  const firstRow = vector(['first']);
  const gz2bRow = vector(['gz2b']);
  const gz2eRow = vector(['gz2e']);
  const addRow = (emit: Float64Array, at: number, row: Float64Array, off = 0): void => {
    for (let y = 0; y < L; y++) emit[at + y] += row[off + y]!;
  };
  const emissions = (words: readonly string[]): Float64Array => {
    const n = words.length;
    const own = words.map(scored);
    const views = own.map((o) => o.view);
    const pairs = placePairs(words, views, lex);
    const emit = new Float64Array(n * L);
    for (let i = 0; i < n; i++) {
      const at = i * L;
      emit.set(own[i]!.own, at);
      for (let k = 0; k < K; k++) {
        // the word at i + rel gives token i what a word gives the token it stands rel positions from
        const j = i + NEIGHBOURS[k]!;
        const inside = j >= 0 && j < n;
        const src = inside ? own[j]!.around : boundary[k]!;
        const off = inside ? k * L : 0; // offsets, not subarray(): no allocation per token
        for (let y = 0; y < L; y++) emit[at + y] += src[off + y]!;
      }
      // the pair to the left gives this token its "previous" features, the pair to the right its "next" ones
      addRow(emit, at, pairScore(i > 0 ? words[i - 1]! : null, words[i]!, i > 0 ? views[i - 1]! : null, views[i]!), L);
      addRow(
        emit,
        at,
        pairScore(words[i]!, i + 1 < n ? words[i + 1]! : null, views[i]!, i + 1 < n ? views[i + 1]! : null),
      );
      if (i === 0) addRow(emit, at, firstRow);
      if (pairs[i]) addRow(emit, at, gz2bRow);
      if (i > 0 && pairs[i - 1]) addRow(emit, at, gz2eRow);
    }
    return emit;
  };
  const labels = (words: readonly string[]): string[] =>
    viterbi(words.length, L, emissions(words), model.trans, model.start, allowed, allowedStart).map(
      (y) => model.labels[y]!,
    );
  return { labels, spans: (words) => bioSpans(labels(words)), emissions };
}
