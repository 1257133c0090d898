// Liveness under search load: `npx tsx scripts/bench-health.ts --help`.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import autocannon from 'autocannon';
import { openStores } from '../app/cli/open-stores.js';
import { readConfig } from '../src/config.js';
import { fillWithGeneratedReleases } from './corpus/fill-store.js';

const { values } = parseArgs({
  options: {
    releases: { type: 'string', default: '3000' },
    connections: { type: 'string', default: '50' },
    seconds: { type: 'string', default: '15' },
    'read-threads': { type: 'string' },
    data: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(`Usage: npx tsx scripts/bench-health.ts [--releases 3000] [--connections 50] [--seconds 15]
       [--read-threads N] [--data store.db]

Fills an embedded store with generated releases (skipped when --data names a store that already has them),
starts "civicgraph serve" as a child process, keeps --connections searches in flight for --seconds (autocannon)
and meanwhile asks GET /health every 20 ms from a separate thread. Prints /health p50/p95/max and the search
rate. --read-threads sets CIVICGRAPH_READ_THREADS for the server (0: reads on the event loop, as before).`);
  process.exit(0);
}

const dir = mkdtempSync(join(tmpdir(), 'civicgraph-health-bench-'));
const data = values.data ?? join(dir, 'store.db');
const target = Number(values.releases);
const stores = await openStores(readConfig({ data }, {}));
await fillWithGeneratedReleases(stores, target);
await stores.close();

// The server runs in its own process, as in production.
const cli = existsSync(new URL('../dist/app/cli/run.js', import.meta.url))
  ? [new URL('../dist/app/cli/run.js', import.meta.url).pathname]
  : ['--import', 'tsx', new URL('../app/cli/run.ts', import.meta.url).pathname];
const env: NodeJS.ProcessEnv = { ...process.env, CIVICGRAPH_REQUEST_TIMEOUT_MS: '60000' };
if (values['read-threads'] !== undefined) env['CIVICGRAPH_READ_THREADS'] = values['read-threads'];
const server = spawn(process.execPath, [...cli, 'serve', '--port', '0', '--data', data], {
  stdio: ['ignore', 'pipe', 'inherit'],
  env,
});
const url = await new Promise<string>((resolve, reject) => {
  let output = '';
  const onData = (chunk: Buffer) => {
    output += chunk.toString();
    const match = /GraphQL API at (\S+)/.exec(output);
    if (match) {
      server.stdout.off('data', onData);
      resolve(match[1]!);
    }
  };
  server.stdout.on('data', onData);
  server.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
});
// Drain the access log so the pipe never blocks the server.
server.stdout.resume();

// Broad queries (prefixes, common words) with facets: heavy in the store, as a busy search page is.
const QUERIES = ['d', 'der', 'land', 'zentrum', 'stadt', 'minister', 'projekt', 'the', 'förder', 'schule'];
const searchBody = (i: number) =>
  JSON.stringify({
    query: `query ($q: String!) { search(query: $q, first: 10, facets: ["publisher", "language", "year", "Person"]) {
      totalCount edges { node { highlightedTitle snippet } } } }`,
    variables: { q: QUERIES[i % QUERIES.length] },
  });

// Plain JavaScript for a worker thread, so autocannon's work on this thread does not delay the probes.
const PROBE = `
const { parentPort, workerData } = require('node:worker_threads');
const latencies = [];
let running = true;
parentPort.once('message', () => { running = false; });
(async () => {
  while (running) {
    const started = performance.now();
    const response = await fetch(workerData.url);
    await response.arrayBuffer();
    latencies.push(performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  parentPort.postMessage(latencies);
})();
`;

let i = 0;
const load = autocannon({
  url,
  method: 'POST',
  connections: Number(values.connections),
  duration: Number(values.seconds),
  headers: { 'content-type': 'application/json' },
  requests: [{ setupRequest: (request) => ({ ...request, body: searchBody(i++) }) }],
});
// Probe once the searches have filled the queue.
await new Promise((resolve) => setTimeout(resolve, 1000));
const probe = new Worker(PROBE, { eval: true, workerData: { url: url.replace('/graphql', '/health') } });
const probed = new Promise<number[]>((resolve) => probe.once('message', resolve));
const result = await load;
probe.postMessage('stop');
const latencies = (await probed).sort((a, b) => a - b);
await probe.terminate();
server.kill('SIGTERM');
await new Promise((resolve) => server.once('exit', resolve));
if (!values.data) rmSync(dir, { recursive: true, force: true });

const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))]!.toFixed(1);
console.log(
  `/health under ${values.connections} parallel searches (${latencies.length} probes, read threads: ` +
    `${values['read-threads'] ?? 'default'}, ${availableParallelism()} cores): p50 ${at(0.5)} ms  p95 ${at(0.95)} ms  ` +
    `max ${latencies.at(-1)!.toFixed(1)} ms`,
);
console.log(
  `searches: ${result.requests.average.toFixed(0)} req/s, p50 ${result.latency.p50} ms, p97.5 ${result.latency.p97_5} ms, ` +
    `errors ${result.errors + result.non2xx}`,
);
