import type { SqliteDatabase } from './open-database.js';
import { withinOneEdit } from './search-edit-distance.js';

/** How one typed term widens to words the index knows. */
export interface TermExpansion {
  /** The folded term as typed; always searched as a word prefix. */
  term: string;
  /** Whether any indexed word starts with the term. */
  prefix: boolean;
  /** Further indexed words to accept: compounds containing the term, or one-typo corrections. */
  words: string[];
}

/** Shortest term searched inside compounds; shorter fragments match too much ("amt", "rat"). */
export const MIN_INFIX_LENGTH = 4;
/** Shortest term that gets typo tolerance. */
export const MIN_TYPO_LENGTH = 5;
/** A compound part must follow at least this many letters ("Migrations|zentrum", not "Au|stau|sch"). */
const MIN_COMPOUND_HEAD = 3;
/** Shorter words cannot hold a head and a part, so they stay out of the trigram table. */
const MIN_COMPOUND_LENGTH = MIN_COMPOUND_HEAD + MIN_INFIX_LENGTH;
/** Most compounds or corrections one term expands to (the most frequent win). */
const MAX_EXPANSIONS = 32;
/** Above every character: the exclusive upper bound of a prefix range. */
const MAX_CHAR = '\u{10FFFF}';

/**
 * The index's vocabulary: every folded word with the number of documents containing it, kept in
 * step with the documents (callers pass per-word deltas inside their write transaction).
 */
export class SearchVocabulary {
  readonly #statements;

  constructor(db: SqliteDatabase) {
    this.#statements = {
      add: db.prepare(
        `INSERT INTO search_vocab (word, docs, len, rword) VALUES (?, ?, ?, ?)
         ON CONFLICT(word) DO UPDATE SET docs = docs + excluded.docs RETURNING rowid, docs`,
      ),
      subtract: db.prepare('UPDATE search_vocab SET docs = docs - ? WHERE word = ? RETURNING rowid, docs'),
      addTrigrams: db.prepare('INSERT INTO search_vocab_trigram (rowid, word) VALUES (?, ?)'),
      dropTrigrams: db.prepare(
        `INSERT INTO search_vocab_trigram (search_vocab_trigram, rowid, word) VALUES ('delete', ?, ?)`,
      ),
      drop: db.prepare('DELETE FROM search_vocab WHERE rowid = ?'),
      clear: db.prepare('DELETE FROM search_vocab'),
      clearTrigrams: db.prepare(`INSERT INTO search_vocab_trigram (search_vocab_trigram) VALUES ('delete-all')`),
      hasPrefix: db.prepare('SELECT 1 FROM search_vocab WHERE word >= ? AND word < ? LIMIT 1').pluck(),
      // instr(substr(…)) keeps words that contain the term after a head of MIN_COMPOUND_HEAD letters.
      compounds: db
        .prepare(
          `SELECT v.word FROM search_vocab_trigram t JOIN search_vocab v ON v.rowid = t.rowid
         WHERE search_vocab_trigram MATCH :phrase AND instr(substr(v.word, ${MIN_COMPOUND_HEAD + 1}), :term) > 0
         ORDER BY v.docs DESC, v.word LIMIT ${MAX_EXPANSIONS}`,
        )
        .pluck(),
      // len IN (…) seeks each length and then the word range; a BETWEEN on len would scan all of them.
      byHead: db.prepare(`SELECT word, docs FROM search_vocab WHERE len IN (?, ?, ?) AND word >= ? AND word < ?`),
      byTail: db.prepare(`SELECT word, docs FROM search_vocab WHERE len IN (?, ?, ?) AND rword >= ? AND rword < ?`),
    };
  }

  /** Applies document-count changes per word (positive: documents added, negative: removed). */
  apply(deltas: Map<string, number>): void {
    const s = this.#statements;
    for (const [word, delta] of deltas) {
      if (delta > 0) {
        const row = s.add.get(word, delta, word.length, reverse(word)) as { rowid: number; docs: number };
        if (row.docs === delta && word.length >= MIN_COMPOUND_LENGTH) s.addTrigrams.run(row.rowid, word);
      } else if (delta < 0) {
        const row = s.subtract.get(-delta, word) as { rowid: number; docs: number } | undefined;
        if (row && row.docs <= 0) {
          if (word.length >= MIN_COMPOUND_LENGTH) s.dropTrigrams.run(row.rowid, word);
          s.drop.run(row.rowid);
        }
      }
    }
  }

  /** Empties the vocabulary (before a rebuild). */
  clear(): void {
    this.#statements.clearTrigrams.run();
    this.#statements.clear.run();
  }

  /**
   * Widens a folded term: compounds that contain it after a head of a few letters ("zentrum" →
   * "migrationszentrum"), and, when no indexed word starts with or contains it (or when `correct`
   * asks for it), the words within one edit ("migrationszentrm" → "migrationszentrum").
   */
  expand(term: string, correct = false): TermExpansion {
    const s = this.#statements;
    const prefix = s.hasPrefix.get(term, term + MAX_CHAR) !== undefined;
    const words = term.length >= MIN_INFIX_LENGTH ? this.#compounds(term) : [];
    if ((correct || (!prefix && words.length === 0)) && term.length >= MIN_TYPO_LENGTH) {
      words.push(...this.#corrections(term).filter((word) => !words.includes(word)));
    }
    return { term, prefix, words };
  }

  #compounds(term: string): string[] {
    // Terms hold only letters and digits, so quoting makes a plain trigram phrase.
    return this.#statements.compounds.all({ phrase: `"${term}"`, term }) as string[];
  }

  // One edit leaves either the first half or the second half of the word intact, so every
  // candidate shares the term's head (as a prefix) or its tail (as a suffix).
  #corrections(term: string): string[] {
    const s = this.#statements;
    const half = Math.ceil(term.length / 2);
    const head = term.slice(0, half);
    const tail = reverse(term.slice(half));
    const lengths = [term.length - 1, term.length, term.length + 1] as const;
    const rows = [
      ...(s.byHead.all(...lengths, head, head + MAX_CHAR) as { word: string; docs: number }[]),
      ...(s.byTail.all(...lengths, tail, tail + MAX_CHAR) as { word: string; docs: number }[]),
    ];
    const seen = new Set<string>();
    return rows
      .filter((row) => !seen.has(row.word) && seen.add(row.word) && withinOneEdit(term, row.word))
      .sort((a, b) => b.docs - a.docs || (a.word < b.word ? -1 : 1))
      .slice(0, MAX_EXPANSIONS)
      .map((row) => row.word);
  }
}

function reverse(word: string): string {
  return [...word].reverse().join('');
}
