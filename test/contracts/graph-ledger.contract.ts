// The ingest ledger: the IngestLedger role of the graph store contract, run on every adapter.
import { beforeEach, describe, expect, it } from 'vitest';
import { useStore } from './graph-store.fixtures.js';
import type { GraphStoreHarness } from './graph-store.fixtures.js';

/** The IngestLedger behaviour every graph store adapter must show. */
export function defineIngestLedgerContract(adapter: string, harness: GraphStoreHarness): void {
  describe(`${adapter} graph store contract: IngestLedger`, () => {
    const current = useStore(harness);
    let store: ReturnType<typeof current>;
    beforeEach(() => {
      store = current();
    });

    it('remembers completely ingested files in the ledger', async () => {
      const entry = {
        source: 'archive/2019/a.docx',
        size: 1234,
        mtimeMs: 1_700_000_000_123.5,
        hash: 'ab'.repeat(32),
        documents: 3,
        failures: 1,
        completedAt: '2026-01-02T03:04:05.000Z',
      };
      await store.putLedgerEntries([entry, { ...entry, source: 'archive/b.csv', documents: 200 }]);
      const found = await store.ledgerEntries(['archive/2019/a.docx', 'missing.txt']);
      expect([...found.values()]).toEqual([entry]);
      await store.putLedgerEntries([{ ...entry, hash: 'cd'.repeat(32) }]);
      expect((await store.ledgerEntries([entry.source])).get(entry.source)?.hash).toBe('cd'.repeat(32));
    });
  });
}
