import { fold } from '../../domain/fold.js';
import type { SearchHit } from '../../ports/search-index.js';
import { excerpt, matchRanges } from '../match-ranges.js';
import type { MeiliReleaseDocument } from './meili-document.js';

/** Highlight tags asked of Meilisearch: private-use characters that never occur in releases. */
export const MARK_OPEN = '\uE000';
export const MARK_CLOSE = '\uE001';

const MARKED = /\uE000([^\uE001]*)\uE001/g;
const WORD = /[\p{L}\p{N}]+/gu;

/** The folded words Meilisearch marked in a hit's `_formatted` fields (typo corrections included). */
export function markedWords(formatted: Record<string, unknown> | undefined): string[] {
  const words = new Set<string>();
  const visit = (value: unknown): void => {
    if (typeof value === 'string') {
      for (const [, marked] of value.matchAll(MARKED))
        for (const word of fold(marked!).match(WORD) ?? []) words.add(word);
    } else if (Array.isArray(value)) {
      value.forEach(visit);
    }
  };
  Object.values(formatted ?? {}).forEach(visit);
  return [...words];
}

/** A Meilisearch hit as the port's hit, its matches found by the same code as the embedded index. */
export function toSearchHit(
  hit: MeiliReleaseDocument & { _formatted?: Record<string, unknown>; _rankingScore?: number },
  queryTerms: string[],
): SearchHit {
  const terms = [...new Set([...queryTerms, ...markedWords(hit._formatted)])];
  return {
    releaseId: hit.id,
    title: hit.title,
    titleMatches: matchRanges(hit.title, terms),
    excerpt: excerpt(hit.body, terms),
    date: hit.date,
    publisher: hit.publisher,
    language: hit.language,
    score: hit._rankingScore ?? 0,
    entities: hit.entities,
  };
}
