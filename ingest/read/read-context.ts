import type { FieldMapping } from './field-mapping.js';
import type { ReadLimits } from './limits.js';
import type { ReadItem } from './raw-document.js';
import type { ReadInput } from './read-input.js';

/** What every reader gets besides its input. */
export interface ReadContext {
  mapping: FieldMapping;
  limits: ReadLimits;
  /** How many archives or e-mails deep the input is (0 for a file given directly). */
  depth: number;
  /** Reads an embedded input (zip entry, attachment) one level deeper with the normal dispatch; never throws. */
  dispatch(input: ReadInput, context: ReadContext): AsyncGenerator<ReadItem>;
}

/** A reader yields documents and record failures; it throws NotAReleaseError when the whole input is unusable. */
export type Reader = (input: ReadInput, context: ReadContext) => AsyncGenerator<ReadItem>;
