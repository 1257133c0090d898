import { readdir, realpath, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { SUPPORTED_EXTENSIONS } from './formats.js';

/** A path given by the user that could not be walked. */
export interface WalkProblem {
  path: string;
  reason: string;
}

/**
 * Expands files and folders into the files to ingest, in a stable order. Folders are walked
 * recursively in code-point order (hidden entries skipped, symlink loops cut, only SUPPORTED_EXTENSIONS
 * taken); files named explicitly are always taken, whatever their extension.
 */
export async function* walkPaths(paths: string[], onProblem: (problem: WalkProblem) => void): AsyncGenerator<string> {
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
    onProblem({
      path: dir,
      reason: `cannot list folder (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`,
    });
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
    else if (isFile && SUPPORTED_EXTENSIONS.has(extname(entry.name).toLowerCase()) && !isProjectDoc(entry.name))
      yield path;
  }
}

// A folder's README or LICENSE describes the folder; it is not a release (named explicitly, it is still read).
const PROJECT_DOCS = /^(readme|license|licence|changelog|contributing|notice)(\.[a-z]+)?$/i;

function isProjectDoc(name: string): boolean {
  return PROJECT_DOCS.test(name);
}
