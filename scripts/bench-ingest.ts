// End-to-end ingest benchmark into the embedded store: `npx tsx scripts/bench-ingest.ts --help`.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createExtractionPool } from '../ingest/run/extraction-pool.js';
import { runIngest } from '../ingest/run/run-ingest.js';
import { createEmbeddedStores } from '../src/stores/sqlite/create-embedded-stores.js';
import { toDocx, toPdf } from './corpus/binary-formats.js';
import { generateRelease, toHtml, toText } from './corpus/release-generator.js';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '5000' },
    formats: { type: 'string', default: 'txt,html,docx,pdf' },
    'other-count': { type: 'string', default: '500' },
    concurrency: { type: 'string', default: String(availableParallelism()) },
    keep: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(`Usage: npx tsx scripts/bench-ingest.ts [--count 5000] [--other-count 500] [--formats txt,html,docx,pdf] [--concurrency N]

Generates --count plain-text releases (and --other-count of each other format), ingests each format into a
fresh embedded store with worker threads, and prints releases/s and the peak RSS of the process.
Peak RSS is sampled every 250 ms while plain text runs, so growth with corpus size shows.`);
  process.exit(0);
}

const dir = mkdtempSync(join(tmpdir(), 'civicgraph-bench-'));
const concurrency = Number(values.concurrency);
console.log(`machine: ${availableParallelism()} cores; extraction threads: ${concurrency}; corpus in ${dir}`);

async function writeCorpus(format: string, count: number): Promise<string> {
  const root = join(dir, format);
  for (let i = 0; i < count; i++) {
    const folder = join(root, String(Math.floor(i / 1000)));
    if (i % 1000 === 0) mkdirSync(folder, { recursive: true });
    const release = generateRelease(42, i);
    const file = join(folder, `r${i}.${format}`);
    if (format === 'txt') writeFileSync(file, toText(release));
    else if (format === 'html') writeFileSync(file, toHtml(release));
    else if (format === 'docx') writeFileSync(file, await toDocx(release));
    else if (format === 'pdf') writeFileSync(file, await toPdf(release));
  }
  return root;
}

for (const format of values.formats.split(',')) {
  const count = format === 'txt' ? Number(values.count) : Number(values['other-count']);
  const root = await writeCorpus(format, count);
  const stores = createEmbeddedStores(join(dir, `${format}.db`));
  const pool = createExtractionPool(concurrency);
  const samples: { done: number; rss: number }[] = [];
  let done = 0;
  const sampler = setInterval(() => samples.push({ done, rss: process.memoryUsage().rss }), 250);
  const started = performance.now();
  const report = await runIngest([root], stores, { pool, onEvent: (e) => e.kind === 'document' && done++ });
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  await pool.close();
  await stores.close();
  const peak = Math.max(...samples.map((s) => s.rss), process.memoryUsage().rss);
  const half = samples.filter((s) => s.done <= done / 2);
  const peakFirstHalf = Math.max(0, ...half.map((s) => s.rss));
  console.log(
    `${format.padEnd(5)} ${String(report.documents.created).padStart(7)} releases in ${seconds.toFixed(1).padStart(6)} s = ` +
      `${(report.documents.created / seconds).toFixed(0).padStart(5)}/s; failed ${report.documents.failed}; ` +
      `peak RSS ${(peak / 1e6).toFixed(0)} MB (first half ${(peakFirstHalf / 1e6).toFixed(0)} MB)`,
  );
}
if (!values.keep) rmSync(dir, { recursive: true, force: true });
