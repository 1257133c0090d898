import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateRelease, toText } from '../../scripts/corpus/release-generator.js';

const ROOT = join(import.meta.dirname, '../..');
const CLI = join(ROOT, 'app/cli/run.ts');
const ENV = { PATH: process.env['PATH'] ?? '' };

/** Runs the civicgraph command line (from the TypeScript sources) to the end. */
function civicgraph(args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: ENV,
    timeout: 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Starts the command line in the background; `output()` is what it printed so far. */
function start(args: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], { cwd: ROOT, env: ENV });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  const waitFor = async (pattern: RegExp, ms = 90_000): Promise<void> => {
    const deadline = Date.now() + ms;
    while (!pattern.test(stdout)) {
      if (Date.now() > deadline || child.exitCode !== null)
        throw new Error(`no ${pattern} in output:\n${stdout}\n${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  return { child, exited, waitFor, output: () => ({ stdout, stderr }) };
}

function bigText(bytes: number): string {
  const parts: string[] = [];
  for (let length = 0, i = 0; length < bytes; i++) {
    parts.push(toText(generateRelease(17, i)));
    length += parts.at(-1)!.length + 2;
  }
  return parts.join('\n\n');
}

// Every test starts the CLI from sources one to three times, several seconds each on a loaded machine.
describe('the command line with bad paths, typos and closed pipes', { timeout: 120_000 }, () => {
  let dir: string;
  let releases: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'civicgraph-cli-robust-'));
    releases = join(dir, 'releases');
    mkdirSync(releases);
    for (let i = 0; i < 3; i++) writeFileSync(join(releases, `r${i}.txt`), toText(generateRelease(17, 100 + i)));
    writeFileSync(join(releases, 'SCHEMA.md'), '# Columns\n\nEach file holds one release.\n');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses stats, search and serve on a store that does not exist, naming the path and the fix, creating nothing', () => {
    const typo = join(dir, 'typo.db');
    for (const args of [['stats'], ['search', 'anything'], ['serve', '--port', '0']]) {
      const result = civicgraph([...args, '--data', typo]);
      expect(result.code, args[0]).toBe(1);
      expect(result.stderr, args[0]).toContain(`civicgraph: no store at ${typo}`);
      expect(result.stderr, args[0]).toContain(
        `fix: ingest releases into it first (civicgraph ingest <files> --data ${typo})`,
      );
    }
    expect(existsSync(typo)).toBe(false);
  });

  it('writes no store file in a dry run', () => {
    const data = join(dir, 'dry', 'store.db');
    const result = civicgraph(['ingest', releases, '--dry-run', '--data', data, '-c', '1']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/would create 3/);
    expect(existsSync(join(dir, 'dry'))).toBe(false);
  });

  it('reports a missing path as a path that could not be read, not as a failed release', () => {
    const result = civicgraph(['ingest', join(dir, 'nonexistent'), '--data', join(dir, 'missing.db')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${join(dir, 'nonexistent')}: cannot read (ENOENT): no such file or folder`);
    expect(result.stdout).toMatch(/0 file\(s\), 0 release\(s\)/);
    expect(result.stdout).toMatch(/1 path\(s\) could not be read/);
  });

  it('skips folder notes such as SCHEMA.md with the reason, and prints no line per release when not on a terminal', () => {
    const data = join(dir, 'quiet.db');
    const result = civicgraph(['ingest', releases, '--data', data, '-c', '1']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`skipped      ${join(releases, 'SCHEMA.md')}: describes the folder, not a release`);
    expect(result.stdout).toMatch(/3 file\(s\), 3 release\(s\).*3 new.*1 non-release file\(s\) skipped/);
    expect(result.stdout).not.toMatch(/^created/m);
    const verbose = civicgraph(['ingest', releases, '--data', join(dir, 'verbose.db'), '-c', '1', '--verbose']);
    expect(verbose.stdout.match(/^created/gm)).toHaveLength(3);
  });

  it('refuses a document over --max-document-bytes with the setting in the message, and rejects a bad size', () => {
    const file = join(dir, 'long.txt');
    writeFileSync(file, bigText(40_000));
    const result = civicgraph(['ingest', file, '--data', join(dir, 'limit.db'), '--max-document-bytes', '20kB']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /long\.txt: too large for one press release: .* over the 20 kB limit \(--max-document-bytes\)/,
    );
    const bad = civicgraph(['ingest', file, '--data', join(dir, 'limit.db'), '--max-document-bytes', 'lots']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('--max-document-bytes: "lots" is not a size');
  });

  it('stops an ingest within seconds on SIGTERM while a long document is extracted, and the next run resumes', async () => {
    const folder = join(dir, 'slow');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a.txt'), toText(generateRelease(17, 200)));
    writeFileSync(join(folder, 'b.txt'), bigText(3 * 1024 * 1024));
    const data = join(dir, 'slow.db');
    const run = start(['ingest', folder, '--data', data, '-c', '1', '--max-document-bytes', '8MB']);
    await run.waitFor(/storing into/);
    // Let the worker start on the long document, which alone takes tens of seconds.
    await new Promise((resolve) => setTimeout(resolve, 4000));
    const signalled = Date.now();
    run.child.kill('SIGTERM');
    const { code } = await run.exited;
    expect(Date.now() - signalled).toBeLessThan(10_000);
    expect(code).toBe(130);
    expect(run.output().stdout).toContain('Interrupted: run the same command again to resume.');
    const resumed = civicgraph(['ingest', folder, '--data', data, '-c', '1', '--max-document-bytes', '20kB']);
    // a.txt is in the ledger or stored again; b.txt is taken up again (and now refused by the lower limit).
    expect(resumed.stderr).toMatch(/b\.txt: too large/);
    expect(JSON.parse(civicgraph(['stats', '--data', data, '--json']).stdout)).toMatchObject({ releases: 1 });
  });

  it('names the fix in one line when the port is in use', async () => {
    const data = join(dir, 'served.db');
    civicgraph(['ingest', join(releases, 'r0.txt'), '--data', data, '-c', '1']);
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const result = civicgraph(['serve', '--data', data, '--port', String(port)]);
      expect(result.code).toBe(1);
      expect(result.stderr).toBe(
        `civicgraph: port ${port} on 127.0.0.1 is already in use (another civicgraph serve?): stop that server, or choose another port with --port or PORT (0 picks a free one)\n`,
      );
    } finally {
      blocker.close();
    }
  });

  it('keeps serving when its output is closed (serve | head), and stops cleanly', async () => {
    const data = join(dir, 'served.db');
    if (!existsSync(data)) civicgraph(['ingest', join(releases, 'r0.txt'), '--data', data, '-c', '1']);
    const server = start(['serve', '--data', data, '--port', '0']);
    await server.waitFor(/GraphQL API at (\S+)/);
    const url = /GraphQL API at (\S+)/.exec(server.output().stdout)![1]!;
    // The reader goes away, like `head` after its lines: every further write hits a closed pipe.
    server.child.stdout.destroy();
    for (let i = 0; i < 5; i++) {
      const response = await fetch(url.replace('/graphql', '/health'));
      expect(response.status).toBe(200);
    }
    server.child.kill('SIGTERM');
    const { code, signal } = await server.exited;
    expect(server.output().stderr).not.toMatch(/EPIPE|Unhandled/);
    // Apollo Server re-raises SIGTERM after its own shutdown, so "ended by SIGTERM" is the clean end here.
    expect(code === 0 || signal === 'SIGTERM').toBe(true);
  });
});
