import { fold } from '../domain/fold.js';

const WORD = /[\p{L}\p{N}]+/gu;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

// The same rule the index matches by: a word starting with a term, or a compound containing a term
// of 4+ letters after a head of 3+ letters ("Migrations|zentrum").
function matches(word: string, terms: string[]): boolean {
  const folded = fold(word);
  return terms.some((term) => folded.startsWith(term) || (term.length >= 4 && folded.indexOf(term, 3) >= 3));
}

/** HTML-escapes `text` and wraps words matching any folded term in `<mark>` (prefixes and compound parts). */
export function highlight(text: string, terms: string[]): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    if (!matches(match[0], terms)) continue;
    out += `${escapeHtml(text.slice(last, start))}<mark>${escapeHtml(match[0])}</mark>`;
    last = start + match[0].length;
  }
  return out + escapeHtml(text.slice(last));
}

/** The window of about `words` words of `text` with the most matches, highlighted, with ellipses. */
export function snippet(text: string, terms: string[], words = 32): string {
  const spans = [...text.matchAll(WORD)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    hit: matches(m[0], terms),
  }));
  if (spans.length === 0) return '';
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
  const body = highlight(text.slice(start, end).replace(/\s+/g, ' ').trim(), terms);
  return `${from > 0 ? '… ' : ''}${body}${end < text.length ? ' …' : ''}`;
}
