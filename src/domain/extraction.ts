import type { ExtractedEntity } from './entity.js';
import type { ExtractedRelation } from './relation.js';
import type { Release } from './release.js';

/** What an extractor finds in one release. */
export interface Extraction {
  entities: ExtractedEntity[];
  relations: ExtractedRelation[];
}

/** A release with its extracted facts: the unit every store writes atomically. */
export interface ReleaseFacts {
  release: Release;
  extraction: Extraction;
}

/** Finds entities and relations in a parsed release of one language. */
export interface Extractor {
  readonly language: Release['language'];
  extract(release: Release): Extraction;
}
