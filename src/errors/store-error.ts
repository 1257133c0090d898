import { CivicError } from './civic-error.js';

/** A storage backend failed or cannot be reached; `hint` says what to do. */
export class StoreError extends CivicError {
  override name = 'StoreError';
  readonly hint: string | undefined;

  constructor(message: string, options?: { cause?: unknown; hint?: string }) {
    super('STORE_UNAVAILABLE', message, options);
    this.hint = options?.hint;
  }
}
