import { readGold, goldRelease } from '/work/main/ingest/eval/gold.js';
import { extractRelease } from '/work/main/ingest/extract/create-extractor.js';
const f = process.argv[2]!;
const g = readGold(f);
const r = goldRelease(f, g);
if (process.argv[3]) console.log(r.text);
const x = extractRelease(r);
for (const e of x.entities) console.log(e.type.padEnd(12), e.name, '|', e.aliases.join('; '), '|', e.roles.map(r => `${r.title} @ ${r.organisation}`).join('; '), e.confidence);
for (const rel of x.relations) console.log(rel.type, rel.from, '->', rel.to, rel.title ?? '', rel.quote ? rel.quote.slice(0, 40) : '', rel.date ?? '');
