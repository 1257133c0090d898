import { CivicError } from './civic-error.js';

/** The input cannot become a release (empty, binary, no text); the file is skipped. */
export class NotAReleaseError extends CivicError {
  override name = 'NotAReleaseError';
  readonly source: string;

  constructor(source: string, reason: string) {
    super('NOT_A_RELEASE', `${source}: ${reason}`);
    this.source = source;
  }
}
