import type { EntityType } from '../../domain/entity.js';
import type { Language } from '../../domain/release.js';
import type {
  Facet,
  SearchDocument,
  SearchEntity,
  SearchHit,
  SearchIndex,
  SearchQuery,
  SearchResult,
  SearchSort,
  Suggestion,
  ValidSearchQuery,
} from '../../ports/search-index.js';
import { validateSearchQuery, validateSuggest } from '../../ports/search-index.js';
import { excerpt, matchRanges } from '../match-ranges.js';
import type { SqliteDatabase } from './open-database.js';
import type { EntityDelta } from './search-entities.js';
import { SearchEntities } from './search-entities.js';
import { facetSql, readFacetRows } from './search-facets.js';
import { filterSql } from './search-filter-sql.js';
import {
  bodyOnlyExpression,
  headlineExpression,
  highlightTerms,
  matchExpression,
  searchTerms,
} from './search-terms.js';
import type { TermExpansion } from './search-vocabulary.js';
import { MIN_TYPO_LENGTH, SearchVocabulary } from './search-vocabulary.js';
import type { FtsColumns } from './search-words.js';
import { documentWords, ftsColumns } from './search-words.js';

interface DocRow {
  rowid_fts: number;
  id: string;
  title: string;
  subtitle: string | null;
  body: string;
  date: string | null;
  publisher: string | null;
  language: string;
  entities: string;
}

interface RankRow {
  rid: number;
  score: number;
}

/** bm25 (negative, lower is better) as 0..1, higher is better; `tier` 1 adds 1 (title or entity match). */
function exposedScore(bm25: number, tier: 0 | 1): number {
  const x = Math.max(0, -bm25);
  return tier + x / (1 + x);
}

// bm25 weights per FTS column (title, entities, body): a title match outranks many body matches.
const RANK = 'bm25(search_fts, 10.0, 4.0, 1.0)';

// The full-text match as a condition on search_doc_keys k.
const MATCHED = 'k.rowid_fts IN (SELECT rowid FROM search_fts WHERE search_fts MATCH :match)';

// Version of the tables derived from search_docs (FTS, keys, vocabulary, entities); a change rebuilds them.
const DERIVED_VERSION = '2';

// Date orders (and browsing, newest first); undated releases last both ways. Newest first follows
// the date index backwards (ties: last indexed first), so no sort of all matches is needed.
const DATE_ORDER: Record<SearchSort, string> = {
  relevance: 'k.date DESC, k.rowid_fts DESC',
  date_desc: 'k.date DESC, k.rowid_fts DESC',
  date_asc: 'k.date IS NULL, k.date ASC, k.rowid_fts ASC',
};

/** What one write changes in the derived tables, applied once per transaction. */
class Deltas {
  readonly words = new Map<string, number>();
  readonly entities = new Map<string, EntityDelta>();

  add(doc: SearchDocument, columns: FtsColumns, sign: 1 | -1): void {
    for (const word of documentWords(columns)) this.words.set(word, (this.words.get(word) ?? 0) + sign);
    for (const entity of doc.entities) {
      const entry = this.entities.get(entity.id) ?? { entity, delta: 0 };
      entry.delta += sign;
      // The newest name wins when an entity is first created.
      if (sign > 0) entry.entity = entity;
      this.entities.set(entity.id, entry);
    }
  }
}

/** A document's entities without repeats (the same id twice would count a release twice). */
function distinctEntities(entities: SearchEntity[]): SearchEntity[] {
  const seen = new Set<string>();
  return entities.filter((entity) => !seen.has(entity.id) && seen.add(entity.id));
}

function toDocument(row: DocRow): SearchDocument {
  return {
    id: row.id,
    title: row.title,
    subtitle: row.subtitle,
    body: row.body,
    date: row.date,
    publisher: row.publisher,
    language: row.language as Language,
    entities: JSON.parse(row.entities) as SearchEntity[],
  };
}

/**
 * Full-text index on the embedded SQLite file: FTS5 over folded text (umlauts, ß, case), prefix
 * search as you type, compound parts and one-typo corrections from the vocabulary, filters and
 * facets from side tables, and an entity name table for suggest.
 */
export class SqliteSearchIndex implements SearchIndex {
  readonly description: string;
  readonly #db: SqliteDatabase;
  readonly #vocabulary: SearchVocabulary;
  readonly #entities: SearchEntities;
  readonly #statements;
  readonly #cache = new Map<string, ReturnType<SqliteDatabase['prepare']>>();

  constructor(db: SqliteDatabase, file: string) {
    this.#db = db;
    this.description = `embedded FTS5 index at ${file}`;
    this.#vocabulary = new SearchVocabulary(db);
    this.#entities = new SearchEntities(db);
    this.#statements = {
      insertKeys: db.prepare('INSERT INTO search_doc_keys (rowid_fts, date, publisher, language) VALUES (?, ?, ?, ?)'),
      insertFts: db.prepare('INSERT INTO search_fts (rowid, title, entities, body) VALUES (?, ?, ?, ?)'),
      insertDoc: db.prepare(
        `INSERT INTO search_docs (id, rowid_fts, title, subtitle, body, date, publisher, language, entities)
         VALUES (:id, :rowid_fts, :title, :subtitle, :body, :date, :publisher, :language, :entities)`,
      ),
      insertDocEntity: db.prepare(
        'INSERT OR IGNORE INTO search_doc_entities (entity_id, rowid_fts, type) VALUES (?, ?, ?)',
      ),
      doc: db.prepare('SELECT * FROM search_docs WHERE id = ?'),
      allDocs: db.prepare('SELECT * FROM search_docs'),
      allIds: db.prepare('SELECT id FROM search_docs').pluck(),
      deleteFts: db.prepare('DELETE FROM search_fts WHERE rowid = ?'),
      deleteKeys: db.prepare('DELETE FROM search_doc_keys WHERE rowid_fts = ?'),
      clearFts: db.prepare(`INSERT INTO search_fts (search_fts) VALUES ('delete-all')`),
      clearKeys: db.prepare('DELETE FROM search_doc_keys'),
      pageDocs: db.prepare('SELECT * FROM search_docs WHERE rowid_fts IN (SELECT value FROM json_each(?))'),
      deleteDoc: db.prepare('DELETE FROM search_docs WHERE id = ?'),
      deleteDocEntities: db.prepare('DELETE FROM search_doc_entities WHERE rowid_fts = ?'),
      clearDocEntities: db.prepare('DELETE FROM search_doc_entities'),
      clearDocs: db.prepare('DELETE FROM search_docs'),
      has: db.prepare('SELECT 1 FROM search_docs WHERE id = ?').pluck(),
      version: db.prepare(`SELECT value FROM search_meta WHERE key = 'derived_version'`).pluck(),
      setVersion: db.prepare(
        `INSERT INTO search_meta (key, value) VALUES ('derived_version', ?)
         ON CONFLICT(key) DO UPDATE SET value = excluded.value`,
      ),
    };
    this.#ensureDerived();
  }

  async index(documents: SearchDocument[]): Promise<void> {
    this.#db.transaction(() => {
      const deltas = new Deltas();
      for (const doc of documents) {
        this.#removeSync(doc.id, deltas);
        this.#insertSync({ ...doc, entities: distinctEntities(doc.entities) }, deltas);
      }
      this.#apply(deltas);
    })();
  }

  async remove(ids: string[]): Promise<void> {
    this.#db.transaction(() => {
      const deltas = new Deltas();
      for (const id of ids) this.#removeSync(id, deltas);
      this.#apply(deltas);
    })();
  }

  /**
   * Replaces the contents with `batches`: each batch is written as it comes (an upsert, so searches keep finding
   * the documents that stay), and the documents no batch held are removed at the end; no empty window.
   */
  async rebuild(batches: AsyncIterable<SearchDocument[]>, onProgress?: (done: number) => void): Promise<number> {
    const kept = new Set<string>();
    for await (const batch of batches) {
      await this.index(batch);
      for (const doc of batch) kept.add(doc.id);
      onProgress?.(kept.size);
    }
    const gone = (this.#statements.allIds.all() as string[]).filter((id) => !kept.has(id));
    for (let i = 0; i < gone.length; i += 500) await this.remove(gone.slice(i, i + 500));
    return kept.size;
  }

  async clear(): Promise<void> {
    const s = this.#statements;
    this.#db.transaction(() => {
      s.clearFts.run();
      s.clearKeys.run();
      s.clearDocEntities.run();
      s.clearDocs.run();
      this.#vocabulary.clear();
      this.#entities.clear();
    })();
  }

  async has(id: string): Promise<boolean> {
    return this.#statements.has.get(id) !== undefined;
  }

  async search(request: SearchQuery): Promise<SearchResult> {
    const query = validateSearchQuery(request);
    const offset = query.offset;
    const terms = searchTerms(query.query);
    const result = this.#search(
      query,
      offset,
      terms.map((term) => this.#vocabulary.expand(term)),
    );
    // Nothing found: a typo may have hit a word that is also the start of another word
    // ("hakurha…"), which skipped its correction; try once more with corrections for every term.
    if (result.total === 0 && terms.some((term) => term.length >= MIN_TYPO_LENGTH)) {
      return this.#search(
        query,
        offset,
        terms.map((term) => this.#vocabulary.expand(term, true)),
      );
    }
    return result;
  }

  #search(query: ValidSearchQuery, offset: number, expansions: TermExpansion[]): SearchResult {
    const noFacets: Facet[] = query.facets.map((name) => ({ name, values: [] }));
    // A term no indexed word starts with, contains or nearly spells cannot match: skip FTS.
    if (expansions.some((expansion) => !expansion.prefix && expansion.words.length === 0)) {
      return { hits: [], total: 0, hasNextPage: false, facets: noFacets };
    }

    const { conditions, params } = filterSql(query.filter);
    const match = expansions.length > 0;
    if (match) params['match'] = matchExpression(expansions);
    const where = [...(match ? [MATCHED] : []), ...conditions].join(' AND ') || '1';

    let total: number;
    let facets = noFacets;
    if (query.facets.length > 0) {
      ({ total, facets } = readFacetRows(
        this.#prepare(facetSql({ where }, query.facets)).all(params) as never,
        query.facets,
      ));
    } else if (match) {
      total = this.#count(params['match'] as string, conditions, params);
    } else {
      total = this.#prepare(`SELECT COUNT(*) FROM search_doc_keys k WHERE ${where}`).pluck().get(params) as number;
    }

    const ranked =
      query.first > 0 && offset < total
        ? this.#rank(query.sort, match, conditions, where, params, query.first, offset)
        : [];
    const docs = new Map(
      (this.#statements.pageDocs.all(JSON.stringify(ranked.map((row) => row.rid))) as DocRow[]).map((row) => [
        row.rowid_fts,
        row,
      ]),
    );
    const terms = highlightTerms(expansions);
    const hits: SearchHit[] = ranked.flatMap((rank) => {
      const row = docs.get(rank.rid);
      if (!row) return [];
      return [
        {
          releaseId: row.id,
          title: row.title,
          titleMatches: matchRanges(row.title, terms),
          excerpt: excerpt(row.body, terms),
          date: row.date,
          publisher: row.publisher,
          language: row.language as Language,
          score: rank.score,
          entities: JSON.parse(row.entities) as SearchEntity[],
        },
      ];
    });
    return { hits, total, hasNextPage: offset + hits.length < total, facets };
  }

  // The page as FTS rowids with exposed scores.
  //
  // Relevance has two tiers, like Meilisearch's attribute rule: releases matching in the title or
  // an entity name first, then body-only matches, each tier by bm25. The first tier is small and
  // cheap to rank; the second is ranked only when a page reaches past the first. Date orders walk
  // the narrow keys table and ask FTS only for membership.
  #rank(
    sort: SearchSort,
    match: boolean,
    conditions: string[],
    where: string,
    params: Record<string, unknown>,
    first: number,
    offset: number,
  ): RankRow[] {
    if (match && sort === 'relevance') {
      const expression = params['match'] as string;
      const head = this.#ranked(headlineExpression(expression), conditions, params, first, offset);
      if (head.length === first) return head.map((row) => ({ rid: row.rid, score: exposedScore(row.score, 1) }));
      // How many first-tier releases precede the second tier: known from this page unless it is empty.
      const headTotal =
        head.length > 0 ? offset + head.length : this.#count(headlineExpression(expression), conditions, params);
      const tail = this.#ranked(
        bodyOnlyExpression(expression),
        conditions,
        params,
        first - head.length,
        Math.max(0, offset - headTotal),
      );
      return [
        ...head.map((row) => ({ rid: row.rid, score: exposedScore(row.score, 1) })),
        ...tail.map((row) => ({ rid: row.rid, score: exposedScore(row.score, 0) })),
      ];
    }
    // Date orders carry no relevance score (0): scoring even one page costs a pass over every
    // phrase's documents, which is what the date order avoids.
    return this.#prepare(
      `SELECT k.rowid_fts AS rid, 0.0 AS score FROM search_doc_keys k WHERE ${where}
       ORDER BY ${DATE_ORDER[sort]} LIMIT :limit OFFSET :offset`,
    ).all({ ...params, limit: first, offset }) as RankRow[];
  }

  // One page of FTS rowids by bm25 for a MATCH expression, restricted by the filter conditions.
  #ranked(
    expression: string,
    conditions: string[],
    params: Record<string, unknown>,
    limit: number,
    offset: number,
  ): RankRow[] {
    const sql =
      conditions.length === 0
        ? `SELECT rowid AS rid, ${RANK} AS score FROM search_fts WHERE search_fts MATCH :match`
        : `SELECT search_fts.rowid AS rid, ${RANK} AS score FROM search_fts
           JOIN search_doc_keys k ON k.rowid_fts = search_fts.rowid
           WHERE search_fts MATCH :match AND ${conditions.join(' AND ')}`;
    return this.#prepare(`${sql} ORDER BY score, rid LIMIT :limit OFFSET :offset`).all({
      ...params,
      match: expression,
      limit,
      offset,
    }) as RankRow[];
  }

  #count(expression: string, conditions: string[], params: Record<string, unknown>): number {
    const sql =
      conditions.length === 0
        ? 'SELECT COUNT(*) FROM search_fts WHERE search_fts MATCH :match'
        : `SELECT COUNT(*) FROM search_doc_keys k WHERE ${[MATCHED, ...conditions].join(' AND ')}`;
    return this.#prepare(sql)
      .pluck()
      .get({ ...params, match: expression }) as number;
  }

  async suggest(prefix: string, types: EntityType[] | undefined, first: number): Promise<Suggestion[]> {
    const valid = validateSuggest(types, first);
    return this.#entities.suggest(typeof prefix === 'string' ? prefix : '', valid.types, valid.first);
  }

  async close(): Promise<void> {
    // The database handle belongs to whoever opened it (see createEmbeddedStores).
  }

  #insertSync(doc: SearchDocument, deltas: Deltas, rowid: number | null = null): void {
    const s = this.#statements;
    const key = Number(s.insertKeys.run(rowid, doc.date, doc.publisher, doc.language).lastInsertRowid);
    const columns = ftsColumns(doc);
    s.insertFts.run(key, columns.title, columns.entities, columns.body);
    if (rowid !== null) {
      // Rebuild: the document row is already there.
      for (const entity of doc.entities) s.insertDocEntity.run(entity.id, key, entity.type);
      deltas.add(doc, columns, 1);
      return;
    }
    s.insertDoc.run({
      id: doc.id,
      rowid_fts: key,
      title: doc.title,
      subtitle: doc.subtitle,
      body: doc.body,
      date: doc.date,
      publisher: doc.publisher,
      language: doc.language,
      entities: JSON.stringify(doc.entities),
    });
    for (const entity of doc.entities) s.insertDocEntity.run(entity.id, key, entity.type);
    deltas.add(doc, columns, 1);
  }

  #removeSync(id: string, deltas: Deltas): void {
    const s = this.#statements;
    const row = s.doc.get(id) as DocRow | undefined;
    if (!row) return;
    s.deleteFts.run(row.rowid_fts);
    s.deleteKeys.run(row.rowid_fts);
    s.deleteDocEntities.run(row.rowid_fts);
    s.deleteDoc.run(id);
    const doc = toDocument(row);
    deltas.add(doc, ftsColumns(doc), -1);
  }

  #apply(deltas: Deltas): void {
    this.#vocabulary.apply(deltas.words);
    this.#entities.apply(deltas.entities.values());
  }

  // Stores indexed before the derived tables existed (or with an older layout) get them rebuilt
  // from search_docs once, when the index is opened; each document keeps its FTS rowid.
  #ensureDerived(): void {
    const s = this.#statements;
    if (s.version.get() === DERIVED_VERSION) return;
    this.#db.transaction(() => {
      s.clearFts.run();
      s.clearKeys.run();
      s.clearDocEntities.run();
      this.#vocabulary.clear();
      this.#entities.clear();
      const deltas = new Deltas();
      // all(), not iterate(): the connection cannot write while a read is still stepping.
      for (const row of s.allDocs.all() as DocRow[]) {
        const doc = toDocument(row);
        this.#insertSync({ ...doc, entities: distinctEntities(doc.entities) }, deltas, row.rowid_fts);
      }
      this.#apply(deltas);
      s.setVersion.run(DERIVED_VERSION);
    })();
  }

  // Queries are built from a small set of fragments, so caching prepared statements by text is bounded.
  #prepare(sql: string) {
    let statement = this.#cache.get(sql);
    if (!statement) {
      statement = this.#db.prepare(sql);
      this.#cache.set(sql, statement);
    }
    return statement;
  }
}
