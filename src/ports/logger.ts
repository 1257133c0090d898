/**
 * Structured logging as src/ and ingest/ use it. The one logger (pino, app/logger.ts) is made at the
 * composition root and handed down; an error goes under `err`, where it keeps its stack and cause.
 */
export interface Logger {
  debug(fields: object, message: string): void;
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
  child(bindings: object): Logger;
}

/** Discards everything (for callers that do not log, such as tests that do not look). */
export const silentLogger: Logger = {
  debug: () => {},
  info: () => {},
  warn: () => {},
  error: () => {},
  child: () => silentLogger,
};
