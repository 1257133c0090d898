import { pino } from 'pino';
import type { LogConfig } from '../src/config.js';
import type { Logger } from '../src/ports/logger.js';

/**
 * The process's one logger: JSON lines (pino) to the configured file, else to `destination` (default
 * stdout). Errors under `err` keep their stack and cause.
 */
export function createLogger(
  config: LogConfig = { file: null, level: 'info' },
  destination?: NodeJS.WritableStream,
): Logger {
  const options = { base: undefined, level: config.level, serializers: { err: pino.stdSerializers.errWithCause } };
  // Synchronous file writes: a CLI run that ends with process.exit must not lose its last lines.
  if (config.file) return pino(options, pino.destination({ dest: config.file, sync: true, mkdir: true }));
  return destination ? pino(options, destination) : pino(options);
}
