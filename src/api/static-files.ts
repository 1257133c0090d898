import { createReadStream, promises as fs } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { packageRoot } from '../paths.js';

/** Content types of the files a Vite build writes (anything else is sent as octet-stream). */
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.map', '.svg', '.txt', '.webmanifest']);

// The app talks only to its own origin; inline styles are needed by the graph library's canvas container.
const HTML_HEADERS: Record<string, string> = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
    "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'",
  'referrer-policy': 'no-referrer',
};

/** Hashed build output under `assets/` never changes under the same name. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else (index.html above all) is revalidated so a new build shows at once. */
const REVALIDATE = 'no-cache';

/** The web app built into the package (`web/dist`); `CIVICGRAPH_WEB_DIST` overrides it through the config. */
export function packagedWebDist(): string {
  return join(packageRoot(), 'web', 'dist');
}

/** The file under `root` that a URL path names, or null when the path would leave `root` or is hidden. */
export function resolveStaticPath(root: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter((segment) => segment !== '');
  // Dot segments (.., .) and dotfiles are never served.
  if (segments.some((segment) => segment.startsWith('.'))) return null;
  const base = resolve(root);
  const file = resolve(base, ...segments);
  return file === base || file.startsWith(base + sep) ? file : null;
}

/**
 * True when a request is a browser navigating to a client-side route: it accepts HTML, is not under
 * `assets/` and has no file extension. API clients asking for unknown paths keep getting the 404 JSON.
 */
export function isClientRoute(pathname: string, accept: string | undefined): boolean {
  if (!accept?.includes('text/html')) return false;
  if (pathname.startsWith('/assets/')) return false;
  const last = pathname.split('/').at(-1) ?? '';
  return !/\.[a-z0-9]{1,12}$/i.test(last);
}

interface CachedGzip {
  mtimeMs: number;
  size: number;
  body: Buffer;
}

// Compressed bodies of small text files, keyed by path; rebuilt when the file changes.
const gzipCache = new Map<string, CachedGzip>();
const MAX_GZIP_BYTES = 4 * 1024 * 1024;

/**
 * Answers a GET/HEAD for a non-API path from the web build: the file itself, else `index.html` for
 * browser navigations to client routes, else `notFound()`. Without a build, `/` gets a hint to run `npm run build:web`.
 */
export async function serveWebApp(
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
  notFound: () => void,
  root: string = packagedWebDist(),
): Promise<void> {
  const index = join(root, 'index.html');
  if (!(await isFile(index))) {
    if (pathname === '/' || pathname === '/index.html') return sendBuildHint(req, res);
    return notFound();
  }
  const requested = pathname === '/' ? index : resolveStaticPath(root, pathname);
  if (requested === null) return notFound();
  if (await isFile(requested)) return sendFile(req, res, requested);
  if (isClientRoute(pathname, req.headers.accept)) return sendFile(req, res, index);
  return notFound();
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await fs.stat(path)).isFile();
  } catch {
    return false;
  }
}

async function sendFile(req: IncomingMessage, res: ServerResponse, file: string): Promise<void> {
  const stat = await fs.stat(file);
  const ext = extname(file).toLowerCase();
  const etag = `W/"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
  res.setHeader('content-type', CONTENT_TYPES[ext] ?? 'application/octet-stream');
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('cache-control', file.includes(`${sep}assets${sep}`) ? IMMUTABLE : REVALIDATE);
  res.setHeader('etag', etag);
  res.setHeader('last-modified', stat.mtime.toUTCString());
  if (ext === '.html') for (const [name, value] of Object.entries(HTML_HEADERS)) res.setHeader(name, value);
  if (req.headers['if-none-match'] === etag) {
    res.statusCode = 304;
    res.end();
    return;
  }
  res.statusCode = 200;
  const gzip =
    COMPRESSIBLE.has(ext) &&
    stat.size <= MAX_GZIP_BYTES &&
    /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  if (COMPRESSIBLE.has(ext)) res.setHeader('vary', 'Accept-Encoding');
  if (gzip) {
    let cached = gzipCache.get(file);
    if (!cached || cached.mtimeMs !== stat.mtimeMs || cached.size !== stat.size) {
      cached = { mtimeMs: stat.mtimeMs, size: stat.size, body: gzipSync(await fs.readFile(file)) };
      gzipCache.set(file, cached);
    }
    res.setHeader('content-encoding', 'gzip');
    res.setHeader('content-length', cached.body.length);
    res.end(req.method === 'HEAD' ? undefined : cached.body);
    return;
  }
  res.setHeader('content-length', stat.size);
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  await new Promise<void>((done, fail) => {
    const stream = createReadStream(file);
    stream.on('error', fail);
    res.on('close', () => {
      stream.destroy();
      done();
    });
    stream.pipe(res);
  });
}

function sendBuildHint(req: IncomingMessage, res: ServerResponse): void {
  const message =
    'The web interface is not built yet: run `npm run build:web`, then reload. The GraphQL API is at /graphql.';
  const wantsHtml = String(req.headers.accept ?? '').includes('text/html');
  res.statusCode = 404;
  res.setHeader('cache-control', 'no-store');
  if (wantsHtml) {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    const body =
      '<!doctype html><html lang="en"><meta charset="utf-8"><title>civicgraph</title>' +
      '<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem">' +
      '<h1>civicgraph</h1><p>The web interface is not built yet. Run <code>npm run build:web</code>, then reload.</p>' +
      '<p>The GraphQL API is at <a href="/graphql">/graphql</a>.</p></body></html>';
    res.end(req.method === 'HEAD' ? undefined : body);
    return;
  }
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(req.method === 'HEAD' ? undefined : JSON.stringify({ error: message }));
}
