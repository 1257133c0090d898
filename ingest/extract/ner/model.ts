// The name tagger's model: labels, transition scores and feature weights, stored as gzipped JSON.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

/** Format tag written into every model file, checked on load. */
export const NER_MODEL_FORMAT = 'civicgraph-ner/1';

/** A linear-chain model over BIO labels, in memory. */
export interface NerModel {
  labels: string[];
  /** `trans[a * L + b]`: score of label a followed by b. */
  trans: Float64Array;
  /** Score of each label at the first token. */
  start: Float64Array;
  /** Feature string → row index into `weights` (row length = labels.length). */
  index: Map<string, number>;
  weights: Float32Array;
  /** Unsupervised word clusters the features use (absent or empty: none). */
  clusters?: ReadonlyMap<string, string>;
  /** What it was trained on, for the record. */
  info: Record<string, unknown>;
}

/** The on-disk form (weights are integers: value × scale, which gzips well). */
interface ModelFile {
  format: string;
  labels: string[];
  scale: number;
  trans: number[];
  start: number[];
  features: string[];
  weights: number[];
  /** Word clusters as `[path, word, word, …]` rows, sorted by path (absent in models without clusters). */
  clusters?: string[][];
  info?: Record<string, unknown>;
}

/** Serialises a model to gzip-ready JSON text (deterministic: features sorted). */
export function serializeNerModel(model: NerModel, scale = 100): string {
  const L = model.labels.length;
  const features = [...model.index.keys()].sort();
  const weights: number[] = [];
  for (const f of features) {
    const row = model.index.get(f)! * L;
    for (let y = 0; y < L; y++) weights.push(Math.round(model.weights[row + y]! * scale));
  }
  const file: ModelFile = {
    format: NER_MODEL_FORMAT,
    labels: model.labels,
    scale,
    trans: [...model.trans].map((v) => Math.round(v * scale)),
    start: [...model.start].map((v) => Math.round(v * scale)),
    features,
    weights,
    ...(model.clusters && model.clusters.size > 0 ? { clusters: clusterRows(model.clusters) } : {}),
    info: model.info,
  };
  return JSON.stringify(file);
}

/** Cluster table grouped by path (one row per path, words sorted): compact and deterministic. */
function clusterRows(clusters: ReadonlyMap<string, string>): string[][] {
  const byPath = new Map<string, string[]>();
  for (const [word, path] of clusters) {
    const words = byPath.get(path);
    if (words) words.push(word);
    else byPath.set(path, [word]);
  }
  return [...byPath].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([path, words]) => [path, ...words.sort()]);
}

/** Parses model JSON text; throws naming `source` when it is not a model of this format. */
export function parseNerModel(json: string, source: string): NerModel {
  let file: ModelFile;
  try {
    file = JSON.parse(json) as ModelFile;
  } catch (err) {
    throw new Error(
      `${source}: not a name-tagger model (invalid JSON: ${(err as Error).message}); rebuild it with npm run train:ner`,
    );
  }
  const L = file.labels?.length ?? 0;
  if (file.format !== NER_MODEL_FORMAT || L === 0 || file.weights?.length !== file.features?.length * L) {
    throw new Error(`${source}: not a ${NER_MODEL_FORMAT} model or truncated; rebuild it with npm run train:ner`);
  }
  const rowsOk = (rows: unknown): boolean =>
    Array.isArray(rows) && rows.every((r) => Array.isArray(r) && r.length > 1 && r.every((x) => typeof x === 'string'));
  if (file.clusters !== undefined && !rowsOk(file.clusters))
    throw new Error(`${source}: the word-cluster table is malformed; rebuild the model with npm run train:ner`);
  const s = file.scale;
  const index = new Map<string, number>();
  file.features.forEach((f, i) => index.set(f, i));
  return {
    labels: file.labels,
    trans: Float64Array.from(file.trans, (v) => v / s),
    start: Float64Array.from(file.start, (v) => v / s),
    index,
    weights: Float32Array.from(file.weights, (v) => v / s),
    clusters: new Map((file.clusters ?? []).flatMap(([path, ...words]) => words.map((w) => [w, path!] as const))),
    info: file.info ?? {},
  };
}

/** Reads a gzipped model file; throws an error naming the file and the fix. */
export function loadNerModel(path: string): NerModel {
  let raw: Buffer;
  try {
    raw = readFileSync(path);
  } catch (err) {
    throw new Error(`name-tagger model ${path} cannot be read (${(err as Error).message}); run npm run train:ner`);
  }
  let text: string;
  try {
    text = gunzipSync(raw).toString('utf8');
  } catch {
    throw new Error(`${path}: not gzip data; rebuild the model with npm run train:ner`);
  }
  return parseNerModel(text, path);
}
