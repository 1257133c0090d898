import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HeaderMap } from '@apollo/server';
import type { ApolloServer } from '@apollo/server';
import { withCancellation } from '../ports/cancellation.js';
import type { Caller, KeyRing } from './access.js';
import { presentedKey } from './access.js';
import type { ApiContext, ApiServices } from './context.js';
import { createContext } from './context.js';
import type { Logger } from '../ports/logger.js';
import { silentLogger } from '../ports/logger.js';
import { serveWebApp } from './static-files.js';

const MAX_BODY_BYTES = 1024 * 1024;

/** One finished request, for the access log. */
export interface RequestLogEntry {
  requestId: string;
  method: string;
  path: string;
  status: number;
  ms: number;
  operationName?: string | undefined;
}

/** Where the server listens and what it serves. */
export interface HttpServerOptions {
  apollo: ApolloServer<ApiContext>;
  services: ApiServices;
  keys: KeyRing;
  port: number;
  host?: string;
  /** Origins allowed by CORS; `*` allows any. */
  corsOrigins?: string[];
  /** Per-request time limit (ms); a slower request gets 503 with code TIMEOUT and its store work is abandoned. */
  requestTimeoutMs?: number;
  /** The built web interface (default: web/dist in the package). */
  webDist?: string;
  /** Access log (one line per request) and error log; default: nothing is logged. */
  log?: Logger;
}

/** A running HTTP server. */
export interface RunningServer {
  url: string;
  server: Server;
  /** Stops accepting connections, lets in-flight requests finish, then stops Apollo. */
  stop(): Promise<void>;
}

/** Starts Apollo and serves `/graphql` (POST, and GET for queries), `/health` and `/ready` on one port. */
export async function startHttpServer(options: HttpServerOptions): Promise<RunningServer> {
  await options.apollo.start();
  const server = createServer((req, res) => {
    const started = performance.now();
    const requestId = headerValue(req, 'x-request-id')?.slice(0, 100) || randomUUID();
    res.setHeader('x-request-id', requestId);
    const log: RequestLogEntry = { requestId, method: req.method ?? '', path: '', status: 0, ms: 0 };
    const logger = options.log ?? silentLogger;
    res.on('finish', () => {
      log.status = res.statusCode;
      log.ms = Math.round((performance.now() - started) * 10) / 10;
      logger.info(log, 'request');
    });
    route(req, res, options, log).catch((error: unknown) => {
      logger.error({ err: error, requestId, method: log.method, path: log.path }, 'request failed');
      sendJson(res, 500, { error: 'internal server error', requestId });
    });
  });
  // Keep-alive sockets would hold shutdown open; idle ones are closed in stop().
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host && options.host !== '0.0.0.0' && options.host !== '::' ? options.host : '127.0.0.1';
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}/graphql`,
    server,
    async stop() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await closed;
      await options.apollo.stop();
    },
  };
}

function headerValue(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

async function route(req: IncomingMessage, res: ServerResponse, options: HttpServerOptions, log: RequestLogEntry) {
  const url = new URL(req.url ?? '/', 'http://localhost');
  log.path = url.pathname;
  if (!applyCors(req, res, options.corsOrigins ?? [])) return sendJson(res, 403, { error: 'origin not allowed' });
  if (req.method === 'OPTIONS') {
    res.statusCode = 204;
    res.end();
    return;
  }
  if (url.pathname === '/health') return sendJson(res, 200, { status: 'ok' });
  const caller = options.keys.identify(presentedKey((name) => headerValue(req, name)));
  const logger = (options.log ?? silentLogger).child({ requestId: log.requestId });
  if (url.pathname === '/ready') return ready(res, options.services, caller, logger);
  if (url.pathname !== '/graphql') {
    const notFound = () =>
      sendJson(res, 404, { error: `no route ${url.pathname.slice(0, 200)}; the GraphQL API is at /graphql` });
    // Any other GET/HEAD is the web interface (web/dist), with index.html for its client-side routes.
    if (req.method === 'GET' || req.method === 'HEAD') {
      return serveWebApp(req, res, url.pathname, notFound, options.webDist);
    }
    return notFound();
  }
  let body: unknown;
  if (req.method === 'POST') {
    const type = req.headers['content-type'] ?? '';
    if (!type.startsWith('application/json')) {
      req.resume();
      return sendJson(res, 415, { error: 'send GraphQL requests as Content-Type: application/json' });
    }
    const raw = await readBody(req);
    if (raw === null) return sendJson(res, 413, { error: `request body larger than ${MAX_BODY_BYTES} bytes` });
    try {
      body = JSON.parse(raw);
    } catch {
      return sendJson(res, 400, { error: 'request body is not valid JSON' });
    }
    if (body && typeof body === 'object' && 'operationName' in body && typeof body.operationName === 'string') {
      log.operationName = body.operationName;
    }
  }
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const timeoutMs = options.requestTimeoutMs ?? 10_000;
  // Aborted at the time limit or when the client goes away: the stores drop queued and running reads.
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort('timeout'), timeoutMs);
  const onClose = () => abort.abort('client closed the connection');
  res.once('close', onClose);
  const abandoned = new Promise<'abandoned'>((resolve) =>
    abort.signal.addEventListener('abort', () => resolve('abandoned'), { once: true }),
  );
  const execution = withCancellation(abort.signal, () =>
    options.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: (req.method ?? 'GET').toUpperCase(), headers, search: url.search, body },
      context: async () => createContext(options.services, caller, { requestId: log.requestId, log: logger }),
    }),
  );
  const response = await Promise.race([execution, abandoned]).finally(() => {
    clearTimeout(timer);
    res.off('close', onClose);
  });
  if (response === 'abandoned') {
    if (abort.signal.reason !== 'timeout') return;
    logger.warn({ timeoutMs, operationName: log.operationName }, 'request abandoned at the time limit');
    return sendJson(res, 503, {
      errors: [{ message: `the request took longer than ${timeoutMs} ms`, extensions: { code: 'TIMEOUT' } }],
    });
  }
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

/** Sets CORS headers for an allowed origin; false when the request comes from a disallowed origin. */
function applyCors(req: IncomingMessage, res: ServerResponse, allowed: string[]): boolean {
  const origin = req.headers.origin;
  if (!origin) return true;
  const any = allowed.includes('*');
  if (!any && !allowed.includes(origin)) {
    // Browsers enforce CORS themselves; only preflights are refused outright.
    return req.method !== 'OPTIONS';
  }
  res.setHeader('access-control-allow-origin', any ? '*' : origin);
  res.setHeader('vary', 'Origin');
  res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
  res.setHeader('access-control-allow-headers', 'content-type, authorization, x-api-key, x-request-id');
  res.setHeader('access-control-max-age', '600');
  return true;
}

/** Readiness; where the stores are (file paths, hosts) and why one failed is shown only to a caller with a key. */
async function ready(res: ServerResponse, services: ApiServices, caller: Caller, log: Logger): Promise<void> {
  const trusted = caller.actor !== null;
  try {
    // `has` of an unknown id is the cheapest call that still reaches the search engine.
    const { graph, search } = services.health;
    await Promise.all([graph.ping(), search.has('rel_ready_check')]);
    const where = { graph: graph.description, search: search.description };
    sendJson(res, 200, { status: 'ready', ...(trusted ? where : {}) });
  } catch (error) {
    log.error({ err: error }, 'readiness check failed');
    const reason = trusted ? (error as Error).message : 'a store cannot be reached; the server log says why';
    sendJson(res, 503, { status: 'unavailable', error: reason });
  }
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
