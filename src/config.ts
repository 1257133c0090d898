import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { CivicError } from './errors/civic-error.js';
import { packageRoot } from './paths.js';

/** What an API key may do. */
export type Scope = 'read' | 'write';

/** One configured API key; the actor name is recorded with curation actions. */
export interface ApiKey {
  name: string;
  key: string;
  scopes: Scope[];
}

/** Settings of the HTTP API. */
export interface ApiConfig {
  /** Keys from `CIVICGRAPH_API_KEYS` ("name:key:read+write;…") and `CIVICGRAPH_KEYS_FILE` (JSON array). */
  keys: ApiKey[];
  /** Reads need no key unless `CIVICGRAPH_PUBLIC_READ=false`. */
  publicRead: boolean;
  /** Schema introspection (`CIVICGRAPH_INTROSPECTION`; default on, off when NODE_ENV=production). */
  introspection: boolean;
  /** Origins allowed by CORS (`CIVICGRAPH_CORS_ORIGINS`, comma-separated, `*` for any; default none). */
  corsOrigins: string[];
  /** Per-request time limit in ms (`CIVICGRAPH_REQUEST_TIMEOUT_MS`, default 10000). */
  requestTimeoutMs: number;
  /** Worker threads that serve reads of the embedded store (`CIVICGRAPH_READ_THREADS`; default cores − 1, 1 to 4). */
  readThreads: number;
}

/** Connection to Neo4j, the production graph store. */
export interface Neo4jConfig {
  /** `NEO4J_URI`: bolt://, neo4j://, neo4j+s:// (Aura) … */
  uri: string;
  /** `NEO4J_USER` (default neo4j). */
  user: string;
  /** `NEO4J_PASSWORD`. */
  password: string;
  /** `NEO4J_DATABASE` (default neo4j). */
  database: string;
}

/** Connection to Meilisearch, the production search engine. */
export interface MeiliConfig {
  /** `MEILI_URL`, e.g. http://127.0.0.1:7700. */
  url: string;
  /** `MEILI_MASTER_KEY` or `MEILI_API_KEY` (a key allowed to manage the index). */
  apiKey: string | undefined;
  /** `MEILI_INDEX_PREFIX`: prefix of the index uids, so several stores can share a server (default civicgraph_). */
  indexPrefix: string;
}

/** Levels of the structured log, least severe first. */
export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Where the one structured logger writes. */
export interface LogConfig {
  /** JSON lines go to this file (`--log-file`, `CIVICGRAPH_LOG_FILE`); null: `serve` logs to stdout, other commands not at all. */
  file: string | null;
  /** Least severe level written (`CIVICGRAPH_LOG_LEVEL`; default info; debug adds a line per ingested release). */
  level: LogLevel;
}

/** Runtime configuration, read once at the edge (CLI flags over environment over defaults). */
export interface Config {
  /** The embedded store's SQLite file (`--data`, `CIVICGRAPH_DATA`; default `./data/civicgraph.db`). */
  dataFile: string;
  /** HTTP port of `serve` (`--port`, `PORT`; default 4000). */
  port: number;
  /** Interface `serve` binds to (`--host`, `HOST`; default 127.0.0.1). */
  host: string;
  /** The built web interface `serve` hands out (`CIVICGRAPH_WEB_DIST`; default web/dist in the package). */
  webDist: string;
  api: ApiConfig;
  /** Set when `NEO4J_URI` is; otherwise the embedded store holds the graph. */
  neo4j: Neo4jConfig | null;
  /** Set when `MEILI_URL` is; otherwise the embedded FTS5 index serves search. */
  meili: MeiliConfig | null;
  log: LogConfig;
}

/** Flags a command may pass; undefined means "not given". */
export interface ConfigFlags {
  data?: string | undefined;
  port?: string | undefined;
  host?: string | undefined;
  logFile?: string | undefined;
}

function fail(message: string): never {
  throw new CivicError('BAD_CONFIG', message);
}

function integer(text: string, what: string, min: number, max: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max)
    fail(`invalid ${what} "${text}": use a whole number from ${min} to ${max}`);
  return value;
}

function flag(text: string | undefined, fallback: boolean, what: string): boolean {
  if (text === undefined || text === '') return fallback;
  if (/^(1|true|yes|on)$/i.test(text)) return true;
  if (/^(0|false|no|off)$/i.test(text)) return false;
  return fail(`invalid ${what} "${text}": use true or false`);
}

function parseScopes(text: string, where: string): Scope[] {
  const scopes = text
    .split('+')
    .map((scope) => scope.trim())
    .filter(Boolean);
  for (const scope of scopes)
    if (scope !== 'read' && scope !== 'write')
      fail(`${where}: unknown scope "${scope}" (use read, write or read+write)`);
  return scopes.length > 0 ? (scopes as Scope[]) : ['read'];
}

/** Parses `CIVICGRAPH_API_KEYS`: entries `name:key[:scopes]` separated by `;` or `,`. */
export function parseApiKeys(text: string): ApiKey[] {
  return text
    .split(/[;,]/)
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const [name, key, scopes] = entry.split(':');
      if (!name || !key)
        fail(`CIVICGRAPH_API_KEYS: "${entry.replace(/:.*/, ':…')}" must be name:key or name:key:read+write`);
      if (key.length < 16)
        fail(`CIVICGRAPH_API_KEYS: the key of "${name}" is shorter than 16 characters; use a long random key`);
      // Like the key file: read only, unless write is given.
      return { name, key, scopes: parseScopes(scopes ?? 'read', `CIVICGRAPH_API_KEYS (${name})`) };
    });
}

function readKeysFile(path: string): ApiKey[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    fail(`CIVICGRAPH_KEYS_FILE ${path}: ${(error as Error).message}; expected a JSON array of {"name","key","scopes"}`);
  }
  if (!Array.isArray(parsed)) fail(`CIVICGRAPH_KEYS_FILE ${path}: expected a JSON array of {"name","key","scopes"}`);
  return parsed.map((item: { name?: unknown; key?: unknown; scopes?: unknown }, i) => {
    if (typeof item.name !== 'string' || typeof item.key !== 'string' || item.key.length < 16) {
      fail(`CIVICGRAPH_KEYS_FILE ${path}: entry ${i} needs a "name" and a "key" of at least 16 characters`);
    }
    const scopes = Array.isArray(item.scopes) ? item.scopes.join('+') : 'read';
    return { name: item.name, key: item.key, scopes: parseScopes(scopes, `CIVICGRAPH_KEYS_FILE entry ${i}`) };
  });
}

function readNeo4j(env: NodeJS.ProcessEnv): Neo4jConfig | null {
  const uri = env['NEO4J_URI']?.trim();
  if (!uri) return null;
  if (!/^(bolt|neo4j)(\+s|\+ssc)?:\/\/./.test(uri)) {
    fail(
      `NEO4J_URI "${uri}" is not a Neo4j address: use bolt://host:7687, neo4j://host or neo4j+s://<id>.databases.neo4j.io`,
    );
  }
  const password = env['NEO4J_PASSWORD'];
  if (!password) fail('NEO4J_URI is set but NEO4J_PASSWORD is not: set the password of the Neo4j user');
  return { uri, user: env['NEO4J_USER'] || 'neo4j', password, database: env['NEO4J_DATABASE'] || 'neo4j' };
}

function readMeili(env: NodeJS.ProcessEnv): MeiliConfig | null {
  const url = env['MEILI_URL']?.trim();
  if (!url) return null;
  try {
    new URL(url);
  } catch {
    fail(`MEILI_URL "${url}" is not a URL: use e.g. http://127.0.0.1:7700`);
  }
  return {
    url,
    apiKey: env['MEILI_MASTER_KEY'] || env['MEILI_API_KEY'] || undefined,
    indexPrefix: env['MEILI_INDEX_PREFIX'] || 'civicgraph_',
  };
}

function readLog(flags: ConfigFlags, env: NodeJS.ProcessEnv): LogConfig {
  const file = flags.logFile ?? env['CIVICGRAPH_LOG_FILE'];
  const level = (env['CIVICGRAPH_LOG_LEVEL'] || 'info').toLowerCase();
  if (!(LOG_LEVELS as readonly string[]).includes(level)) {
    fail(`CIVICGRAPH_LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${env['CIVICGRAPH_LOG_LEVEL']}"`);
  }
  return { file: file ? resolve(file) : null, level: level as LogLevel };
}

/** Builds the configuration from flags and environment, failing fast with the fix in the message. */
export function readConfig(flags: ConfigFlags, env: NodeJS.ProcessEnv = process.env): Config {
  const keys = [
    ...parseApiKeys(env['CIVICGRAPH_API_KEYS'] ?? ''),
    ...(env['CIVICGRAPH_KEYS_FILE'] ? readKeysFile(env['CIVICGRAPH_KEYS_FILE']) : []),
  ];
  return {
    dataFile: resolve(flags.data ?? env['CIVICGRAPH_DATA'] ?? 'data/civicgraph.db'),
    neo4j: readNeo4j(env),
    meili: readMeili(env),
    port: integer(flags.port ?? env['PORT'] ?? '4000', 'port (--port or PORT)', 0, 65_535),
    host: flags.host ?? env['HOST'] ?? '127.0.0.1',
    webDist: resolve(env['CIVICGRAPH_WEB_DIST'] || join(packageRoot(), 'web', 'dist')),
    log: readLog(flags, env),
    api: {
      keys,
      publicRead: flag(env['CIVICGRAPH_PUBLIC_READ'], true, 'CIVICGRAPH_PUBLIC_READ'),
      introspection: flag(
        env['CIVICGRAPH_INTROSPECTION'],
        env['NODE_ENV'] !== 'production',
        'CIVICGRAPH_INTROSPECTION',
      ),
      corsOrigins: (env['CIVICGRAPH_CORS_ORIGINS'] ?? '')
        .split(',')
        .map((origin) => origin.trim())
        .filter(Boolean),
      requestTimeoutMs: integer(
        env['CIVICGRAPH_REQUEST_TIMEOUT_MS'] ?? '10000',
        'CIVICGRAPH_REQUEST_TIMEOUT_MS',
        100,
        600_000,
      ),
      readThreads: integer(
        // One core stays with the event loop, so /health and request handling never wait for a core.
        env['CIVICGRAPH_READ_THREADS'] ?? String(Math.max(1, Math.min(4, availableParallelism() - 1))),
        'CIVICGRAPH_READ_THREADS',
        0,
        64,
      ),
    },
  };
}
