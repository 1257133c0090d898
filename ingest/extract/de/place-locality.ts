// Localities named after a settlement noun: "im Ortsteil Talheim", "die Gemeinden Kleinfurt, Lindwerder und Talheim".
import type { Token } from '../core/types.js';
import { isAcronym, isCapWord } from '../core/tokens.js';
import { isFirstName, placeTier } from '../gazetteer/index.js';
import { isProperWord } from './proper-word.js';
import { germanTitle } from './titles.js';
import { place, type PlaceAt } from './place-rule.js';
import { claim, type TokenMatch, type TokenRule } from './scan.js';

// settlement nouns (folded) that name one locality; "Gemeinde X", "Stadt X" are bodies (organisation rules)
const SINGULAR = new Set(
  (
    'ortsteil ortsteils stadtteil stadtteils ortschaft gemeindeteil gemeindeteils stadtbezirk stadtbezirks ' +
    'ortsbezirk ortsbezirks ortsgemeinde dorf dorfes weiler ortslage kurort wohnort heimatort geburtsort'
  ).split(' '),
);
// plural settlement nouns before a list of names: "die Ortsteile A, B und C"
const PLURAL = new Set(
  (
    'ortsteile ortsteilen stadtteile stadtteilen ortschaften gemeinden ortsgemeinden verbandsgemeinden ' +
    'mitgliedsgemeinden nachbargemeinden kommunen staedte staedten doerfer doerfern orte orten gemeindeteile'
  ).split(' '),
);
// first words of two-word place names: "Bad Kleinfurt", "Groß Talheim", "St. Lindwerder"
const NAME_PREFIX = /^(?:Bad|Groß|Klein|Neu|Alt|Ober|Unter|Nieder|Hohen|Sankt|St)$/;

/** A name word after a settlement noun: a proper word, no acronym, no first name unless the gazetteer knows it. */
function nameWord(t: Token | undefined): boolean {
  return isProperWord(t) && !isAcronym(t!) && (!isFirstName(t!.text) || !!placeTier(t!.text));
}

/** The last token of the locality name starting at k, or -1 when there is none. */
function nameEnd(toks: Token[], k: number, to: number): number {
  const t = toks[k];
  if (k >= to || !t) return -1;
  const next = toks[k + 1];
  const joined = /^\.? $/.test(t.post) && k + 1 < to && nameWord(next);
  if (joined && (NAME_PREFIX.test(t.text) || placeTier(`${t.text} ${next!.text}`))) return k + 1;
  // an adjective with its noun: "Kleinfurter Feld", "Märkisches Viertel"
  const adjective = /^\p{Lu}\p{Ll}{2,}(?:er|es)$/u.test(t.text) && nameWord(t);
  if (adjective && /^ $/.test(t.post) && k + 1 < to && isCapWord(next!) && !germanTitle(next!.text)) return k + 1;
  return nameWord(t) ? k : -1;
}

/** The names of a list "A, B und C" from k: their token ranges. */
function nameList(toks: Token[], k: number, to: number): [number, number][] {
  const names: [number, number][] = [];
  let i = k;
  for (;;) {
    const e = nameEnd(toks, i, to);
    if (e < 0) break;
    names.push([i, e]);
    const sep = toks[e]!;
    const after = toks[e + 1];
    if (/^,\s$/.test(sep.post) && e + 1 < to) i = e + 1;
    else if (/^ $/.test(sep.post) && after && /^(?:und|sowie|oder)$/.test(after.norm)) i = e + 2;
    else break;
  }
  return names;
}

/** A settlement noun with the name of one locality, or a plural one with a list of them. */
export const localityPlace: TokenRule<PlaceAt> = {
  name: 'de-plc-locality',
  at({ doc, s, k }): TokenMatch | null {
    const toks = doc.tokens;
    const head = toks[k]!;
    const singular = SINGULAR.has(head.norm);
    if ((!singular && !PLURAL.has(head.norm)) || !/^ $/.test(head.post)) return null;
    const names = singular
      ? [[k + 1, nameEnd(toks, k + 1, s.to)] as [number, number]].filter(([, e]) => e > k)
      : nameList(toks, k + 1, s.to);
    if (names.length === 0) return null;
    const cands = names.map(([a, e]) =>
      place(doc.text.slice(toks[a]!.start, toks[e]!.end), toks[a]!.start, toks[e]!.end, 0.7, 'de-plc-locality'),
    );
    return claim(names[names.length - 1]![1], cands);
  },
};
