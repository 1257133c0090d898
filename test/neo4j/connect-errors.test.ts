// Connecting to a server that is not there needs no database: these run in the fast tier.
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { StoreError } from '../../src/errors/store-error.js';
import { createNeo4jGraphStore } from '../../src/stores/neo4j/create-neo4j-graph-store.js';

/** A local port nothing listens on (bound once by the OS, then released). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('createNeo4jGraphStore', () => {
  it('reports an unreachable server as a StoreError with the fix', async () => {
    const uri = `bolt://127.0.0.1:${await closedPort()}`;
    const error = await createNeo4jGraphStore({
      uri,
      user: 'neo4j',
      password: 'secret-password',
      database: 'neo4j',
      maxRetryTimeMs: 0,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).message).toMatch(new RegExp(`^Neo4j at ${uri} is unreachable`));
    expect((error as StoreError).message).not.toContain('secret-password');
    expect((error as StoreError).hint).toMatch(/npm run neo4j:start/);
  });

  it('rejects an address the driver cannot use', async () => {
    const error = await createNeo4jGraphStore({
      uri: 'http://localhost:7474',
      user: 'neo4j',
      password: 'x',
      database: 'neo4j',
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).hint).toMatch(/bolt:\/\/host:7687/);
  });
});
