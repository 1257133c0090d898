import type { Command } from 'commander';
import { parseDate } from '../../../ingest/parse/dates.js';
import { createDocumentProcessor } from '../../../ingest/process-document.js';
import { writeRelease } from '../../../ingest/write-release.js';
import { KeyRing } from '../../../src/api/access.js';
import { apiServices } from '../../../src/api/context.js';
import { createApiServer } from '../../../src/api/create-api-server.js';
import { startHttpServer } from '../../../src/api/http-server.js';
import { createLogger } from '../../logger.js';
import { readConfig } from '../../../src/config.js';
import { CivicError } from '../../../src/errors/civic-error.js';
import { describeStores, openStores } from '../open-stores.js';

const EXAMPLE = `{ visits(official: "Davut Tolun") { edges { node { target { name type } date provenance { sentence release { title } } } } } }`;

/** `civicgraph serve` */
export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the GraphQL API (POST /graphql) over the stored releases')
    .option('-p, --port <port>', 'port (env PORT, default 4000; 0 picks a free one)')
    .option('--host <host>', 'interface to bind (env HOST, default 127.0.0.1; 0.0.0.0 for all)')
    .option('--data <file>', 'embedded store file (env CIVICGRAPH_DATA, default ./data/civicgraph.db)')
    .option('--log-file <file>', 'write the log as JSON lines to this file instead of stdout (env CIVICGRAPH_LOG_FILE)')
    .option('--create', 'start with an empty store when the store file does not exist yet (else refused)')
    .addHelpText(
      'after',
      `
Environment:
  CIVICGRAPH_API_KEYS            keys as name:key[:read+write];… (read only unless write is given)
  CIVICGRAPH_KEYS_FILE           JSON file [{"name","key","scopes":["read","write"]}]
  CIVICGRAPH_PUBLIC_READ=false   queries need a key with the read scope too
  CIVICGRAPH_CORS_ORIGINS        origins allowed to call from browsers (comma-separated, * for any)
  CIVICGRAPH_INTROSPECTION       schema introspection on/off (default on, off when NODE_ENV=production)
  CIVICGRAPH_REQUEST_TIMEOUT_MS  per-request time limit (default 10000)
  CIVICGRAPH_READ_THREADS        worker threads reading the embedded store (default cores - 1, 1 to 4; 0: none)
  CIVICGRAPH_WEB_DIST            folder of the built web interface (default web/dist)
  CIVICGRAPH_LOG_LEVEL           debug, info (default), warn or error`,
    )
    .action(async (flags: { port?: string; host?: string; data?: string; create?: boolean; logFile?: string }) => {
      const config = readConfig(flags);
      const stores = await openStores(config, flags.create ? 'write' : 'read', { readThreads: config.api.readThreads });
      // The one logger of the server: access log, masked errors with their stack, store failures.
      const log = createLogger(config.log);
      const running = await startHttpServer({
        apollo: createApiServer({ introspection: config.api.introspection, publicRead: config.api.publicRead }),
        services: apiServices(stores, { processDocument: createDocumentProcessor(), writeRelease, parseDate }),
        keys: new KeyRing(config.api.keys),
        port: config.port,
        host: config.host,
        corsOrigins: config.api.corsOrigins,
        requestTimeoutMs: config.api.requestTimeoutMs,
        webDist: config.webDist,
        log,
      }).catch(async (error: unknown) => {
        await stores.close();
        throw listenError(error, config.host, config.port);
      });
      console.log(`civicgraph: serving ${describeStores(stores)}`);
      console.log(`GraphQL API at ${running.url}  (health: /health, readiness: /ready)`);
      if (config.api.keys.length === 0)
        console.log('No API keys configured: mutations are refused (see serve --help).');
      console.log(
        `Try:\n  curl -s ${running.url} -H 'content-type: application/json' \\\n    -d '${JSON.stringify({ query: EXAMPLE })}'`,
      );
      let stopping = false;
      const shutdown = async (signal: string) => {
        if (stopping) return;
        stopping = true;
        console.log(`\n${signal}: finishing requests in flight, then closing the store`);
        await running.stop();
        await stores.close();
        process.exit(0);
      };
      process.once('SIGINT', () => void shutdown('SIGINT'));
      process.once('SIGTERM', () => void shutdown('SIGTERM'));
    });
}

/** A failure to listen as one line with the fix; anything else unchanged. */
function listenError(error: unknown, host: string, port: number): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EADDRINUSE') {
    return new CivicError(
      'BAD_CONFIG',
      `port ${port} on ${host} is already in use (another civicgraph serve?): stop that server, or choose another port with --port or PORT (0 picks a free one)`,
    );
  }
  if (code === 'EACCES') {
    return new CivicError(
      'BAD_CONFIG',
      `port ${port} on ${host} needs privileges this user lacks: choose a port above 1023 with --port or PORT`,
    );
  }
  if (code === 'EADDRNOTAVAIL') {
    return new CivicError(
      'BAD_CONFIG',
      `${host} is not an address of this machine: choose another with --host or HOST (127.0.0.1, or 0.0.0.0 for all)`,
    );
  }
  return error;
}
