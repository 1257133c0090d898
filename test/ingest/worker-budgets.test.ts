import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createExtractionPool, type ExtractionPool } from '../../ingest/run/extraction-pool.js';
import { runIngest } from '../../ingest/run/run-ingest.js';
import { generateRelease, toText } from '../../scripts/corpus/release-generator.js';
import type { Stores } from '../../src/ports/stores.js';
import { createTempStores } from '../helpers/temp-stores.js';

/** Generated release text repeated to at least `bytes`: a document far too long to be one press release. */
function bigText(bytes: number): string {
  const parts: string[] = [];
  for (let length = 0, i = 0; length < bytes; i++) {
    parts.push(toText(generateRelease(13, i)));
    length += parts.at(-1)!.length + 2;
  }
  return parts.join('\n\n');
}

// The limit that would refuse these documents is raised: this is about what a worker does with one.
const NO_SIZE_LIMIT = { maxDocumentBytes: 64 * 1024 * 1024 };

describe('extraction workers with a time and memory budget', () => {
  let dir: string;
  let stores: Stores;
  const pools: ExtractionPool[] = [];
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'civicgraph-budget-'));
    stores = createTempStores();
    writeFileSync(join(dir, 'a.txt'), toText(generateRelease(13, 900)));
    writeFileSync(join(dir, 'c.txt'), toText(generateRelease(13, 901)));
  });
  afterEach(async () => {
    await stores.close();
    rmSync(dir, { recursive: true, force: true });
  });
  afterAll(async () => {
    for (const pool of pools) await pool.close();
  });

  async function warmPool(budget: { taskTimeoutMs?: number; maxWorkerMemoryMb?: number }): Promise<ExtractionPool> {
    const pool = createExtractionPool(1, { inline: false, budget });
    pools.push(pool);
    // A worker loads the extractor on its first task; that start-up is not what the budget is about.
    expect((await pool.run({ raw: toText(generateRelease(13, 902)), meta: { source: 'warm-up.txt' } })).ok).toBe(true);
    return pool;
  }

  it('fails a document that runs its worker out of memory, replaces the worker and stores the rest', async () => {
    writeFileSync(join(dir, 'b.txt'), bigText(2 * 1024 * 1024));
    const pool = await warmPool({ maxWorkerMemoryMb: 96, taskTimeoutMs: 120_000 });
    const report = await runIngest([dir], stores, { pool, limits: NO_SIZE_LIMIT });
    expect(report.failures).toEqual([
      {
        source: join(dir, 'b.txt'),
        format: 'txt',
        step: 'parse',
        reason: expect.stringMatching(/^the extraction worker ran out of memory \(budget 96 MB per worker\)/),
      },
    ]);
    expect(report.documents.created).toBe(2);
  }, 180_000);

  it('gives up a document that takes longer than its time budget, and the next one is stored', async () => {
    writeFileSync(join(dir, 'b.txt'), bigText(3 * 1024 * 1024));
    // Long enough for a fresh worker to start on a loaded machine, far shorter than the big document needs.
    const pool = await warmPool({ taskTimeoutMs: 15_000 });
    const started = Date.now();
    const report = await runIngest([dir], stores, { pool, limits: NO_SIZE_LIMIT });
    expect(report.failures).toEqual([
      expect.objectContaining({
        source: join(dir, 'b.txt'),
        step: 'parse',
        reason: expect.stringMatching(/^gave up after 15 s/),
      }),
    ]);
    expect(report.documents.created).toBe(2);
    expect(Date.now() - started).toBeLessThan(90_000);
  }, 180_000);

  it('stops within seconds on abort while a long document is being extracted, and resumes it later', async () => {
    writeFileSync(join(dir, 'b.txt'), bigText(3 * 1024 * 1024));
    const pool = await warmPool({ taskTimeoutMs: 120_000 });
    const abort = new AbortController();
    let abortedAt = 0;
    const report = await runIngest([dir], stores, {
      pool,
      limits: NO_SIZE_LIMIT,
      signal: abort.signal,
      onEvent: (event) => {
        // a.txt is stored, b.txt is in the worker: stop now.
        if (event.kind === 'file' && event.status === 'started' && event.path.endsWith('b.txt')) {
          setTimeout(() => {
            abortedAt = Date.now();
            abort.abort();
          }, 1000);
        }
      },
    });
    expect(Date.now() - abortedAt).toBeLessThan(5_000);
    expect(report.interrupted).toBe(true);
    expect(report.failures).toEqual([]);
    const ledger = await stores.graph.ledgerEntries([join(dir, 'a.txt'), join(dir, 'b.txt')]);
    expect([...ledger.keys()]).toEqual([join(dir, 'a.txt')]);
    // The next run starts with the file that was cut (here refused by the normal limit, so it is quick).
    const resumed = await runIngest([dir], stores, { pool });
    expect(resumed.files).toMatchObject({ unchanged: 1, completed: 2 });
    expect(resumed.failures.map((f) => f.source)).toEqual([join(dir, 'b.txt')]);
  }, 180_000);
});
