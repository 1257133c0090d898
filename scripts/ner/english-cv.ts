// Leave-one-out check of the English tagger on the English corpus releases it may train on (never the en-c-* batch):
// `npx tsx scripts/ner/english-cv.ts [--shared ../shared] [--types PER,ORG,LOC]` trains one model per release without
// that release and scores the release with the whole extractor, with and without the tagger's proposals.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { aggregate, goldRelease, readGoldDir, scoreFile, type FileScore } from '../../ingest/eval/index.js';
import { createExtractor } from '../../ingest/extract/create-extractor.js';
import { englishNerLexicon } from '../../ingest/extract/ner/index.js';
import { corpusTraining, mapConllClass, mapWnutClass, readDfkiBio } from './data.js';
import { trainPerceptron } from './perceptron.js';

const { values } = parseArgs({ options: { shared: { type: 'string' } } });
const shared = values.shared ?? (['../shared', '../../shared'].find((d) => existsSync(join(d, 'ner'))) || '../shared');
const ner = join(shared, 'ner');
const corpus = join(shared, 'corpus');
const base = [
  ...readDfkiBio(join(ner, 'wikigold/wikigold.conll.txt'), mapConllClass).filter((_, i) => i % 5 !== 4),
  ...readDfkiBio(join(ner, 'wnut17/wnut17train.conll'), mapWnutClass),
];
const seen = readGoldDir(corpus).filter(({ file, gold }) => gold.lang === 'en' && !/^en-c-/.test(file));
const withTagger: FileScore[] = [];
const rulesOnly: FileScore[] = [];
for (const { file, gold } of seen) {
  const training = [...base, ...corpusTraining(corpus, (f) => /^en-c-/.test(f) || f === file, 'en')];
  const model = trainPerceptron(training, englishNerLexicon, { epochs: 8, minSentences: 2, seed: 20140 });
  const release = goldRelease(file, gold);
  const a = createExtractor('en', { nerModel: model }).extract(release);
  const b = createExtractor('en', { nerModel: null }).extract(release);
  withTagger.push(scoreFile(file, gold, a));
  rulesOnly.push(scoreFile(file, gold, b));
  if (process.env.CV_DEBUG) {
    const key = (e: { type: string; name: string }): string => `${e.type}:${e.name}`;
    const gk = new Set(gold.entities.map(key));
    const bk = new Set(b.entities.map(key));
    for (const e of a.entities) if (!bk.has(key(e))) console.log(`${file} +${gk.has(key(e)) ? 'ok' : 'XX'} ${key(e)}`);
    const ak = new Set(a.entities.map(key));
    for (const e of b.entities) if (!ak.has(key(e))) console.log(`${file} -${gk.has(key(e)) ? 'ok' : 'XX'} ${key(e)}`);
  }
}
for (const [what, files] of [
  ['rules only', rulesOnly],
  ['rules + tagger (left-out release)', withTagger],
] as const) {
  const e = aggregate(files).entities;
  const f = (t: keyof typeof e): string => `${t} ${e[t].f1.toFixed(3)}`;
  console.log(
    `${what.padEnd(36)} ${f('all')} (P ${e.all.precision.toFixed(3)} R ${e.all.recall.toFixed(3)}); ${f('Person')} ${f('Organisation')} ${f('Place')}`,
  );
}
