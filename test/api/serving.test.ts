import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KeyRing } from '../../src/api/access.js';
import { createApiServer } from '../../src/api/create-api-server.js';
import type { RunningServer } from '../../src/api/http-server.js';
import { startHttpServer } from '../../src/api/http-server.js';
import { createServingStores } from '../../src/stores/sqlite/pooled-stores.js';
import type { Stores } from '../../src/ports/stores.js';
import { servicesFor } from '../helpers/api.js';
import { fillWithGeneratedReleases, SLOW_SEARCH } from './load-store.js';

// Plain JavaScript for a worker thread: `clients` loops posting the query until told to stop.
const LOAD_GENERATOR = `
const { parentPort, workerData } = require('node:worker_threads');
const { url, query, clients } = workerData;
let running = true;
let done = 0;
let failed = 0;
parentPort.once('message', () => { running = false; });
const loop = async () => {
  while (running) {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    await response.arrayBuffer();
    if (response.status === 200) done += 1; else failed += 1;
  }
};
Promise.all(Array.from({ length: clients }, loop)).then(() => parentPort.postMessage({ done, failed }));
`;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;

describe('serving under load (embedded store, reads on worker threads)', () => {
  let dir: string;
  let stores: Stores;
  let running: RunningServer;
  let quick: RunningServer;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'civicgraph-serving-'));
    stores = createServingStores(join(dir, 'store.db'), 2);
    await fillWithGeneratedReleases(stores, 3000);
    const options = { services: servicesFor(stores), keys: new KeyRing([]), port: 0 };
    running = await startHttpServer({ ...options, apollo: createApiServer() });
    quick = await startHttpServer({ ...options, apollo: createApiServer(), requestTimeoutMs: 20 });
    // Both workers up (loading the TypeScript sources takes a while) before anything is timed.
    await Promise.all([stores.graph.stats(), stores.graph.stats(), stores.search.has('rel_warm_up')]);
  });
  afterAll(async () => {
    await running?.stop();
    await quick?.stop();
    await stores?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const search = (url: string, query = SLOW_SEARCH) =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });

  it('keeps /health answering while 50 searches run in parallel', async () => {
    // The load comes from another thread, so the server's event loop does only the server's work.
    const load = new Worker(LOAD_GENERATOR, {
      eval: true,
      workerData: { url: running.url, query: SLOW_SEARCH, clients: 50 },
    });
    const completed = new Promise<{ done: number; failed: number }>((resolve) => load.once('message', resolve));
    // Let the searches queue up before measuring.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const latencies: number[] = [];
    for (let i = 0; i < 40; i += 1) {
      const started = performance.now();
      const response = await fetch(running.url.replace('/graphql', '/health'));
      await response.json();
      latencies.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    load.postMessage('stop');
    const { done, failed } = await completed;
    await load.terminate();
    latencies.sort((a, b) => a - b);
    expect(failed).toBe(0);
    // every client had a search answered (on a loaded machine none may finish before the stop: each ends its last)
    expect(done).toBeGreaterThanOrEqual(50);
    // Not blocked behind the searches (seconds before the read workers). The 50 ms target itself is measured
    // by scripts/bench-health.ts; the median, not the tail, since another process can take the core a while.
    expect(percentile(latencies, 0.5)).toBeLessThan(500);
  });

  it('returns 503 TIMEOUT promptly when the store work outlasts the time limit', async () => {
    // Twenty aliased slow searches: far more than 20 ms of store work, even on an idle machine.
    const aliases = Array.from({ length: 20 }, (_, i) => `s${i}: ${SLOW_SEARCH.slice(1, -1)}`).join('\n');
    const started = performance.now();
    const response = await search(quick.url, `{ ${aliases} }`);
    const ms = performance.now() - started;
    const body: unknown = await response.json();
    expect({ status: response.status, body }).toEqual({
      status: 503,
      body: {
        errors: [{ message: 'the request took longer than 20 ms', extensions: { code: 'TIMEOUT' } }],
      },
    });
    expect(ms).toBeLessThan(500);
    // The abandoned work does not break later requests.
    const after = await search(running.url, '{ stats { releases } }');
    expect(await after.json()).toEqual({ data: { stats: { releases: 3000 } } });
  });

  it('reads on workers see writes made on the main connection', async () => {
    const before = await search(running.url, '{ search(query: "neuzugangswort") { totalCount } }');
    expect(await before.json()).toEqual({ data: { search: { totalCount: 0 } } });
    const { writeRelease } = await import('../../ingest/write-release.js');
    const { makeFacts } = await import('../helpers/make-facts.js');
    await writeRelease(
      makeFacts({ source: 'late.txt', title: 'Neuzugangswort im Titel', body: 'Ein Text.', entities: [] }),
      stores,
    );
    const after = await search(running.url, '{ search(query: "neuzugangswort") { totalCount } }');
    expect(await after.json()).toEqual({ data: { search: { totalCount: 1 } } });
  });

  it('keeps the code of store errors raised on a worker', async () => {
    const response = await search(
      running.url,
      '{ search(query: "x", filter: { dateFrom: "2025-02-30" }) { totalCount } }',
    );
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0]!.message).toMatch(/dateFrom/);
  });
});
