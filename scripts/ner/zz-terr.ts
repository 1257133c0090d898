import { goldChunks, readGermEval } from '../../ingest/eval/germeval.js';
import { createNameTagger, germanNerLexicon, loadNerModel, type TokenSpan } from '../../ingest/extract/ner/index.js';
import { defaultNerModelPath } from '../../ingest/extract/ner/model-path.js';
const tagger = createNameTagger(loadNerModel(defaultNerModelPath('de')), germanNerLexicon);
const key = (s: TokenSpan): string => `${s.type}:${s.from}:${s.to}`;
const cat = new Map<string, number>();
for (const s of readGermEval(process.argv[2]!)) {
  const g = goldChunks(s.tags);
  const p = tagger.spans(s.words).filter((x) => x.type !== 'OTH');
  const gk = new Set(g.map(key));
  const pk = new Set(p.map(key));
  const show = (x: TokenSpan): string => `${x.type}«${s.words.slice(x.from, x.to).join(' ')}»`;
  for (const x of p)
    if (!gk.has(key(x))) {
      const same = g.find((y) => y.from === x.from && y.to === x.to);
      const ov = g.find((y) => y.from < x.to && x.from < y.to);
      const k = same ? `type ${same.type}->${x.type}` : ov ? 'boundary' : `fp ${x.type}`;
      cat.set(k, (cat.get(k) ?? 0) + 1);
      console.log(k.padEnd(14), show(x), same || ov ? 'gold ' + show((same ?? ov)!) : '');
    }
  for (const y of g)
    if (!pk.has(key(y)) && !p.some((x) => x.from < y.to && y.from < x.to)) {
      cat.set(`fn ${y.type}`, (cat.get(`fn ${y.type}`) ?? 0) + 1);
      console.log(`fn ${y.type}`.padEnd(14), show(y), '|', s.words.slice(Math.max(0, y.from - 4), y.to + 3).join(' '));
    }
}
console.log(Object.fromEntries(cat));
