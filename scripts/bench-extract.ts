// Extraction throughput (parse + extract, no storage) on worker threads: `npx tsx scripts/bench-extract.ts --help`.
import { readFileSync, readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createExtractionPool, DEFAULT_BUDGET } from '../ingest/run/extraction-pool.js';
import type { RawDocument } from '../ingest/read/raw-document.js';
import { generateRelease, toText } from './corpus/release-generator.js';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '5000' },
    corpus: { type: 'string', default: '../shared/corpus' },
    concurrency: { type: 'string', default: String(availableParallelism()) },
    'worker-memory': { type: 'string', default: String(DEFAULT_BUDGET.maxWorkerMemoryMb) },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(`Usage: npx tsx scripts/bench-extract.ts [--count 5000] [--corpus ../shared/corpus] [--concurrency N]

Parses and extracts --count releases (the real corpus texts, cycled, half of them, and generated releases for the
rest) on 1 and on --concurrency worker threads (default: all cores) and prints releases/s, the process's peak RSS and
the share of one worker: (peak RSS − RSS before any worker started) / threads. --worker-memory sets the workers'
heap budget in MB (default: the CLI's).`);
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

// Before any worker starts: what the main thread itself holds (the documents, the loader), not the workers'.
// Measured once: what a closed pool leaves mapped counts against the next pass's workers, not in their favour.
const base = process.memoryUsage().rss;
for (const threads of [...new Set([1, Number(values.concurrency)])]) {
  // Worker threads even for one, as the CLI runs them: the per-worker figure is then the CLI's.
  const pool = createExtractionPool(threads, {
    inline: false,
    budget: { maxWorkerMemoryMb: Number(values['worker-memory']) },
  });
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
      `${seconds.toFixed(1)} s = ${(count / seconds).toFixed(0)} releases/s; failed ${failed}; ` +
      `peak RSS ${(peak / 1e6).toFixed(0)} MB, of which ${(base / 1e6).toFixed(0)} MB before the workers started ` +
      `= ${((peak - base) / threads / 1e6).toFixed(0)} MB per worker`,
  );
}
