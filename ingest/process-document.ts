import type { ReleaseFacts } from '../src/domain/extraction.js';
import { createReleaseExtractor } from './extract/create-extractor.js';
import { parseRelease } from './parse/parse-release.js';
import type { RawDocument } from './read/read-text-file.js';

/** Parses and extracts one document: the pure, storage-free part of ingest. */
export type DocumentProcessor = (document: RawDocument) => ReleaseFacts;

/** Creates a document processor with its own extractors (their models load on first use). */
export function createDocumentProcessor(): DocumentProcessor {
  const extract = createReleaseExtractor();
  return ({ raw, meta }) => {
    const release = parseRelease(raw, meta);
    return { release, extraction: extract(release) };
  };
}
