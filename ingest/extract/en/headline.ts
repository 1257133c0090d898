// Rule en-headline-only: in a title-case headline every word is capitalised, so capitalisation says nothing about
// names there; a name read only in such a headline, and never repeated in the body, is dropped.
import type { Candidate, Doc } from '../core/types.js';

/** Words of the headline that are not capitalised, at most (small words like "of", "and" may stay lower case). */
const TITLE_CASE_SHARE = 0.8;

/** The end offset of the first sentence when it is the release title written in title case, else -1. */
export function titleCaseHeadlineEnd(doc: Doc): number {
  const s = doc.sentences[0];
  const title = doc.release.title.trim();
  if (!s || !title || !doc.text.startsWith(title)) return -1;
  const long = doc.tokens.slice(s.from, s.to).filter((t) => /^\p{L}{4,}/u.test(t.text));
  if (long.length < 4) return -1;
  const capitalised = long.filter((t) => t.cap).length;
  return capitalised / long.length >= TITLE_CASE_SHARE ? Math.min(s.end, title.length) : -1;
}

/** The candidates without names found only in a title-case headline (persons stay: their names are reliable). */
export function withoutHeadlineOnlyNames(doc: Doc, candidates: readonly Candidate[]): Candidate[] {
  const end = titleCaseHeadlineEnd(doc);
  if (end < 0) return [...candidates];
  const body = doc.text.slice(end).toLowerCase();
  return candidates.filter((c) => c.type === 'Person' || c.start >= end || body.includes(c.name.toLowerCase()));
}
