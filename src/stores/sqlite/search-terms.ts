import { fold } from '../../domain/fold.js';

const MAX_TERMS = 16;
const MAX_TERM_LENGTH = 64;

/**
 * Splits user input into folded search terms. Only letters and digits survive, so FTS5 syntax
 * (quotes, `*`, `NEAR`, `-`, `:`, parentheses) typed into a search box is never interpreted.
 */
export function searchTerms(query: string): string[] {
  const words = fold(query.slice(0, 4_096)).match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.slice(0, MAX_TERMS).map((word) => word.slice(0, MAX_TERM_LENGTH));
}

/** FTS5 MATCH expression: every term must occur, each as a word prefix (search as you type). */
export function matchExpression(terms: string[]): string {
  return terms.map((term) => `"${term}"*`).join(' AND ');
}
