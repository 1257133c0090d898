import type { Entity, EntityType } from '../domain/entity.js';
import type { ReleaseFacts } from '../domain/extraction.js';
import type { Fact, RelationType } from '../domain/relation.js';
import type { Language, Release } from '../domain/release.js';
import type { NameLookup } from '../graph/name-lookup.js';
import type { VersionedRelease } from '../graph/release-versions.js';

/** What writing a release did to the store. */
export type WriteOutcome = 'created' | 'unchanged' | 'replaced';

/** Result of `GraphStore.writeRelease`. */
export interface WriteResult {
  outcome: WriteOutcome;
  releaseId: string;
  /** Id of the earlier version of the release that was replaced (same source, see `writeRelease`). */
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

/** Which releases `listReleases` returns. */
export interface ReleaseFilter {
  publisher?: string | undefined;
  language?: Language | undefined;
  /** Inclusive ISO dates. */
  dateFrom?: string | undefined;
  dateTo?: string | undefined;
  /** Only releases that mention this entity. */
  entityId?: string | undefined;
}

/** Order of `listReleases`; undated releases come last either way. */
export type ReleaseSort = 'DATE_DESC' | 'DATE_ASC';

/** A page of something, with the total before paging. */
export interface Page<T> {
  items: T[];
  total: number;
}

/** One entry of an entity's timeline: a fact about it, or (kind RELEASE, no fact) a release mentioning it. */
export interface TimelineItem {
  /** The fact's stated date, else its release's date; null when neither is known. */
  date: string | null;
  kind: 'VISIT' | 'ROLE' | 'QUOTE' | 'RELEASE';
  releaseId: string;
  releaseTitle: string;
  fact: Fact | null;
}

/**
 * Query for `timeline`: the visits, roles and quotes of an entity (as subject; visits and roles also as
 * object) and the releases mentioning it, by date (undated last in either order), ties by release id,
 * kind and text position; one page of all of them.
 */
export interface TimelineQuery {
  entityId: string;
  order: 'ASC' | 'DESC';
  first: number;
  offset: number;
}

/** An entity seen together with another one, with how often. */
export interface Connection {
  entityId: string;
  /** Releases mentioning both. */
  sharedReleases: number;
  /** Facts linking the two directly (visits, roles, part-of, located-in). */
  sharedFacts: number;
}

/** Query for `connections`. */
export interface ConnectionQuery {
  entityId: string;
  types?: EntityType[] | undefined;
  /** Least number of shared releases plus facts. */
  minShared: number;
  first: number;
  offset: number;
}

/** One step of a path: a fact between two entities, or two entities mentioned in the same release. */
export interface PathHop {
  from: string;
  to: string;
  type: RelationType | 'MENTIONED_WITH';
  /** The fact behind the hop (null for MENTIONED_WITH). */
  factId: string | null;
  releaseId: string;
  /** The sentence that states the fact (null for MENTIONED_WITH). */
  sentence: string | null;
}

/** A curation action, recorded with who and when. */
export interface CurationRecord {
  id: number;
  at: string;
  actor: string;
  action: 'MERGE_ENTITIES' | 'RENAME_ENTITY' | 'REJECT_FACT' | 'DELETE_RELEASE';
  /** What the action touched (ids, names). */
  details: Record<string, unknown>;
}

/** An entity occurrence in a release's text. */
export interface ReleaseMention {
  entityId: string;
  start: number;
  end: number;
  text: string;
  confidence: number;
}

/** What the ingest ledger remembers of a file that was read completely. */
export interface LedgerEntry {
  /** The file's path as given to ingest. */
  source: string;
  size: number;
  mtimeMs: number;
  /** SHA-256 of the file's bytes. */
  hash: string;
  /** Releases read from it (several for CSV, feeds, zip). */
  documents: number;
  failures: number;
  completedAt: string;
}

/** Reading the graph: releases, entities, facts with provenance, and what connects them. */
export interface GraphReader {
  getRelease(id: string): Promise<Release | null>;
  /** The release currently stored for a source path or URL (the newest, where a URL names several). */
  releaseIdForSource(source: string): Promise<string | null>;
  /** Every release stored for a source with its date, newest first (for src/graph/release-versions.ts). */
  releaseVersions(source: string): Promise<VersionedRelease[]>;
  /** One entity; the id of an entity merged into another resolves to the survivor. */
  getEntity(id: string): Promise<Entity | null>;
  getEntities(ids: string[]): Promise<Entity[]>;
  /** Entities whose name or alias matches, best first. */
  findEntities(query: EntityQuery): Promise<Entity[]>;
  /** The one entity a typed name means (rules in src/graph/name-lookup.ts), the equally good ones, or none. */
  lookupName(name: string, type: EntityType | undefined): Promise<NameLookup>;
  /** Facts touching an entity, newest release first. */
  factsOf(query: FactQuery): Promise<Fact[]>;
  factsOfRelease(releaseId: string): Promise<Fact[]>;
  /** One page of an entity's timeline, ordered and paged in the store over all its facts and releases. */
  timeline(query: TimelineQuery): Promise<Page<TimelineItem>>;
  entitiesOfRelease(releaseId: string): Promise<Entity[]>;
  releasesOfEntity(entityId: string, first: number): Promise<ReleaseSummary[]>;
  getReleaseSummaries(ids: string[]): Promise<ReleaseSummary[]>;
  /** Releases matching a filter, sorted, one page. */
  listReleases(query: {
    filter: ReleaseFilter;
    sort: ReleaseSort;
    first: number;
    offset: number;
  }): Promise<Page<ReleaseSummary>>;
  /** Where each entity occurs in a release's text, in text order. */
  mentionsOfRelease(releaseId: string): Promise<ReleaseMention[]>;
  /** Entities that share releases or facts with one entity, most shared first. */
  connections(query: ConnectionQuery): Promise<Page<Connection>>;
  /** The shortest paths (up to `maxHops`, at most `first` of them) between two entities. */
  paths(query: { from: string; to: string; maxHops: number; first: number }): Promise<PathHop[][]>;
  /** Every stored release id, in batches (for re-extraction and re-indexing). */
  releaseIds(batchSize: number): AsyncGenerator<string[]>;
  stats(): Promise<GraphStats>;
}

/** Writing releases with their facts (curation applied, src/graph/apply-curation.ts) and deleting them. */
export interface GraphWriter {
  /**
   * Writes a release and its facts atomically; replaces the earlier version of it from the same source
   * (src/graph/release-versions.ts: a file's release, or a same-day release under a reused web address).
   * With `replaceFacts`, an already stored release gets the new facts (re-extraction); curation still applies.
   */
  writeRelease(facts: ReleaseFacts, options?: { replaceFacts?: boolean }): Promise<WriteResult>;
  /**
   * Writes a batch in one transaction (all or nothing), with the results `writeRelease` would give one after
   * another. Optional: stores without it get the releases one by one.
   */
  writeReleases?(batch: ReleaseFacts[], options?: { replaceFacts?: boolean }): Promise<WriteResult[]>;
  /** Deletes a release with its mentions and facts; entities left without mentions go too. */
  deleteRelease(id: string): Promise<boolean>;
}

/** Curators' corrections, which later ingests keep, and their log. */
export interface GraphCuration {
  /** Merges entities into the first id: mentions, facts and aliases move, later ingests follow the merge. */
  mergeEntities(ids: string[], actor: string): Promise<Entity>;
  /** Gives an entity a new display name that later ingests keep; the old name stays an alias. */
  renameEntity(id: string, name: string, actor: string): Promise<Entity>;
  /** Removes a fact and keeps it out of later ingests of the same release. */
  rejectFact(id: string, actor: string): Promise<boolean>;
  /** Curation actions, newest first. */
  curationLog(first: number): Promise<CurationRecord[]>;
  /** Records a curation action done outside the store's own methods (e.g. a release deleted over the API). */
  recordCuration(record: Omit<CurationRecord, 'id' | 'at'>): Promise<void>;
}

/** Which files ingest has read completely, so that unchanged files are skipped. */
export interface IngestLedger {
  /** Ledger entries of the files that were ingested completely, by source. */
  ledgerEntries(sources: string[]): Promise<Map<string, LedgerEntry>>;
  /** Records files as ingested completely. */
  putLedgerEntries(entries: LedgerEntry[]): Promise<void>;
}

/** The graph side of storage: every role in one store, with its lifecycle. Callers take the narrowest role. */
export interface GraphStore extends GraphReader, GraphWriter, GraphCuration, IngestLedger {
  /** Describes the store for logs ("SQLite data/civicgraph.db"). */
  readonly description: string;
  /** Resolves when the store answers; throws a StoreError otherwise (for readiness checks). */
  ping(): Promise<void>;
  close(): Promise<void>;
}
