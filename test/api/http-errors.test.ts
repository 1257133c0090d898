import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeRelease } from '../../ingest/write-release.js';
import { KeyRing } from '../../src/api/access.js';
import { createApiServer } from '../../src/api/create-api-server.js';
import type { RunningServer } from '../../src/api/http-server.js';
import { startHttpServer } from '../../src/api/http-server.js';
import { createLogger } from '../../app/logger.js';
import { StoreError } from '../../src/errors/store-error.js';
import type { Stores } from '../../src/ports/stores.js';
import { servicesFor } from '../helpers/api.js';
import { makeFacts } from '../helpers/make-facts.js';
import { createTempStores } from '../helpers/temp-stores.js';

interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions: Record<string, unknown> }[];
}

const WRITE_KEY = 'write-key-0123456789';
const READ_KEY = 'read-key-0123456789';

describe('HTTP API errors, access and logging', () => {
  let stores: Stores;
  let open: RunningServer;
  let locked: RunningServer;
  let broken: RunningServer;
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });

  beforeAll(async () => {
    stores = createTempStores();
    await writeRelease(
      makeFacts({
        source: 'fixtures/b.txt',
        title: 'Bürgermeisterin eröffnet Bücherei',
        body: 'Bürgermeisterin Erika Beispiel eröffnete die Bücherei.',
        entities: [{ type: 'Person', name: 'Erika Beispiel' }],
      }),
      stores,
    );
    const keys = new KeyRing([
      { name: 'press-office', key: WRITE_KEY, scopes: ['read', 'write'] },
      { name: 'website', key: READ_KEY, scopes: ['read'] },
    ]);
    const log = createLogger({ file: null, level: 'info' }, sink);
    open = await startHttpServer({ apollo: createApiServer(), services: servicesFor(stores), keys, port: 0, log });
    locked = await startHttpServer({
      apollo: createApiServer({ introspection: false }),
      services: servicesFor(stores),
      keys,
      port: 0,
      log,
    });
    // A graph store whose stats fail the way a bug would: a plain Error that carries internals.
    const failing: Stores = {
      ...stores,
      graph: new Proxy(stores.graph, {
        get(target, property) {
          if (property === 'getRelease') {
            return async () => {
              throw new StoreError('the graph store cannot be reached', { cause: new Error('ECONNREFUSED 10.0.0.9') });
            };
          }
          if (property === 'stats') {
            return async () => {
              throw new Error('disk trouble in /var/secret/store.db', { cause: new Error('EIO: i/o error') });
            };
          }
          const value: unknown = Reflect.get(target, property, target);
          return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
        },
      }),
    };
    broken = await startHttpServer({ apollo: createApiServer(), services: servicesFor(failing), keys, port: 0, log });
  });
  afterAll(async () => {
    await open.stop();
    await locked.stop();
    await broken.stop();
    await stores.close();
  });

  const post = (url: string, query: string, headers: Record<string, string> = {}, variables = {}) =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
  const json = async (response: Response) => (await response.json()) as GraphQLBody;

  it('logs an internal resolver error with its stack and request id and sends only INTERNAL_SERVER_ERROR', async () => {
    const response = await post(broken.url, '{ stats { releases } }', { 'x-request-id': 'req-internal-1' });
    const text = await response.text();
    expect(JSON.parse(text)).toMatchObject({
      errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
    });
    expect(text).not.toMatch(/secret|disk|EIO|stack/);
    const logged = lines.find((line) => line['requestId'] === 'req-internal-1' && line['level'] === 50);
    expect(logged).toBeDefined();
    const err = logged!['err'] as { message: string; stack: string };
    expect(err.message).toContain('disk trouble');
    expect(err.stack).toMatch(/at .*http-errors\.test\.ts/);
    expect(JSON.stringify(err)).toContain('EIO: i/o error');
    expect(logged!['path']).toBe('stats');
  });

  it('sends a store failure as STORE_UNAVAILABLE and logs it with its cause and request id', async () => {
    const response = await post(broken.url, '{ release(id: "rel_1") { title } }', { 'x-request-id': 'req-store-1' });
    const body = await json(response);
    expect(body.errors![0]).toMatchObject({
      message: 'the graph store cannot be reached',
      extensions: { code: 'STORE_UNAVAILABLE' },
    });
    const logged = lines.find((line) => line['requestId'] === 'req-store-1' && line['level'] === 50);
    expect(JSON.stringify(logged)).toContain('ECONNREFUSED 10.0.0.9');
  });

  it('logs a failure outside GraphQL with its stack and answers 500 with the request id only', async () => {
    const apollo = createApiServer();
    const server = await startHttpServer({
      apollo,
      services: servicesFor(stores),
      keys: new KeyRing([]),
      port: 0,
      log: createLogger({ file: null, level: 'info' }, sink),
    });
    // A fault below the routing, as a bug in the HTTP glue would raise.
    apollo.executeHTTPGraphQLRequest = () => Promise.reject(new Error('socket table corrupted at 0xdeadbeef'));
    try {
      const response = await post(server.url, '{ stats { releases } }', { 'x-request-id': 'req-http-1' });
      expect(response.status).toBe(500);
      expect(await response.json()).toEqual({ error: 'internal server error', requestId: 'req-http-1' });
      const logged = lines.find((line) => line['requestId'] === 'req-http-1' && line['level'] === 50);
      expect((logged!['err'] as { stack: string }).stack).toMatch(/socket table corrupted[\s\S]*at /);
    } finally {
      await server.stop();
    }
  });

  it('writes an access log line per request with its request id', async () => {
    await post(open.url, '{ stats { releases } }', { 'x-request-id': 'req-access-1' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(lines).toContainEqual(
      expect.objectContaining({ msg: 'request', requestId: 'req-access-1', status: 200, path: '/graphql' }),
    );
  });

  it('names CIVICGRAPH_INTROSPECTION when introspection is off', async () => {
    const body = await json(await post(locked.url, '{ __schema { queryType { name } } }'));
    expect(body.errors![0]!.extensions['code']).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors![0]!.message).toContain('CIVICGRAPH_INTROSPECTION=true');
    expect(body.errors![0]!.message).not.toMatch(/ApolloServer|introspection: true/);
  });

  it('shows where the stores are on /ready only to a caller with a key', async () => {
    const anonymous = await (await fetch(open.url.replace('/graphql', '/ready'))).text();
    expect(JSON.parse(anonymous)).toEqual({ status: 'ready' });
    expect(anonymous).not.toContain('/');
    const keyed = await fetch(open.url.replace('/graphql', '/ready'), {
      headers: { authorization: `Bearer ${READ_KEY}` },
    });
    expect(await keyed.json()).toMatchObject({ status: 'ready', graph: expect.stringContaining('store.db') });
  });

  it('refuses an invalid key with 401 even on a public read', async () => {
    const response = await post(open.url, '{ stats { releases } }', { authorization: 'Bearer not-a-key-0123456789' });
    expect(response.status).toBe(401);
    expect((await json(response)).errors![0]!.extensions['code']).toBe('UNAUTHENTICATED');
    const valid = await post(open.url, '{ stats { releases } }', { authorization: `Bearer ${READ_KEY}` });
    expect(valid.status).toBe(200);
  });

  it('does not echo a 100 KB id back in the error', async () => {
    const id = 'x'.repeat(100_000);
    const response = await post(open.url, 'query ($id: ID!) { release(id: $id) { title } }', {}, { id });
    const body = await json(response);
    expect(body.errors![0]!.extensions['code']).toBe('NOT_FOUND');
    expect(body.errors![0]!.message.length).toBeLessThan(200);
    expect(body.errors![0]!.message).toContain('100000 characters');
  });

  it('reports a query over the cost limit as a validation failure, not a syntax error', async () => {
    const fields = Array.from(
      { length: 20 },
      (_, i) => `a${i}: search(query: "b", first: 100) { edges { node { entities { id name } } } }`,
    );
    const body = await json(await post(open.url, `{ ${fields.join(' ')} }`));
    expect(body.errors![0]!.extensions['code']).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors![0]!.message).toMatch(/cost/i);
    expect(body.errors![0]!.message).not.toMatch(/Syntax Error/);
  });

  it('refuses ingestRelease with an impossible date and stores nothing', async () => {
    const before = (await stores.graph.stats()).releases;
    const response = await post(
      open.url,
      'mutation ($input: IngestReleaseInput!) { ingestRelease(input: $input) { outcome } }',
      { authorization: `Bearer ${WRITE_KEY}` },
      { input: { text: 'Ein Titel\n\nDie Gemeinde lädt am Montag zum Fest ein.', date: '2025-13-45' } },
    );
    const body = await json(response);
    expect(body.errors![0]!.extensions['code']).toBe('BAD_USER_INPUT');
    expect(body.errors![0]!.message).toContain('2025-13-45');
    expect((await stores.graph.stats()).releases).toBe(before);
  });

  it('accepts a written date in ingestRelease', async () => {
    const response = await post(
      open.url,
      'mutation ($input: IngestReleaseInput!) { ingestRelease(input: $input) { release { date } } }',
      { authorization: `Bearer ${WRITE_KEY}` },
      { input: { text: 'Noch ein Titel\n\nDer Verein feiert sein Jubiläum.', date: '31. Mai 2024' } },
    );
    expect(await json(response)).toEqual({ data: { ingestRelease: { release: { date: '2024-05-31' } } } });
  });

  it('answers GET /graphql?query=… without a preflight header and keeps mutations off GET', async () => {
    const query = encodeURIComponent('{ stats { releases } }');
    const response = await fetch(`${open.url}?query=${query}`);
    expect(response.status).toBe(200);
    expect(await json(response)).toMatchObject({ data: { stats: { releases: expect.any(Number) } } });
    const mutation = encodeURIComponent('mutation { rejectFact(id: "f") }');
    const refused = await fetch(`${open.url}?query=${mutation}`, { headers: { authorization: `Bearer ${WRITE_KEY}` } });
    expect(refused.status).toBe(405);
  });
});
