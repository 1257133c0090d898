// Averaged structured perceptron over BIO labels (Collins 2002), deterministic: fixed seed, fixed order.
import type { TaggedSentence } from '../../ingest/eval/germeval.js';
import { bioAllowed } from '../../ingest/extract/ner/bio.js';
import { sentenceFeatures, type NerLexicon, type WordClusters } from '../../ingest/extract/ner/features.js';
import type { NerModel } from '../../ingest/extract/ner/model.js';
import { viterbi } from '../../ingest/extract/ner/viterbi.js';

/** Training settings. */
export interface TrainOptions {
  epochs: number;
  /** Keep a feature only when it occurs in at least this many sentences (no memorised one-off names). */
  minSentences: number;
  seed: number;
  /** Perceptron runs (seeds seed, seed + 1, …) whose weights are averaged; default 1. */
  runs?: number;
  /** Word clusters for the cluster features; they become part of the model. */
  clusters?: WordClusters;
  log?: (line: string) => void;
}

/** Label set of the German tagger. */
export const NER_LABELS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-OTH', 'I-OTH'];

/** Training sentences as feature-id and label-id arrays. */
interface Encoded {
  xs: Int32Array[][];
  ys: number[][];
  features: string[];
}

/** Trains a model on labelled sentences: the average of `opts.runs` perceptron runs over different shuffles. */
export function trainPerceptron(data: readonly TaggedSentence[], lex: NerLexicon, opts: TrainOptions): NerModel {
  const labels = NER_LABELS;
  const L = labels.length;
  const enc = encode(data, lex, opts);
  const F = enc.features.length;
  const runs = opts.runs ?? 1;
  // one run's weights depend on the shuffle order; averaging runs over several orders removes much of that noise
  const aw = new Float64Array(F * L);
  const at = new Float64Array(L * L + L);
  for (let r = 0; r < runs; r++) {
    if (runs > 1) opts.log?.(`run ${r + 1} of ${runs}`);
    const one = perceptronRun(enc, F, opts.seed + r, opts);
    for (let k = 0; k < aw.length; k++) aw[k]! += one.w[k]! / runs;
    for (let k = 0; k < at.length; k++) at[k]! += one.t[k]! / runs;
  }
  // drop features whose averaged weights all round to zero: they change no decision
  const finalIndex = new Map<string, number>();
  const rows: number[] = [];
  enc.features.forEach((f, i) => {
    for (let y = 0; y < L; y++)
      if (Math.abs(aw[i * L + y]!) >= 0.005) {
        finalIndex.set(f, rows.length);
        rows.push(i);
        return;
      }
  });
  const weights = new Float32Array(rows.length * L);
  rows.forEach((i, r) => weights.set(aw.subarray(i * L, i * L + L), r * L));
  return {
    labels,
    trans: at.slice(0, L * L),
    start: at.slice(L * L),
    index: finalIndex,
    weights,
    clusters: opts.clusters,
    info: {
      epochs: opts.epochs,
      minSentences: opts.minSentences,
      seed: opts.seed,
      ...(runs > 1 ? { runs } : {}),
      sentences: data.length,
      ...(opts.clusters ? { clusteredWords: opts.clusters.size } : {}),
    },
  };
}

/** Features of every sentence, pruned to those seen in ≥ minSentences distinct sentences, as ids. */
function encode(data: readonly TaggedSentence[], lex: NerLexicon, opts: TrainOptions): Encoded {
  const labelIndex = new Map(NER_LABELS.map((l, i) => [l, i]));
  const feats = data.map((s) => sentenceFeatures(s.words, lex, opts.clusters));
  // frequency pruning: count each feature once per sentence
  const df = new Map<string, number>();
  // a repeated sentence (weighting) is counted once, so repetition does not let one-off names through
  const seen = new Set<TaggedSentence>();
  feats.forEach((sent, si) => {
    if (seen.has(data[si]!)) return;
    seen.add(data[si]!);
    for (const f of new Set(sent.flat())) df.set(f, (df.get(f) ?? 0) + 1);
  });
  const features = [...df.keys()].filter((f) => df.get(f)! >= opts.minSentences).sort();
  const index = new Map(features.map((f, i) => [f, i]));
  opts.log?.(`features: ${df.size} seen, ${features.length} kept (in ≥ ${opts.minSentences} sentences)`);
  const xs = feats.map((sent) => sent.map((fs) => Int32Array.from(fs.flatMap((f) => index.get(f) ?? []))));
  const ys = data.map((s, si) =>
    s.tags.map((t) => {
      const y = labelIndex.get(t);
      if (y === undefined) throw new Error(`training sentence ${si}: unknown label "${t}"`);
      return y;
    }),
  );
  return { xs, ys, features };
}

/** One averaged-perceptron run (Collins 2002) over a seeded shuffle: averaged weights and transition/start scores. */
function perceptronRun(
  { xs, ys }: Encoded,
  F: number,
  seed: number,
  opts: TrainOptions,
): { w: Float64Array; t: Float64Array } {
  const labels = NER_LABELS;
  const L = labels.length;
  // w: current weights; u: sum of (step × update) for averaging: avg = w − u / step
  const w = new Float64Array(F * L);
  const u = new Float64Array(F * L);
  const tw = new Float64Array(L * L + L); // transitions, then start scores
  const tu = new Float64Array(L * L + L);
  const allowedM = labels.map((a) => labels.map((b) => bioAllowed(a, b)));
  const allowed = (a: number, b: number): boolean => allowedM[a]![b]!;
  const allowedStart = (y: number): boolean => !labels[y]!.startsWith('I-');
  const trans = tw.subarray(0, L * L);
  const start = tw.subarray(L * L);
  let step = 1;
  const rand = mulberry32(seed);
  const order = xs.map((_, i) => i);
  const bump = (k: number, d: number): void => {
    tw[k]! += d;
    tu[k]! += d * step;
  };
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    const t0 = performance.now();
    shuffle(order, rand);
    let wrong = 0;
    let tokens = 0;
    for (const si of order) {
      const x = xs[si]!;
      const gold = ys[si]!;
      const n = x.length;
      const emit = new Float64Array(n * L);
      for (let i = 0; i < n; i++) for (const f of x[i]!) for (let y = 0; y < L; y++) emit[i * L + y] += w[f * L + y]!;
      const pred = viterbi(n, L, emit, trans, start, allowed, allowedStart);
      tokens += n;
      let differs = false;
      for (let i = 0; i < n; i++) {
        if (pred[i] === gold[i]) continue;
        differs = true;
        wrong++;
        for (const f of x[i]!) {
          w[f * L + gold[i]!]! += 1;
          u[f * L + gold[i]!]! += step;
          w[f * L + pred[i]!]! -= 1;
          u[f * L + pred[i]!]! -= step;
        }
      }
      if (differs) {
        bump(L * L + gold[0]!, 1);
        bump(L * L + pred[0]!, -1);
        for (let i = 1; i < n; i++) {
          bump(gold[i - 1]! * L + gold[i]!, 1);
          bump(pred[i - 1]! * L + pred[i]!, -1);
        }
      }
      step++;
    }
    opts.log?.(
      `epoch ${epoch}: ${((100 * wrong) / tokens).toFixed(2)} % tokens wrong, ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
  }
  const avg = (v: Float64Array, s: Float64Array): Float64Array => v.map((x, k) => x - s[k]! / step);
  return { w: avg(w, u), t: avg(tw, tu) };
}

/** Small seeded PRNG (mulberry32), so the shuffle is the same on every run. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle(a: number[], rand: () => number): void {
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
}
