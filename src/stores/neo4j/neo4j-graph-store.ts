import { isNode, isRelationship, routing } from 'neo4j-driver';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import type { Entity, EntityType } from '../../domain/entity.js';
import type { ReleaseFacts } from '../../domain/extraction.js';
import { nameKey } from '../../domain/fold.js';
import { statementKey } from '../../domain/ids.js';
import type { Fact, RelationType } from '../../domain/relation.js';
import type { Release } from '../../domain/release.js';
import { ReleasesNotWrittenError } from '../../errors/releases-not-written-error.js';
import { StoreError } from '../../errors/store-error.js';
import { curatedName, curationEntry, entityNotFound, planMerge } from '../../graph/curation-rules.js';
import type { CurationEntry } from '../../graph/curation-rules.js';
import { findEntities } from '../../graph/find-entities.js';
import { lookupName } from '../../graph/name-lookup.js';
import type { NameCandidate, NameLookup } from '../../graph/name-lookup.js';
import type { VersionedRelease } from '../../graph/release-versions.js';
import type {
  Connection,
  ConnectionQuery,
  CurationRecord,
  EntityQuery,
  FactQuery,
  GraphStats,
  GraphStore,
  LedgerEntry,
  Page,
  PathHop,
  ReleaseFilter,
  ReleaseMention,
  ReleaseSort,
  ReleaseSummary,
  TimelineItem,
  TimelineQuery,
  WriteResult,
} from '../../ports/graph-store.js';
import * as curation from './cypher/curation-statements.js';
import { allWordsQuery, exactKeyQuery } from './cypher/fulltext-query.js';
import * as ledger from './cypher/ledger-statements.js';
import * as read from './cypher/read-statements.js';
import type { StoredRelease, WriteOptions } from '../../graph/write-plan.js';
import { planWrites } from '../../graph/write-plan.js';
import { applyCuration, extractedEntityIds, ingestCuration, withoutRejected } from '../../graph/apply-curation.js';
import type { CuratedFact, CurationRow } from '../../graph/apply-curation.js';
import { deletionRows, writeRows } from './cypher/write-rows.js';
import { LOOKUP_BATCH, REJECTED_AMONG, WRITE_BATCH } from './cypher/write-statements.js';
import type { ErrorContext } from './map-neo4j-error.js';
import { displayUri, mapNeo4jError } from './map-neo4j-error.js';
import type { FactMap } from '../fact-record.js';
import { toFact } from '../fact-record.js';
import type { EntityMap } from './records.js';
import { toCurationRecord, toEntity, toRelease } from './records.js';
import { MAX_COMENTIONS, shortestPaths } from '../shortest-paths.js';
import type { Neighbours } from '../shortest-paths.js';

type Params = Record<string, unknown>;

// Path search asks for the neighbours of this many entities per query.
const NEIGHBOUR_CHUNK = 500;

/** Graph store on Neo4j: releases and entities as nodes, mentions and facts as relationships. */
export class Neo4jGraphStore implements GraphStore {
  readonly description: string;
  readonly #driver: Driver;
  readonly #database: string;
  readonly #context: ErrorContext;

  /** Takes over `driver` (closed by `close()`); use `createNeo4jGraphStore` to connect and apply the schema. */
  constructor(driver: Driver, settings: { uri: string; database: string }) {
    this.#driver = driver;
    this.#database = settings.database;
    this.#context = { uri: displayUri(settings.uri), database: settings.database };
    this.description = `Neo4j ${this.#context.uri} (database ${settings.database})`;
  }

  async ping(): Promise<void> {
    await this.#read('RETURN 1 AS one', {}, 'one');
  }

  async writeRelease(facts: ReleaseFacts, options: WriteOptions = {}): Promise<WriteResult> {
    const [result] = await this.writeReleases([facts], options);
    return result!;
  }

  /**
   * Writes a batch in one transaction (all or nothing), with the results `writeRelease` would give
   * one after another. A failure the operator can act on throws ReleasesNotWrittenError naming them.
   */
  async writeReleases(batch: ReleaseFacts[], options: WriteOptions = {}): Promise<WriteResult[]> {
    if (batch.length === 0) return [];
    const ingestedAt = new Date().toISOString();
    // Sticky: once a commit was attempted, a later failure cannot tell whether it went through.
    let commitAttempted = false;
    try {
      return await this.#write(async (tx) => {
        const lookup = await tx.run(LOOKUP_BATCH, {
          ids: batch.map(({ release }) => release.id),
          sources: batch.map(({ release }) => release.source),
          entityIds: extractedEntityIds(batch),
        });
        const record = lookup.records[0]!;
        const plan = planWrites(batch, record.get('stored') as StoredRelease[], options);
        if (plan.deleteIds.length > 0 || plan.creates.length > 0) {
          const curated = applyCuration(plan.creates, ingestCuration(record.get('curation') as CurationRow[]));
          const rejected = record.get('anyRejected') ? await rejectedAmong(tx, curated.facts) : new Set<string>();
          const facts = withoutRejected(curated.facts, rejected);
          await tx.run(WRITE_BATCH, writeRows(plan, { ...curated, facts }, ingestedAt));
        }
        commitAttempted = true;
        return plan.results;
      });
    } catch (error) {
      if (!(error instanceof StoreError)) throw error;
      throw new ReleasesNotWrittenError(
        batch.map(({ release }) => release),
        { cause: error, reason: error.message, hint: error.hint, mayBeWritten: commitAttempted },
      );
    }
  }

  async deleteRelease(id: string): Promise<boolean> {
    const deleted = await this.#write(async (tx) => {
      const result = await tx.run(WRITE_BATCH, deletionRows([id]));
      return result.records[0]?.get('deleted') as number;
    });
    return deleted > 0;
  }

  async getRelease(id: string): Promise<Release | null> {
    const [release] = await this.#read<Release>(read.GET_RELEASE, { id }, 'release');
    return release ? toRelease(release) : null;
  }

  async releaseIdForSource(source: string): Promise<string | null> {
    const [id] = await this.#read<string>(read.RELEASE_ID_FOR_SOURCE, { source }, 'id');
    return id ?? null;
  }

  async releaseVersions(source: string): Promise<VersionedRelease[]> {
    return this.#read<VersionedRelease>(read.RELEASE_VERSIONS, { source }, 'release');
  }

  async getEntity(id: string): Promise<Entity | null> {
    const [entity] = await this.#entities(read.GET_ENTITY, { id });
    return entity ?? null;
  }

  async getEntities(ids: string[]): Promise<Entity[]> {
    if (ids.length === 0) return [];
    return this.#entities(read.GET_ENTITIES, { ids: [...new Set(ids)] });
  }

  async findEntities(query: EntityQuery): Promise<Entity[]> {
    return findEntities(query, {
      all: (type, first) => this.#entities(read.listEntities(type), { first }),
      byKey: (key, type, first) =>
        this.#entities(read.ENTITIES_BY_KEY, { key, type: type ?? null, first, query: exactKeyQuery(key) }),
      byWords: (words, type, first) =>
        this.#entities(read.ENTITIES_BY_WORDS, { words, type: type ?? null, first, query: allWordsQuery(words) }),
    });
  }

  async lookupName(name: string, type: EntityType | undefined): Promise<NameLookup> {
    return lookupName(name, type, async (keys, wanted) => {
      const rows = await this.#rows<{ entity: EntityMap; key: string; byName: boolean }>(read.ENTITIES_BY_KEYS, {
        keys: keys.map((key) => ({ key, query: exactKeyQuery(key) })),
        type: wanted ?? null,
      });
      return rows.map((row): NameCandidate => ({ entity: toEntity(row.entity), key: row.key, byName: row.byName }));
    });
  }

  async factsOf({ entityId, types, direction }: FactQuery): Promise<Fact[]> {
    if (types.length === 0) return [];
    return this.#facts(read.factsOf(direction, types), { id: entityId });
  }

  async timeline(query: TimelineQuery): Promise<Page<TimelineItem>> {
    const [page] = await this.#rows<{
      total: number;
      items: (Omit<TimelineItem, 'fact'> & { fact: FactMap | null })[];
    }>(read.timeline(query.order), {
      id: query.entityId,
      first: Math.max(0, query.first),
      offset: Math.max(0, query.offset),
    });
    if (!page) return { items: [], total: 0 };
    return {
      total: page.total,
      items: page.items.map((item) => ({
        date: item.date,
        kind: item.kind,
        releaseId: item.releaseId,
        releaseTitle: item.releaseTitle,
        fact: item.fact ? toFact(item.fact) : null,
      })),
    };
  }

  async factsOfRelease(releaseId: string): Promise<Fact[]> {
    return this.#facts(read.FACTS_OF_RELEASE, { id: releaseId });
  }

  async entitiesOfRelease(releaseId: string): Promise<Entity[]> {
    return this.#entities(read.ENTITIES_OF_RELEASE, { id: releaseId });
  }

  async releasesOfEntity(entityId: string, first: number): Promise<ReleaseSummary[]> {
    return this.#read<ReleaseSummary>(read.RELEASES_OF_ENTITY, { id: entityId, first: Math.max(0, first) }, 'summary');
  }

  async getReleaseSummaries(ids: string[]): Promise<ReleaseSummary[]> {
    if (ids.length === 0) return [];
    return this.#read<ReleaseSummary>(read.RELEASE_SUMMARIES, { ids: [...new Set(ids)] }, 'summary');
  }

  async listReleases(query: {
    filter: ReleaseFilter;
    sort: ReleaseSort;
    first: number;
    offset: number;
  }): Promise<Page<ReleaseSummary>> {
    const { filter } = query;
    const [page] = await this.#rows<{ total: number; items: ReleaseSummary[] }>(
      read.listReleases(query.sort, filter.entityId !== undefined),
      {
        publisher: filter.publisher ?? null,
        language: filter.language ?? null,
        dateFrom: filter.dateFrom ?? null,
        dateTo: filter.dateTo ?? null,
        entityId: filter.entityId ?? null,
        first: Math.max(0, query.first),
        offset: Math.max(0, query.offset),
      },
    );
    return page ?? { items: [], total: 0 };
  }

  async mentionsOfRelease(releaseId: string): Promise<ReleaseMention[]> {
    return this.#read<ReleaseMention>(read.MENTIONS_OF_RELEASE, { id: releaseId }, 'mention');
  }

  async connections(query: ConnectionQuery): Promise<Page<Connection>> {
    const [page] = await this.#rows<{ total: number; items: Connection[] }>(read.CONNECTIONS, {
      id: query.entityId,
      types: query.types && query.types.length > 0 ? query.types : null,
      minShared: query.minShared,
      first: Math.max(0, query.first),
      offset: Math.max(0, query.offset),
    });
    return page ?? { items: [], total: 0 };
  }

  async paths(query: { from: string; to: string; maxHops: number; first: number }): Promise<PathHop[][]> {
    return shortestPaths((ids) => this.#neighbours(ids), query.from, query.to, query.maxHops, query.first);
  }

  async mergeEntities(ids: string[], actor: string): Promise<Entity> {
    const survivor = await this.#write(async (tx) => {
      const rows = (await tx.run(curation.RESOLVE_ENTITIES, { ids })).records.map((record) => ({
        resolved: record.get('resolved') as string,
        type: record.get('type') as string | null,
      }));
      const plan = planMerge(rows);
      for (const other of plan.others) await tx.run(curation.MERGE_ENTITY, { survivor: plan.survivor, other });
      await tx.run(curation.REFRESH_ALIASES, { id: plan.survivor });
      await logCuration(tx, curationEntry.merge(actor, plan));
      return plan.survivor;
    });
    return this.#existing(survivor);
  }

  async renameEntity(id: string, name: string, actor: string): Promise<Entity> {
    const trimmed = curatedName(name);
    await this.#write(async (tx) => {
      const result = await tx.run(curation.RENAME_ENTITY, { id, name: trimmed, nameKey: nameKey(trimmed) });
      const record = result.records[0];
      if (!record) throw entityNotFound(id);
      await logCuration(tx, curationEntry.rename(actor, id, record.get('old') as string, trimmed));
    });
    return this.#existing(id);
  }

  async rejectFact(id: string, actor: string): Promise<boolean> {
    return this.#write(async (tx) => {
      const record = (await tx.run(curation.FACT_STATEMENT, { id })).records[0];
      if (!record) return false;
      const fact = record.toObject() as {
        type: RelationType;
        from: string;
        to: string | null;
        title: string | null;
        sentence: string;
      };
      const key = statementKey({ ...fact, evidence: { sentence: fact.sentence } });
      await tx.run(curation.rejectFact(fact.type), { id, key });
      await logCuration(tx, curationEntry.reject(actor, id));
      return true;
    });
  }

  async curationLog(first: number): Promise<CurationRecord[]> {
    const rows = await this.#read<Omit<CurationRecord, 'details'> & { details: string }>(
      curation.CURATION_LOG,
      { first: Math.max(0, first) },
      'record',
    );
    return rows.map(toCurationRecord);
  }

  async recordCuration(record: Omit<CurationRecord, 'id' | 'at'>): Promise<void> {
    await this.#write((tx) => logCuration(tx, record));
  }

  async ledgerEntries(sources: string[]): Promise<Map<string, LedgerEntry>> {
    if (sources.length === 0) return new Map();
    const entries = await this.#read<LedgerEntry>(ledger.LEDGER_ENTRIES, { sources: [...new Set(sources)] }, 'entry');
    return new Map(entries.map((entry) => [entry.source, entry]));
  }

  async putLedgerEntries(entries: LedgerEntry[]): Promise<void> {
    if (entries.length === 0) return;
    await this.#write((tx) => tx.run(ledger.PUT_LEDGER_ENTRIES, { entries }));
  }

  async *releaseIds(batchSize: number): AsyncGenerator<string[]> {
    let after = '';
    for (;;) {
      const ids = await this.#read<string>(read.RELEASE_IDS_AFTER, { after, first: batchSize }, 'id');
      if (ids.length === 0) return;
      yield ids;
      after = ids.at(-1)!;
    }
  }

  async stats(): Promise<GraphStats> {
    const [row] = await this.#rows<{
      releases: number;
      entities: Record<EntityType, number>;
      facts: Record<RelationType, number>;
      newest: ReleaseSummary[];
    }>(read.STATS, {});
    const { releases, entities, facts, newest } = row!;
    return { releases, entities, facts, newestRelease: newest[0] ?? null };
  }

  async close(): Promise<void> {
    await this.#driver.close();
  }

  /** Runs a read-only query (analyst examples, tests); nodes and relationships come back as their properties. */
  async readCypher(query: string, params: Params = {}): Promise<Record<string, unknown>[]> {
    const rows = await this.#rows<Record<string, unknown>>(query, params);
    return rows.map((row) => plain(row) as Record<string, unknown>);
  }

  /** Deletes every node and relationship; constraints and indexes stay. For tests and benchmarks. */
  async dropAllData(): Promise<void> {
    const session = this.#driver.session({ database: this.#database });
    try {
      // Auto-commit, in chunks: one transaction for a large graph would need a lot of heap.
      await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
    } catch (error) {
      throw mapNeo4jError(error, this.#context);
    } finally {
      await session.close();
    }
  }

  async #existing(id: string): Promise<Entity> {
    const entity = await this.getEntity(id);
    if (!entity) throw entityNotFound(id);
    return entity;
  }

  async #entities(query: string, params: Params): Promise<Entity[]> {
    return (await this.#read<EntityMap>(query, params, 'entity')).map(toEntity);
  }

  async #facts(query: string, params: Params): Promise<Fact[]> {
    return (await this.#read<FactMap>(query, params, 'fact')).map(toFact);
  }

  async #neighbours(ids: string[]): Promise<Map<string, Neighbours>> {
    const neighbours = new Map<string, Neighbours>();
    for (let i = 0; i < ids.length; i += NEIGHBOUR_CHUNK) {
      const rows = await this.#rows<Neighbours & { id: string }>(read.PATH_NEIGHBOURS, {
        ids: ids.slice(i, i + NEIGHBOUR_CHUNK),
        maxCoMentions: MAX_COMENTIONS,
      });
      for (const { id, facts, coMentions } of rows) neighbours.set(id, { facts, coMentions });
    }
    return neighbours;
  }

  async #read<T>(query: string, params: Params, key: string): Promise<T[]> {
    const rows = await this.#rows<Record<string, T>>(query, params);
    return rows.map((row) => row[key]!);
  }

  /** A read in a managed transaction (retried on transient failures), as plain objects. */
  async #rows<T>(query: string, params: Params): Promise<T[]> {
    try {
      const result = await this.#driver.executeQuery(query, params, {
        database: this.#database,
        routing: routing.READ,
      });
      return result.records.map((record) => record.toObject() as T);
    } catch (error) {
      throw mapNeo4jError(error, this.#context);
    }
  }

  /** A write in a managed transaction: retried as a whole on transient failures, so `work` must be repeatable. */
  async #write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    // The same bookmark manager as executeQuery: reads after a write see it, on a cluster too.
    const session = this.#driver.session({
      database: this.#database,
      bookmarkManager: this.#driver.executeQueryBookmarkManager,
    });
    try {
      return await session.executeWrite(work);
    } catch (error) {
      throw mapNeo4jError(error, this.#context);
    } finally {
      await session.close();
    }
  }
}

/** The statement keys of `facts` that curators rejected. */
async function rejectedAmong(tx: ManagedTransaction, facts: readonly CuratedFact[]): Promise<Set<string>> {
  if (facts.length === 0) return new Set();
  const result = await tx.run(REJECTED_AMONG, { keys: facts.map((fact) => fact.statementKey) });
  return new Set(result.records[0]?.get('rejected') as string[]);
}

async function logCuration(tx: ManagedTransaction, record: CurationEntry): Promise<void> {
  await tx.run(curation.LOG_CURATION, {
    at: new Date().toISOString(),
    actor: record.actor,
    action: record.action,
    details: JSON.stringify(record.details),
  });
}

/** Nodes and relationships as their properties, recursively; everything else as it is. */
function plain(value: unknown): unknown {
  if (isNode(value as object) || isRelationship(value as object))
    return { ...(value as { properties: object }).properties };
  if (Array.isArray(value)) return value.map(plain);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, plain(item)]));
  }
  return value;
}
