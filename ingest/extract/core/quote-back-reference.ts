// Rule "quote-back-reference": the sentence right after a quotation opens by pointing back at it ("„…“ Mit diesen
// Worten eröffnete Landrätin A die Messe.", "With these words, B opened the hall."): its first person spoke it.
import type { Located } from './located.js';
import type { LanguagePack } from './pack.js';
import type { Quote } from './quotes.js';
import { sentenceAt } from './tokens.js';
import type { Doc } from './types.js';

/** The first person of the sentence after the quotation when that sentence refers back to it. */
export function backReferenceSpeaker(doc: Doc, q: Quote, speakers: Located[], pack: LanguagePack): Located | undefined {
  const gap = /^[\s)\].,;:!?]*/.exec(doc.text.slice(q.outerEnd))?.[0] ?? '';
  // the next sentence, in the same paragraph or the one after it
  if ((gap.match(/\n/g)?.length ?? 0) > 2) return undefined;
  const from = q.outerEnd + gap.length;
  // the splitter may keep a quotation and the sentence after it together: read from the end of the quotation on
  const end = sentenceAt(doc, from)?.end ?? from;
  if (!pack.quoteBackReference.test(doc.text.slice(from, end))) return undefined;
  return speakers.find((l) => l.start >= from && l.end <= end);
}
