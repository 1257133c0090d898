// Extraction throughput (parse + extract, no storage) on worker threads: `npx tsx scripts/bench-extract.ts --help`.
import { readFileSync, readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createExtractionPool } from '../ingest/run/extraction-pool.js';
import type { RawDocument } from '../ingest/read/raw-document.js';
import { generateRelease, toText } from './corpus/release-generator.js';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '5000' },
    corpus: { type: 'string', default: '../shared/corpus' },
    concurrency: { type: 'string', default: String(availableParallelism()) },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(`Usage: npx tsx scripts/bench-extract.ts [--count 5000] [--corpus ../shared/corpus] [--concurrency N]

Parses and extracts --count releases (the real corpus texts, cycled, half of them, and generated releases for the
rest) on --concurrency worker threads (default: all cores) and prints releases/s and the process's peak RSS.`);
  process.exit(0);
}

const count = Number(values.count);
const corpus = readdirSync(values.corpus)
  .filter((name) => name.endsWith('.json'))
  .map((name) => (JSON.parse(readFileSync(join(values.corpus, name), 'utf8')) as { text: string }).text);
const documents: RawDocument[] = Array.from({ length: count }, (_, i) => ({
  raw: i % 2 === 0 && corpus.length > 0 ? corpus[(i / 2) % corpus.length]! : toText(generateRelease(9, i)),
  meta: { source: `bench/${i}.txt` },
}));
const characters = documents.reduce((sum, doc) => sum + doc.raw.length, 0);

for (const threads of [...new Set([1, Number(values.concurrency)])]) {
  const pool = createExtractionPool(threads);
  // Warm up: workers load the extractor and gazetteers once.
  await Promise.all(documents.slice(0, threads * 4).map((doc) => pool.run(doc)));
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 200);
  const started = performance.now();
  let failed = 0;
  let inFlight: Promise<void>[] = [];
  for (const doc of documents) {
    inFlight.push(pool.run(doc).then((result) => void (result.ok || failed++)));
    if (inFlight.length >= threads * 16) {
      await Promise.all(inFlight);
      inFlight = [];
    }
  }
  await Promise.all(inFlight);
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  await pool.close();
  console.log(
    `${availableParallelism()} cores, ${threads} thread(s): ${count} releases (avg ${Math.round(characters / count)} chars) in ` +
      `${seconds.toFixed(1)} s = ${(count / seconds).toFixed(0)} releases/s; failed ${failed}; peak RSS ${(peak / 1e6).toFixed(0)} MB`,
  );
}
