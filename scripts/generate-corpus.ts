// Writes a deterministic corpus of generated press releases for benchmarks: `npx tsx scripts/generate-corpus.ts --help`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { toDocx, toPdf } from './corpus/binary-formats.js';
import { generateRelease, toCsv, toHtml, toJsonl, toMarkdown, toRss, toText } from './corpus/release-generator.js';

const FORMATS = ['txt', 'md', 'html', 'docx', 'pdf', 'csv', 'jsonl', 'rss'] as const;
type Format = (typeof FORMATS)[number];

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'data/generated' },
    count: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    formats: { type: 'string', default: 'txt' },
    'per-folder': { type: 'string', default: '1000' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(`Usage: npx tsx scripts/generate-corpus.ts [--out DIR] [--count N] [--seed S] [--formats txt,md,html,docx,pdf,csv,jsonl,rss]

Writes N generated releases (German and English, officials visiting projects, quotes, initiatives).
One file per release for txt, md, html, docx and pdf (in folders of --per-folder files); csv, jsonl and rss
hold 500 releases per file. The same seed always gives the same corpus.`);
  process.exit(0);
}
const count = Number(values.count);
const seed = Number(values.seed);
const perFolder = Number(values['per-folder']);
const formats = values.formats.split(',').map((f) => f.trim()) as Format[];
for (const format of formats) {
  if (!FORMATS.includes(format)) {
    console.error(`unknown format "${format}"; use ${FORMATS.join(', ')}`);
    process.exit(2);
  }
}

const started = Date.now();
for (const format of formats) {
  const dir = join(values.out, format);
  if (format === 'csv' || format === 'jsonl' || format === 'rss') {
    mkdirSync(dir, { recursive: true });
    for (let from = 0; from < count; from += 500) {
      const batch = Array.from({ length: Math.min(500, count - from) }, (_, i) => generateRelease(seed, from + i));
      const name = `releases-${String(from / 500).padStart(4, '0')}`;
      if (format === 'csv') writeFileSync(join(dir, `${name}.csv`), toCsv(batch));
      if (format === 'jsonl') writeFileSync(join(dir, `${name}.jsonl`), toJsonl(batch));
      if (format === 'rss') writeFileSync(join(dir, `${name}.rss`), toRss(batch));
    }
    continue;
  }
  for (let i = 0; i < count; i++) {
    const release = generateRelease(seed, i);
    const folder = join(dir, String(Math.floor(i / perFolder)).padStart(4, '0'));
    if (i % perFolder === 0) mkdirSync(folder, { recursive: true });
    const file = join(folder, `release-${String(i).padStart(7, '0')}.${format}`);
    if (format === 'txt') writeFileSync(file, toText(release));
    if (format === 'md') writeFileSync(file, toMarkdown(release));
    if (format === 'html') writeFileSync(file, toHtml(release));
    if (format === 'docx') writeFileSync(file, await toDocx(release));
    if (format === 'pdf') writeFileSync(file, await toPdf(release));
  }
}
console.log(
  `wrote ${count} release(s) as ${formats.join(', ')} to ${values.out} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
