import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeRelease } from '../../ingest/write-release.js';
import { createEmbeddedStores } from '../../src/stores/sqlite/create-embedded-stores.js';
import { makeFacts } from '../helpers/make-facts.js';

const CLI = join(import.meta.dirname, '../../app/cli/run.ts');

describe('civicgraph serve', () => {
  let dir: string;
  let server: ChildProcessWithoutNullStreams;
  let url: string;
  let stdout = '';

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'civicgraph-serve-'));
    const data = join(dir, 'store.db');
    const stores = createEmbeddedStores(data);
    await writeRelease(
      makeFacts({ source: 'a.txt', title: 'Kreistag tagt im Rathaus', body: 'Der Kreistag tagte.', entities: [] }),
      stores,
    );
    await stores.close();
    server = spawn(process.execPath, ['--import', 'tsx', CLI, 'serve', '--port', '0', '--data', data], {
      env: { PATH: process.env['PATH'] ?? '', CIVICGRAPH_READ_THREADS: '1' },
    });
    url = await new Promise<string>((resolve, reject) => {
      server.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        const match = /GraphQL API at (\S+)/.exec(stdout);
        if (match) resolve(match[1]!);
      });
      server.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
    });
  });
  afterAll(() => {
    if (server.exitCode === null) server.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves queries from its read workers, logs each request as JSON and stops cleanly on SIGTERM', async () => {
    const response = await fetch(`${url}?query=${encodeURIComponent('{ search(query: "kreistag") { totalCount } }')}`, {
      headers: { 'x-request-id': 'req-cli-1' },
    });
    expect(await response.json()).toEqual({ data: { search: { totalCount: 1 } } });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const logLine = stdout
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .find((line) => line['requestId'] === 'req-cli-1');
    expect(logLine).toMatchObject({ msg: 'request', status: 200, method: 'GET', path: '/graphql' });
    const exited = new Promise<number | null>((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
