import type { EntityType } from '../../domain/entity.js';
import type { SearchEntity, Suggestion } from '../../ports/search-index.js';
import type { SqliteDatabase } from './open-database.js';
import { foldedWords } from './search-words.js';

/** A change of how many indexed releases mention one entity. */
export interface EntityDelta {
  entity: SearchEntity;
  delta: number;
}

const MAX_PREFIX_WORDS = 4;
const MAX_CHAR = '\u{10FFFF}';

/**
 * Canonical entities of the indexed releases with their release counts, and the folded words of
 * their names for prefix lookup. Callers pass deltas inside their write transaction.
 */
export class SearchEntities {
  readonly #db: SqliteDatabase;
  readonly #statements;
  readonly #suggestions = new Map<number, ReturnType<SqliteDatabase['prepare']>>();

  constructor(db: SqliteDatabase) {
    this.#db = db;
    this.#statements = {
      add: db
        .prepare(
          `INSERT INTO search_entities (id, name, type, release_count) VALUES (:id, :name, :type, :delta)
         ON CONFLICT(id) DO UPDATE SET release_count = release_count + excluded.release_count
         RETURNING release_count`,
        )
        .pluck(),
      subtract: db
        .prepare('UPDATE search_entities SET release_count = release_count - ? WHERE id = ? RETURNING release_count')
        .pluck(),
      drop: db.prepare('DELETE FROM search_entities WHERE id = ?'),
      addWord: db.prepare('INSERT OR IGNORE INTO search_entity_words (word, entity_id) VALUES (?, ?)'),
      dropWords: db.prepare('DELETE FROM search_entity_words WHERE entity_id = ?'),
      clear: db.prepare('DELETE FROM search_entities'),
      clearWords: db.prepare('DELETE FROM search_entity_words'),
    };
  }

  /** Applies release-count changes; an entity's name words are added with it and dropped at zero. */
  apply(deltas: Iterable<EntityDelta>): void {
    const s = this.#statements;
    for (const { entity, delta } of deltas) {
      if (delta > 0) {
        const count = s.add.get({ ...entity, delta }) as number;
        if (count === delta) for (const word of new Set(foldedWords(entity.name))) s.addWord.run(word, entity.id);
      } else if (delta < 0) {
        const count = s.subtract.get(-delta, entity.id) as number | undefined;
        if (count !== undefined && count <= 0) {
          s.dropWords.run(entity.id);
          s.drop.run(entity.id);
        }
      }
    }
  }

  /** Empties both tables (before a rebuild). */
  clear(): void {
    this.#statements.clearWords.run();
    this.#statements.clear.run();
  }

  /** Entities with a name word starting with each folded word of `prefix`, most mentioned first. */
  suggest(prefix: string, types: EntityType[] | undefined, first: number): Suggestion[] {
    // The longest word narrows the index range most, so it goes first.
    const words = [...new Set(foldedWords(prefix.slice(0, 200)))]
      .slice(0, MAX_PREFIX_WORDS)
      .sort((a, b) => b.length - a.length);
    if (words.length === 0 || first === 0 || types?.length === 0) return [];
    const params: Record<string, unknown> = { types: types ? JSON.stringify(types) : null, first };
    words.forEach((word, i) => {
      params[`lo${i}`] = word;
      params[`hi${i}`] = word + MAX_CHAR;
    });
    const rows = this.#suggestStatement(words.length).all(params) as {
      id: string;
      name: string;
      type: EntityType;
      release_count: number;
    }[];
    return rows.map((row) => ({ id: row.id, name: row.name, type: row.type, releaseCount: row.release_count }));
  }

  // One statement per number of prefix words, prepared once: the first word drives an index range
  // scan, every further word must also start some word of the same name.
  #suggestStatement(count: number) {
    let statement = this.#suggestions.get(count);
    if (!statement) {
      const more = Array.from(
        { length: count - 1 },
        (_, i) => `AND EXISTS (SELECT 1 FROM search_entity_words w${i + 1}
           WHERE w${i + 1}.entity_id = e.id AND w${i + 1}.word >= :lo${i + 1} AND w${i + 1}.word < :hi${i + 1})`,
      ).join('\n');
      statement = this.#db.prepare(
        `SELECT e.id, e.name, e.type, e.release_count FROM search_entities e
         WHERE e.id IN (SELECT entity_id FROM search_entity_words WHERE word >= :lo0 AND word < :hi0)
           AND (:types IS NULL OR e.type IN (SELECT value FROM json_each(:types)))
           ${more}
         ORDER BY e.release_count DESC, e.name LIMIT :first`,
      );
      this.#suggestions.set(count, statement);
    }
    return statement;
  }
}
