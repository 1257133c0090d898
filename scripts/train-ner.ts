// `npm run train:ner`: trains the German and English name taggers from ../shared/ner (+ corpus), writes the models,
// prints scores.
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { extractorAsTagger, scoreTagger, type ChunkReport, type TaggedSentence } from '../ingest/eval/germeval.js';
import { createExtractor } from '../ingest/extract/create-extractor.js';
import {
  createNameTagger,
  englishNerLexicon,
  loadNerModel,
  germanNerLexicon,
  parseNerModel,
  serializeNerModel,
  type NerLexicon,
  type WordClusters,
} from '../ingest/extract/ner/index.js';
import { CLUSTER_DEFAULTS, clusterWords } from './ner/clusters.js';
import { corpusTraining, germEvalTraining, mapConllClass, mapWnutClass, readDfkiBio } from './ner/data.js';
import { trainPerceptron } from './ner/perceptron.js';
import { releaseSentences } from './ner/unlabelled.js';

const { values } = parseArgs({
  options: {
    shared: { type: 'string' },
    lang: { type: 'string', default: 'de,en' },
    out: { type: 'string' },
    epochs: { type: 'string', default: '8' },
    runs: { type: 'string', default: '3' },
    seed: { type: 'string', default: '20140' },
    'min-sentences': { type: 'string', default: '2' },
    'no-mobie': { type: 'boolean', default: false },
    'germeval-weight': { type: 'string', default: '4' },
    'no-extractor': { type: 'boolean', default: false },
    'no-clusters': { type: 'boolean', default: false },
    bulk: { type: 'boolean', default: false },
    'clusters-from': { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(`Usage: npm run train:ner -- [--shared ../shared] [--lang de,en] [--out <model path>] [--epochs 8]
  [--min-sentences 2] [--no-mobie] [--germeval-weight 4] [--no-extractor] [--no-clusters] [--clusters-from <model>] [--bulk]
  [--runs 3] [--seed 20140]

Trains the name taggers (averaged perceptron, BIO over PER/ORG/LOC/OTH) and writes ingest/models/ner-<lang>.model.json.gz
(--out only with a single --lang).
de: GermEval 2014 dev without its held-out fifth (every 5th sentence), SmartData train and test, MobIE train (unless
  --no-mobie) and the German corpus releases except the de-a-*/de-b-* batches; scored on the held-out GermEval fifth
  and MobIE test.
en: WikiGold without its held-out fifth, WNUT17 train and the English corpus releases except the en-c-* batch; scored
  on the held-out WikiGold fifth and WNUT17 test.
de also clusters words (scripts/ner/clusters.ts) from the training texts above (never the held-out sentences); the
  table goes into the model. --bulk adds the Berlin police releases in <shared>/bulk/*.csv (experiments only: they
  may not be redistributed, so the committed model is built without them).
  --clusters-from reuses the table of an existing model (quicker experiments); --no-clusters leaves it out.
--runs N (German) averages the weights of N perceptron runs over different shuffles (seeds 20140, 20141, …);
  --seed sets the first shuffle seed (to compare a change over several shuffles; the committed models use 20140).
Scores are outer chunks, for the tagger alone and (unless --no-extractor) for the whole extractor with and without it.`);
  process.exit(0);
}
const langs = values.lang.split(',').map((l) => l.trim());
for (const l of langs)
  if (l !== 'de' && l !== 'en') throw new Error(`--lang: "${l}" is not de or en (use de, en or de,en)`);
if (values.out && langs.length > 1) throw new Error('--out needs a single --lang (e.g. --lang de --out x.json.gz)');

// ../shared next to the checkout (a git worktree sits one level deeper)
const shared = values.shared ?? (['../shared', '../../shared'].find((d) => existsSync(join(d, 'ner'))) || '../shared');
const ner = join(shared, 'ner');
const log = (line: string): void => console.log(line);
/** Word clusters for German: from the training sentences' text (never held-out text), with --bulk also the bulk releases. */
async function germanClusters(labelled: readonly TaggedSentence[]): Promise<WordClusters | undefined> {
  if (values['no-clusters']) return undefined;
  if (values['clusters-from']) {
    const { clusters } = loadNerModel(values['clusters-from']);
    log(`clusters: ${clusters?.size ?? 0} words from ${values['clusters-from']}`);
    return clusters;
  }
  const t0 = performance.now();
  // The bulk releases carry no licence to redistribute, so a shipped model never holds their words: only with --bulk
  // (for experiments) are they clustered too.
  const files = values.bulk ? bulkFiles(join(shared, 'bulk')) : [];
  const text = [...(await releaseSentences(files)), ...labelled.map((s) => s.words)];
  const clusters = clusterWords(text, CLUSTER_DEFAULTS);
  log(
    `clusters: ${clusters.size} words from ${text.length} sentences (training text${files.length ? ` + ${files.length} bulk files` : ''}), ` +
      `${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  return clusters;
}

/** The bulk export files, or an error naming the folder and the fix. */
function bulkFiles(bulk: string): string[] {
  const files = existsSync(bulk)
    ? readdirSync(bulk)
        .filter((f) => f.endsWith('.csv'))
        .sort()
        .map((f) => join(bulk, f))
    : [];
  if (files.length === 0)
    throw new Error(`${bulk}: no *.csv releases for --bulk; pass --shared <dir with bulk/> or leave --bulk out`);
  return files;
}

/** The German model: trains, writes, scores. */
async function trainGerman(): Promise<void> {
  const t0 = performance.now();
  log('== German');
  const germeval = germEvalTraining(join(ner, 'germeval2014/NER-de-dev.tsv'));
  // held out: every 5th sentence, never trained on by the committed model
  const heldOut = germeval.filter((_, i) => i % 5 === 4);
  const parts: [string, TaggedSentence[]][] = [
    ['GermEval dev (4/5)', germeval.filter((_, i) => i % 5 !== 4)],
    ['SmartData train', readDfkiBio(join(ner, 'smartdata/smartdata_v1_train.bio.tsv'))],
    // SmartData test is not the judged split: more training data counts for more than a second score
    ['SmartData test', readDfkiBio(join(ner, 'smartdata/smartdata_v1_test.bio.tsv'))],
    ['corpus (de, without de-a/de-b)', corpusTraining(join(shared, 'corpus'), (f) => /^de-[a-z]-/.test(f))],
  ];
  if (!values['no-mobie']) parts.push(['MobIE train', readDfkiBio(join(ner, 'mobie/train.conll2003'))]);
  for (const [name, data] of parts)
    log(`${name}: ${data.length} sentences, ${data.reduce((n, s) => n + s.words.length, 0)} tokens`);
  // GermEval is the closest to the judged test split: --germeval-weight N shows it N times per epoch
  const training = parts.flatMap(([, data], k) =>
    k === 0 ? Array.from({ length: Number(values['germeval-weight']) }, () => data).flat() : data,
  );

  const clusters = await germanClusters(parts.flatMap(([, data]) => data));
  const model = train(
    training,
    germanNerLexicon,
    values.out ?? 'ingest/models/ner-de.model.json.gz',
    t0,
    Number(values.runs),
    clusters,
  );

  const mobieTest = readDfkiBio(join(ner, 'mobie/test.conll2003'));
  const tagger = createNameTagger(model, germanNerLexicon);
  show(
    'GermEval held-out, tagger alone',
    scoreTagger(heldOut, (w) => tagger.spans(w)),
  );
  show(
    'MobIE test, tagger alone',
    scoreTagger(mobieTest, (w) => tagger.spans(w)),
  );
  if (!values['no-extractor']) {
    const withTagger = extractorAsTagger(createExtractor('de', { nerModel: model }).extract);
    const rulesOnly = extractorAsTagger(createExtractor('de', { nerModel: null }).extract);
    show('GermEval held-out, whole extractor', scoreTagger(heldOut, withTagger));
    show('GermEval held-out, extractor without tagger', scoreTagger(heldOut, rulesOnly));
    show('MobIE test, whole extractor', scoreTagger(mobieTest, withTagger));
  }
}

/** Trains on `training`, writes the gzipped model to `out` and returns it as written (weights rounded). */
function train(
  training: TaggedSentence[],
  lex: NerLexicon,
  out: string,
  t0: number,
  runs: number,
  clusters?: WordClusters,
): ReturnType<typeof parseNerModel> {
  const tTrain = performance.now();
  const trained = trainPerceptron(training, lex, {
    epochs: Number(values.epochs),
    minSentences: Number(values['min-sentences']),
    seed: Number(values.seed),
    runs,
    clusters,
    log,
  });
  const trainSeconds = (performance.now() - tTrain) / 1000;
  const json = serializeNerModel(trained);
  writeFileSync(out, gzipSync(Buffer.from(json), { level: 9 }));
  // score the model as written (weights rounded), not the in-memory one
  const model = parseNerModel(json, out);
  log(
    `model: ${model.index.size} features, ${(statSync(out).size / 1e6).toFixed(2)} MB gzipped -> ${out}; ` +
      `training ${trainSeconds.toFixed(1)} s (data + training ${((performance.now() - t0) / 1000).toFixed(1)} s)`,
  );
  return model;
}

function show(what: string, r: ChunkReport): void {
  log(
    `${what.padEnd(46)} F1 ${r.all.f1.toFixed(3)} (P ${r.all.precision.toFixed(3)} R ${r.all.recall.toFixed(3)}); ` +
      `PER ${r.PER.f1.toFixed(3)} ORG ${r.ORG.f1.toFixed(3)} LOC ${r.LOC.f1.toFixed(3)}`,
  );
}

/** The English model: trains, writes, scores. */
function trainEnglish(): void {
  const t0 = performance.now();
  log('== English');
  const wiki = readDfkiBio(join(ner, 'wikigold/wikigold.conll.txt'), mapConllClass);
  // held out: every 5th WikiGold sentence, never trained on by the committed model
  const heldOut = wiki.filter((_, i) => i % 5 === 4);
  const parts: [string, TaggedSentence[]][] = [
    ['WikiGold (4/5)', wiki.filter((_, i) => i % 5 !== 4)],
    ['WNUT17 train', readDfkiBio(join(ner, 'wnut17/wnut17train.conll'), mapWnutClass)],
    ['corpus (en, without en-c)', corpusTraining(join(shared, 'corpus'), (f) => /^en-c-/.test(f), 'en')],
  ];
  for (const [name, data] of parts)
    log(`${name}: ${data.length} sentences, ${data.reduce((n, s) => n + s.words.length, 0)} tokens`);
  const model = train(
    parts.flatMap(([, d]) => d),
    englishNerLexicon,
    values.out ?? 'ingest/models/ner-en.model.json.gz',
    t0,
    1,
  );
  const wnutTest = readDfkiBio(join(ner, 'wnut17/emerging.test.annotated'), mapWnutClass);
  const tagger = createNameTagger(model, englishNerLexicon);
  show(
    'WikiGold held-out, tagger alone',
    scoreTagger(heldOut, (w) => tagger.spans(w)),
  );
  show(
    'WNUT17 test, tagger alone',
    scoreTagger(wnutTest, (w) => tagger.spans(w)),
  );
  if (!values['no-extractor']) {
    const withTagger = extractorAsTagger(createExtractor('en', { nerModel: model }).extract, 'en');
    const rulesOnly = extractorAsTagger(createExtractor('en', { nerModel: null }).extract, 'en');
    show('WikiGold held-out, whole extractor', scoreTagger(heldOut, withTagger));
    show('WikiGold held-out, extractor without tagger', scoreTagger(heldOut, rulesOnly));
  }
}

if (langs.includes('de')) await trainGerman();
if (langs.includes('en')) trainEnglish();
