import type { Command } from 'commander';
import { pino } from 'pino';
import { processDocument } from '../../../ingest/process-document.js';
import { writeRelease } from '../../../ingest/write-release.js';
import { KeyRing } from '../../api/access.js';
import { createApiServer } from '../../api/create-api-server.js';
import { startHttpServer } from '../../api/http-server.js';
import { readConfig } from '../../config.js';
import { openStores } from '../open-stores.js';

const EXAMPLE = `{ visits(official: "Deniz Kurku") { edges { node { target { name type } date provenance { sentence release { title } } } } } }`;

/** `civicgraph serve` */
export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the GraphQL API (POST /graphql) over the stored releases')
    .option('-p, --port <port>', 'port (env PORT, default 4000; 0 picks a free one)')
    .option('--host <host>', 'interface to bind (env HOST, default 127.0.0.1; 0.0.0.0 for all)')
    .option('--data <file>', 'embedded store file (env CIVICGRAPH_DATA, default ./data/civicgraph.db)')
    .addHelpText(
      'after',
      `
Environment:
  CIVICGRAPH_API_KEYS            keys as name:key:read+write;… (mutations need the write scope)
  CIVICGRAPH_KEYS_FILE           JSON file [{"name","key","scopes":["read","write"]}]
  CIVICGRAPH_PUBLIC_READ=false   queries need a key with the read scope too
  CIVICGRAPH_CORS_ORIGINS        origins allowed to call from browsers (comma-separated, * for any)
  CIVICGRAPH_INTROSPECTION       schema introspection on/off (default on, off when NODE_ENV=production)
  CIVICGRAPH_REQUEST_TIMEOUT_MS  per-request time limit (default 10000)`,
    )
    .action(async (flags: { port?: string; host?: string; data?: string }) => {
      const config = readConfig(flags);
      const stores = await openStores(config);
      const log = pino({ base: undefined });
      const running = await startHttpServer({
        apollo: createApiServer({
          introspection: config.api.introspection,
          publicRead: config.api.publicRead,
          onInternalError: (error) => log.error({ err: error }, 'internal error'),
        }),
        services: { stores, processDocument, writeRelease },
        keys: new KeyRing(config.api.keys),
        port: config.port,
        host: config.host,
        corsOrigins: config.api.corsOrigins,
        requestTimeoutMs: config.api.requestTimeoutMs,
        onRequest: (entry) => log.info(entry, 'request'),
      });
      console.log(`civicgraph: serving ${stores.graph.description}`);
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
