import { fold } from '../../domain/fold.js';
import type { Language } from '../../domain/release.js';
import type { SearchDocument, SearchHit, SearchIndex, SearchQuery, SearchResult } from '../../ports/search-index.js';
import { decodeCursor, encodeCursor } from '../cursor.js';
import { highlight, snippet } from './highlight.js';
import type { SqliteDatabase } from './open-database.js';
import { matchExpression, searchTerms } from './search-terms.js';

interface HitRow {
  id: string;
  title: string;
  body: string;
  date: string | null;
  publisher: string | null;
  language: string;
  score: number;
}

// bm25 weights per FTS column (id, title, entities, body): a title match outranks many body matches.
const RANK = 'bm25(release_fts, 0.0, 10.0, 4.0, 1.0)';

/** Full-text index on the embedded SQLite file (FTS5 over folded text). */
export class SqliteSearchIndex implements SearchIndex {
  readonly description: string;
  readonly #db: SqliteDatabase;
  readonly #insertFts;
  readonly #insertDoc;
  readonly #deleteFts;
  readonly #deleteDoc;
  readonly #rowidOf;

  constructor(db: SqliteDatabase, file: string) {
    this.#db = db;
    this.description = `embedded FTS5 index at ${file}`;
    this.#insertFts = db.prepare('INSERT INTO release_fts (id, title, entities, body) VALUES (?, ?, ?, ?)');
    this.#insertDoc = db.prepare(
      `INSERT INTO search_docs (id, rowid_fts, title, subtitle, body, date, publisher, language, entities)
       VALUES (:id, :rowid_fts, :title, :subtitle, :body, :date, :publisher, :language, :entities)`,
    );
    this.#deleteFts = db.prepare('DELETE FROM release_fts WHERE rowid = ?');
    this.#deleteDoc = db.prepare('DELETE FROM search_docs WHERE id = ?');
    this.#rowidOf = db.prepare('SELECT rowid_fts FROM search_docs WHERE id = ?').pluck();
  }

  async index(documents: SearchDocument[]): Promise<void> {
    this.#db.transaction(() => {
      for (const doc of documents) {
        this.#removeSync(doc.id);
        const title = [doc.title, doc.subtitle].filter(Boolean).join(' ');
        const entities = doc.entities.map((entity) => entity.name).join(' ');
        const { lastInsertRowid } = this.#insertFts.run(doc.id, fold(title), fold(entities), fold(doc.body));
        this.#insertDoc.run({
          id: doc.id,
          rowid_fts: lastInsertRowid,
          title: doc.title,
          subtitle: doc.subtitle,
          body: doc.body,
          date: doc.date,
          publisher: doc.publisher,
          language: doc.language,
          entities: JSON.stringify(doc.entities),
        });
      }
    })();
  }

  async remove(ids: string[]): Promise<void> {
    this.#db.transaction(() => {
      for (const id of ids) this.#removeSync(id);
    })();
  }

  #removeSync(id: string): void {
    const rowid = this.#rowidOf.get(id) as number | undefined;
    if (rowid === undefined) return;
    this.#deleteFts.run(rowid);
    this.#deleteDoc.run(id);
  }

  async has(id: string): Promise<boolean> {
    return this.#rowidOf.get(id) !== undefined;
  }

  async search({ query, first, after }: SearchQuery): Promise<SearchResult> {
    const terms = searchTerms(query);
    if (terms.length === 0 || first <= 0) return { hits: [], total: 0, hasNextPage: false };
    const match = matchExpression(terms);
    const offset = decodeCursor(after);
    const rows = this.#db
      .prepare(
        `SELECT d.id, d.title, d.body, d.date, d.publisher, d.language, ${RANK} AS score
         FROM release_fts JOIN search_docs d ON d.rowid_fts = release_fts.rowid
         WHERE release_fts MATCH ? ORDER BY score, d.date DESC LIMIT ? OFFSET ?`,
      )
      .all(match, first + 1, offset) as HitRow[];
    const total = this.#db.prepare('SELECT COUNT(*) FROM release_fts WHERE release_fts MATCH ?').pluck().get(match) as number;
    const hits: SearchHit[] = rows.slice(0, first).map((row, i) => ({
      releaseId: row.id,
      title: row.title,
      highlightedTitle: highlight(row.title, terms),
      snippet: snippet(row.body, terms),
      date: row.date,
      publisher: row.publisher,
      language: row.language as Language,
      // bm25 is lower-is-better and negative; expose higher-is-better.
      score: -row.score,
      cursor: encodeCursor(offset + i + 1),
    }));
    return { hits, total, hasNextPage: rows.length > first };
  }

  async close(): Promise<void> {
    // The database handle belongs to whoever opened it (see createEmbeddedStores).
  }
}
