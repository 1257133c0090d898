// Rule en-plc-based: the place in a "-based" compound ("Pentrefor-based firm", "Kelby Vale-based charity").
import type { Candidate, Doc } from '../core/types.js';
import { isCommonEnglish } from '../nlp/lexicon.js';
import { isTitleWord } from './words.js';

/** Places named by "<Place>-based" compounds. */
export function basedPlaces(doc: Doc): Candidate[] {
  const out: Candidate[] = [];
  for (const t of doc.tokens) {
    const m = /^(\p{Lu}\p{Ll}[\p{L}']*)[-‐]based$/u.exec(t.text);
    if (!m || isCommonEnglish(m[1]!) || isTitleWord({ ...t, norm: m[1]!.toLowerCase() })) continue;
    const name = m[1]!;
    out.push({
      type: 'Place',
      name,
      start: t.start,
      end: t.start + name.length,
      confidence: 0.6,
      rule: 'en-plc-based',
    });
  }
  return out;
}
