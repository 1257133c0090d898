// GraphQL load benchmark on loopback: `npx tsx scripts/bench-api.ts --help`.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { readConfig } from '../src/config.js';
import { openStores } from '../app/cli/open-stores.js';
import { fillWithGeneratedReleases } from './corpus/fill-store.js';

const { values } = parseArgs({
  options: {
    releases: { type: 'string', default: '10000' },
    connections: { type: 'string', default: '50' },
    seconds: { type: 'string', default: '10' },
    data: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(`Usage: npx tsx scripts/bench-api.ts [--releases 10000] [--connections 50] [--seconds 10] [--data store.db]

Fills a store with generated releases (skipped when --data names a store that already has them), starts
"civicgraph serve" as a child process on a free loopback port, and loads it with autocannon: visits(official),
connections(entityId) and a simple entity lookup, each with --connections concurrent clients for --seconds.
Prints p50/p95/p99 latency, requests/s and the server's RSS. With NEO4J_URI (and NEO4J_PASSWORD) set, the
graph lives in Neo4j instead of the embedded store; start the local one with "npm run neo4j:start".`);
  process.exit(0);
}

const dir = mkdtempSync(join(tmpdir(), 'civicgraph-api-bench-'));
const data = values.data ?? join(dir, 'store.db');
const config = readConfig({ data });
const target = Number(values.releases);

const stores = await openStores(config);
const started = performance.now();
if ((await fillWithGeneratedReleases(stores, target)) > 0) {
  console.log(`filled in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}
const people = await stores.graph.findEntities({ type: 'Person', first: 100 });
const organisations = await stores.graph.findEntities({ type: 'Organisation', first: 100 });
const stats = await stores.graph.stats();
await stores.close();
console.log(
  `store: ${stats.releases} releases, ${stats.entities.Person} persons, ${stats.facts.VISITED} visits, ${stats.facts.HOLDS_ROLE} roles`,
);

// The server runs in its own process, as in production, so its RSS is its own.
const cli = existsSync(new URL('../dist/app/cli/run.js', import.meta.url))
  ? [new URL('../dist/app/cli/run.js', import.meta.url).pathname]
  : ['--import', 'tsx', new URL('../app/cli/run.ts', import.meta.url).pathname];
const server = spawn(process.execPath, [...cli, 'serve', '--port', '0', '--data', data], {
  stdio: ['ignore', 'pipe', 'inherit'],
  env: { ...process.env, CIVICGRAPH_REQUEST_TIMEOUT_MS: '30000' },
});
const url = await new Promise<string>((resolve, reject) => {
  let output = '';
  server.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    const match = /GraphQL API at (\S+)/.exec(output);
    if (match) resolve(match[1]!);
  });
  server.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
});
// Drain the access log so the pipe never blocks the server.
server.stdout.resume();

function rssOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
}

// One- to three-word queries as a search box sends them: whole words, prefixes, typos and compound parts.
const SEARCH_WORDS = [
  'Migrationszentrum',
  'migrations',
  'Migrationszentrm',
  'zentrum',
  'Landrätin',
  'landraetin',
  'Bürgermeister Kassel',
  'Familienzentrum',
  'Jugendwerk',
  'Ehrenamt',
  'Klimaschutz jetzt',
  'housing minister',
  'Levelling Up Fund',
  'skills',
  'Hasselbrnk',
  'Osnabrück',
  'osnabrueck',
  'Pflegestützpunkt',
  'Gründerzentrum Lingen',
  'Förderung',
  'Staatssekretärin',
  'flood defence',
  'Swansea',
  'Cardif',
  'Stadtteiltreff Görlitz',
  'Initiative',
  'Digital vor Ort',
  'Bildungshaus',
];

const scenarios: { name: string; body: (i: number) => string }[] = [
  {
    name: 'visits(official)',
    body: (i) =>
      JSON.stringify({
        query:
          'query ($n: String!) { visits(official: $n, first: 20) { totalCount edges { node { date target { name } provenance { sentence } } } } }',
        variables: { n: people[i % people.length]!.name },
      }),
  },
  {
    name: 'person roles',
    body: (i) =>
      JSON.stringify({
        query: 'query ($n: String!) { person(name: $n) { name roles { title organisation { name } date } } }',
        variables: { n: people[i % people.length]!.name },
      }),
  },
  {
    name: 'connections',
    body: (i) =>
      JSON.stringify({
        query:
          'query ($id: ID!) { connections(entityId: $id, first: 10) { totalCount edges { node { sharedReleases entity { name } } } } }',
        variables: { id: (i % 2 ? organisations : people)[i % 50]!.id },
      }),
  },
  {
    name: 'search (mixed words)',
    body: (i) =>
      JSON.stringify({
        query:
          'query ($q: String!) { search(query: $q, first: 10) { totalCount edges { node { highlightedTitle snippet } } } }',
        variables: { q: SEARCH_WORDS[i % SEARCH_WORDS.length] },
      }),
  },
  {
    name: 'simple: entity(id)',
    body: (i) =>
      JSON.stringify({
        query: 'query ($id: ID!) { entity(id: $id) { name type } }',
        variables: { id: people[i % people.length]!.id },
      }),
  },
];

let peakRss = rssOf(server.pid!);
for (const scenario of scenarios) {
  let i = 0;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssOf(server.pid!))), 250);
  const result = await autocannon({
    url,
    method: 'POST',
    connections: Number(values.connections),
    duration: Number(values.seconds),
    headers: { 'content-type': 'application/json' },
    requests: [{ setupRequest: (request) => ({ ...request, body: scenario.body(i++) }) }],
  });
  clearInterval(sampler);
  const l = result.latency;
  console.log(
    // autocannon reports p90 and p97.5, not p95: p97.5 is printed as the (conservative) bound for p95.
    `${scenario.name.padEnd(20)} p50 ${l.p50} ms  p90 ${l.p90} ms  p97.5 ${l.p97_5} ms  p99 ${l.p99} ms  ` +
      `${result.requests.average.toFixed(0)} req/s  errors ${result.errors + result.non2xx}`,
  );
}
console.log(
  `server peak RSS ${(peakRss / 1e6).toFixed(0)} MB; ${availableParallelism()} cores; ${values.connections} connections`,
);
server.kill('SIGTERM');
if (!values.data) rmSync(dir, { recursive: true, force: true });
