import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HeaderMap } from '@apollo/server';
import type { ApolloServer } from '@apollo/server';
import type { Stores } from '../stores/stores.js';
import type { ApiContext } from './context.js';
import { createContext } from './context.js';

const MAX_BODY_BYTES = 1024 * 1024;

/** Where the server listens and what it serves. */
export interface HttpServerOptions {
  apollo: ApolloServer<ApiContext>;
  stores: Stores;
  port: number;
  host?: string;
  /** Called once per finished request (for logs). */
  onRequest?: (entry: { method: string; path: string; status: number; ms: number }) => void;
}

/** A running HTTP server. */
export interface RunningServer {
  url: string;
  server: Server;
  stop(): Promise<void>;
}

/** Starts Apollo and serves `POST /graphql` (and GET for queries), `GET /health`, on one port. */
export async function startHttpServer(options: HttpServerOptions): Promise<RunningServer> {
  const { apollo, stores } = options;
  await apollo.start();
  const server = createServer((req, res) => {
    const started = performance.now();
    res.on('finish', () => {
      options.onRequest?.({
        method: req.method ?? '',
        path: (req.url ?? '').split('?')[0] ?? '',
        status: res.statusCode,
        ms: Math.round((performance.now() - started) * 10) / 10,
      });
    });
    route(req, res, apollo, stores).catch(() => sendJson(res, 500, { error: 'internal server error' }));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host && options.host !== '0.0.0.0' ? options.host : '127.0.0.1';
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}/graphql`,
    server,
    async stop() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await apollo.stop();
    },
  };
}

async function route(req: IncomingMessage, res: ServerResponse, apollo: ApolloServer<ApiContext>, stores: Stores) {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname === '/health') return sendJson(res, 200, { status: 'ok' });
  if (url.pathname !== '/graphql') {
    return sendJson(res, 404, { error: `no route ${url.pathname}; the GraphQL API is at /graphql` });
  }
  let body: unknown;
  if (req.method === 'POST') {
    const raw = await readBody(req);
    if (raw === null) return sendJson(res, 413, { error: `request body larger than ${MAX_BODY_BYTES} bytes` });
    const type = req.headers['content-type'] ?? '';
    if (!type.startsWith('application/json')) {
      return sendJson(res, 415, { error: 'send GraphQL requests as Content-Type: application/json' });
    }
    try {
      body = JSON.parse(raw);
    } catch {
      return sendJson(res, 400, { error: 'request body is not valid JSON' });
    }
  }
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const response = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: (req.method ?? 'GET').toUpperCase(), headers, search: url.search, body },
    context: async () => createContext(stores),
  });
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      // Keep draining an oversized body (so the 413 reaches the client) but stop keeping it.
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > MAX_BODY_BYTES ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  if (res.headersSent) return;
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(body));
}
