import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEmbeddedStores } from '../../src/stores/sqlite/create-embedded-stores.js';
import type { Stores } from '../../src/ports/stores.js';

/** Embedded stores in a fresh temporary folder; `close()` also deletes the folder. */
export function createTempStores(): Stores & { file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'civicgraph-test-'));
  const file = join(dir, 'store.db');
  const stores = createEmbeddedStores(file);
  return {
    ...stores,
    file,
    async close() {
      await stores.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
