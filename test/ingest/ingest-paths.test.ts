import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createExtractionPool } from '../../ingest/run/extraction-pool.js';
import { runIngest } from '../../ingest/run/run-ingest.js';
import type { RunOptions } from '../../ingest/run/run-ingest.js';
import type { Stores } from '../../src/ports/stores.js';
import { createTempStores } from '../helpers/temp-stores.js';

const SEED = join(import.meta.dirname, '../../../shared/corpus/de-seed.json');
const seedText = (): string => (JSON.parse(readFileSync(SEED, 'utf8')) as { text: string }).text;

const RELEASE = `Pressemitteilung

Landrätin eröffnet Radweg
Neue Verbindung zwischen Bramsche und Wallenhorst

Bramsche. Landrätin Petra Wiegmann hat am Montag den neuen Radweg zwischen Bramsche und Wallenhorst eröffnet.
„Der Radweg verbindet zwei Gemeinden“, sagte Wiegmann.
`;

const pool = createExtractionPool(1);
const ingestPaths = (paths: string[], stores: Stores, options: Partial<RunOptions> = {}) =>
  runIngest(paths, stores, { pool, ...options });

describe('runIngest', () => {
  let dir: string;
  let stores: Stores;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'civicgraph-ingest-'));
    stores = createTempStores();
  });
  afterEach(async () => {
    await stores.close();
    chmodSync(dir, 0o755);
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores every release in a folder tree and reports each file', async () => {
    mkdirSync(join(dir, 'a/b'), { recursive: true });
    writeFileSync(join(dir, 'a/one.txt'), RELEASE);
    writeFileSync(join(dir, 'a/b/seed.md'), seedText());
    writeFileSync(join(dir, 'a/ignored.png'), 'not a release file type');
    const seen: string[] = [];
    const report = await ingestPaths([dir], stores, {
      onEvent: (event) => event.kind === 'document' && seen.push(`${event.status} ${event.source}`),
    });
    expect(report.files).toMatchObject({ seen: 2, completed: 2 });
    expect(report.documents).toMatchObject({ created: 2, replaced: 0, unchanged: 0, failed: 0 });
    expect(seen).toEqual([`created ${join(dir, 'a/b/seed.md')}`, `created ${join(dir, 'a/one.txt')}`]);
    expect((await stores.graph.stats()).releases).toBe(2);
  });

  it('changes nothing when the same files are ingested again', async () => {
    writeFileSync(join(dir, 'seed.txt'), seedText());
    await ingestPaths([dir], stores);
    const before = await stores.graph.stats();
    const report = await ingestPaths([dir], stores);
    expect(report.files.unchanged).toBe(1);
    expect(report.documents).toMatchObject({ created: 0, failed: 0 });
    expect(await stores.graph.stats()).toEqual(before);
  });

  it('replaces the facts of a file that changed', async () => {
    const file = join(dir, 'release.txt');
    writeFileSync(file, seedText());
    await ingestPaths([file], stores);
    writeFileSync(file, RELEASE);
    const report = await ingestPaths([file], stores);
    expect(report.documents.replaced).toBe(1);
    const stats = await stores.graph.stats();
    expect(stats.releases).toBe(1);
    expect(await stores.graph.findEntities({ name: 'Lutz Deppmann', first: 1 })).toEqual([]);
    expect((await stores.search.search({ query: 'MeißelArbeit', first: 5 })).hits).toEqual([]);
    expect((await stores.search.search({ query: 'Radweg', first: 5 })).total).toBe(1);
  });

  it('skips empty, binary, unreadable and non-release files with a reason, and keeps what is stored', async () => {
    writeFileSync(join(dir, 'good.txt'), RELEASE);
    await ingestPaths([dir], stores);
    const before = await stores.graph.stats();
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x7f, 0x00, 0x01, 0x02, 0x00, 0x00, 0xff, 0x00, 0x12]));
    writeFileSync(join(dir, 'blank.md'), '\n\n   \n');
    writeFileSync(join(dir, 'noise.txt'), '12 34 56 -- !!\n');
    const report = await ingestPaths([dir, join(dir, 'missing.txt')], stores);
    const reasons = Object.fromEntries(report.failures.map((f) => [f.source.slice(dir.length + 1), f.reason]));
    expect(Object.keys(reasons).sort()).toEqual(['binary.txt', 'blank.md', 'empty.txt', 'missing.txt', 'noise.txt']);
    expect(reasons['empty.txt']).toMatch(/empty/);
    expect(reasons['binary.txt']).toMatch(/binary/);
    expect(reasons['missing.txt']).toMatch(/ENOENT/);
    expect(report.files.unchanged).toBe(1);
    expect(await stores.graph.stats()).toEqual(before);
  });

  it('decodes Windows-1252 files so that umlauts and ß arrive intact', async () => {
    const latin = Buffer.from(RELEASE.replace('Landrätin', 'Landrätin Straßen'), 'latin1');
    writeFileSync(join(dir, 'old.txt'), latin);
    await ingestPaths([dir], stores);
    const [hit] = (await stores.search.search({ query: 'Straßen', first: 1 })).hits;
    expect(hit?.title).toContain('Landrätin Straßen');
  });
});
