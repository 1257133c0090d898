// The structured log of an ingest run: every step, every failure with its step, store errors with their cause.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../app/logger.js';
import { createExtractionPool } from '../../ingest/run/extraction-pool.js';
import { runIngest } from '../../ingest/run/run-ingest.js';
import { StoreError } from '../../src/errors/store-error.js';
import type { Stores } from '../../src/ports/stores.js';
import { createTempStores } from '../helpers/temp-stores.js';

const RELEASE = `Bürgermeisterin eröffnet Werkhof

Musterstadt. Bürgermeisterin Erika Beispiel hat am Montag den neuen Werkhof eröffnet.
`;

const pool = createExtractionPool(1);

/** A logger at debug whose lines land in `lines`, parsed. */
function capturingLogger() {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { log: createLogger({ file: null, level: 'debug' }, sink), lines };
}

describe('ingest log', () => {
  let dir: string;
  let stores: ReturnType<typeof createTempStores>;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'civicgraph-ingest-log-'));
    stores = createTempStores();
  });
  afterEach(async () => {
    await stores.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('logs reading each file, storing each release, a document that failed with its step and reason, and the totals', async () => {
    writeFileSync(join(dir, 'good.txt'), RELEASE);
    writeFileSync(join(dir, 'empty.txt'), '');
    const { log, lines } = capturingLogger();
    await runIngest([dir], stores, { pool, log });
    const good = join(dir, 'good.txt');
    const empty = join(dir, 'empty.txt');
    expect(lines).toContainEqual(expect.objectContaining({ level: 20, msg: 'reading file', step: 'read', path: good }));
    expect(lines).toContainEqual(
      expect.objectContaining({ level: 20, msg: 'release stored', step: 'write', source: good, status: 'created' }),
    );
    expect(lines).toContainEqual(expect.objectContaining({ level: 30, msg: 'file read', path: good }));
    expect(lines).toContainEqual(
      expect.objectContaining({
        level: 40,
        msg: 'document failed',
        step: 'read',
        source: empty,
        reason: 'file is empty',
      }),
    );
    expect(lines.at(-1)).toMatchObject({
      level: 30,
      msg: 'ingest finished',
      documents: { created: 1, failed: 1 },
      files: { seen: 2 },
    });
  });

  it('logs a store failure while writing with its cause and the releases it kept out', async () => {
    writeFileSync(join(dir, 'good.txt'), RELEASE);
    const failing: Stores = {
      ...stores,
      graph: new Proxy(stores.graph, {
        get(target, property) {
          if (property === 'writeRelease') {
            return async () => {
              throw new StoreError('the graph store cannot be reached', {
                cause: new Error('connect ECONNREFUSED 10.0.0.9:7687'),
              });
            };
          }
          const value: unknown = Reflect.get(target, property, target);
          return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
        },
      }),
    };
    const { log, lines } = capturingLogger();
    const report = await runIngest([dir], failing, { pool, log });
    expect(report.documents.failed).toBe(1);
    const logged = lines.find((line) => line['msg'] === 'writing a batch of releases failed');
    expect(logged).toMatchObject({ level: 50, step: 'write', releases: 1, sources: [join(dir, 'good.txt')] });
    const err = logged!['err'] as { message: string; stack: string };
    expect(err.message).toContain('the graph store cannot be reached');
    expect(err.stack).toMatch(/\n\s+at /);
    expect(JSON.stringify(err)).toContain('ECONNREFUSED 10.0.0.9:7687');
    expect(lines).toContainEqual(expect.objectContaining({ level: 40, msg: 'document failed', step: 'write' }));
  });

  it('writes the lines to the configured log file, from the configured level up', async () => {
    writeFileSync(join(dir, 'good.txt'), RELEASE);
    const file = join(dir, 'logs', 'ingest.log');
    await runIngest([join(dir, 'good.txt')], stores, { pool, log: createLogger({ file, level: 'info' }) });
    const lines = readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map((line) => line['msg'])).toEqual(['file read', 'ingest finished']);
  });
});
