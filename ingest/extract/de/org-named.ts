// Organisations introduced by a word ("Firma X", "Unternehmen X") and known acronyms or CamelCase names.
import type { Doc } from '../core/types.js';
import { isAcronym, isCamelCase } from '../core/tokens.js';
import { germanTitle } from './titles.js';
import { DE_INTRO_HEADS, DE_ORG_ACRONYMS, DE_REGIONAL_ACRONYMS } from './org-lexicon.js';
import { acronymPlaceEnd } from './org-extension.js';
import { denominalizeGenitive } from './words.js';
import { isProperWord } from './proper-word.js';
import { org, type OrgAt } from './org-rule.js';
import { claim, type TokenRule } from './scan.js';

/** "Firma Lenz", "Unternehmen „Nordlicht“": the name after an introducing word (the word itself is claimed). */
export const introducedName: TokenRule<OrgAt> = {
  name: 'de-org-intro',
  at({ doc, s, k }) {
    const toks = doc.tokens;
    const t = toks[k]!;
    if (!DE_INTRO_HEADS.has(denominalizeGenitive(t.norm)) && !DE_INTRO_HEADS.has(t.norm)) return null;
    const end = properRun(doc, k + 1, s.to, true);
    if (end <= k) return claim(k);
    const first = toks[k + 1]!;
    const last = toks[end]!;
    const name = doc.text.slice(first.start, last.end).replace(/[„“"]/g, '');
    return claim(end, [org(name, first.start, last.end, 0.8, 'de-org-intro', [doc.text.slice(t.start, last.end)])]);
  },
};

/** A word that is no head: a known acronym or CamelCase name is an organisation ("TU Kleinfurt" is one name). */
export const acronymName: TokenRule<OrgAt> = {
  name: 'de-org-acronym',
  at({ doc, s, k, head, prefixHead }) {
    if (head || prefixHead) return null;
    const toks = doc.tokens;
    const t = toks[k]!;
    if (!(isAcronym(t) && DE_ORG_ACRONYMS.has(t.text)) && !(isCamelCase(t) && !germanTitle(t.text))) return claim(k);
    let end = k;
    if ((t.text === 'TU' || t.text === 'FH') && isProperWord(toks[k + 1]) && k + 1 < s.to) end = k + 1;
    // a regional body's acronym and its place are one name; the acronym alone is its short form
    else if (DE_REGIONAL_ACRONYMS.has(t.text)) end = Math.max(k, acronymPlaceEnd(doc, s, k + 1));
    const last = toks[end]!;
    const aliases = end > k ? [t.text] : [];
    return claim(end, [org(doc.text.slice(t.start, last.end), t.start, last.end, 0.7, 'de-org-acronym', aliases)]);
  },
};

/** End index of a run of proper words starting at i (quoted names allowed), or i-1 if none. */
function properRun(doc: Doc, i: number, to: number, allowQuoted: boolean): number {
  const toks = doc.tokens;
  const t = toks[i];
  if (!t || i >= to) return i - 1;
  if (allowQuoted && /[„"“]$/.test(t.pre)) {
    for (let m = i; m < to && m < i + 8; m++) if (/[“”"]/.test(toks[m]!.post)) return m;
    return i - 1;
  }
  let m = i - 1;
  while (m + 1 < to && m + 1 < i + 4) {
    const n = toks[m + 1]!;
    if (isProperWord(n) || (n.norm === 'und' && m >= i && isProperWord(toks[m + 2]))) m++;
    else break;
    if (/[,;:.()]/.test(n.post)) break;
  }
  return m;
}
