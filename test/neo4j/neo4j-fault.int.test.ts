// Neo4j stops in the middle of a batch ingest: the writes that fail name their releases, and after
// a restart writing those again stores exactly them. Runs its own server (.neo4j-test/fault, on a port
// found free when the file starts and kept across the restart), so stopping it does not disturb the shared
// test server, nor collide with another checkout's.
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Neo4jHandle } from '../../scripts/neo4j-local.js';
import { neo4jLogFile, Neo4jStartError, startNeo4j, stopNeo4j } from '../../scripts/neo4j-local.js';
import type { ReleaseFacts } from '../../src/domain/extraction.js';
import { ReleasesNotWrittenError } from '../../src/errors/releases-not-written-error.js';
import type { WriteResult } from '../../src/ports/graph-store.js';
import { createNeo4jGraphStore } from '../../src/stores/neo4j/create-neo4j-graph-store.js';
import type { Neo4jGraphStore } from '../../src/stores/neo4j/neo4j-graph-store.js';
import { acquireLock, freePort, NEO4J_TEST_ROOT } from '../helpers/neo4j-test-db.js';
import { createTempStores } from '../helpers/temp-stores.js';
import { syntheticCorpus } from './synthetic-releases.js';

const FAULT_SERVER = {
  dataDir: join(NEO4J_TEST_ROOT, 'fault'),
  boltPort: 0,
  httpPort: 0,
  password: 'civicgraph-fault',
  heap: '512m',
};

/** Starts the fault-test server; a failure to start fails the test with the server log. */
async function startServer(): Promise<Neo4jHandle> {
  try {
    return await startNeo4j({ ...FAULT_SERVER, attached: true });
  } catch (error) {
    if (!(error instanceof Neo4jStartError)) throw error;
    throw new Error(`${error.message}\n---- last lines of ${neo4jLogFile(FAULT_SERVER)} ----\n${error.logTail}`, {
      cause: error,
    });
  }
}

function chunks<T>(list: T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, i * size + size));
}

describe('Neo4j stopped during a batch ingest', () => {
  let store: Neo4jGraphStore;
  let unlock: (() => void) | undefined;

  beforeAll(async () => {
    // Another test run on this machine may be stopping and starting this server right now.
    unlock = await acquireLock(join(NEO4J_TEST_ROOT, 'fault.lock'));
    FAULT_SERVER.boltPort = await freePort();
    const server = await startServer();
    // A server left running by a crashed run keeps its own port; the restart below must use that one.
    FAULT_SERVER.boltPort = Number(new URL(server.uri).port);
    // A short retry window: a stopped server should fail a batch in about a second, not thirty.
    store = await createNeo4jGraphStore({
      uri: server.uri,
      user: server.user,
      password: server.password,
      database: 'neo4j',
      maxRetryTimeMs: 1_000,
    });
    await store.dropAllData();
  });

  afterAll(async () => {
    await store?.close();
    await stopNeo4j({ dataDir: FAULT_SERVER.dataDir });
    unlock?.();
  });

  it('names the releases that were not written, and writing them again stores exactly those', async () => {
    const corpus = syntheticCorpus({ seed: 99 });
    const releases = Array.from({ length: 600 }, (_, i) => corpus.release(i));
    const batches = chunks(releases, 30);
    const written: string[] = [];
    const failures: ReleasesNotWrittenError[] = [];
    let stopping: Promise<boolean> | undefined;

    for (const [n, batch] of batches.entries()) {
      const write = store.writeReleases(batch);
      // Stop the server while the 7th batch is in flight.
      if (n === 6) {
        await sleep(20);
        stopping = stopNeo4j({ dataDir: FAULT_SERVER.dataDir });
      }
      try {
        written.push(...(await write).map((result) => result.releaseId));
      } catch (error) {
        expect(error).toBeInstanceOf(ReleasesNotWrittenError);
        const failure = error as ReleasesNotWrittenError;
        expect(failure.releaseIds).toEqual(batch.map(({ release }) => release.id));
        expect(failure.sources).toEqual(batch.map(({ release }) => release.source));
        failures.push(failure);
      }
    }
    await stopping;
    const named = failures.flatMap((failure) => failure.releaseIds);
    const maybe = new Set(failures.filter((failure) => failure.mayBeWritten).flatMap((failure) => failure.releaseIds));
    console.log(
      `fault test: ${written.length} releases written, ${failures.length} batches failed naming ${named.length} releases ` +
        `(${maybe.size} possibly committed); first error: ${failures[0]?.message}\n  hint: ${failures[0]?.hint}`,
    );
    expect(failures.length).toBeGreaterThan(0);
    expect(written.length).toBeGreaterThanOrEqual(6 * 30);
    // Every release was either written or named, never both.
    expect(new Set([...written, ...named]).size).toBe(releases.length);
    expect(written.length + named.length).toBe(releases.length);

    await startServer();
    // Named as not written (and not in a commit that might have gone through) means not stored.
    const definitelyNot = named.filter((id) => !maybe.has(id));
    expect(await store.getReleaseSummaries(definitelyNot)).toEqual([]);
    expect((await store.getReleaseSummaries(written)).length).toBe(written.length);

    const byId = new Map(releases.map((facts) => [facts.release.id, facts]));
    const again: WriteResult[] = [];
    for (const batch of chunks(named, 30)) again.push(...(await store.writeReleases(batch.map((id) => byId.get(id)!))));
    for (const result of again) {
      expect(maybe.has(result.releaseId) ? ['created', 'unchanged'] : ['created']).toContain(result.outcome);
    }
    console.log(
      `fault test: after the restart ${again.filter((r) => r.outcome === 'created').length} releases were created`,
    );

    // Nothing lost, nothing duplicated: the graph equals the reference store's after a clean ingest.
    await expectSameGraph(store, releases);
  }, 240_000);
});

async function expectSameGraph(store: Neo4jGraphStore, releases: ReleaseFacts[]): Promise<void> {
  const reference = createTempStores();
  try {
    for (const facts of releases) await reference.graph.writeRelease(facts);
    const stats = await store.stats();
    const expected = await reference.graph.stats();
    expect({ ...stats, newestRelease: null }).toEqual({ ...expected, newestRelease: null });
    const [{ mentions }] = (await store.readCypher('MATCH ()-[m:MENTIONED_IN]->() RETURN count(m) AS mentions')) as [
      { mentions: number },
    ];
    const expectedMentions = new Set(
      releases.flatMap(({ release, extraction }) => extraction.entities.map((e) => `${release.id} ${e.id}`)),
    ).size;
    expect(mentions).toBe(expectedMentions);
  } finally {
    await reference.close();
  }
}
