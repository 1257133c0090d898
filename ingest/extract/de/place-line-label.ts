// Itinerary items that a joined list runs together: "… – Quarnstedt: Rundgang …", "10.30 Uhr Pölkenried, Kita".
import { startsParagraph } from '../core/tokens.js';
import { placeTier } from '../gazetteer/index.js';
import { isToponymShaped } from './place-toponym.js';
import { isProperWord } from './proper-word.js';
import { DE_PLACE_HOMOGRAPHS } from './words.js';
import { place, type PlaceAt } from './place-rule.js';
import { claim, type TokenMatch, type TokenRule } from './scan.js';

// what ends an item's place: "X: …", "X, …", "X – …", "X (10 Uhr): …"
const LABEL_END = /^(?::|,|\s[–-]|\s\()\s?/;
// what opens an item: a dash or bullet between items, or a clock time ("10.30 Uhr: X", "14 Uhr X")
const ITEM_OPEN = /\s[–•·-]\s$/u;

/** A known town or a name of settlement shape that opens an itinerary item, after a dash, bullet or clock time. */
export const lineLabelPlace: TokenRule<PlaceAt> = {
  name: 'de-plc-line-label',
  at({ doc, s, k }): TokenMatch | null {
    const toks = doc.tokens;
    const t = toks[k]!;
    const prev = toks[k - 1];
    if (!isProperWord(t) || DE_PLACE_HOMOGRAPHS.has(t.norm)) return null;
    const known = placeTier(t.text);
    if (!known && !isToponymShaped(t.text, t.norm)) return null;
    const clock = !!prev && k > s.from && prev.norm === 'uhr' && /^:?\s$/.test(prev.post);
    const dash = !!prev && (ITEM_OPEN.test(prev.post) || /[•·]\s*$/u.test(t.pre));
    // a paragraph's first word: the dateline rule takes known towns, this one the unknown ones
    const opens = !known && k === s.from && startsParagraph(doc, t);
    if (!clock && !((dash || opens) && LABEL_END.test(t.post))) return null;
    return claim(k, [place(t.text, t.start, t.end, 0.7, 'de-plc-itinerary')]);
  },
};
