import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { walkPaths, type WalkProblem } from '../../ingest/read/walk-paths.js';
import { makeTempDir, type TempDir } from './read-helpers.js';

async function walk(paths: string[]): Promise<{ files: string[]; problems: WalkProblem[] }> {
  const files: string[] = [];
  const problems: WalkProblem[] = [];
  for await (const file of walkPaths(paths, (problem) => problems.push(problem))) files.push(file);
  return { files, problems };
}

/** Runs `walkPaths` in a child process as the unprivileged user "nobody". */
function walkAsNobody(path: string): Promise<{ files: string[]; problems: WalkProblem[] }> {
  const module = new URL('../../ingest/read/walk-paths.ts', import.meta.url).href;
  const script = `const { walkPaths } = await import(${JSON.stringify(module)});
    const files = []; const problems = [];
    for await (const f of walkPaths([${JSON.stringify(path)}], (p) => problems.push(p))) files.push(f);
    console.log(JSON.stringify({ files, problems }));`;
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    uid: 65534,
    gid: 65534,
    // tsx resolves from the working directory: the project root, readable by anyone.
    cwd: new URL('../..', import.meta.url).pathname,
    env: {
      PATH: process.env['PATH'] ?? '',
      TSX_TSCONFIG_PATH: new URL('../../tsconfig.json', import.meta.url).pathname,
    },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`walk as nobody failed: ${result.stderr}`);
  return Promise.resolve(
    JSON.parse(result.stdout.trim().split('\n').at(-1)!) as { files: string[]; problems: WalkProblem[] },
  );
}

describe('walkPaths', () => {
  let dir: TempDir;
  beforeEach(() => {
    dir = makeTempDir();
  });
  afterEach(() => {
    chmodSync(dir.path, 0o755);
    dir.remove();
  });

  it('yields the files of every supported format in sorted order, skipping hidden and other files', async () => {
    mkdirSync(join(dir.path, 'b/nested'), { recursive: true });
    mkdirSync(join(dir.path, '.git'));
    for (const name of [
      'b/nested/z.pdf',
      'b/a.DOCX',
      'a.csv',
      'c.zip',
      'd.eml',
      'e.rss',
      'f.html',
      'g.jsonl',
      'h.txt',
      'i.png',
      '.hidden.txt',
      '.git/x.txt',
    ]) {
      dir.write(name, 'x');
    }
    const { files, problems } = await walk([dir.path]);
    expect(problems).toEqual([]);
    expect(files.map((file) => file.slice(dir.path.length + 1))).toEqual([
      'a.csv',
      'b/a.DOCX',
      'b/nested/z.pdf',
      'c.zip',
      'd.eml',
      'e.rss',
      'f.html',
      'g.jsonl',
      'h.txt',
    ]);
  });

  it('takes a file named explicitly whatever its extension, and reports a missing one', async () => {
    const odd = dir.write('notiz.pm', 'x');
    const { files, problems } = await walk([odd, join(dir.path, 'fehlt.txt')]);
    expect(files).toEqual([odd]);
    expect(problems).toEqual([
      { path: join(dir.path, 'fehlt.txt'), reason: 'cannot read (ENOENT): no such file or folder' },
    ]);
  });

  it('handles names with spaces, umlauts and newlines', async () => {
    const names = ['Größe und Maß.txt', 'mit\nZeilenumbruch.md', 'ü.pdf'];
    for (const name of names) dir.write(name, 'x');
    const { files } = await walk([dir.path]);
    expect(files).toEqual(names.map((name) => join(dir.path, name)).sort());
  });

  it('cuts symlink loops and reports broken links', async () => {
    mkdirSync(join(dir.path, 'a'));
    dir.write('a/pm.txt', 'x');
    symlinkSync(dir.path, join(dir.path, 'a/loop'));
    symlinkSync(join(dir.path, 'nirgends'), join(dir.path, 'a/broken.txt'));
    const { files, problems } = await walk([dir.path]);
    expect(files).toEqual([join(dir.path, 'a/pm.txt')]);
    expect(problems).toEqual([{ path: join(dir.path, 'a/broken.txt'), reason: 'broken symbolic link' }]);
  });

  // Root reads every folder regardless of its mode, so as root the walk runs in a child process as "nobody".
  it('skips README and LICENSE files in folders but reads them when named', async () => {
    dir.write('README.md', '# About these releases');
    dir.write('LICENSE', 'MIT');
    dir.write('pm.md', 'Pressemitteilung');
    expect((await walk([dir.path])).files).toEqual([join(dir.path, 'pm.md')]);
    expect((await walk([join(dir.path, 'README.md')])).files).toEqual([join(dir.path, 'README.md')]);
  });

  it('reports an unreadable folder and goes on', async () => {
    chmodSync(dir.path, 0o755);
    mkdirSync(join(dir.path, 'closed'));
    dir.write('open.txt', 'x');
    chmodSync(join(dir.path, 'open.txt'), 0o644);
    chmodSync(join(dir.path, 'closed'), 0o000);
    try {
      const { files, problems } = process.getuid?.() === 0 ? await walkAsNobody(dir.path) : await walk([dir.path]);
      expect(files).toEqual([join(dir.path, 'open.txt')]);
      expect(problems).toEqual([{ path: join(dir.path, 'closed'), reason: 'cannot list folder (EACCES)' }]);
    } finally {
      chmodSync(join(dir.path, 'closed'), 0o755);
    }
  });
});
