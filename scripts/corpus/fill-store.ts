// Fills stores with generated releases for the benchmarks: extracted in parallel, written in batches.
import { availableParallelism } from 'node:os';
import { createExtractionPool } from '../../ingest/run/extraction-pool.js';
import { writeReleases } from '../../ingest/write-release.js';
import type { Stores } from '../../src/ports/stores.js';
import { generateRelease, toText } from './release-generator.js';

/** Tops the stores up to `target` generated releases (seed 21); returns how many were added. */
export async function fillWithGeneratedReleases(stores: Stores, target: number): Promise<number> {
  const have = (await stores.graph.stats()).releases;
  if (have >= target) return 0;
  console.log(`filling ${stores.graph.description} with ${target - have} generated releases …`);
  const pool = createExtractionPool(availableParallelism());
  // One batch of 100 per transaction (one write transaction per batch on Neo4j).
  for (let from = have; from < target; from += 100) {
    const results = await Promise.all(
      Array.from({ length: Math.min(100, target - from) }, (_, k) =>
        pool.run({ raw: toText(generateRelease(21, from + k)), meta: { source: `bench/${from + k}.txt` } }),
      ),
    );
    await writeReleases(
      results.flatMap((result) => (result.ok ? [result.facts] : [])),
      stores,
    );
  }
  await pool.close();
  return target - have;
}
