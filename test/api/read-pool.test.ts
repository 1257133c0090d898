import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withCancellation } from '../../src/ports/cancellation.js';
import { createEmbeddedStores } from '../../src/stores/sqlite/create-embedded-stores.js';
import { ReadPool } from '../../src/stores/sqlite/read-pool.js';
import { fillWithGeneratedReleases } from './load-store.js';

describe('the read pool of the embedded store', () => {
  let dir: string;
  let file: string;
  let pool: ReadPool;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'civicgraph-pool-'));
    file = join(dir, 'store.db');
    const stores = createEmbeddedStores(file);
    await fillWithGeneratedReleases(stores, 500);
    await stores.close();
    pool = new ReadPool(file, 1);
    await pool.run('graph', 'ping', []);
  });
  afterAll(async () => {
    await pool.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const slowSearch = () =>
    pool.run('search', 'search', [{ query: 'd', first: 10, facets: ['publisher', 'language', 'year'] }]);

  it('drops the waiting reads of a cancelled request at once and keeps serving others', async () => {
    const abort = new AbortController();
    const calls = withCancellation(abort.signal, () => Array.from({ length: 30 }, () => slowSearch()));
    const settled = Promise.allSettled(calls);
    expect(pool.waiting).toBe(29);
    const started = performance.now();
    abort.abort('timeout');
    const results = await settled;
    expect(performance.now() - started).toBeLessThan(200);
    expect(results.every((result) => result.status === 'rejected')).toBe(true);
    expect((results[5] as PromiseRejectedResult).reason).toMatchObject({ code: 'TIMEOUT' });
    expect(pool.waiting).toBe(0);
    const stats = await pool.run<{ releases: number }>('graph', 'stats', []);
    expect(stats.releases).toBe(500);
  });

  it('refuses methods that write', async () => {
    await expect(pool.run('graph', 'deleteRelease', ['rel_x'])).rejects.toThrow(/not a read method/);
  });

  it('rebuilds store errors with their code', async () => {
    await expect(pool.run('search', 'search', [{ query: 'x', first: 1000 }])).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      message: expect.stringContaining('"first"'),
    });
  });
});
