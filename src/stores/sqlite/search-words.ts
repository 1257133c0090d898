import { fold } from '../../domain/fold.js';
import type { SearchDocument } from '../../ports/search-index.js';

const WORD = /[\p{L}\p{N}]+/gu;

/** Longest word kept in the vocabulary; longer tokens are noise (URLs, hashes). */
export const MAX_WORD_LENGTH = 64;

/** The folded words of `text` as FTS5's unicode61 tokenizer sees the folded text. */
export function foldedWords(text: string): string[] {
  return fold(text).match(WORD) ?? [];
}

/** The folded text columns of a document, as the FTS table indexes them. */
export interface FtsColumns {
  title: string;
  entities: string;
  body: string;
}

/** The text columns the FTS table holds for a document, already folded. */
export function ftsColumns(doc: SearchDocument): FtsColumns {
  return {
    title: fold([doc.title, doc.subtitle].filter(Boolean).join(' ')),
    entities: fold(doc.entities.map((entity) => entity.name).join(' ')),
    body: fold(doc.body),
  };
}

/** Distinct vocabulary words of a document's folded columns. */
export function documentWords({ title, entities, body }: FtsColumns): Set<string> {
  const words = new Set<string>();
  for (const column of [title, entities, body]) {
    for (const word of column.match(WORD) ?? []) {
      if (word.length <= MAX_WORD_LENGTH) words.add(word);
    }
  }
  return words;
}
