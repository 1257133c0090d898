// Worker-thread entry: parses and extracts one document off the main thread.
import type { ReleaseFacts } from '../../src/domain/extraction.js';
import { createDocumentProcessor } from '../process-document.js';
import type { RawDocument } from '../read/raw-document.js';

/** A worker's answer: the release and its facts, or why the document is not a release. */
export type WorkerResult = { ok: true; facts: ReleaseFacts } | { ok: false; reason: string };

// the worker's own extractors, created once per worker thread
const processDocument = createDocumentProcessor();

/** Piscina calls the default export with each document. */
export default function extract(document: RawDocument): WorkerResult {
  try {
    return { ok: true, facts: processDocument(document) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const source = document.meta.source;
    return { ok: false, reason: message.startsWith(`${source}: `) ? message.slice(source.length + 2) : message };
  }
}
