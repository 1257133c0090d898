// Named areas and grounds: "das Neubaugebiet „Am Lindenhang“", "Gewerbegebiet Auf der Heide", "Windpark Hohe Warte".
import type { Doc, Token } from '../core/types.js';
import { isCapWord } from '../core/tokens.js';
import { isFirstName, isFrequentGermanNoun } from '../gazetteer/index.js';
import { isSite } from './place-sites.js';
import { DE_FUNCTION_WORDS } from './words.js';
import { place, type PlaceAt } from './place-rule.js';
import { claim, type TokenMatch, type TokenRule } from './scan.js';

// heads (folded endings) of building land, estates and grounds that take a field name
const AREA_HEAD =
  /(?:baugebiet|wohngebiet|gewerbegebiet|industriegebiet|mischgebiet|sondergebiet|quartier|siedlung|areal|gewerbepark|wohnpark)$/;
// a field name opens with a preposition and an article: "Am Lindenhang", "Auf der Heide", "In den Talwiesen"
const FIELD_OPEN = /^(?:Am|An|Auf|Im|In|Unter|Hinter|Vor|Zum|Zur|Beim|Über|Ober)$/;
const ARTICLE = /^(?:der|dem|den|die)$/;
// an adjective and a noun name a ground after a site compound: "Windpark Hohe Warte", "Naturpark Hohes Moor"
const NAME_ADJECTIVE = /^\p{Lu}\p{Ll}+(?:e|es|er)$/u;

/** The last token of a quoted name that opens at k („Am Lindenhang“), or -1. */
function quotedEnd(toks: Token[], k: number, to: number): number {
  if (!/[„"“‚]$/.test(toks[k]!.pre)) return -1;
  for (let e = k; e < Math.min(to, k + 5); e++) {
    if (/[“"”‘]/.test(toks[e]!.post)) return e;
    if (e > k && toks[e]!.pre) return -1;
  }
  return -1;
}

/** The last token of an unquoted field name at k ("Auf der Heide", "Am Mühlbach"), or -1. */
function fieldEnd(toks: Token[], k: number, to: number): number {
  if (!FIELD_OPEN.test(toks[k]!.text) || toks[k]!.post !== ' ') return -1;
  let j = k + 1;
  if (j < to && ARTICLE.test(toks[j]!.text) && toks[j]!.post === ' ') j++;
  return j < to && isCapWord(toks[j]) ? j : -1;
}

/** The last token of an adjective-and-noun name at k that ends its phrase ("Hohe Warte"), or -1. */
function adjectiveNameEnd(doc: Doc, k: number, to: number): number {
  const toks = doc.tokens;
  const adj = toks[k]!;
  const noun = toks[k + 1];
  if (!NAME_ADJECTIVE.test(adj.text) || adj.post !== ' ' || !noun || k + 1 >= to || !isCapWord(noun)) return -1;
  // "Stadthalle Peter Lenz": a person's name, no adjective
  // "Moritzplatz Ecke Oranienstraße": a noun that locates, no adjective
  if (isFirstName(adj.text) || DE_FUNCTION_WORDS.has(adj.norm) || isFrequentGermanNoun(adj.text)) return -1;
  const after = toks[k + 2];
  return !after || k + 2 >= to || noun.post !== ' ' || !after.cap ? k + 1 : -1;
}

/** An area head with a quoted or field name, or a site compound with an adjective-and-noun name. */
export const areaPlace: TokenRule<PlaceAt> = {
  name: 'de-plc-area',
  at({ doc, s, k }): TokenMatch | null {
    const toks = doc.tokens;
    const head = toks[k]!;
    const area = AREA_HEAD.test(head.norm);
    if ((!area && !isSite(head.text, head.norm)) || k + 1 >= s.to || !/^\s*[„"“‚]?$/.test(head.post)) return null;
    const quoted = quotedEnd(toks, k + 1, s.to);
    const e = quoted >= 0 ? quoted : area ? fieldEnd(toks, k + 1, s.to) : adjectiveNameEnd(doc, k + 1, s.to);
    if (e < 0) return null;
    const own = doc.text.slice(toks[k + 1]!.start, toks[e]!.end);
    const c = place(`${head.text} ${own}`, head.start, toks[e]!.end, 0.7, 'de-plc-area');
    return claim(e, [{ ...c, aliases: [own] }]);
  },
};
