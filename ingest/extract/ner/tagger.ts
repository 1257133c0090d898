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

/** Adds the weights of feature strings to `into` at offset `at` (a fresh row when `into` is omitted). */
type Scorer = (feats: readonly string[], into?: Float64Array, at?: number) => Float64Array;

/** What a word adds to its own token and (at `k * L`) to the token `NEIGHBOURS[k]` away from it. */
interface ScoredWord {
  view: WordView;
  own: Float64Array;
  around: Float64Array;
}

/** Sums feature weights of the model into emission rows. */
function scorer(model: NerModel): Scorer {
  const L = model.labels.length;
  return (feats, into = new Float64Array(L), at = 0) => {
    for (const f of feats) {
      const row = model.index.get(f);
      if (row === undefined) continue;
      for (let y = 0; y < L; y++) into[at + y] += model.weights[row * L + y]!;
    }
    return into;
  };
}

/**
 * Per-word scores, cached: words repeat within and across releases, so what a word adds to its own token and to
 * each neighbour's token is scored once per word (bounded: a few MB per worker).
 */
function wordScores(model: NerModel, lex: NerLexicon, vector: Scorer): (word: string) => ScoredWord {
  const L = model.labels.length;
  let cache = new Map<string, ScoredWord>();
  return (w) => {
    let hit = cache.get(w);
    if (!hit) {
      if (cache.size >= 20_000) cache = new Map();
      const view = wordView(w, lex, model.clusters);
      const around = new Float64Array(NEIGHBOURS.length * L);
      NEIGHBOURS.forEach((rel, k) => vector(neighbourFeatures(view, rel), around, k * L));
      hit = { view, own: vector(view.local), around };
      cache.set(w, hit);
    }
    return hit;
  };
}

/** Scores of two adjacent words for each other, cached per pair (left's score at 0, right's at L). */
type PairScorer = (
  a: string | null,
  b: string | null,
  va: WordView | null,
  vb: WordView | null,
) => Float64Array<ArrayBuffer>;

/**
 * Per-pair scores, cached: word pairs repeat too, so the shape-pair and bigram features two adjacent words give each
 * other are scored once per pair; null stands for the sentence start or end (bounded like the word cache).
 */
function pairScores(L: number, vector: Scorer): PairScorer {
  let cache = new Map<string, Float64Array<ArrayBuffer>>();
  return (a, b, va, vb) => {
    const key = `${a === null ? '\u0002' : a}\u0001${b === null ? '\u0003' : b}`;
    let hit = cache.get(key);
    if (!hit) {
      if (cache.size >= 50_000) cache = new Map();
      hit = new Float64Array(2 * L);
      if (va) vector(nextPairFeatures(va, vb), hit, 0);
      if (vb) vector(previousPairFeatures(va, vb), hit, L);
      cache.set(key, hit);
    }
    return hit;
  };
}

/** Emission scores of a sentence from the cached word and pair scores (same sums as the training features). */
function emissionScorer(model: NerModel, lex: NerLexicon): (words: readonly string[]) => Float64Array {
  const L = model.labels.length;
  const K = NEIGHBOURS.length;
  const vector = scorer(model);
  const scored = wordScores(model, lex, vector);
  const pairScore = pairScores(L, vector);
  const boundary = NEIGHBOURS.map((rel) => vector(neighbourFeatures(null, rel)));
  const [firstRow, gz2bRow, gz2eRow] = [vector(['first']), vector(['gz2b']), vector(['gz2e'])];
  // offsets, not subarray(): no allocation per token
  const addRow = (emit: Float64Array, at: number, row: Float64Array, off = 0): void => {
    for (let y = 0; y < L; y++) emit[at + y] += row[off + y]!;
  };
  return (words) => {
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
        addRow(emit, at, inside ? own[j]!.around : boundary[k]!, inside ? k * L : 0);
      }
      // the pair to the left gives this token its "previous" features, the pair to the right its "next" ones
      const prev = i > 0 ? i - 1 : -1;
      const next = i + 1 < n ? i + 1 : -1;
      addRow(emit, at, pairScore(words[prev] ?? null, words[i]!, views[prev] ?? null, views[i]!), L);
      addRow(emit, at, pairScore(words[i]!, words[next] ?? null, views[i]!, views[next] ?? null));
      if (i === 0) addRow(emit, at, firstRow);
      if (pairs[i]) addRow(emit, at, gz2bRow);
      if (i > 0 && pairs[i - 1]) addRow(emit, at, gz2eRow);
    }
    return emit;
  };
}

/** Creates a tagger over a loaded model and the word lists its features use. */
export function createNameTagger(model: NerModel, lex: NerLexicon): NameTagger {
  const L = model.labels.length;
  const allowedM = new Uint8Array(L * L);
  for (let a = 0; a < L; a++)
    for (let b = 0; b < L; b++) allowedM[a * L + b] = bioAllowed(model.labels[a]!, model.labels[b]!) ? 1 : 0;
  const allowed = (a: number, b: number): boolean => allowedM[a * L + b] === 1;
  const allowedStart = (y: number): boolean => !model.labels[y]!.startsWith('I-');
  const emissions = emissionScorer(model, lex);
  const labels = (words: readonly string[]): string[] =>
    viterbi(words.length, L, emissions(words), model.trans, model.start, allowed, allowedStart).map(
      (y) => model.labels[y]!,
    );
  return { labels, spans: (words) => bioSpans(labels(words)), emissions };
}
