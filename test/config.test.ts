import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../src/config.js';

describe('configuration', () => {
  it('uses the embedded store and safe defaults when nothing is set', () => {
    const config = readConfig({}, {});
    expect(config).toMatchObject({ port: 4000, host: '127.0.0.1', neo4j: null, meili: null });
    expect(config.dataFile).toMatch(/data\/civicgraph\.db$/);
    expect(config.api).toEqual({
      keys: [],
      publicRead: true,
      introspection: true,
      corsOrigins: [],
      requestTimeoutMs: 10_000,
      readThreads: expect.any(Number),
    });
    expect(config.api.readThreads).toBeGreaterThan(0);
    expect(config.api.readThreads).toBeLessThanOrEqual(4);
    expect(config.webDist).toMatch(/web\/dist$/);
  });

  it('gives keys only the read scope unless write is named, in the variable and in the key file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'civicgraph-keys-'));
    const file = join(dir, 'keys.json');
    writeFileSync(file, JSON.stringify([{ name: 'kiosk', key: 'k'.repeat(20) }]));
    const config = readConfig(
      {},
      { CIVICGRAPH_API_KEYS: `web:${'w'.repeat(20)};cms:${'c'.repeat(20)}:write`, CIVICGRAPH_KEYS_FILE: file },
    );
    expect(config.api.keys.map((key) => [key.name, key.scopes])).toEqual([
      ['web', ['read']],
      ['cms', ['write']],
      ['kiosk', ['read']],
    ]);
  });

  it('reads the web build folder and the read threads from the environment', () => {
    const config = readConfig({}, { CIVICGRAPH_WEB_DIST: '/srv/web', CIVICGRAPH_READ_THREADS: '2' });
    expect(config.webDist).toBe('/srv/web');
    expect(config.api.readThreads).toBe(2);
    expect(() => readConfig({}, { CIVICGRAPH_READ_THREADS: 'many' })).toThrow(/CIVICGRAPH_READ_THREADS/);
  });

  it('logs at info to no file unless the log file and level are set; --log-file wins over the environment', () => {
    expect(readConfig({}, {}).log).toEqual({ file: null, level: 'info' });
    expect(readConfig({}, { CIVICGRAPH_LOG_FILE: '/tmp/a.log', CIVICGRAPH_LOG_LEVEL: 'DEBUG' }).log).toEqual({
      file: '/tmp/a.log',
      level: 'debug',
    });
    expect(readConfig({ logFile: '/tmp/b.log' }, { CIVICGRAPH_LOG_FILE: '/tmp/a.log' }).log.file).toBe('/tmp/b.log');
    expect(() => readConfig({}, { CIVICGRAPH_LOG_LEVEL: 'loud' })).toThrow(
      /CIVICGRAPH_LOG_LEVEL must be one of debug, info, warn, error, got "loud"/,
    );
  });

  it('lets flags win over the environment', () => {
    expect(
      readConfig({ port: '5000', data: '/tmp/x.db' }, { PORT: '6000', CIVICGRAPH_DATA: '/tmp/y.db' }),
    ).toMatchObject({
      port: 5000,
      dataFile: '/tmp/x.db',
    });
  });

  it('selects Neo4j and Meilisearch from their variables', () => {
    const config = readConfig(
      {},
      {
        NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io',
        NEO4J_PASSWORD: 'pw',
        MEILI_URL: 'http://127.0.0.1:7700',
        MEILI_MASTER_KEY: 'k',
      },
    );
    expect(config.neo4j).toEqual({
      uri: 'neo4j+s://abc.databases.neo4j.io',
      user: 'neo4j',
      password: 'pw',
      database: 'neo4j',
    });
    expect(config.meili).toEqual({ url: 'http://127.0.0.1:7700', apiKey: 'k', indexPrefix: 'civicgraph_' });
  });

  it('reads API keys from the environment and from a key file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'civicgraph-keys-'));
    const file = join(dir, 'keys.json');
    writeFileSync(file, JSON.stringify([{ name: 'website', key: 'w'.repeat(20), scopes: ['read'] }]));
    const config = readConfig(
      {},
      {
        CIVICGRAPH_API_KEYS: `press:${'p'.repeat(20)}:read+write`,
        CIVICGRAPH_KEYS_FILE: file,
        CIVICGRAPH_PUBLIC_READ: 'false',
      },
    );
    expect(config.api.keys).toEqual([
      { name: 'press', key: 'p'.repeat(20), scopes: ['read', 'write'] },
      { name: 'website', key: 'w'.repeat(20), scopes: ['read'] },
    ]);
    expect(config.api.publicRead).toBe(false);
  });

  it('fails fast with the fix in the message', () => {
    expect(() => readConfig({ port: 'abc' }, {})).toThrow(/invalid port \(--port or PORT\) "abc": use a whole number/);
    expect(() => readConfig({}, { NEO4J_URI: 'http://localhost:7474' })).toThrow(/not a Neo4j address/);
    expect(() => readConfig({}, { NEO4J_URI: 'bolt://localhost:7687' })).toThrow(/NEO4J_PASSWORD is not/);
    expect(() => readConfig({}, { CIVICGRAPH_API_KEYS: 'press:short' })).toThrow(/shorter than 16/);
    expect(() => readConfig({}, { CIVICGRAPH_API_KEYS: `press:${'p'.repeat(20)}:admin` })).toThrow(
      /unknown scope "admin"/,
    );
    expect(() => readConfig({}, { CIVICGRAPH_PUBLIC_READ: 'maybe' })).toThrow(/use true or false/);
    expect(() => readConfig({}, { MEILI_URL: 'not a url' })).toThrow(/MEILI_URL/);
  });
});
