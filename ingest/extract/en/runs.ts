// Capitalised runs: maximal sequences of capitalised words (with "of", "for", "and", "&", "/" inside).
import type { Doc, Sentence, Token } from '../core/types.js';
import { isAcronym, isCapWord } from '../core/tokens.js';
import { capitalised, ENGLISH_MONTHS, ENGLISH_WEEKDAYS } from '../../calendar/calendar-names.js';

/** Weekdays and months: "… College on Monday" ends the name before the connector. */
const DATE_WORD = new RegExp(`^(?:${[...ENGLISH_WEEKDAYS, ...ENGLISH_MONTHS].map(capitalised).join('|')})$`);

const INNER = new Set(['of', 'for', 'and', '&', 'de', 'upon', 'on', 'the', '/', 'du', 'la', 'le', 'van', 'von']);

/** True for a token that can be part of a capitalised run. */
export function isRunWord(t: Token | undefined): boolean {
  return (
    !!t &&
    (isCapWord(t) ||
      isAcronym(t) ||
      /^\p{Lu}[\p{L}&]*$/u.test(t.text) ||
      /^\d{4}(?:-\d{4})?$/.test(t.text) ||
      /^\p{Lu}\.?$/u.test(t.text))
  );
}

/** Decides whether "X and Y" are two names: the left run toks[from..to] ends before "and". */
export type AndSplit = (toks: Token[], from: number, to: number) => boolean;

/** Token index ranges [from, to] (inclusive) of capitalised runs in a sentence; `splitsAtAnd` ends a run before "and". */
export function capitalisedRuns(doc: Doc, s: Sentence, splitsAtAnd: AndSplit): [number, number][] {
  const toks = doc.tokens;
  const runs: [number, number][] = [];
  let k = s.from;
  while (k < s.to) {
    const t = toks[k]!;
    const yearLead = /^\d{4}-\d{4}$/.test(t.text) && isRunWord(toks[k + 1]) && k + 1 < s.to;
    if (!isRunWord(t) || (/^\d/.test(t.text) && !yearLead)) {
      k++;
      continue;
    }
    let e = k;
    while (e + 1 < s.to) {
      const cur = toks[e]!;
      if (/[’']s$/.test(cur.text)) break; // possessive ends a name: "Harrow’s Visitor Centre"
      if (/^\s+[–—-]\s+$/.test(cur.post)) break; // "CARDIFF – The First Minister"
      if (/^and$/i.test(toks[e + 1]!.text) && splitsAtAnd(toks, k, e)) break;
      if (/[,;:.!?()[\]„“”"‘’«»]/.test(cur.post.replace(/^\.(?=\s*$)/, cur.text.length <= 2 ? '' : '.'))) break;
      const n = toks[e + 1]!;
      if (isRunWord(n) && !/^[‘“"„(]/.test(n.pre)) {
        e++;
        continue;
      }
      // inner connectors: "University of St Ives", "Stone & Crust", "Harrow Forge / Kelby Bay"
      if (INNER.has(n.norm) || n.text === '&') {
        const nn = toks[e + 2];
        const skip = n.norm === 'of' && toks[e + 2]?.norm === 'the' ? 3 : 2;
        const after = toks[e + skip];
        if (
          e + skip < s.to &&
          isRunWord(after) &&
          !DATE_WORD.test(after!.text) &&
          !/[,;:.!?()]/.test(n.post) &&
          (n.norm !== 'the' || false) &&
          nn
        ) {
          e += skip;
          continue;
        }
      }
      if (/^\s*\/\s*$/.test(cur.post) && isRunWord(n)) {
        e++;
        continue;
      }
      break;
    }
    runs.push([k, e]);
    k = e + 1;
  }
  return runs;
}
