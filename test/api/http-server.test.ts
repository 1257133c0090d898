import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeRelease } from '../../ingest/write-release.js';
import { KeyRing } from '../../src/api/access.js';
import { createApiServer } from '../../src/api/create-api-server.js';
import type { RunningServer } from '../../src/api/http-server.js';
import { startHttpServer } from '../../src/api/http-server.js';
import type { Stores } from '../../src/ports/stores.js';
import { servicesFor } from '../helpers/api.js';
import { makeFacts } from '../helpers/make-facts.js';
import { createTempStores } from '../helpers/temp-stores.js';

describe('HTTP server', () => {
  let stores: Stores;
  let running: RunningServer;

  beforeAll(async () => {
    stores = createTempStores();
    await writeRelease(
      makeFacts({
        source: 'fixtures/a.txt',
        title: 'Landrätin besucht Jobcenter',
        body: 'Landrätin Anja Ahlerding besuchte das Jobcenter.',
        entities: [{ type: 'Person', name: 'Anja Ahlerding' }],
      }),
      stores,
    );
    running = await startHttpServer({
      apollo: createApiServer(),
      services: servicesFor(stores),
      keys: new KeyRing([
        { name: 'press-office', key: 'write-key-0123456789', scopes: ['read', 'write'] },
        { name: 'website', key: 'read-key-0123456789', scopes: ['read'] },
      ]),
      corsOrigins: ['https://www.landkreis.example'],
      port: 0,
    });
  });
  afterAll(async () => {
    await running.stop();
    await stores.close();
  });

  const post = (body: string, contentType = 'application/json') =>
    fetch(running.url, { method: 'POST', headers: { 'content-type': contentType }, body });

  it('answers POST /graphql with JSON', async () => {
    const response = await post(JSON.stringify({ query: '{ search(query: "jobcenter") { totalCount } }' }));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { search: { totalCount: 1 } } });
  });

  it('reports liveness on GET /health and readiness of the stores on GET /ready', async () => {
    const response = await fetch(running.url.replace('/graphql', '/health'));
    expect(await response.json()).toEqual({ status: 'ok' });
    const ready = await fetch(running.url.replace('/graphql', '/ready'));
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready' });
  });

  it('checks API keys from the Authorization header for mutations', async () => {
    const mutation = JSON.stringify({
      query: 'mutation { renameEntity(id: "per:anja-ahlerding", name: "Anja Ahlerding") { name } }',
    });
    const send = (key?: string) =>
      fetch(running.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
        body: mutation,
      });
    const none = await send();
    expect(none.status).toBe(401);
    expect(((await none.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe(
      'UNAUTHENTICATED',
    );
    expect((await send('wrong-key-0123456789')).status).toBe(401);
    const reader = await send('read-key-0123456789');
    expect(reader.status).toBe(403);
    const writer = await send('write-key-0123456789');
    expect(await writer.json()).toEqual({ data: { renameEntity: { name: 'Anja Ahlerding' } } });
  });

  it('allows configured origins by CORS and answers preflights', async () => {
    const preflight = await fetch(running.url, {
      method: 'OPTIONS',
      headers: { origin: 'https://www.landkreis.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://www.landkreis.example');
    const foreign = await fetch(running.url, { method: 'OPTIONS', headers: { origin: 'https://evil.example' } });
    expect(foreign.status).toBe(403);
  });

  it('echoes or assigns a request id', async () => {
    const response = await post(JSON.stringify({ query: '{ stats { releases } }' }));
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('rejects malformed JSON, wrong content types and unknown paths with clear messages', async () => {
    const bad = await post('{"query": ');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: 'request body is not valid JSON' });
    const text = await post('{ stats { releases } }', 'text/plain');
    expect(text.status).toBe(415);
    const missing = await fetch(running.url.replace('/graphql', '/nope'));
    expect(missing.status).toBe(404);
  });

  it('refuses bodies over 1 MB with 413', async () => {
    const response = await post(JSON.stringify({ query: `{ stats { releases } } #${'x'.repeat(1_100_000)}` }));
    expect(response.status).toBe(413);
  });

  it('returns GraphQL syntax errors with a code and without internals', async () => {
    const response = await post(JSON.stringify({ query: '{ stats { ' }));
    const body = (await response.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(response.status).toBe(400);
    expect(body.errors[0]!.extensions['code']).toBe('GRAPHQL_PARSE_FAILED');
    expect(body.errors[0]!.extensions['stacktrace']).toBeUndefined();
  });
});
