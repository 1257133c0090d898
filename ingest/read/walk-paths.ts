import { readdir, realpath, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

/** File endings the text reader takes. */
export const TEXT_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.text']);

/** A path given by the user that could not be walked. */
export interface WalkProblem {
  path: string;
  reason: string;
}

/**
 * Expands files and folders into the files to ingest, in a stable order. Folders are walked
 * recursively (hidden entries skipped, symlink loops cut); files named explicitly are always taken.
 */
export async function* walkPaths(
  paths: string[],
  onProblem: (problem: WalkProblem) => void,
): AsyncGenerator<string> {
  const seen = new Set<string>();
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      onProblem({ path, reason: `cannot read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})` });
      continue;
    }
    if (info.isDirectory()) yield* walkDirectory(path, seen, onProblem);
    else yield path;
  }
}

async function* walkDirectory(
  dir: string,
  seen: Set<string>,
  onProblem: (problem: WalkProblem) => void,
): AsyncGenerator<string> {
  let real: string;
  let entries;
  try {
    real = await realpath(dir);
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    onProblem({ path: dir, reason: `cannot list folder (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})` });
    return;
  }
  if (seen.has(real)) return;
  seen.add(real);
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const target = await stat(path);
        isDir = target.isDirectory();
        isFile = target.isFile();
      } catch {
        onProblem({ path, reason: 'broken symbolic link' });
        continue;
      }
    }
    if (isDir) yield* walkDirectory(path, seen, onProblem);
    else if (isFile && TEXT_EXTENSIONS.has(extname(entry.name).toLowerCase())) yield path;
  }
}
