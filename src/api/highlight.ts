import type { Excerpt, MatchRange } from '../ports/search-index.js';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** HTML-escapes `text` and wraps each range (sorted, not overlapping) in `<mark>`. */
export function markRanges(text: string, ranges: readonly MatchRange[]): string {
  let out = '';
  let last = 0;
  for (const { start, end } of ranges) {
    // A range before the last one or outside the text would garble the markup: skip it.
    if (start < last || end > text.length || end <= start) continue;
    out += `${escapeHtml(text.slice(last, start))}<mark>${escapeHtml(text.slice(start, end))}</mark>`;
    last = end;
  }
  return out + escapeHtml(text.slice(last));
}

/** An excerpt as HTML: matches in `<mark>`, an ellipsis where the body text goes on. */
export function excerptHtml(excerpt: Excerpt): string {
  return `${excerpt.cutBefore ? '… ' : ''}${markRanges(excerpt.text, excerpt.matches)}${excerpt.cutAfter ? ' …' : ''}`;
}
