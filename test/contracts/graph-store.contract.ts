// The whole graph store contract: every role (src/ports/graph-store.ts), as the adapters' entry points run it.
import { defineGraphCurationContract } from './graph-curation.contract.js';
import { defineGraphReaderContract } from './graph-reader.contract.js';
import { defineIngestLedgerContract } from './graph-ledger.contract.js';
import type { GraphStoreHarness } from './graph-store.fixtures.js';
import { defineGraphWriterContract } from './graph-writer.contract.js';

export type { GraphStoreHarness } from './graph-store.fixtures.js';

/** The behaviour every graph store adapter must show, role by role, run against each adapter. */
export function defineGraphStoreContract(adapter: string, harness: GraphStoreHarness): void {
  defineGraphWriterContract(adapter, harness);
  defineGraphReaderContract(adapter, harness);
  defineGraphCurationContract(adapter, harness);
  defineIngestLedgerContract(adapter, harness);
}
