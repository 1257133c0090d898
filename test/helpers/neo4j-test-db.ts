import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, inject } from 'vitest';
import { PROJECT_ROOT } from '../../scripts/neo4j-local.js';
import { createNeo4jGraphStore } from '../../src/stores/neo4j/create-neo4j-graph-store.js';
import type { Neo4jGraphStore } from '../../src/stores/neo4j/neo4j-graph-store.js';
import type { Neo4jSettings } from '../../src/stores/neo4j/neo4j-settings.js';

/** The test server that `neo4j-global-setup.ts` provides to test files. */
export interface Neo4jTestServer {
  uri: string;
  user: string;
  password: string;
  database: string;
}

/** What the global setup provides: the server, or why it could not be started. */
export type Neo4jTestServerOrError = Neo4jTestServer | { error: string };

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jTestServerOrError | undefined;
  }
}

/** Test instances live under `.neo4j-test/` (never the developer's `.neo4j/` on 7687). */
export const NEO4J_TEST_ROOT = join(PROJECT_ROOT, '.neo4j-test');
/**
 * The instance every Neo4j test file of this checkout shares. Its bolt port is any free one (0), found when
 * it starts: a fixed port would collide with another checkout's test server on the same machine.
 */
export const SHARED_TEST_SERVER = {
  dataDir: join(NEO4J_TEST_ROOT, 'shared'),
  boltPort: 0,
  password: 'civicgraph-test',
} as const;

/**
 * Settings for the shared test server. Throws (failing only the tests that need Neo4j) with the reason the
 * server could not start, or with the fix when the global setup did not run.
 */
export function neo4jTestSettings(): Neo4jSettings {
  const server = inject('neo4j');
  if (!server) {
    throw new Error(
      'no Neo4j test server: run with --globalSetup test/helpers/neo4j-global-setup.ts (or add it to globalSetup in vitest.config.ts)',
    );
  }
  if ('error' in server) throw new Error(`the Neo4j test server could not be started: ${server.error}`);
  return { ...server };
}

/** A TCP port that is free right now on 127.0.0.1, for a test server that must keep its port across restarts. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * A store on the shared test server for one test file, held under a lock across files: Community
 * has a single user database, and tests clear it, so two files must not use it at the same time.
 */
export function useNeo4jTestStore(): () => Neo4jGraphStore {
  let store: Neo4jGraphStore | undefined;
  let unlock: (() => void) | undefined;
  beforeAll(async () => {
    unlock = await lockSharedDatabase();
    store = await createNeo4jGraphStore(neo4jTestSettings());
  });
  afterAll(async () => {
    await store?.close();
    unlock?.();
  });
  return () => {
    if (!store) throw new Error('the Neo4j test store is not open yet (use it inside tests or hooks)');
    return store;
  };
}

const LOCK_WAIT_MS = 10 * 60_000;

async function lockSharedDatabase(): Promise<() => void> {
  return acquireLock(join(NEO4J_TEST_ROOT, 'shared-database.lock'));
}

/**
 * A lock across processes (test workers, and parallel test runs on one machine): a directory
 * holding the owner's pid. A lock whose owner died is taken over. Resolves to the release function.
 */
export async function acquireLock(dir: string, waitMs = LOCK_WAIT_MS): Promise<() => void> {
  mkdirSync(dirname(dir), { recursive: true });
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      mkdirSync(dir);
      writeFileSync(join(dir, 'pid'), String(process.pid));
      return () => rmSync(dir, { recursive: true, force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (!ownerAlive(dir)) rmSync(dir, { recursive: true, force: true });
      else if (Date.now() > deadline)
        throw new Error(`timed out waiting for ${dir} (held by pid ${readPid(join(dir, 'pid'))})`);
      else await sleep(200);
    }
  }
}

function ownerAlive(dir: string): boolean {
  const pid = readPid(join(dir, 'pid'));
  // No pid yet: the owner is between mkdir and writeFile; look again.
  return pid === undefined || processAlive(pid);
}

/** The pid in a file, if it holds one. */
export function readPid(file: string): number | undefined {
  try {
    const pid = Number(readFileSync(file, 'utf8'));
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** Whether a process with this pid exists. */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
