// Small helpers over the token array.
import type { Doc, Sentence, Token } from './types.js';

/** Tokens of one sentence. */
export function sentenceTokens(doc: Doc, s: Sentence): Token[] {
  return doc.tokens.slice(s.from, s.to);
}

/** The sentence containing an offset, or undefined. */
export function sentenceAt(doc: Doc, offset: number): Sentence | undefined {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = doc.sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/** Text between two tokens (punctuation and spaces), from the source text. */
export function gap(doc: Doc, a: Token, b: Token): string {
  return doc.text.slice(a.end, b.start);
}

/** True when nothing but spaces separates a and the next token b. */
export function adjacent(doc: Doc, a: Token, b: Token): boolean {
  return /^[ \t]+$/.test(gap(doc, a, b)) || a.end === b.start;
}

/** True when the token ends a clause: sentence end, comma, colon, bracket or quote follows. */
export function endsClause(t: Token): boolean {
  return /[,;:.!?()[\]„“”"«»]/.test(t.post);
}

/** True when a word starts with a capital and has letters only (plus hyphen, apostrophe, period inside). */
export function isCapWord(t: Token | undefined): boolean {
  return !!t && t.cap && /^\p{Lu}[\p{L}'’.\-‐‑–]*$/u.test(t.text);
}

/** True when the token is an acronym (2–6 capitals, digits or &). */
export function isAcronym(t: Token | undefined): boolean {
  return !!t && /^[A-ZÄÖÜ][A-ZÄÖÜ0-9&]{1,5}$/.test(t.text);
}

/** True for CamelCase words like "WerkStark" or "ServiceCenter". */
export function isCamelCase(t: Token | undefined): boolean {
  return !!t && /^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+/u.test(t.text);
}

/** True when the text right before the token starts a paragraph (or the text). */
export function startsParagraph(doc: Doc, t: Token): boolean {
  const before = doc.text.slice(Math.max(0, t.start - t.pre.length - 3), t.start - t.pre.length);
  return t.start - t.pre.length === 0 || /\n\s*$/.test(before);
}
