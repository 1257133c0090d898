import type { Command } from 'commander';
import { pino } from 'pino';
import { createApiServer } from '../../api/create-api-server.js';
import { startHttpServer } from '../../api/http-server.js';
import { readConfig } from '../../config.js';
import { openStores } from '../open-stores.js';

const EXAMPLE = `{ visits(official: "Deniz Kurku") { target { name type } date provenance { sentence release { title } } } }`;

/** `civicgraph serve` */
export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the GraphQL API (POST /graphql) over the stored releases')
    .option('-p, --port <port>', 'port (env PORT, default 4000; 0 picks a free one)')
    .option('--host <host>', 'interface to bind (env HOST, default 127.0.0.1; 0.0.0.0 for all)')
    .option('--data <file>', 'embedded store file (env CIVICGRAPH_DATA, default ./data/civicgraph.db)')
    .action(async (flags: { port?: string; host?: string; data?: string }) => {
      const config = readConfig(flags);
      const stores = openStores(config);
      const log = pino({ base: undefined });
      const running = await startHttpServer({
        apollo: createApiServer(),
        stores,
        port: config.port,
        host: config.host,
        onRequest: (entry) => log.info(entry, 'request'),
      });
      console.log(`civicgraph: serving ${stores.graph.description}`);
      console.log(`GraphQL API at ${running.url}`);
      console.log(`Try:\n  curl -s ${running.url} -H 'content-type: application/json' \\\n    -d '${JSON.stringify({ query: EXAMPLE })}'`);
      const shutdown = async (signal: string) => {
        console.log(`\n${signal}: finishing requests and closing the store`);
        await running.stop();
        await stores.close();
        process.exit(0);
      };
      process.once('SIGINT', () => void shutdown('SIGINT'));
      process.once('SIGTERM', () => void shutdown('SIGTERM'));
    });
}
