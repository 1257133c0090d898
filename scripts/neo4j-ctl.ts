/**
 * CLI for the local Neo4j server: `npx tsx scripts/neo4j-ctl.ts <start|stop|status|build> [options]`.
 * Thin wrapper over scripts/neo4j-local.ts; run with --help for the options.
 */
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import {
  buildLauncher,
  DEFAULTS,
  DEFAULT_DATA_DIR,
  neo4jLogFile,
  neo4jStatus,
  Neo4jStartError,
  PROJECT_ROOT,
  startNeo4j,
  stopNeo4j,
} from './neo4j-local.js';

const HELP = `Usage: npx tsx scripts/neo4j-ctl.ts <command> [options]

Local Neo4j Community 5.26 (embedded, no Docker) for development, tests and CI.

Commands:
  build     build the launcher with Maven, only if the jar/classpath is missing or
            scripts/neo4j sources changed (--force: always)
  start     build if needed, start detached, wait until ready; no-op if already running
  stop      SIGTERM the server and wait until it has exited
  status    print running/stopped; exit code 0 if running, 3 if stopped

Options:
  --data DIR         server home (data, logs, pid file)  [${relative(PROJECT_ROOT, DEFAULT_DATA_DIR)}/]
  --bolt-port N      Bolt port on 127.0.0.1, 0 = any free port  [${DEFAULTS.boltPort}]
  --http-port N      HTTP + Browser port on 127.0.0.1, 0 = disabled  [${DEFAULTS.httpPort}]
  --password P       password of user neo4j, >= 8 chars  [env NEO4J_PASSWORD, else ${DEFAULTS.password}]
  --heap SIZE        JVM max heap  [${DEFAULTS.heap}]
  --pagecache SIZE   Neo4j page cache  [${DEFAULTS.pagecache}]
  --timeout SEC      how long start waits for the server to be ready  [${DEFAULTS.readyTimeoutMs / 1000}]
  --force            build: rebuild even if up to date
  -h, --help         this help

Exit codes: 0 ok, 1 failure, 2 usage error, 3 status: stopped.
`;

function usageError(message: string): never {
  process.stderr.write(`neo4j-ctl: ${message}\n\n${HELP}`);
  process.exit(2);
}

function intOption(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) usageError(`--${name} needs a non-negative integer, got "${value}"`);
  return n;
}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        data: { type: 'string' },
        'bolt-port': { type: 'string' },
        'http-port': { type: 'string' },
        password: { type: 'string' },
        heap: { type: 'string' },
        pagecache: { type: 'string' },
        timeout: { type: 'string' },
        force: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    usageError((e as Error).message);
  }
  const { values: v, positionals } = parsed;
  if (v.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (positionals.length !== 1) usageError(positionals.length === 0 ? 'missing command' : 'one command only');
  const command = positionals[0];
  const say = (m: string): void => void process.stdout.write(`${m}\n`);
  const dataDir = v.data;

  switch (command) {
    case 'build': {
      const r = await buildLauncher({ force: v.force ?? false, log: say });
      say(r.built ? `launcher built in ${(r.ms / 1000).toFixed(1)} s` : 'launcher up to date');
      return 0;
    }
    case 'start': {
      const timeout = intOption('timeout', v.timeout);
      try {
        const h = await startNeo4j({
          dataDir,
          boltPort: intOption('bolt-port', v['bolt-port']),
          httpPort: intOption('http-port', v['http-port']),
          password: v.password,
          heap: v.heap,
          pagecache: v.pagecache,
          readyTimeoutMs: timeout === undefined ? undefined : timeout * 1000,
          log: say,
        });
        if (h.alreadyRunning) say(`Neo4j already running (pid ${h.pid}) on ${h.dataDir}`);
        say(`bolt:    ${h.uri}  (user ${h.user})`);
        if (h.httpUrl) say(`browser: ${h.httpUrl}/browser/`);
        return 0;
      } catch (e) {
        process.stderr.write(`neo4j-ctl: ${(e as Error).message}\n`);
        if (e instanceof Neo4jStartError) {
          process.stderr.write(`---- last lines of ${neo4jLogFile({ dataDir })} ----\n${e.logTail}\n`);
        }
        return 1;
      }
    }
    case 'stop': {
      const s = neo4jStatus({ dataDir });
      if (!s.running) {
        say(`Neo4j not running (${s.dataDir})`);
        return 0;
      }
      say(`stopping Neo4j (pid ${s.pid})...`);
      await stopNeo4j({ dataDir });
      say('Neo4j stopped');
      return 0;
    }
    case 'status': {
      const s = neo4jStatus({ dataDir });
      if (!s.running) {
        say(`stopped (${s.dataDir})`);
        return 3;
      }
      const where = s.state
        ? `bolt ${s.state.uri}${s.state.httpUrl ? `, http ${s.state.httpUrl}` : ', http disabled'}`
        : 'starting (not ready yet)';
      say(`running pid ${s.pid}: ${where} (${s.dataDir})`);
      return 0;
    }
    default:
      usageError(`unknown command "${command}"`);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`neo4j-ctl: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
