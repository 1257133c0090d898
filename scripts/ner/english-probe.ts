// English question of issue 11: does a tagger trained on the English data in ../shared/ner beat compromise + rules?
// `npx tsx scripts/ner/english-probe.ts [--shared ../shared]`: trains in memory (no model written) and prints both.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { extractorAsTagger, scoreTagger, type ChunkReport } from '../../ingest/eval/germeval.js';
import { createExtractor } from '../../ingest/extract/create-extractor.js';
import { EN_ORG_HEADS, EN_TITLE_HEADS } from '../../ingest/extract/en/lexicon.js';
import { isFirstName, isFrequentEnglish, placeTier } from '../../ingest/extract/gazetteer/index.js';
import { createNameTagger, type NerLexicon } from '../../ingest/extract/ner/index.js';
import { mapConllClass, mapWnutClass, readDfkiBio } from './data.js';
import { trainPerceptron } from './perceptron.js';

const { values } = parseArgs({ options: { shared: { type: 'string' } } });
const shared = values.shared ?? (['../shared', '../../shared'].find((d) => existsSync(join(d, 'ner'))) || '../shared');
const ner = join(shared, 'ner');
const lex: NerLexicon = {
  isFirstName,
  placeTier,
  isFrequentNoun: isFrequentEnglish,
  isTitle: (w) => EN_TITLE_HEADS.has(w.toLowerCase()),
  isOrgHead: (w) => EN_ORG_HEADS.has(w.toLowerCase()),
};
const wiki = readDfkiBio(join(ner, 'wikigold/wikigold.conll.txt'), mapConllClass);
const wikiHeld = wiki.filter((_, i) => i % 5 === 4);
const wnutTest = readDfkiBio(join(ner, 'wnut17/emerging.test.annotated'), mapWnutClass);
const training = [
  ...wiki.filter((_, i) => i % 5 !== 4),
  ...readDfkiBio(join(ner, 'wnut17/wnut17train.conll'), mapWnutClass),
];
const model = trainPerceptron(training, lex, { epochs: 8, minSentences: 2, seed: 20140 });
const tagger = createNameTagger(model, lex);
const rules = extractorAsTagger(createExtractor('en').extract, 'en');
const show = (what: string, r: ChunkReport): void =>
  console.log(
    `${what.padEnd(40)} F1 ${r.all.f1.toFixed(3)} (P ${r.all.precision.toFixed(3)} R ${r.all.recall.toFixed(3)}); ` +
      `PER ${r.PER.f1.toFixed(3)} ORG ${r.ORG.f1.toFixed(3)} LOC ${r.LOC.f1.toFixed(3)}`,
  );
console.log(`training: ${training.length} sentences (WikiGold 4/5 + WNUT17 train)`);
show(
  'WikiGold held-out fifth, tagger',
  scoreTagger(wikiHeld, (w) => tagger.spans(w)),
);
show('WikiGold held-out fifth, compromise+rules', scoreTagger(wikiHeld, rules));
show(
  'WNUT17 test, tagger',
  scoreTagger(wnutTest, (w) => tagger.spans(w)),
);
show('WNUT17 test, compromise+rules', scoreTagger(wnutTest, rules));
