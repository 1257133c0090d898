import { fold } from '../../domain/fold.js';
import type { TermExpansion } from './search-vocabulary.js';

const MAX_TERMS = 16;
const MAX_TERM_LENGTH = 64;

/**
 * Splits user input into folded search terms. Only letters and digits survive, so FTS5 syntax
 * (quotes, `*`, `NEAR`, `-`, `:`, parentheses) typed into a search box is never interpreted.
 */
export function searchTerms(query: string): string[] {
  const words = fold(query.slice(0, 4_096)).match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words.slice(0, MAX_TERMS).map((word) => word.slice(0, MAX_TERM_LENGTH)))];
}

/**
 * FTS5 MATCH expression: every term must occur, each as a word prefix (search as you type) or
 * as one of the indexed words it expands to (compounds, typo corrections).
 */
export function matchExpression(expansions: TermExpansion[]): string {
  return expansions
    .map(({ term, words }) => {
      const alternatives = [`"${term}"*`, ...words.map((word) => `"${word}"`)];
      return alternatives.length === 1 ? alternatives[0] : `(${alternatives.join(' OR ')})`;
    })
    .join(' AND ');
}

/** The folded strings the highlighter marks: typed terms (as prefixes) and the words they expanded to. */
export function highlightTerms(expansions: TermExpansion[]): string[] {
  return [...new Set(expansions.flatMap(({ term, words }) => [term, ...words]))];
}

/** The same expression restricted to titles and entity names: the first tier of relevance. */
export function headlineExpression(match: string): string {
  return `{title entities} : (${match})`;
}

/** Matches of `match` with no title or entity-name match: the second tier of relevance. */
export function bodyOnlyExpression(match: string): string {
  return `(${match}) NOT ${headlineExpression(match)}`;
}
