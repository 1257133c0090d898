import { fold } from '../domain/fold.js';
import type { Excerpt, MatchRange } from '../ports/search-index.js';

const WORD = /[\p{L}\p{N}]+/gu;

// The same rule the index matches by: a word starting with a term, or a compound containing a term
// of 4+ letters after a head of 3+ letters ("Migrations|zentrum").
function matches(word: string, terms: string[]): boolean {
  const folded = fold(word);
  return terms.some((term) => folded.startsWith(term) || (term.length >= 4 && folded.indexOf(term, 3) >= 3));
}

/** The ranges of the words in `text` that match any folded term (prefixes and compound parts). */
export function matchRanges(text: string, terms: string[]): MatchRange[] {
  const ranges: MatchRange[] = [];
  for (const match of text.matchAll(WORD)) {
    if (matches(match[0], terms)) ranges.push({ start: match.index, end: match.index + match[0].length });
  }
  return ranges;
}

/** The window of about `words` words of `text` with the most matches, whitespace collapsed, with its matches. */
export function excerpt(text: string, terms: string[], words = 32): Excerpt {
  const spans = [...text.matchAll(WORD)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    hit: matches(m[0], terms),
  }));
  if (spans.length === 0) return { text: '', matches: [], cutBefore: false, cutAfter: false };
  let best = 0;
  let bestHits = -1;
  let hits = 0;
  for (let i = 0; i < spans.length; i++) {
    if (spans[i]!.hit) hits++;
    if (i >= words && spans[i - words]!.hit) hits--;
    const start = Math.max(0, i - words + 1);
    if (hits > bestHits) {
      bestHits = hits;
      best = start;
    }
  }
  // Start a few words before the first hit so the match has context.
  const firstHit = spans.findIndex((span, i) => i >= best && span.hit);
  const from = firstHit >= 0 ? Math.max(0, Math.min(best, firstHit - 4)) : 0;
  const to = Math.min(spans.length, from + words) - 1;
  const start = spans[from]!.start;
  const end = to + 1 < spans.length ? spans[to + 1]!.start : text.length;
  const window = text.slice(start, end).replace(/\s+/g, ' ').trim();
  return { text: window, matches: matchRanges(window, terms), cutBefore: from > 0, cutAfter: end < text.length };
}
