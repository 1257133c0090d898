import type { Entity, EntityType } from '../domain/entity.js';
import type { ReleaseFacts } from '../domain/extraction.js';
import type { Fact, RelationType } from '../domain/relation.js';
import type { Release } from '../domain/release.js';

/** What writing a release did to the store. */
export type WriteOutcome = 'created' | 'unchanged' | 'replaced';

/** Result of `GraphStore.writeRelease`. */
export interface WriteResult {
  outcome: WriteOutcome;
  releaseId: string;
  /** Id of the earlier version from the same source that was replaced. */
  replacedId?: string | undefined;
}

/** A release as listed next to an entity or fact. */
export interface ReleaseSummary {
  id: string;
  title: string;
  date: string | null;
  publisher: string | null;
  language: Release['language'];
  source: string;
}

/** Counts for `stats`. */
export interface GraphStats {
  releases: number;
  entities: Record<EntityType, number>;
  facts: Record<RelationType, number>;
  newestRelease: ReleaseSummary | null;
}

/** Filter for `findEntities`: a name (matched on folded name and aliases) and/or a type. */
export interface EntityQuery {
  name?: string | undefined;
  type?: EntityType | undefined;
  first: number;
}

/** Facts about an entity, seen from it. */
export interface FactQuery {
  entityId: string;
  types: RelationType[];
  /** `from`: facts where the entity is the subject; `to`: where it is the object. */
  direction: 'from' | 'to';
}

/** The graph side of storage: releases, entities, facts with provenance. */
export interface GraphStore {
  /** Describes the store for logs ("SQLite data/civicgraph.db"). */
  readonly description: string;
  /** Writes a release and its facts atomically; replaces an earlier version from the same source. */
  writeRelease(facts: ReleaseFacts): Promise<WriteResult>;
  /** Deletes a release with its mentions and facts; entities left without mentions go too. */
  deleteRelease(id: string): Promise<boolean>;
  getRelease(id: string): Promise<Release | null>;
  /** The release currently stored for a source path or URL. */
  releaseIdForSource(source: string): Promise<string | null>;
  getEntity(id: string): Promise<Entity | null>;
  getEntities(ids: string[]): Promise<Entity[]>;
  /** Entities whose name or alias matches, best first. */
  findEntities(query: EntityQuery): Promise<Entity[]>;
  /** Facts touching an entity, newest release first. */
  factsOf(query: FactQuery): Promise<Fact[]>;
  factsOfRelease(releaseId: string): Promise<Fact[]>;
  entitiesOfRelease(releaseId: string): Promise<Entity[]>;
  releasesOfEntity(entityId: string, first: number): Promise<ReleaseSummary[]>;
  getReleaseSummaries(ids: string[]): Promise<ReleaseSummary[]>;
  stats(): Promise<GraphStats>;
  close(): Promise<void>;
}
