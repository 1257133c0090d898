import { pino } from 'pino';

/** Structured logging as the API uses it; the one pino logger is made where the server is composed. */
export interface Logger {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
  child(bindings: object): Logger;
}

/** A JSON-lines logger (pino) to `destination` (default stdout); errors under `err` keep their stack and cause. */
export function createLogger(destination?: NodeJS.WritableStream): Logger {
  const options = { base: undefined, serializers: { err: pino.stdSerializers.errWithCause } };
  return destination ? pino(options, destination) : pino(options);
}

/** Discards everything (for callers that do not log, such as tests that do not look). */
export const silentLogger: Logger = {
  info: () => {},
  warn: () => {},
  error: () => {},
  child: () => silentLogger,
};
