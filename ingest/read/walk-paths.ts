import { readdir, realpath, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { SUPPORTED_EXTENSIONS } from './formats.js';

/** A path given by the user that could not be walked. */
export interface WalkProblem {
  path: string;
  reason: string;
}

/** A file in a folder that is left out on purpose, and why. */
export interface WalkSkip {
  path: string;
  reason: string;
}

/**
 * Expands files and folders into the files to ingest, in a stable order. Folders are walked
 * recursively in code-point order (hidden entries skipped, symlink loops cut, only SUPPORTED_EXTENSIONS
 * taken, folder documentation such as README.md or SCHEMA.md reported to `onSkip`); files named
 * explicitly are always taken, whatever their extension or name.
 */
export async function* walkPaths(
  paths: string[],
  onProblem: (problem: WalkProblem) => void,
  onSkip: (skip: WalkSkip) => void = () => {},
): AsyncGenerator<string> {
  const seen = new Set<string>();
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      onProblem({
        path,
        reason: `cannot read (${code ?? 'unknown error'})${code === 'ENOENT' ? ': no such file or folder' : ''}`,
      });
      continue;
    }
    if (info.isDirectory()) yield* walkDirectory(path, seen, onProblem, onSkip);
    else yield path;
  }
}

async function* walkDirectory(
  dir: string,
  seen: Set<string>,
  onProblem: (problem: WalkProblem) => void,
  onSkip: (skip: WalkSkip) => void,
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
    if (isDir) yield* walkDirectory(path, seen, onProblem, onSkip);
    else if (isFile && SUPPORTED_EXTENSIONS.has(extname(entry.name).toLowerCase())) {
      if (isFolderDoc(entry.name)) onSkip({ path, reason: FOLDER_DOC_REASON });
      else yield path;
    }
  }
}

const FOLDER_DOC_REASON = 'describes the folder, not a release (name the file itself to ingest it)';
// A folder's README, LICENSE or SCHEMA describes the folder; it is not a release. Such notes are named in
// capitals by convention (README.md, SCHEMA.md, CODE_OF_CONDUCT.md); release files carry dates or numbers.
const PROJECT_DOCS = /^(readme|license|licence|changelog|contributing|notice)(\.[a-z]+)?$/i;
const CAPITALISED_NOTE = /^[A-Z][A-Z_-]{2,}\.(md|markdown|txt|rst)$/;

function isFolderDoc(name: string): boolean {
  return PROJECT_DOCS.test(name) || CAPITALISED_NOTE.test(name);
}
