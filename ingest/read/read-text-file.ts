import { NotAReleaseError } from '../../src/errors/not-a-release-error.js';
import { isReadFailure, type RawDocument } from './raw-document.js';
import { readDocuments } from './read-documents.js';

export type { RawDocument } from './raw-document.js';

/**
 * Reads the first document of a file of any supported format (kept for single-file callers such as
 * `civicgraph extract`); throws its NotAReleaseError when that cannot be read.
 */
export async function readTextFile(path: string): Promise<RawDocument> {
  for await (const item of readDocuments(path)) {
    if (isReadFailure(item)) throw item.error;
    return item;
  }
  throw new NotAReleaseError(path, 'no document found');
}
