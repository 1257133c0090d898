import type { Release } from '../domain/release.js';
import type { SearchDocument, SearchEntity } from '../ports/search-index.js';

/** The search index's view of a release: its text fields plus each entity it mentions, once. */
export function searchDocumentOf(release: Release, entities: readonly SearchEntity[]): SearchDocument {
  const unique = new Map<string, SearchEntity>();
  for (const { id, name, type } of entities) if (!unique.has(id)) unique.set(id, { id, name, type });
  return {
    id: release.id,
    title: release.title,
    subtitle: release.subtitle,
    body: [...release.paragraphs, release.caption ?? ''].filter(Boolean).join('\n\n'),
    date: release.date,
    publisher: release.publisher,
    language: release.language,
    entities: [...unique.values()],
  };
}
