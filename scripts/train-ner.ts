// `npm run train:ner`: trains the German name tagger from ../shared/ner (+ corpus), writes the model, prints scores.
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { extractorAsTagger, scoreTagger, type ChunkReport, type TaggedSentence } from '../ingest/eval/germeval.js';
import { createExtractor } from '../ingest/extract/create-extractor.js';
import { createNameTagger, germanNerLexicon, parseNerModel, serializeNerModel } from '../ingest/extract/ner/index.js';
import { corpusTraining, germEvalTraining, readDfkiBio } from './ner/data.js';
import { trainPerceptron } from './ner/perceptron.js';

const { values } = parseArgs({
  options: {
    shared: { type: 'string' },
    out: { type: 'string', default: 'ingest/models/ner-de.model.json.gz' },
    epochs: { type: 'string', default: '8' },
    'min-sentences': { type: 'string', default: '2' },
    'no-mobie': { type: 'boolean', default: false },
    'germeval-weight': { type: 'string', default: '3' },
    'no-extractor': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(`Usage: npm run train:ner -- [--shared ../shared] [--out ${values.out}] [--epochs 8] [--min-sentences 2]
  [--no-mobie] [--germeval-weight 3] [--no-extractor]

Trains the German name tagger (averaged perceptron, BIO over PER/ORG/LOC/OTH) on GermEval 2014 dev without its held-out
fifth (every 5th sentence), SmartData train, MobIE train (unless --no-mobie) and the German corpus releases except the
de-a-*/de-b-* batches, writes the model and prints outer-chunk scores on the held-out GermEval fifth and SmartData
test, for the tagger alone and (unless --no-extractor) for the whole German extractor with and without the tagger.`);
  process.exit(0);
}

// ../shared next to the checkout (a git worktree sits one level deeper)
const shared = values.shared ?? (['../shared', '../../shared'].find((d) => existsSync(join(d, 'ner'))) || '../shared');
const ner = join(shared, 'ner');
const log = (line: string): void => console.log(line);
const t0 = performance.now();
const germeval = germEvalTraining(join(ner, 'germeval2014/NER-de-dev.tsv'));
// held out: every 5th sentence, never trained on by the committed model
const heldOut = germeval.filter((_, i) => i % 5 === 4);
const parts: [string, TaggedSentence[]][] = [
  ['GermEval dev (4/5)', germeval.filter((_, i) => i % 5 !== 4)],
  ['SmartData train', readDfkiBio(join(ner, 'smartdata/smartdata_v1_train.bio.tsv'))],
  ['corpus (de, without de-a/de-b)', corpusTraining(join(shared, 'corpus'), (f) => /^de-[a-z]-/.test(f))],
];
if (!values['no-mobie']) parts.push(['MobIE train', readDfkiBio(join(ner, 'mobie/train.conll2003'))]);
for (const [name, data] of parts)
  log(`${name}: ${data.length} sentences, ${data.reduce((n, s) => n + s.words.length, 0)} tokens`);
// GermEval is the closest to the judged test split: --germeval-weight N shows it N times per epoch
const training = parts.flatMap(([, data], k) =>
  k === 0 ? Array.from({ length: Number(values['germeval-weight']) }, () => data).flat() : data,
);

const tTrain = performance.now();
const trained = trainPerceptron(training, germanNerLexicon, {
  epochs: Number(values.epochs),
  minSentences: Number(values['min-sentences']),
  seed: 20140,
  log,
});
const trainSeconds = (performance.now() - tTrain) / 1000;
const json = serializeNerModel(trained);
writeFileSync(values.out, gzipSync(Buffer.from(json), { level: 9 }));
// score the model as written (weights rounded), not the in-memory one
const model = parseNerModel(json, values.out);
log(
  `model: ${model.index.size} features, ${(statSync(values.out).size / 1e6).toFixed(2)} MB gzipped -> ${values.out}; ` +
    `training ${trainSeconds.toFixed(1)} s (data + training ${((performance.now() - t0) / 1000).toFixed(1)} s)`,
);

const smartTest = readDfkiBio(join(ner, 'smartdata/smartdata_v1_test.bio.tsv'));
const tagger = createNameTagger(model, germanNerLexicon);
const show = (what: string, r: ChunkReport): void =>
  log(
    `${what.padEnd(46)} F1 ${r.all.f1.toFixed(3)} (P ${r.all.precision.toFixed(3)} R ${r.all.recall.toFixed(3)}); ` +
      `PER ${r.PER.f1.toFixed(3)} ORG ${r.ORG.f1.toFixed(3)} LOC ${r.LOC.f1.toFixed(3)}`,
  );
show(
  'GermEval held-out, tagger alone',
  scoreTagger(heldOut, (w) => tagger.spans(w)),
);
show(
  'SmartData test, tagger alone',
  scoreTagger(smartTest, (w) => tagger.spans(w)),
);
if (!values['no-extractor']) {
  const withTagger = extractorAsTagger(createExtractor('de', { nerModel: model }).extract);
  const rulesOnly = extractorAsTagger(createExtractor('de', { nerModel: null }).extract);
  show('GermEval held-out, whole extractor', scoreTagger(heldOut, withTagger));
  show('GermEval held-out, extractor without tagger', scoreTagger(heldOut, rulesOnly));
  show('SmartData test, whole extractor', scoreTagger(smartTest, withTagger));
}
