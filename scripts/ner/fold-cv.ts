// `npx tsx scripts/ner/fold-cv.ts [--folds 0,1,2,3] [--save /tmp/fm] [--models /tmp/fm]`: the German tagger and the
// whole extractor on other fifths of GermEval dev than the held-out one (fold k = sentences with index % 5 === k), each
// scored by a model trained without it. The held-out fifth (fold 4) is the one the settle step was tuned on, so the
// other fifths are the fairer check of a change to the rules on top of the tagger.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { extractorAsTagger, scoreTagger, type ChunkReport, type TaggedSentence } from '../../ingest/eval/germeval.js';
import { createExtractor } from '../../ingest/extract/create-extractor.js';
import {
  createNameTagger,
  germanNerLexicon,
  loadNerModel,
  parseNerModel,
  serializeNerModel,
  type NerModel,
} from '../../ingest/extract/ner/index.js';
import { defaultNerModelPath } from '../../ingest/extract/ner/model-path.js';
import { corpusTraining, germEvalTraining, readDfkiBio } from './data.js';
import { trainPerceptron } from './perceptron.js';

const { values } = parseArgs({
  options: {
    shared: { type: 'string', default: '../shared' },
    folds: { type: 'string', default: '0,1,2,3' },
    save: { type: 'string' },
    models: { type: 'string' },
    epochs: { type: 'string', default: '8' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(`Usage: npx tsx scripts/ner/fold-cv.ts [--folds 0,1,2,3] [--save DIR] [--models DIR] [--epochs 8]
       [--shared ../shared]

Trains one German tagger per fold of GermEval dev (fold k: sentences with index % 5 === k left out) and prints the
tagger alone and the whole extractor on that fold, then pooled. --save DIR keeps the fold models, --models DIR
rescores saved ones (about a minute) instead of training (about 5 minutes).`);
  process.exit(0);
}
const ner = join(values.shared, 'ner');
const germeval = germEvalTraining(join(ner, 'germeval2014/NER-de-dev.tsv'));
const folds = values.folds.split(',').map(Number);

/** The training data of fold k as train-ner builds it (GermEval shown 4 times), one run, seed 20140 + k. */
function trainFold(k: number, rest: readonly TaggedSentence[]): NerModel {
  const train = germeval.filter((_, i) => i % 5 !== k);
  const clusters = loadNerModel(defaultNerModelPath('de')).clusters;
  const opts = { epochs: Number(values.epochs), minSentences: 2, seed: 20140 + k, clusters };
  const json = serializeNerModel(
    trainPerceptron([...train, ...train, ...train, ...train, ...rest], germanNerLexicon, opts),
  );
  if (values.save) writeFileSync(`${values.save}-${k}.json.gz`, gzipSync(Buffer.from(json)));
  return parseNerModel(json, `fold ${k}`);
}

/** The other training sets (SmartData, the corpus releases, MobIE), read once. */
function otherTraining(): TaggedSentence[] {
  return [
    ...readDfkiBio(join(ner, 'smartdata/smartdata_v1_train.bio.tsv')),
    ...readDfkiBio(join(ner, 'smartdata/smartdata_v1_test.bio.tsv')),
    ...corpusTraining(join(values.shared, 'corpus'), (f) => /^de-[a-z]-/.test(f)),
    ...readDfkiBio(join(ner, 'mobie/train.conll2003')),
  ];
}

const line = (r: ChunkReport): string =>
  `${r.all.f1.toFixed(3)} (PER ${r.PER.f1.toFixed(3)} ORG ${r.ORG.f1.toFixed(3)} LOC ${r.LOC.f1.toFixed(3)})`;
const pooled = { tagger: { tp: 0, fp: 0, fn: 0 }, extractor: { tp: 0, fp: 0, fn: 0 } };
const rest = values.models ? [] : otherTraining();
for (const k of folds) {
  const path = values.models ? `${values.models}-${k}.json.gz` : null;
  if (path && !existsSync(path)) throw new Error(`${path}: no saved model of fold ${k} (train with --save first)`);
  const model = path ? loadNerModel(path) : trainFold(k, rest);
  const test = germeval.filter((_, i) => i % 5 === k);
  const tagger = createNameTagger(model, germanNerLexicon);
  const t = scoreTagger(test, (w) => tagger.spans(w));
  const e = scoreTagger(test, extractorAsTagger(createExtractor('de', { nerModel: model }).extract));
  for (const [into, r] of [
    [pooled.tagger, t],
    [pooled.extractor, e],
  ] as const)
    for (const x of ['tp', 'fp', 'fn'] as const) into[x] += r.all[x];
  console.log(`fold ${k}: tagger ${line(t)}  whole extractor ${line(e)}`);
}
const f1 = (c: { tp: number; fp: number; fn: number }): string => ((2 * c.tp) / (2 * c.tp + c.fp + c.fn)).toFixed(4);
console.log(`pooled over folds ${values.folds}: tagger ${f1(pooled.tagger)}, whole extractor ${f1(pooled.extractor)}`);
