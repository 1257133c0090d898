import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isNeo4jRunning, neo4jStatus, startNeo4j, stopNeo4j, type Neo4jHandle } from '../scripts/neo4j-local.js';

// Real JVM + Neo4j: the first run may also build the launcher with Maven.
const START_TIMEOUT_MS = 240_000;
const PASSWORD = 'int-test-password';

// Generous per-test timeout: the first Cypher query after a start pays for planner warm-up,
// which takes seconds on a busy 2-core machine.
describe('local Neo4j launcher (scripts/neo4j-local.ts)', { timeout: 60_000 }, () => {
  let dataDir: string;
  let handle: Neo4jHandle;
  let driver: Driver | undefined;

  const start = (): Promise<Neo4jHandle> =>
    // Bolt port 0: the OS picks a free port, so parallel runs and a dev server on 7687 never clash.
    // attached: the JVM dies with this process even if the test run is killed.
    startNeo4j({
      dataDir,
      boltPort: 0,
      httpPort: 0,
      password: PASSWORD,
      heap: '512m',
      pagecache: '64m',
      attached: true,
    });

  const connect = (h: Neo4jHandle, password = h.password): Driver =>
    neo4j.driver(h.uri, neo4j.auth.basic(h.user, password), { disableLosslessIntegers: true });

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'civicgraph-neo4j-'));
    handle = await start();
    driver = connect(handle);
  }, START_TIMEOUT_MS);

  afterAll(async () => {
    await driver?.close();
    await stopNeo4j({ dataDir });
    rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  it('answers a Bolt query as user neo4j with the requested password', async () => {
    expect(handle.uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
    expect(handle.httpUrl).toBeUndefined();
    const { records } = await driver!.executeQuery('RETURN 1 AS one');
    expect(records[0]?.get('one')).toBe(1);
  });

  it('binds the OS-picked Bolt port and reports it in status', () => {
    const port = Number(new URL(handle.uri).port);
    expect(port).toBeGreaterThan(0);
    const status = neo4jStatus({ dataDir });
    expect(status.running).toBe(true);
    expect(status.pid).toBe(handle.pid);
    expect(status.state?.uri).toBe(handle.uri);
  });

  it('rejects a wrong password', async () => {
    const wrong = connect(handle, 'not-the-password');
    try {
      await expect(wrong.executeQuery('RETURN 1')).rejects.toMatchObject({
        code: 'Neo.ClientError.Security.Unauthorized',
      });
    } finally {
      await wrong.close();
    }
  });

  it('returns the running server instead of starting a second one on the same data dir', async () => {
    const again = await start();
    expect(again.alreadyRunning).toBe(true);
    expect(again.pid).toBe(handle.pid);
    expect(again.uri).toBe(handle.uri);
  });

  it(
    'keeps written data and the password across a stop and restart',
    async () => {
      await driver!.executeQuery('CREATE (:Probe {id: $id})', { id: 'persist-me' });
      await driver!.close();
      await handle.stop();
      expect(isNeo4jRunning({ dataDir })).toBe(false);

      handle = await start();
      expect(handle.alreadyRunning).toBe(false);
      driver = connect(handle);
      const { records } = await driver.executeQuery('MATCH (p:Probe {id: $id}) RETURN count(p) AS n', {
        id: 'persist-me',
      });
      expect(records[0]?.get('n')).toBe(1);
    },
    START_TIMEOUT_MS,
  );

  it('stops the server: status turns to stopped and the process is gone', async () => {
    const pid = handle.pid;
    await driver!.close();
    driver = undefined;
    await handle.stop();
    expect(isNeo4jRunning({ dataDir })).toBe(false);
    expect(() => process.kill(pid, 0)).toThrow();
  });
});
