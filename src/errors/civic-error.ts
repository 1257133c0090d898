/** Base of every error civicgraph raises on purpose; `code` is stable and shown to API clients. */
export class CivicError extends Error {
  override name = 'CivicError';
  readonly code: string;

  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}
