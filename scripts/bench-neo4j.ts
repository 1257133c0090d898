/**
 * Benchmark of the Neo4j graph store: `npx tsx scripts/bench-neo4j.ts [--releases 10000] [--batch 250]`.
 * Starts its own local Neo4j (`.neo4j-test/bench`, bolt 17689) unless one runs there, writes seeded
 * synthetic releases in batches, then times `factsOf` VISITED / HOLDS_ROLE for officials.
 */
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT, startNeo4j } from './neo4j-local.js';
import { createNeo4jGraphStore } from '../src/stores/neo4j/create-neo4j-graph-store.js';
import type { Neo4jGraphStore } from '../src/stores/neo4j/neo4j-graph-store.js';
import type { RelationType } from '../src/domain/relation.js';
import { syntheticCorpus } from '../test/neo4j/synthetic-releases.js';

const { values } = parseArgs({
  options: {
    releases: { type: 'string', default: '10000' },
    batch: { type: 'string', default: '250' },
    queries: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '42' },
  },
});
const total = Number(values.releases);
const batchSize = Number(values.batch);
const queries = Number(values.queries);
// The first batches run on a cold server (JIT, query planning): reported apart from the
// sustained rate of the next 5,000 releases; the rate over everything includes them.
const warmUp = Math.min(total, 2 * batchSize);
const measured = Math.min(total - warmUp, 5_000);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function summary(times: number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  return `p50 ${percentile(sorted, 50).toFixed(1)} ms  p95 ${percentile(sorted, 95).toFixed(1)} ms  p99 ${percentile(sorted, 99).toFixed(1)} ms`;
}

const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

async function writeAll(
  store: Neo4jGraphStore,
  corpus: ReturnType<typeof syntheticCorpus>,
  from: number,
  to: number,
): Promise<{ ms: number; batchMs: number[] }> {
  const batchMs: number[] = [];
  for (let start = from; start < to; start += batchSize) {
    // Generated per batch, as an ingest would produce them; generation is not timed.
    const batch = Array.from({ length: Math.min(batchSize, to - start) }, (_, i) => corpus.release(start + i));
    const t = performance.now();
    const results = await store.writeReleases(batch);
    batchMs.push(performance.now() - t);
    if (results.some((result) => result.outcome !== 'created'))
      throw new Error('bench: expected every release to be new');
  }
  return { ms: batchMs.reduce((a, b) => a + b, 0), batchMs };
}

async function timeFacts(
  store: Neo4jGraphStore,
  officials: string[],
  type: RelationType,
): Promise<{ times: number[]; facts: number }> {
  const times: number[] = [];
  let facts = 0;
  for (let i = 0; i < queries + 50; i++) {
    const entityId = officials[i % officials.length]!;
    const t = performance.now();
    const result = await store.factsOf({ entityId, types: [type], direction: 'from' });
    // The first 50 warm up the query plans and page cache.
    if (i >= 50) {
      times.push(performance.now() - t);
      facts += result.length;
    }
  }
  return { times, facts: facts / queries };
}

async function main(): Promise<void> {
  const server = await startNeo4j({
    dataDir: join(PROJECT_ROOT, '.neo4j-test', 'bench'),
    boltPort: 17689,
    httpPort: 0,
    password: 'civicgraph-bench',
    log: (message) => console.log(`[neo4j] ${message}`),
  });
  const store = await createNeo4jGraphStore({
    uri: server.uri,
    user: server.user,
    password: server.password,
    database: 'neo4j',
  });
  try {
    await store.dropAllData();
    // Pools sized like a year of releases from a few dozen publishers: ~10,000 entities at 10,000 releases.
    const corpus = syntheticCorpus({
      seed: Number(values.seed),
      officials: 600,
      organisations: 8_000,
      places: 100,
      initiatives: 1_000,
    });
    console.log(`writing ${total} synthetic releases in batches of ${batchSize} to ${store.description}`);

    const cold = await writeAll(store, corpus, 0, warmUp);
    const steady = await writeAll(store, corpus, warmUp, warmUp + measured);
    const rest = await writeAll(store, corpus, warmUp + measured, total);
    const stats = await store.stats();
    const entities = Object.values(stats.entities).reduce((a, b) => a + b, 0);
    const facts = Object.values(stats.facts).reduce((a, b) => a + b, 0);

    console.log(`\nstored: ${stats.releases} releases, ${entities} entities, ${facts} facts`);
    const rate = (releases: number, ms: number): string => `${((releases / ms) * 1000).toFixed(0)} releases/s`;
    console.log(
      `write, first ${warmUp} (cold server): ${rate(warmUp, cold.ms)} (batches ${cold.batchMs.map((ms) => ms.toFixed(0)).join(', ')} ms)`,
    );
    console.log(`write, next ${measured}: ${rate(measured, steady.ms)} sustained (batch ${summary(steady.batchMs)})`);
    const all = [...cold.batchMs, ...steady.batchMs, ...rest.batchMs];
    console.log(`write, all ${total}: ${rate(total, cold.ms + steady.ms + rest.ms)} (batch ${summary(all)})`);

    // The officials releases are about, as the API would ask for them (the busiest ones most often).
    const officials = corpus.officialIds;
    for (const type of ['VISITED', 'HOLDS_ROLE'] as const) {
      const { times, facts: perQuery } = await timeFacts(store, officials, type);
      console.log(
        `factsOf ${type.padEnd(10)} (${queries} queries, ${perQuery.toFixed(1)} facts each): ${summary(times)}`,
      );
    }
    console.log(`node peak RSS: ${mib(process.resourceUsage().maxRSS * 1024)}`);
    console.log(
      `load average during the run (1/5/15 min): ${loadavg()
        .map((n) => n.toFixed(1))
        .join(' / ')}`,
    );
  } finally {
    await store.close();
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
