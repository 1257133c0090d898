// `npx tsx scripts/ner/heldout-diff.ts <germeval.tsv> [model]` (RULES=1 also lists each sentence's candidates): where the whole German extractor and the tagger alone disagree
// on a GermEval file, span by span (to see which rules on top of the tagger add or lose names).
import { extractorAsTagger, goldChunks, readGermEval } from '../../ingest/eval/germeval.js';
import { createExtractor } from '../../ingest/extract/create-extractor.js';
import { createNameTagger, germanNerLexicon, loadNerModel, type TokenSpan } from '../../ingest/extract/ner/index.js';
import { defaultNerModelPath } from '../../ingest/extract/ner/model-path.js';
import { withTaggerProposals } from '../../ingest/extract/de/tagger-proposals.js';
import { recogniseGerman } from '../../ingest/extract/de/recognise.js';
import { analyze } from '../../ingest/extract/nlp/analyze.js';
import type { Release } from '../../src/domain/index.js';

const file = process.argv[2];
if (!file) throw new Error('usage: npx tsx scripts/ner/heldout-diff.ts <germeval.tsv> [model.json.gz]');
const model = loadNerModel(process.argv[3] ?? defaultNerModelPath('de'));
const tagger = createNameTagger(model, germanNerLexicon);
const whole = extractorAsTagger(createExtractor('de', { nerModel: model }).extract);
const key = (s: TokenSpan): string => `${s.type}:${s.from}:${s.to}`;
const counts = new Map<string, number>();
for (const s of readGermEval(file)) {
  const gold = new Set(goldChunks(s.tags).map(key));
  const tag = tagger.spans(s.words).filter((x) => x.type !== 'OTH');
  const ext = whole(s.words);
  const tk = new Set(tag.map(key));
  const ek = new Set(ext.map(key));
  const show = (x: TokenSpan): string => `${x.type} «${s.words.slice(x.from, x.to).join(' ')}»`;
  const lines: string[] = [];
  for (const x of ext)
    if (!tk.has(key(x))) {
      const kind = gold.has(key(x)) ? 'WIN ' : 'EXTRA';
      counts.set(kind, (counts.get(kind) ?? 0) + 1);
      lines.push(`  ${kind} ${show(x)}`);
    }
  for (const x of tag)
    if (!ek.has(key(x))) {
      const kind = gold.has(key(x)) ? 'LOST' : 'fixed';
      counts.set(kind, (counts.get(kind) ?? 0) + 1);
      lines.push(`  ${kind} ${show(x)}`);
    }
  if (lines.length === 0) continue;
  const goldText = goldChunks(s.tags)
    .map((x) => show(x))
    .join(', ');
  console.log(`${s.words.join(' ')}\n  gold: ${goldText}\n${lines.join('\n')}`);
  if (process.env.RULES) console.log(`  rules: ${candidateRules(s.words.join(' '))}`);
}
console.log(Object.fromEntries(counts));

/** The German candidates of one sentence with the rule that proposed each (for reading, not scoring). */
function candidateRules(text: string): string {
  const release = {
    id: 'x',
    source: 'germeval',
    url: null,
    title: '',
    subtitle: null,
    date: null,
    dateline: null,
    publisher: null,
    language: 'de',
    paragraphs: [text],
    caption: null,
    photoCredit: null,
    contact: null,
    links: [],
    text,
  } as unknown as Release;
  const doc = analyze(release);
  const found = withTaggerProposals(doc, recogniseGerman(doc), tagger);
  return found.candidates.map((c) => `${c.rule}:${c.type[0]}«${c.name}»`).join(' ');
}
