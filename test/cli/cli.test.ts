import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildProgram } from '../../app/cli/main.js';

const ROOT = join(import.meta.dirname, '../..');
const CLI = join(ROOT, 'app/cli/run.ts');

/** Runs the civicgraph command line (from the TypeScript sources) and returns its output. */
function civicgraph(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { PATH: process.env['PATH'] ?? '', ...env },
    timeout: 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Each case starts the CLI from sources several times; a loaded 2-core machine needs minutes, not seconds.
describe('the civicgraph command line', { timeout: 120_000 }, () => {
  let dir: string;
  let data: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'civicgraph-cli-'));
    data = join(dir, 'store.db');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('ingests the bundled samples, then finds them by search and counts them', () => {
    const ingest = civicgraph(['ingest', 'samples', '--data', data, '--concurrency', '1']);
    expect(ingest.stderr).toBe('');
    expect(ingest.code).toBe(0);
    // Both stores are named: the graph store and the search index, with their file.
    expect(ingest.stdout).toContain(
      `storing into embedded SQLite store at ${data}; search: embedded FTS5 index at ${data}`,
    );
    expect(ingest.stdout).toMatch(/15 file\(s\), 15 release\(s\).*15 new/);
    const again = civicgraph(['ingest', 'samples', '--data', data, '--concurrency', '1', '-q']);
    expect(again.stdout).toMatch(/15 unchanged file\(s\) skipped; 0 failed/);
    const search = civicgraph(['search', 'migrationszentrum', '--data', data]);
    expect(search.code).toBe(0);
    expect(search.stdout).toMatch(/release\(s\) match "migrationszentrum"/);
    expect(search.stdout).toContain('[Migrationszentrum]');
    const stats = JSON.parse(civicgraph(['stats', '--data', data, '--json']).stdout) as { releases: number };
    expect(stats.releases).toBe(15);
  });

  it('names the graph store and the search index when serve starts', async () => {
    const server = spawn(process.execPath, ['--import', 'tsx', CLI, 'serve', '--port', '0', '--data', data], {
      cwd: ROOT,
      env: { PATH: process.env['PATH'] ?? '' },
    });
    let out = '';
    try {
      await new Promise<void>((resolve, reject) => {
        server.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          if (out.includes('GraphQL API at')) resolve();
        });
        server.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${out}`)));
      });
    } finally {
      server.kill('SIGTERM');
    }
    expect(out).toContain(
      `civicgraph: serving embedded SQLite store at ${data}; search: embedded FTS5 index at ${data}`,
    );
  });

  it('prints what it extracts from one file as corpus-format JSON without storing it', () => {
    const result = civicgraph(['extract', 'samples/de-01-migrationszentrum-diepholz.txt', '--json']);
    expect(result.code).toBe(0);
    const record = JSON.parse(result.stdout) as {
      lang: string;
      entities: { type: string; name: string }[];
      relations: { type: string }[];
    };
    expect(record.lang).toBe('de');
    expect(record.entities.some((e) => e.type === 'Person')).toBe(true);
    expect(record.relations.some((r) => r.type === 'VISITED')).toBe(true);
  });

  it('skips bad files with one line each and exits non-zero only when nothing could be stored', () => {
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 255, 0]));
    const onlyBad = civicgraph([
      'ingest',
      join(dir, 'empty.txt'),
      join(dir, 'binary.txt'),
      '--data',
      join(dir, 'bad.db'),
    ]);
    expect(onlyBad.code).toBe(1);
    expect(onlyBad.stderr).toMatch(/empty\.txt: .*empty/);
    expect(onlyBad.stderr).toMatch(/binary\.txt: .*binary/);
    const mixed = civicgraph([
      'ingest',
      join(dir, 'empty.txt'),
      'samples/en-02-housing-minister-leeds.md',
      '--data',
      join(dir, 'mixed.db'),
    ]);
    expect(mixed.code).toBe(2);
    expect(mixed.stdout).toMatch(/1 new/);
    const missing = civicgraph(['ingest', join(dir, 'nothing-here'), '--data', join(dir, 'x.db')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/nothing-here: cannot read \(ENOENT\)/);
  });

  it('writes the steps of an ingest to --log-file as JSON lines, failures with their step', () => {
    writeFileSync(join(dir, 'empty.txt'), '');
    const log = join(dir, 'ingest.log');
    const run = civicgraph([
      'ingest',
      join(dir, 'empty.txt'),
      'samples/en-02-housing-minister-leeds.md',
      '--data',
      join(dir, 'logged.db'),
      '--log-file',
      log,
    ]);
    expect(run.code).toBe(2);
    const lines = readFileSync(log, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toContainEqual(expect.objectContaining({ msg: 'document failed', step: 'read', format: 'txt' }));
    expect(lines).toContainEqual(expect.objectContaining({ msg: 'file read', path: expect.stringContaining('en-02') }));
    expect(lines.at(-1)).toMatchObject({ msg: 'ingest finished', documents: { created: 1, failed: 1 } });
    // At the default level (info) there is no line per stored release.
    expect(lines.some((line) => line['msg'] === 'release stored')).toBe(false);
  });

  it('explains every command with --help and names the fix for bad settings', () => {
    const program = buildProgram();
    const commands = program.commands.map((command) => command.name());
    expect(commands).toEqual([
      'ingest',
      'serve',
      'stats',
      'search',
      'extract',
      'reextract',
      'reindex',
      'search-key',
      'eval',
    ]);
    for (const command of program.commands) {
      const help = command.helpInformation();
      expect(help, command.name()).toMatch(new RegExp(`^Usage: civicgraph ${command.name()} `));
      expect(help, command.name()).toMatch(/--help/);
    }
    expect(civicgraph(['ingest', '--help']).stdout).toMatch(/^Usage: civicgraph ingest .*\n[\s\S]*Exit codes/);
    const searchKeyHelp = civicgraph(['search-key', '--help']).stdout;
    // How to revoke: a plain key by its uid, every tenant token at once by their parent key.
    expect(searchKeyHelp).toMatch(/--revoke-tokens/);
    expect(searchKeyHelp).toMatch(/DELETE "\$MEILI_URL\/keys\/<uid>"/);
    const badPort = civicgraph(['serve', '--port', 'eighty', '--data', data]);
    expect(badPort.code).toBe(1);
    expect(badPort.stderr).toMatch(/invalid port .*"eighty"/);
    const badNeo4j = civicgraph(['stats'], {
      NEO4J_URI: 'bolt://127.0.0.1:1',
      NEO4J_PASSWORD: 'x',
      CIVICGRAPH_DATA: data,
    });
    expect(badNeo4j.code).toBe(1);
    expect(badNeo4j.stderr).toMatch(/civicgraph: .*127\.0\.0\.1:1/);
  });
});
