import type { ReleaseFacts } from '../src/domain/extraction.js';
import type { SearchDocument } from '../src/ports/search-index.js';
import { searchDocumentOf } from '../src/search/search-document.js';

/** The search index's view of a freshly extracted release. */
export function toSearchDocument({ release, extraction }: ReleaseFacts): SearchDocument {
  return searchDocumentOf(release, extraction.entities);
}
