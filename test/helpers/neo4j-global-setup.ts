/**
 * vitest globalSetup: makes sure the local Neo4j test server (`.neo4j-test/shared`, bolt on a free port;
 * never the developer's `.neo4j/` on 7687) runs while Neo4j tests run, and gives its address to
 * them (`inject('neo4j')`). If Neo4j cannot start, the tests that need it fail with the reason and the
 * tail of the server log; the rest of the run goes on.
 *
 * Several test runs on one machine may share the server: each registers its pid, and the last one
 * to finish stops it. A run that crashed leaves it running; the next run reuses it and stops it.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { neo4jLogFile, Neo4jStartError, startNeo4j, stopNeo4j } from '../../scripts/neo4j-local.js';
import { acquireLock, NEO4J_TEST_ROOT, processAlive, SHARED_TEST_SERVER } from './neo4j-test-db.js';

// Neo4j test files: *.int.test.ts under test/neo4j/, or with neo4j in the name.
const NEO4J_TEST_FILE = /(?:[\\/]neo4j[\\/][^\\/]*|neo4j[^\\/]*)\.int\.test\.ts$/;
const USERS_DIR = join(NEO4J_TEST_ROOT, 'shared-users');
// Starting and stopping are decided under this lock, so a run never stops a server another run just joined.
const LIFECYCLE_LOCK = join(NEO4J_TEST_ROOT, 'shared-lifecycle.lock');

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  if (!runIncludesNeo4jTests(project)) return undefined;
  const log = (message: string): void => console.log(`[neo4j] ${message}`);
  const unlock = await acquireLock(LIFECYCLE_LOCK);
  let server;
  try {
    mkdirSync(USERS_DIR, { recursive: true });
    writeFileSync(join(USERS_DIR, String(process.pid)), '');
    server = await startNeo4j({
      dataDir: SHARED_TEST_SERVER.dataDir,
      boltPort: SHARED_TEST_SERVER.boltPort,
      httpPort: 0,
      password: SHARED_TEST_SERVER.password,
      log,
    });
  } catch (error) {
    rmSync(join(USERS_DIR, String(process.pid)), { force: true });
    const logFile = neo4jLogFile({ dataDir: SHARED_TEST_SERVER.dataDir });
    const reason =
      error instanceof Neo4jStartError
        ? `${error.message}\n---- last lines of ${logFile} ----\n${error.logTail}`
        : error instanceof Error
          ? error.message
          : String(error);
    log(`could not start: ${reason}`);
    project.provide('neo4j', { error: reason });
    return undefined;
  } finally {
    unlock();
  }
  if (server.alreadyRunning) log(`using the running test server (pid ${server.pid}) at ${server.uri}`);
  project.provide('neo4j', { uri: server.uri, user: server.user, password: server.password, database: 'neo4j' });

  return async () => {
    const release = await acquireLock(LIFECYCLE_LOCK);
    try {
      rmSync(join(USERS_DIR, String(process.pid)), { force: true });
      const others = readdirSync(USERS_DIR).filter((pid) => {
        if (processAlive(Number(pid))) return true;
        rmSync(join(USERS_DIR, pid), { force: true });
        return false;
      });
      if (others.length === 0) await stopNeo4j({ dataDir: SHARED_TEST_SERVER.dataDir });
      else log(`leaving the test server running for ${others.length} other test run(s)`);
    } finally {
      release();
    }
  };
}

/** Whether the files of this run include Neo4j tests; when the run's files are unknown, assume so. */
function runIncludesNeo4jTests(project: TestProject): boolean {
  let paths: string[];
  try {
    // vitest's state API is marked experimental; if it is gone, start the server rather than fail.
    paths = project.vitest.state.getPaths();
  } catch {
    return true;
  }
  return paths.length === 0 || paths.some((path) => NEO4J_TEST_FILE.test(path));
}
