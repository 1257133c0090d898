import { resolve } from 'node:path';
import { CivicError } from './errors/civic-error.js';

/** Runtime configuration, read once at the edge (CLI flags over environment over defaults). */
export interface Config {
  /** The embedded store's SQLite file (`--data`, `CIVICGRAPH_DATA`; default `./data/civicgraph.db`). */
  dataFile: string;
  /** HTTP port of `serve` (`--port`, `PORT`; default 4000). */
  port: number;
  /** Interface `serve` binds to (`--host`, `HOST`; default 127.0.0.1). */
  host: string;
}

/** Flags a command may pass; undefined means "not given". */
export interface ConfigFlags {
  data?: string | undefined;
  port?: string | undefined;
  host?: string | undefined;
}

/** Builds the configuration from flags and environment, failing fast with the fix in the message. */
export function readConfig(flags: ConfigFlags, env: NodeJS.ProcessEnv = process.env): Config {
  const portText = flags.port ?? env['PORT'] ?? '4000';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new CivicError('BAD_CONFIG', `invalid port "${portText}": use a number from 0 to 65535 (--port or PORT)`);
  }
  return {
    dataFile: resolve(flags.data ?? env['CIVICGRAPH_DATA'] ?? 'data/civicgraph.db'),
    port,
    host: flags.host ?? env['HOST'] ?? '127.0.0.1',
  };
}
