import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { chromium } from 'playwright-core';

/** The package root. */
export const ROOT = join(import.meta.dirname, '../..');
/** Where the browser tests save their screenshots (gitignored). */
export const SCREENSHOTS = join(ROOT, 'test-results/screenshots');
/** Debian's Chromium, or CHROMIUM_PATH. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The key the test server accepts for curation. */
export const EDITOR_KEY = 'e2e-editor-key-0123456789';

/** True when a Chromium binary is installed. */
export function hasChromium(): boolean {
  return existsSync(CHROMIUM);
}

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

/** Builds web/dist with Vite when it is missing or older than the web sources. */
export function ensureWebBuild(): void {
  const web = join(ROOT, 'web');
  const built = join(web, 'dist/index.html');
  const sources = Math.max(
    newestMtime(join(web, 'src')),
    newestMtime(join(web, 'index.html')),
    newestMtime(join(web, 'vite.config.ts')),
    newestMtime(join(web, 'public')),
  );
  if (existsSync(built) && statSync(built).mtimeMs >= sources) return;
  execFileSync(
    process.execPath,
    [
      join(ROOT, 'node_modules/vite/bin/vite.js'),
      'build',
      '--config',
      join(web, 'vite.config.ts'),
      '--logLevel',
      'warn',
    ],
    {
      cwd: ROOT,
      stdio: 'inherit',
    },
  );
}

/** Runs the civicgraph CLI from source (the documented command contract, independent of internal modules). */
function cliArgs(...args: string[]): string[] {
  return ['--import', 'tsx', join(ROOT, 'app/cli/run.ts'), ...args];
}

/** The environment for the CLI: the embedded store (no Neo4j or Meilisearch from the caller's shell) and the test key. */
function cliEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    CIVICGRAPH_API_KEYS: `e2e-editor:${EDITOR_KEY}:read+write`,
    NODE_ENV: 'test',
  };
  const unset = [
    'NEO4J_URI',
    'MEILI_URL',
    'CIVICGRAPH_KEYS_FILE',
    'CIVICGRAPH_PUBLIC_READ',
    'CIVICGRAPH_DATA',
    'PORT',
    'HOST',
  ];
  for (const name of unset) delete env[name];
  return env;
}

/** A real `civicgraph serve` on port 0 over a temporary store into which `civicgraph ingest samples` wrote the samples. */
export async function startSampleServer(): Promise<{ origin: string; stop(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'civicgraph-web-'));
  const data = join(dir, 'store.db');
  // The samples folder also holds expected.json, which ingest reports as skipped: a non-zero exit is fine if releases were stored.
  spawnSync(process.execPath, cliArgs('ingest', join(ROOT, 'samples'), '--data', data, '-q'), {
    cwd: ROOT,
    env: cliEnv(),
    stdio: 'ignore',
  });
  if (!existsSync(data)) throw new Error('civicgraph ingest samples wrote no store');
  const child = spawn(process.execPath, cliArgs('serve', '--data', data, '--port', '0', '--host', '127.0.0.1'), {
    cwd: ROOT,
    env: cliEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`civicgraph serve did not start:\n${output}`)), 60_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /GraphQL API at (http:\/\/\S+)\/graphql/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`civicgraph serve exited with ${code}:\n${output}`));
    });
  });
  // Keep draining the request log so the pipe never fills up.
  child.stdout.resume();
  return {
    origin: url,
    async stop() {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Headless Debian Chromium through playwright-core, with a fresh profile that is deleted on close. */
export async function launchBrowser(): Promise<BrowserContext & { dispose(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'civicgraph-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: 1280, height: 860 },
    locale: 'de-DE',
  });
  return Object.assign(context, {
    async dispose() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  });
}

/** The path of a screenshot file (folder created), printed relative to the package root. */
export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = join(SCREENSHOTS, `${name}.png`);
  console.log(`screenshot: ${relative(ROOT, file)}`);
  return file;
}

/** Post a GraphQL operation to the test server. */
export async function gqlRequest<T>(
  origin: string,
  query: string,
  variables: Record<string, unknown> = {},
  key?: string,
): Promise<T> {
  const response = await fetch(`${origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors[0]!.message);
  return body.data!;
}
