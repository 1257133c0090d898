import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExtractionPool } from '../../ingest/run/extraction-pool.js';
import { runIngest } from '../../ingest/run/run-ingest.js';
import { generateRelease, seededRandom, toCsv, toText } from '../../scripts/corpus/release-generator.js';
import { createEmbeddedStores } from '../../src/stores/sqlite/create-embedded-stores.js';
import { storeDigest } from '../helpers/store-digest.js';

const CLI = join(import.meta.dirname, '../../app/cli/run.ts');

/** Runs `civicgraph ingest` in a child process and kills it with SIGKILL after `afterDocuments` stored releases. */
function ingestAndKill(
  paths: string[],
  data: string,
  afterDocuments: number,
): Promise<{ killed: boolean; seen: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', CLI, 'ingest', ...paths, '--data', data, '--concurrency', '2', '--verbose'],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let seen = 0;
    let buffer = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      seen += lines.filter((line) => line.startsWith('created')).length;
      if (seen >= afterDocuments && !child.killed) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) => resolve({ killed: signal === 'SIGKILL', seen }));
  });
}

describe('kill -9 in the middle of an ingest, then resume', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'civicgraph-kill-'));
    mkdirSync(join(dir, 'corpus/txt'), { recursive: true });
    for (let i = 0; i < 80; i++)
      writeFileSync(join(dir, 'corpus/txt', `r${String(i).padStart(3, '0')}.txt`), toText(generateRelease(5, i)));
    writeFileSync(join(dir, 'corpus/export.csv'), toCsv(Array.from({ length: 60 }, (_, i) => generateRelease(6, i))));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('ends with exactly the store an uninterrupted run makes', async () => {
    const pool = createExtractionPool(1);
    const reference = createEmbeddedStores(join(dir, 'reference.db'));
    await runIngest([join(dir, 'corpus')], reference, { pool });
    const expected = await storeDigest(reference.graph);
    await reference.close();
    expect(expected.releases).toBe(140);

    // Kill at a random point (seeded, so a failure can be repeated with KILL_SEED=<seed>), twice, then finish.
    const seed = Number(process.env['KILL_SEED'] ?? Date.now() % 100_000);
    console.log(`kill-and-resume seed ${seed} (repeat with KILL_SEED=${seed})`);
    const random = seededRandom(seed);
    const data = join(dir, 'killed.db');
    for (const round of [1, 2]) {
      const at = 5 + Math.floor(random() * 60);
      const { killed, seen } = await ingestAndKill([join(dir, 'corpus')], data, at);
      console.log(`round ${round}: killed=${killed} after ${seen} new releases (target ${at})`);
    }
    const resumed = createEmbeddedStores(data);
    const report = await runIngest([join(dir, 'corpus')], resumed, { pool });
    expect(report.failures).toEqual([]);
    const actual = await storeDigest(resumed.graph);
    await resumed.close();
    expect(actual).toEqual(expected);
    // Four ingests of 140 releases, two of them in child processes that load the CLI and its workers: on a
    // loaded 2-core machine that alone can take a minute or more.
  }, 240_000);
});
