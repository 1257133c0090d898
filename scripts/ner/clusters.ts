// Unsupervised word clusters for the tagger: words with similar neighbours share a bit-string path (like Brown
// clusters), so a name seen in training generalises to unseen words that occur in the same contexts.
//
// Method: each frequent word is a vector of its left and right neighbours (the most frequent words as contexts),
// weighted by positive PMI and L2-normalised; the words are split top-down in two again and again (principal
// direction of the node, then a few rounds of spherical 2-means), and a word's path records its side at each split.
// Everything is deterministic: fixed vocabulary order, a fixed start vector, no random numbers.
import { clusterKey } from '../../ingest/extract/ner/features.js';

/** Clustering settings. */
export interface ClusterOptions {
  /** A word needs at least this many occurrences to get a path. */
  minCount: number;
  /** At most this many words (the most frequent) get a path. */
  maxWords: number;
  /** The most frequent words that serve as left/right contexts. */
  contextWords: number;
  /** A node with at most this many words is not split further. */
  leafSize: number;
  maxDepth: number;
}

/** Defaults chosen on the held-out GermEval fifth. */
export const CLUSTER_DEFAULTS: ClusterOptions = {
  minCount: 2,
  maxWords: 60_000,
  contextWords: 1000,
  leafSize: 4,
  maxDepth: 20,
};

/** Sparse rows: word r has columns `col[ptr[r]..ptr[r+1]]` with values `val[…]`. */
interface Rows {
  ptr: Int32Array;
  col: Int32Array;
  val: Float64Array;
  dims: number;
}

/** Bit-string path per word (key as `clusterKey`), from unlabelled sentences. */
export function clusterWords(
  sentences: readonly (readonly string[])[],
  opts: ClusterOptions = CLUSTER_DEFAULTS,
): Map<string, string> {
  const vocab = vocabulary(sentences, opts);
  const rows = contextRows(sentences, vocab, opts.contextWords);
  const paths = new Array<string>(vocab.length).fill('');
  const all = Int32Array.from(vocab.keys());
  // explicit stack instead of recursion: depth is bounded anyway, but the order stays obvious
  const stack: { members: Int32Array; path: string }[] = [{ members: all, path: '' }];
  while (stack.length > 0) {
    const { members, path } = stack.pop()!;
    const halves = members.length > opts.leafSize && path.length < opts.maxDepth ? split(rows, members) : null;
    if (!halves) {
      for (const m of members) paths[m] = path;
      continue;
    }
    stack.push({ members: halves[1], path: `${path}1` }, { members: halves[0], path: `${path}0` });
  }
  return new Map(vocab.map((w, i) => [w, paths[i]!]));
}

/** Words seen at least minCount times, most frequent first (ties by code point), at most maxWords. */
function vocabulary(sentences: readonly (readonly string[])[], opts: ClusterOptions): string[] {
  const counts = new Map<string, number>();
  for (const s of sentences) for (const w of s) counts.set(clusterKey(w), (counts.get(clusterKey(w)) ?? 0) + 1);
  return [...counts]
    .filter(([, n]) => n >= opts.minCount)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, opts.maxWords)
    .map(([w]) => w);
}

/** PPMI-weighted, L2-normalised left/right context vectors of the vocabulary words. */
function contextRows(sentences: readonly (readonly string[])[], vocab: readonly string[], contexts: number): Rows {
  const index = new Map(vocab.map((w, i) => [w, i]));
  // contexts: the most frequent words, then the sentence boundary (column C); left block, then right block
  const C = Math.min(contexts, vocab.length);
  const dims = 2 * (C + 1);
  const cell = vocab.map(() => new Map<number, number>());
  const colTotal = new Float64Array(dims);
  let total = 0;
  for (const s of sentences) {
    const ids = s.map((w) => index.get(clusterKey(w)) ?? -1);
    for (let i = 0; i < ids.length; i++) {
      const r = ids[i]!;
      if (r < 0) continue;
      const left = i === 0 ? C : ids[i - 1]!;
      const right = i + 1 === ids.length ? C : ids[i + 1]!;
      for (const c of [left >= 0 && left <= C ? left : -1, right >= 0 && right <= C ? C + 1 + right : -1]) {
        if (c < 0) continue;
        cell[r]!.set(c, (cell[r]!.get(c) ?? 0) + 1);
        colTotal[c]! += 1;
        total++;
      }
    }
  }
  const ptr = new Int32Array(vocab.length + 1);
  const col: number[] = [];
  const val: number[] = [];
  cell.forEach((m, r) => {
    const rowTotal = [...m.values()].reduce((a, b) => a + b, 0);
    const entries = [...m].sort((a, b) => a[0] - b[0]);
    const start = col.length;
    for (const [c, n] of entries) {
      const pmi = Math.log((n * total) / (rowTotal * colTotal[c]!));
      if (pmi > 0) {
        col.push(c);
        val.push(pmi);
      }
    }
    let norm = 0;
    for (let k = start; k < val.length; k++) norm += val[k]! * val[k]!;
    norm = Math.sqrt(norm) || 1;
    for (let k = start; k < val.length; k++) val[k]! /= norm;
    ptr[r + 1] = col.length;
  });
  return { ptr, col: Int32Array.from(col), val: Float64Array.from(val), dims };
}

/** Sparse row r · dense v. */
function dot(rows: Rows, r: number, v: Float64Array): number {
  let s = 0;
  for (let k = rows.ptr[r]!; k < rows.ptr[r + 1]!; k++) s += rows.val[k]! * v[rows.col[k]!]!;
  return s;
}

/** Adds `f ×` row r to dense v. */
function addRow(rows: Rows, r: number, f: number, v: Float64Array): void {
  for (let k = rows.ptr[r]!; k < rows.ptr[r + 1]!; k++) v[rows.col[k]!]! += f * rows.val[k]!;
}

/**
 * Splits a node in two: the sign of each word's projection on the node's principal direction (power iteration
 * on the centred vectors), refined by spherical 2-means. Null when one side would be empty.
 */
function split(rows: Rows, members: Int32Array): [Int32Array, Int32Array] | null {
  const D = rows.dims;
  const mean = new Float64Array(D);
  for (const m of members) addRow(rows, m, 1 / members.length, mean);
  // fixed start vector: the node's most frequent word (vocabulary order) minus the mean
  let v = new Float64Array(D);
  addRow(rows, members[0]!, 1, v);
  for (let d = 0; d < D; d++) v[d]! -= mean[d]!;
  for (let it = 0; it < 8; it++) {
    // Σ (x − mean)((x − mean)·v) = Σ x ((x − mean)·v): the mean term cancels because Σ x = n · mean
    const next = new Float64Array(D);
    const meanDot = dense(mean, v);
    for (const m of members) addRow(rows, m, dot(rows, m, v) - meanDot, next);
    const norm = Math.sqrt(dense(next, next));
    if (norm === 0) return null;
    for (let d = 0; d < D; d++) next[d]! /= norm;
    v = next;
  }
  const meanDot = dense(mean, v);
  let side = Uint8Array.from(members, (m) => (dot(rows, m, v) > meanDot ? 1 : 0));
  for (let round = 0; round < 4; round++) {
    const cents = [new Float64Array(D), new Float64Array(D)] as const;
    members.forEach((m, k) => addRow(rows, m, 1, cents[side[k]!]!));
    const n0 = Math.sqrt(dense(cents[0], cents[0]));
    const n1 = Math.sqrt(dense(cents[1], cents[1]));
    // the nearer centroid by cosine: x·c1/|c1| > x·c0/|c0|, without dividing
    const next = Uint8Array.from(members, (m) => (dot(rows, m, cents[1]) * n0 > dot(rows, m, cents[0]) * n1 ? 1 : 0));
    const changed = next.some((s, k) => s !== side[k]);
    side = next;
    if (!changed) break;
  }
  const halves: [Int32Array, Int32Array] = [
    members.filter((_, k) => side[k] === 0),
    members.filter((_, k) => side[k] === 1),
  ];
  return halves[0].length === 0 || halves[1].length === 0 ? null : halves;
}

/** Dense dot product. */
function dense(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let d = 0; d < a.length; d++) s += a[d]! * b[d]!;
  return s;
}
