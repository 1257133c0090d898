// Rule en-title-ref-lower: "the minister", a lower-case title word after "the" outside any candidate, is a reference.
import type { TitleRef } from '../core/pack.js';
import type { Candidate, Doc } from '../core/types.js';
import { isTitleWord } from './words.js';

/** Title references by a lower-case title word after "the". */
export function lowerTitleRefs(doc: Doc, found: readonly Candidate[]): TitleRef[] {
  const toks = doc.tokens;
  const refs: TitleRef[] = [];
  for (let k = 1; k < toks.length; k++) {
    const t = toks[k]!;
    if (
      !t.cap &&
      isTitleWord(t) &&
      toks[k - 1]!.norm === 'the' &&
      !found.some((c) => c.start <= t.start && t.end <= c.end)
    )
      refs.push({ start: t.start, end: t.end, title: t.text });
  }
  return refs;
}
