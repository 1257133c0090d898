import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root (the folder holding package.json), found from this module, in `src/` or in `dist/`. */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'schema'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('civicgraph: cannot find the package root (package.json next to schema/)');
    dir = parent;
  }
}

/** Absolute path of a file under `schema/`. */
export function schemaPath(...parts: string[]): string {
  return join(packageRoot(), 'schema', ...parts);
}
