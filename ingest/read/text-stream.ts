import { pipeline, type Readable, type Transform } from 'node:stream';
import iconv from 'iconv-lite';
import { NotAReleaseError } from '../../src/errors/not-a-release-error.js';
import { detectEncoding } from './decode-text.js';
import type { ReadInput } from './read-input.js';

/** Opens an input as a stream of decoded text; the encoding is detected from its first megabyte. */
export async function openTextStream(input: ReadInput): Promise<Readable> {
  const encoding = detectEncoding(input.head);
  if (encoding === null) {
    throw new NotAReleaseError(input.source, 'looks binary (contains NUL bytes), not a text export');
  }
  // pipeline passes errors and early stops along, so the file handle is closed either way.
  // iconv-lite types its streams as the old NodeJS.ReadWriteStream; it is a stream.Transform.
  const decoder = iconv.decodeStream(encoding) as unknown as Transform;
  return pipeline(await input.stream(), decoder, () => {});
}
