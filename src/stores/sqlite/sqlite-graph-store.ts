import type { Entity, EntityType } from '../../domain/entity.js';
import { ENTITY_TYPES } from '../../domain/entity.js';
import type { ReleaseFacts } from '../../domain/extraction.js';
import { nameKey } from '../../domain/fold.js';
import type { Fact, RelationType } from '../../domain/relation.js';
import { RELATION_TYPES } from '../../domain/relation.js';
import type { Release } from '../../domain/release.js';
import { entityNotFound } from '../../graph/curation-rules.js';
import { findEntities } from '../../graph/find-entities.js';
import { lookupName } from '../../graph/name-lookup.js';
import { applyCuration, extractedEntityIds, ingestCuration, withoutRejected } from '../../graph/apply-curation.js';
import type { CurationRow } from '../../graph/apply-curation.js';
import { planWrites } from '../../graph/write-plan.js';
import type { StoredRelease } from '../../graph/write-plan.js';
import type { VersionedRelease } from '../../graph/release-versions.js';
import type { NameCandidate, NameLookup } from '../../graph/name-lookup.js';
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
import { toFact } from '../fact-record.js';
import type { FactMap } from '../fact-record.js';
import type { SqliteDatabase } from './open-database.js';
import {
  logCuration,
  mergeEntitiesSync,
  readCurationLog,
  rejectFactSync,
  renameEntitySync,
} from './sqlite-curation.js';
import { findPaths } from './sqlite-paths.js';

interface ReleaseRow {
  id: string;
  source: string;
  url: string | null;
  title: string;
  subtitle: string | null;
  date: string | null;
  dateline: string | null;
  publisher: string | null;
  language: string;
  paragraphs: string;
  caption: string | null;
  photo_credit: string | null;
  contact: string | null;
  links: string;
  text: string;
}

interface EntityRow {
  id: string;
  type: string;
  name: string;
  release_count: number;
}

const SUMMARY_COLUMNS = 'r.id, r.title, r.date, r.publisher, r.language, r.source';
const ENTITY_COLUMNS = `e.id, e.type, e.name,
  (SELECT COUNT(*) FROM release_entities re WHERE re.entity_id = e.id) AS release_count`;
// Column aliases give the flat fact record both stores read (src/stores/fact-record.ts).
const FACT_COLUMNS = `f.id, f.release_id AS releaseId, r.date AS releaseDate, r.title AS releaseTitle, f.type,
  f.from_id AS "from", f.to_id AS "to", f.title, f.date, f.quote, f.sentence, f.start, f.end, f.confidence`;

/** Graph store on the embedded SQLite file. */
export class SqliteGraphStore implements GraphStore {
  readonly description: string;
  readonly #db: SqliteDatabase;
  readonly #statements: ReturnType<typeof prepare>;

  constructor(db: SqliteDatabase, file: string) {
    this.#db = db;
    this.description = `embedded SQLite store at ${file}`;
    this.#statements = prepare(db);
  }

  async ping(): Promise<void> {
    this.#db.prepare('SELECT 1').get();
  }

  async writeRelease(
    { release, extraction }: ReleaseFacts,
    options: { replaceFacts?: boolean } = {},
  ): Promise<WriteResult> {
    const s = this.#statements;
    return this.#db.transaction((): WriteResult => {
      const stored = s.storedForWrite.all({ id: release.id, source: release.source }) as StoredRelease[];
      const plan = planWrites([{ release, extraction }], stored, options);
      for (const id of plan.deleteIds) this.#deleteSync(id);
      if (plan.creates.length === 0) return plan.results[0]!;

      s.insertRelease.run({
        id: release.id,
        source: release.source,
        url: release.url,
        title: release.title,
        subtitle: release.subtitle,
        date: release.date,
        dateline: release.dateline,
        publisher: release.publisher,
        language: release.language,
        paragraphs: JSON.stringify(release.paragraphs),
        caption: release.caption,
        photo_credit: release.photoCredit,
        contact: release.contact,
        links: JSON.stringify(release.links),
        text: release.text,
        ingested_at: new Date().toISOString(),
      });
      const curation = ingestCuration(
        s.curationOf.all(JSON.stringify(extractedEntityIds(plan.creates))) as CurationRow[],
      );
      const { entities, mentions, facts } = applyCuration(plan.creates, curation);
      const rejected = new Set(s.rejectedAmong.all(JSON.stringify(facts.map((fact) => fact.statementKey))) as string[]);
      for (const entity of entities) {
        s.upsertEntity.run({ id: entity.id, type: entity.type, name: entity.name, name_key: entity.nameKey });
      }
      for (const mention of mentions) {
        const ids = { release_id: mention.releaseId, entity_id: mention.entityId };
        s.insertReleaseEntity.run(ids);
        for (const alias of mention.aliases) s.insertAlias.run({ ...ids, alias, alias_key: nameKey(alias) });
        mention.starts.forEach((start, i) =>
          s.insertMention.run({
            ...ids,
            start,
            end: mention.ends[i],
            text: mention.texts[i],
            confidence: mention.confidences[i],
          }),
        );
      }
      for (const fact of withoutRejected(facts, rejected)) {
        s.insertFact.run({
          id: fact.factId,
          release_id: fact.releaseId,
          type: fact.type,
          from_id: fact.from,
          to_id: fact.to,
          title: fact.title,
          date: fact.date,
          quote: fact.quote,
          sentence: fact.sentence,
          start: fact.start,
          end: fact.end,
          confidence: fact.confidence,
        });
      }
      return plan.results[0]!;
    })();
  }

  async deleteRelease(id: string): Promise<boolean> {
    return this.#db.transaction(() => this.#deleteSync(id))();
  }

  #deleteSync(id: string): boolean {
    const s = this.#statements;
    const touched = (s.entityIdsOfRelease.all({ id }) as { entity_id: string }[]).map((row) => row.entity_id);
    const deleted = s.deleteRelease.run(id).changes > 0;
    // Facts and mentions go by cascade; entities nothing else refers to go with them.
    for (const entityId of touched) s.deleteOrphanEntity.run({ id: entityId });
    return deleted;
  }

  async getRelease(id: string): Promise<Release | null> {
    const row = this.#statements.release.get(id) as ReleaseRow | undefined;
    return row ? toRelease(row) : null;
  }

  async releaseIdForSource(source: string): Promise<string | null> {
    const row = this.#statements.releaseIdBySource.get(source) as { id: string } | undefined;
    return row?.id ?? null;
  }

  async releaseVersions(source: string): Promise<VersionedRelease[]> {
    return this.#statements.releasesBySource.all(source) as VersionedRelease[];
  }

  async getEntity(id: string): Promise<Entity | null> {
    const target = (this.#statements.redirect.get(id) as string | undefined) ?? id;
    const [entity] = await this.getEntities([target]);
    return entity ?? null;
  }

  async getEntities(ids: string[]): Promise<Entity[]> {
    if (ids.length === 0) return [];
    const rows = this.#db
      .prepare(`SELECT ${ENTITY_COLUMNS} FROM entities e WHERE e.id IN (SELECT value FROM json_each(?))`)
      .all(JSON.stringify(ids)) as EntityRow[];
    return this.#withAliases(rows);
  }

  async findEntities(query: EntityQuery): Promise<Entity[]> {
    return findEntities(query, {
      all: async (type, first) =>
        this.#withAliases(
          this.#db
            .prepare(
              `SELECT ${ENTITY_COLUMNS} FROM entities e WHERE (:type IS NULL OR e.type = :type)
               ORDER BY release_count DESC, e.name LIMIT :first`,
            )
            .all({ type: type ?? null, first }) as EntityRow[],
        ),
      byKey: async (key, type, first) =>
        this.#withAliases(this.#statements.entitiesByKey.all({ key, type: type ?? null, first }) as EntityRow[]),
      byWords: async (words, type, first) =>
        this.#withAliases(
          this.#db
            .prepare(
              `SELECT ${ENTITY_COLUMNS} FROM entities e
               WHERE (:type IS NULL OR e.type = :type)
                 AND NOT EXISTS (SELECT 1 FROM json_each(:words) w
                                 WHERE (' ' || e.name_key || ' ') NOT LIKE ('% ' || w.value || ' %'))
               ORDER BY release_count DESC, e.name LIMIT :first`,
            )
            .all({ type: type ?? null, first, words: JSON.stringify(words) }) as EntityRow[],
        ),
    });
  }

  async lookupName(name: string, type: EntityType | undefined): Promise<NameLookup> {
    return lookupName(name, type, async (keys, wanted) => {
      const rows = this.#statements.entitiesByKeys.all({
        keys: JSON.stringify(keys),
        type: wanted ?? null,
      }) as (EntityRow & {
        key: string;
        by_name: number;
      })[];
      const entities = new Map(this.#withAliases(rows).map((entity) => [entity.id, entity]));
      return rows.map((row): NameCandidate => ({
        entity: entities.get(row.id)!,
        key: row.key,
        byName: row.by_name === 1,
      }));
    });
  }

  async factsOf({ entityId, types, direction }: FactQuery): Promise<Fact[]> {
    const column = direction === 'from' ? 'f.from_id' : 'f.to_id';
    const rows = this.#db
      .prepare(
        `SELECT ${FACT_COLUMNS} FROM facts f JOIN releases r ON r.id = f.release_id
         WHERE ${column} = ? AND f.type IN (SELECT value FROM json_each(?))
         ORDER BY COALESCE(f.date, r.date) DESC, f.release_id, f.start`,
      )
      .all(entityId, JSON.stringify(types)) as FactMap[];
    return rows.map(toFact);
  }

  async timeline(query: TimelineQuery): Promise<Page<TimelineItem>> {
    const direction = query.order === 'DESC' ? 'DESC' : 'ASC';
    const factBranch = (column: string, types: string) =>
      `SELECT COALESCE(f.date, r.date) AS event_date,
         CASE f.type WHEN 'VISITED' THEN 'VISIT' WHEN 'HOLDS_ROLE' THEN 'ROLE' ELSE 'QUOTE' END AS kind,
         f.start AS position, ${FACT_COLUMNS}
       FROM facts f JOIN releases r ON r.id = f.release_id
       WHERE ${column} = :id AND f.type IN (${types})`;
    // Release rows carry the same columns as fact rows, with the fact's left empty.
    const rows = this.#db
      .prepare(
        `WITH events AS (
           ${factBranch('f.from_id', `'VISITED', 'HOLDS_ROLE', 'QUOTED_IN'`)}
           UNION ALL
           ${factBranch('f.to_id', `'VISITED', 'HOLDS_ROLE'`)}
           UNION ALL
           SELECT r.date, 'RELEASE', -1, NULL, r.id, r.date, r.title, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
             NULL, NULL, NULL
           FROM release_entities re JOIN releases r ON r.id = re.release_id WHERE re.entity_id = :id
         )
         SELECT *, COUNT(*) OVER () AS total FROM events
         ORDER BY event_date IS NULL, event_date ${direction}, releaseId, kind, position, id
         LIMIT :first OFFSET :offset`,
      )
      .all({ id: query.entityId, first: query.first, offset: query.offset }) as (FactMap & {
      event_date: string | null;
      kind: TimelineItem['kind'];
      total: number;
    })[];
    const total =
      rows[0]?.total ??
      (this.#db
        .prepare(
          `SELECT (SELECT COUNT(*) FROM facts WHERE from_id = :id AND type IN ('VISITED', 'HOLDS_ROLE', 'QUOTED_IN'))
             + (SELECT COUNT(*) FROM facts WHERE to_id = :id AND type IN ('VISITED', 'HOLDS_ROLE'))
             + (SELECT COUNT(*) FROM release_entities WHERE entity_id = :id)`,
        )
        .pluck()
        .get({ id: query.entityId }) as number);
    return {
      total,
      items: rows.map((row) => ({
        date: row.event_date,
        kind: row.kind,
        releaseId: row.releaseId,
        releaseTitle: row.releaseTitle,
        fact: row.kind === 'RELEASE' ? null : toFact(row),
      })),
    };
  }

  async factsOfRelease(releaseId: string): Promise<Fact[]> {
    return (this.#statements.factsOfRelease.all(releaseId) as FactMap[]).map(toFact);
  }

  async entitiesOfRelease(releaseId: string): Promise<Entity[]> {
    const rows = this.#db
      .prepare(
        `SELECT ${ENTITY_COLUMNS} FROM entities e
         WHERE e.id IN (SELECT entity_id FROM release_entities WHERE release_id = ?) ORDER BY e.type, e.name`,
      )
      .all(releaseId) as EntityRow[];
    return this.#withAliases(rows);
  }

  async releasesOfEntity(entityId: string, first: number): Promise<ReleaseSummary[]> {
    return this.#db
      .prepare(
        `SELECT ${SUMMARY_COLUMNS} FROM releases r
         WHERE r.id IN (SELECT release_id FROM release_entities WHERE entity_id = ?)
         ORDER BY r.date DESC, r.title LIMIT ?`,
      )
      .all(entityId, first) as ReleaseSummary[];
  }

  async getReleaseSummaries(ids: string[]): Promise<ReleaseSummary[]> {
    if (ids.length === 0) return [];
    return this.#db
      .prepare(`SELECT ${SUMMARY_COLUMNS} FROM releases r WHERE r.id IN (SELECT value FROM json_each(?))`)
      .all(JSON.stringify(ids)) as ReleaseSummary[];
  }

  async listReleases(query: {
    filter: ReleaseFilter;
    sort: ReleaseSort;
    first: number;
    offset: number;
  }): Promise<Page<ReleaseSummary>> {
    const { filter } = query;
    const where = `(:publisher IS NULL OR r.publisher = :publisher)
      AND (:language IS NULL OR r.language = :language)
      AND (:dateFrom IS NULL OR r.date >= :dateFrom)
      AND (:dateTo IS NULL OR r.date <= :dateTo)
      AND (:entityId IS NULL OR r.id IN (SELECT release_id FROM release_entities WHERE entity_id = :entityId))`;
    const params = {
      publisher: filter.publisher ?? null,
      language: filter.language ?? null,
      dateFrom: filter.dateFrom ?? null,
      dateTo: filter.dateTo ?? null,
      entityId: filter.entityId ?? null,
    };
    const order = query.sort === 'DATE_ASC' ? 'r.date ASC NULLS LAST' : 'r.date DESC NULLS LAST';
    const items = this.#db
      .prepare(
        `SELECT ${SUMMARY_COLUMNS} FROM releases r WHERE ${where} ORDER BY ${order}, r.title, r.id LIMIT :first OFFSET :offset`,
      )
      .all({ ...params, first: query.first, offset: query.offset }) as ReleaseSummary[];
    const total = this.#db.prepare(`SELECT COUNT(*) FROM releases r WHERE ${where}`).pluck().get(params) as number;
    return { items, total };
  }

  async mentionsOfRelease(releaseId: string): Promise<ReleaseMention[]> {
    return this.#db
      .prepare(
        `SELECT entity_id AS entityId, start, end, text, confidence FROM mentions
         WHERE release_id = ? ORDER BY start, end DESC`,
      )
      .all(releaseId) as ReleaseMention[];
  }

  async connections(query: ConnectionQuery): Promise<Page<Connection>> {
    const sql = `
      WITH shared AS MATERIALIZED (
        SELECT b.entity_id AS other, COUNT(*) AS releases
        FROM release_entities a JOIN release_entities b ON b.release_id = a.release_id
        WHERE a.entity_id = :id AND b.entity_id != :id GROUP BY b.entity_id
      ), direct AS MATERIALIZED (
        SELECT CASE WHEN from_id = :id THEN to_id ELSE from_id END AS other, COUNT(*) AS facts
        FROM facts WHERE (from_id = :id OR to_id = :id) AND to_id IS NOT NULL AND from_id != to_id
        GROUP BY other
      ), others AS (
        SELECT other FROM shared UNION SELECT other FROM direct
      ), scored AS (
        -- Start from the neighbours, not from every entity: hubs have thousands of them, the store far more.
        SELECT o.other AS entityId, COALESCE(s.releases, 0) AS sharedReleases, COALESCE(d.facts, 0) AS sharedFacts
        FROM others o JOIN entities e ON e.id = o.other
          LEFT JOIN shared s ON s.other = o.other LEFT JOIN direct d ON d.other = o.other
        WHERE (:types IS NULL OR e.type IN (SELECT value FROM json_each(:types)))
          AND COALESCE(s.releases, 0) + COALESCE(d.facts, 0) >= :minShared
      )`;
    const params = {
      id: query.entityId,
      types: query.types && query.types.length > 0 ? JSON.stringify(query.types) : null,
      minShared: query.minShared,
    };
    // One pass: the window count gives the total without computing the co-occurrences twice.
    const rows = this.#db
      .prepare(
        `${sql} SELECT *, COUNT(*) OVER () AS total FROM scored
         ORDER BY sharedFacts + sharedReleases DESC, sharedFacts DESC, entityId LIMIT :first OFFSET :offset`,
      )
      .all({ ...params, first: query.first, offset: query.offset }) as (Connection & { total: number })[];
    // Past the last page there is no row to carry the count.
    const total =
      rows[0]?.total ??
      (query.offset > 0 ? (this.#db.prepare(`${sql} SELECT COUNT(*) FROM scored`).pluck().get(params) as number) : 0);
    return { items: rows.map(({ total: _total, ...connection }) => connection), total };
  }

  async paths(query: { from: string; to: string; maxHops: number; first: number }): Promise<PathHop[][]> {
    return findPaths(this.#db, query.from, query.to, query.maxHops, query.first);
  }

  async mergeEntities(ids: string[], actor: string): Promise<Entity> {
    const survivor = this.#db.transaction(() => mergeEntitiesSync(this.#db, ids, actor))();
    return this.#existing(survivor);
  }

  async renameEntity(id: string, name: string, actor: string): Promise<Entity> {
    this.#db.transaction(() => renameEntitySync(this.#db, id, name, actor))();
    return this.#existing(id);
  }

  async rejectFact(id: string, actor: string): Promise<boolean> {
    return this.#db.transaction(() => rejectFactSync(this.#db, id, actor))();
  }

  async curationLog(first: number): Promise<CurationRecord[]> {
    return readCurationLog(this.#db, first);
  }

  async recordCuration(record: Omit<CurationRecord, 'id' | 'at'>): Promise<void> {
    logCuration(this.#db, record);
  }

  async #existing(id: string): Promise<Entity> {
    const entity = await this.getEntity(id);
    if (!entity) throw entityNotFound(id);
    return entity;
  }

  async ledgerEntries(sources: string[]): Promise<Map<string, LedgerEntry>> {
    const rows = this.#db
      .prepare('SELECT * FROM ingest_ledger WHERE source IN (SELECT value FROM json_each(?))')
      .all(JSON.stringify(sources)) as {
      source: string;
      size: number;
      mtime_ms: number;
      hash: string;
      documents: number;
      failures: number;
      completed_at: string;
    }[];
    return new Map(
      rows.map((row) => [
        row.source,
        {
          source: row.source,
          size: row.size,
          mtimeMs: row.mtime_ms,
          hash: row.hash,
          documents: row.documents,
          failures: row.failures,
          completedAt: row.completed_at,
        },
      ]),
    );
  }

  async putLedgerEntries(entries: LedgerEntry[]): Promise<void> {
    const put = this.#db.prepare(
      `INSERT OR REPLACE INTO ingest_ledger (source, size, mtime_ms, hash, documents, failures, completed_at)
       VALUES (:source, :size, :mtimeMs, :hash, :documents, :failures, :completedAt)`,
    );
    this.#db.transaction(() => {
      for (const entry of entries) put.run(entry);
    })();
  }

  async *releaseIds(batchSize: number): AsyncGenerator<string[]> {
    let after = '';
    const page = this.#db.prepare('SELECT id FROM releases WHERE id > ? ORDER BY id LIMIT ?').pluck();
    for (;;) {
      const ids = page.all(after, batchSize) as string[];
      if (ids.length === 0) return;
      yield ids;
      after = ids.at(-1)!;
    }
  }

  async stats(): Promise<GraphStats> {
    const entities = Object.fromEntries(ENTITY_TYPES.map((type) => [type, 0])) as Record<EntityType, number>;
    for (const row of this.#db.prepare('SELECT type, COUNT(*) AS n FROM entities GROUP BY type').all() as {
      type: EntityType;
      n: number;
    }[]) {
      entities[row.type] = row.n;
    }
    const facts = Object.fromEntries(RELATION_TYPES.map((type) => [type, 0])) as Record<RelationType, number>;
    for (const row of this.#db.prepare('SELECT type, COUNT(*) AS n FROM facts GROUP BY type').all() as {
      type: RelationType;
      n: number;
    }[]) {
      facts[row.type] = row.n;
    }
    const releases = (this.#db.prepare('SELECT COUNT(*) AS n FROM releases').get() as { n: number }).n;
    const newest = this.#db
      .prepare(`SELECT ${SUMMARY_COLUMNS} FROM releases r ORDER BY r.date DESC NULLS LAST, r.ingested_at DESC LIMIT 1`)
      .get() as ReleaseSummary | undefined;
    return { releases, entities, facts, newestRelease: newest ?? null };
  }

  async close(): Promise<void> {
    // The database handle belongs to whoever opened it (see createEmbeddedStores).
  }

  #withAliases(rows: EntityRow[]): Entity[] {
    if (rows.length === 0) return [];
    const aliasRows = this.#db
      .prepare(
        `SELECT DISTINCT entity_id, alias FROM entity_aliases
         WHERE entity_id IN (SELECT value FROM json_each(?)) ORDER BY alias`,
      )
      .all(JSON.stringify(rows.map((row) => row.id))) as { entity_id: string; alias: string }[];
    const aliases = new Map<string, string[]>();
    for (const { entity_id, alias } of aliasRows) {
      const list = aliases.get(entity_id) ?? [];
      list.push(alias);
      aliases.set(entity_id, list);
    }
    return rows.map((row) => ({
      id: row.id,
      type: row.type as EntityType,
      name: row.name,
      aliases: (aliases.get(row.id) ?? []).filter((alias) => alias !== row.name),
      releaseCount: row.release_count,
    }));
  }
}

function prepare(db: SqliteDatabase) {
  return {
    // Newest first: a shared source (a web address) may hold several releases.
    releaseIdBySource: db.prepare('SELECT id FROM releases WHERE source = ? ORDER BY date DESC NULLS LAST LIMIT 1'),
    releasesBySource: db.prepare('SELECT id, date FROM releases WHERE source = ? ORDER BY date DESC NULLS LAST, id'),
    // What the write plan must know: the source's releases and a release with the same text.
    storedForWrite: db.prepare('SELECT id, source, date FROM releases WHERE source = :source OR id = :id'),
    release: db.prepare('SELECT * FROM releases WHERE id = ?'),
    insertRelease: db.prepare(
      `INSERT INTO releases (id, source, url, title, subtitle, date, dateline, publisher, language, paragraphs,
         caption, photo_credit, contact, links, text, ingested_at)
       VALUES (:id, :source, :url, :title, :subtitle, :date, :dateline, :publisher, :language, :paragraphs,
         :caption, :photo_credit, :contact, :links, :text, :ingested_at)`,
    ),
    upsertEntity: db.prepare(
      `INSERT INTO entities (id, type, name, name_key) VALUES (:id, :type, :name, :name_key)
       ON CONFLICT(id) DO NOTHING`,
    ),
    insertAlias: db.prepare(
      `INSERT OR IGNORE INTO entity_aliases (entity_id, release_id, alias, alias_key)
       VALUES (:entity_id, :release_id, :alias, :alias_key)`,
    ),
    redirect: db.prepare('SELECT to_id FROM entity_redirects WHERE from_id = ?').pluck(),
    // Per extracted id: the entity it was merged into, and the curated name of the one it resolves to.
    curationOf: db.prepare(
      `SELECT k.value AS id, r.to_id AS target, n.name AS name
       FROM json_each(?) k LEFT JOIN entity_redirects r ON r.from_id = k.value
         LEFT JOIN entity_names n ON n.id = COALESCE(r.to_id, k.value)
       WHERE r.to_id IS NOT NULL OR n.name IS NOT NULL`,
    ),
    rejectedAmong: db
      .prepare('SELECT statement_key FROM rejected_statements WHERE statement_key IN (SELECT value FROM json_each(?))')
      .pluck(),
    insertReleaseEntity: db.prepare(
      'INSERT OR IGNORE INTO release_entities (release_id, entity_id) VALUES (:release_id, :entity_id)',
    ),
    insertMention: db.prepare(
      `INSERT INTO mentions (release_id, entity_id, start, end, text, confidence)
       VALUES (:release_id, :entity_id, :start, :end, :text, :confidence)`,
    ),
    insertFact: db.prepare(
      `INSERT OR IGNORE INTO facts (id, release_id, type, from_id, to_id, title, date, quote, sentence, start, end,
         confidence)
       VALUES (:id, :release_id, :type, :from_id, :to_id, :title, :date, :quote, :sentence, :start, :end,
         :confidence)`,
    ),
    entityIdsOfRelease: db.prepare(
      `SELECT entity_id FROM mentions WHERE release_id = :id
       UNION SELECT entity_id FROM release_entities WHERE release_id = :id
       UNION SELECT from_id FROM facts WHERE release_id = :id
       UNION SELECT to_id FROM facts WHERE release_id = :id AND to_id IS NOT NULL`,
    ),
    deleteRelease: db.prepare('DELETE FROM releases WHERE id = ?'),
    deleteOrphanEntity: db.prepare(
      `DELETE FROM entities WHERE id = :id
         AND NOT EXISTS (SELECT 1 FROM release_entities WHERE entity_id = :id)
         AND NOT EXISTS (SELECT 1 FROM mentions WHERE entity_id = :id)
         AND NOT EXISTS (SELECT 1 FROM facts WHERE from_id = :id OR to_id = :id)`,
    ),
    entitiesByKey: db.prepare(
      `SELECT ${ENTITY_COLUMNS} FROM entities e
       WHERE (:type IS NULL OR e.type = :type)
         AND (e.name_key = :key OR e.id IN (SELECT entity_id FROM entity_aliases WHERE alias_key = :key))
       ORDER BY (e.name_key = :key) DESC, release_count DESC, e.name LIMIT :first`,
    ),
    entitiesByKeys: db.prepare(
      `SELECT ${ENTITY_COLUMNS}, k.value AS key, 1 AS by_name
       FROM json_each(:keys) k JOIN entities e ON e.name_key = k.value
       WHERE (:type IS NULL OR e.type = :type)
       UNION
       SELECT ${ENTITY_COLUMNS}, k.value AS key, 0 AS by_name
       FROM json_each(:keys) k JOIN entity_aliases a ON a.alias_key = k.value JOIN entities e ON e.id = a.entity_id
       WHERE (:type IS NULL OR e.type = :type) AND e.name_key != k.value
       UNION
       SELECT ${ENTITY_COLUMNS}, k.value AS key, 0 AS by_name
       FROM json_each(:keys) k JOIN entities e ON e.name_key LIKE ('% ' || k.value)
       WHERE e.type = 'Person' AND (:type IS NULL OR :type = 'Person') AND instr(k.value, ' ') = 0`,
    ),
    factsOfRelease: db.prepare(
      `SELECT ${FACT_COLUMNS} FROM facts f JOIN releases r ON r.id = f.release_id
       WHERE f.release_id = ? ORDER BY f.start, f.type`,
    ),
  };
}

function toRelease(row: ReleaseRow): Release {
  return {
    id: row.id,
    source: row.source,
    url: row.url,
    title: row.title,
    subtitle: row.subtitle,
    date: row.date,
    dateline: row.dateline,
    publisher: row.publisher,
    language: row.language as Release['language'],
    paragraphs: JSON.parse(row.paragraphs) as string[],
    caption: row.caption,
    photoCredit: row.photo_credit,
    contact: row.contact,
    links: JSON.parse(row.links) as string[],
    text: row.text,
  };
}
