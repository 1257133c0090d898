import type { ReleaseFacts } from '../src/domain/extraction.js';
import type { SearchDocument } from '../src/ports/search-index.js';

/** The search index's view of a release: text fields plus the names of what it mentions. */
export function toSearchDocument({ release, extraction }: ReleaseFacts): SearchDocument {
  return {
    id: release.id,
    title: release.title,
    subtitle: release.subtitle,
    body: [...release.paragraphs, release.caption ?? ''].filter(Boolean).join('\n\n'),
    date: release.date,
    publisher: release.publisher,
    language: release.language,
    entities: extraction.entities.map(({ id, name, type }) => ({ id, name, type })),
  };
}
