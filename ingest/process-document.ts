import type { ReleaseFacts } from '../src/domain/extraction.js';
import { extractRelease } from './extract/create-extractor.js';
import { parseRelease } from './parse/parse-release.js';
import type { RawDocument } from './read/read-text-file.js';

/** Parses and extracts one document: the pure, storage-free part of ingest. */
export function processDocument({ raw, meta }: RawDocument): ReleaseFacts {
  const release = parseRelease(raw, meta);
  return { release, extraction: extractRelease(release) };
}
