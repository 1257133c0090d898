// Rule "quote-previous-sentence": a quotation that opens its own sentence without any attribution belongs to the
// one person the sentence before it is about ("Die Landrätin zeigte sich beeindruckt. „Das ist großartig.“").
import type { Located } from './located.js';
import type { Quote } from './quotes.js';
import { sentenceAt } from './tokens.js';
import type { Doc } from './types.js';

/** The single person of the sentence directly before the quotation, in the same paragraph. */
export function previousSentenceSpeaker(doc: Doc, q: Quote, speakers: Located[]): Located | undefined {
  const own = sentenceAt(doc, q.outerStart);
  // only a quotation that opens its sentence (nothing but space before the mark)
  if (own && doc.text.slice(own.start, q.outerStart).trim() !== '') return undefined;
  const end = doc.text.slice(0, q.outerStart).trimEnd().length;
  const prev = sentenceAt(doc, end - 1);
  if (!prev || /\n\s*\n/.test(doc.text.slice(prev.end, q.outerStart))) return undefined;
  const inPrev = speakers.filter((l) => l.start >= prev.start && l.end <= prev.end);
  const ids = new Set(inPrev.map((l) => l.id));
  return ids.size === 1 ? inPrev[0] : undefined;
}
