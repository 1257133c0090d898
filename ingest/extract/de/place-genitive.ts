// The genitive of a known town next to its noun: "Talheims Bürgermeister", "die Geschichte Kleinfurts".
import { fold } from '../../../src/domain/index.js';
import type { Token } from '../core/types.js';
import { isCapWord } from '../core/tokens.js';
import { isFirstName, isFrequentGermanNoun, placeTier } from '../gazetteer/index.js';
import { isSiteWord } from './org-lexicon.js';
import { DE_FUNCTION_WORDS, DE_PLACE_HOMOGRAPHS } from './words.js';
import { place, type PlaceAt } from './place-rule.js';
import { claim, type TokenRule } from './scan.js';

/** A town of the gazetteer in the genitive before or after a capitalised noun is the town (no locative needed). */
export const townGenitivePlace: TokenRule<PlaceAt> = {
  name: 'de-plc-genitive',
  at({ doc, s, k }) {
    const toks = doc.tokens;
    const t = toks[k]!;
    if (!/^\p{Lu}\p{Ll}{2,}s$/u.test(t.text) || placeTier(t.text) || isFirstName(t.text)) return null;
    const base = t.text.slice(0, -1);
    const tier = placeTier(base);
    if ((tier !== 'mid' && tier !== 'small') || DE_PLACE_HOMOGRAPHS.has(fold(base)) || isFirstName(base)) return null;
    // "des Bundes" is the genitive of a noun ("Bund"), not of the town "Bunde"
    if ([t.text, base, t.text.slice(0, -2)].some((w) => isFrequentGermanNoun(w))) return null;
    const next = toks[k + 1];
    const prev = toks[k - 1];
    // a town's genitive has no article ("des Bundes" is the noun's), and a site is no town ("des Hauptbahnhofs")
    const article = (x: Token | undefined): boolean =>
      !!x && /^(?:des|eines|dieses|jedes|unseres|ihres|seines)$/.test(x.norm);
    if (article(prev) || (article(toks[k - 2]) && /(?:er|en|e)$/.test(prev?.text ?? '')) || isSiteWord(base))
      return null;
    // "Talheims Bürgermeister": the possessed noun follows; "die Geschichte Talheims": it stands before
    const before = !!next && k + 1 < s.to && t.post === ' ' && isCapWord(next) && !DE_FUNCTION_WORDS.has(next.norm);
    const after = !!prev && k - 1 > s.from && prev.post === ' ' && isCapWord(prev) && !DE_FUNCTION_WORDS.has(prev.norm);
    if (!before && !after) return null;
    return claim(k, [{ ...place(base, t.start, t.end, 0.65, 'de-plc-genitive'), aliases: [t.text] }]);
  },
};
