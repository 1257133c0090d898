import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isClientRoute, resolveStaticPath, serveWebApp } from '../../src/api/static-files.js';

describe('static files of the web interface', () => {
  let root: string;
  let missing: string;
  let server: Server;
  let origin: string;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'civicgraph-static-'));
    mkdirSync(join(root, 'dist/assets'), { recursive: true });
    writeFileSync(join(root, 'dist/index.html'), '<!doctype html><title>app</title>');
    writeFileSync(join(root, 'dist/assets/index-abc123.js'), 'console.log(1);'.repeat(100));
    writeFileSync(join(root, 'dist/favicon.svg'), '<svg/>');
    writeFileSync(join(root, 'dist/.env'), 'SECRET=1');
    writeFileSync(join(root, 'secret.txt'), 'outside');
    missing = join(root, 'nothing-built');
    server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://x');
      const dir = url.searchParams.has('unbuilt') ? missing : join(root, 'dist');
      void serveWebApp(
        req,
        res,
        url.pathname,
        () => {
          res.statusCode = 404;
          res.setHeader('content-type', 'application/json');
          res.end('{"error":"no route"}');
        },
        dir,
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(root, { recursive: true, force: true });
  });

  it('never resolves outside the root or to hidden files', () => {
    const dist = join(root, 'dist');
    expect(resolveStaticPath(dist, '/assets/index-abc123.js')).toBe(join(dist, 'assets/index-abc123.js'));
    for (const path of [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/.env',
      '/a%00b',
      '/a\\..\\b',
      '/%E0%A4%A',
    ]) {
      expect(resolveStaticPath(dist, path), path).toBeNull();
    }
  });

  it('treats only HTML navigations to extension-less paths as client routes', () => {
    expect(isClientRoute('/entity/per:anna', 'text/html,application/xhtml+xml')).toBe(true);
    expect(isClientRoute('/entity/per:anna', '*/*')).toBe(false);
    expect(isClientRoute('/assets/missing', 'text/html')).toBe(false);
    expect(isClientRoute('/missing.js', 'text/html')).toBe(false);
  });

  it('serves files with content types and caching headers', async () => {
    const index = await fetch(`${origin}/`);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(index.headers.get('cache-control')).toBe('no-cache');
    expect(index.headers.get('content-security-policy')).toContain("default-src 'self'");
    const asset = await fetch(`${origin}/assets/index-abc123.js`);
    expect(asset.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('content-encoding')).toBe('gzip');
    expect(await asset.text()).toBe('console.log(1);'.repeat(100));
    expect((await fetch(`${origin}/favicon.svg`)).headers.get('content-type')).toBe('image/svg+xml');
    const again = await fetch(`${origin}/assets/index-abc123.js`, {
      headers: { 'if-none-match': asset.headers.get('etag')! },
    });
    expect(again.status).toBe(304);
    const head = await fetch(`${origin}/`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('answers client routes with index.html and everything else with the 404', async () => {
    const route = await fetch(`${origin}/release/rel_1`, { headers: { accept: 'text/html' } });
    expect(await route.text()).toContain('<title>app</title>');
    expect((await fetch(`${origin}/release/rel_1`)).status).toBe(404);
    expect((await fetch(`${origin}/assets/gone-123.js`, { headers: { accept: 'text/html' } })).status).toBe(404);
    expect((await fetch(`${origin}/.env`)).status).toBe(404);
    expect((await fetch(`${origin}/..%2fsecret.txt`)).status).toBe(404);
  });

  it('tells how to build the app when web/dist is missing', async () => {
    const html = await fetch(`${origin}/?unbuilt`, { headers: { accept: 'text/html' } });
    expect(html.status).toBe(404);
    expect(await html.text()).toContain('npm run build:web');
    const json = await fetch(`${origin}/?unbuilt`);
    expect(((await json.json()) as { error: string }).error).toContain('npm run build:web');
    expect((await fetch(`${origin}/graph?unbuilt`, { headers: { accept: 'text/html' } })).status).toBe(404);
  });
});
