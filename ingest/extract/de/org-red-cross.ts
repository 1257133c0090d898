// The Red Cross societies: "das Deutsche Rote Kreuz", "des Bayerischen Roten Kreuzes" → "Bayerisches Rotes Kreuz".
// "Kreuz" is no organisation head (a cross, a motorway junction), so the adjective "Rot-" is what names the body.
import type { Doc } from '../core/types.js';
import { org, type OrgAt } from './org-rule.js';
import { claim, type TokenRule } from './scan.js';

const RED = /^Rote[snm]?$/;
const CROSS = /^Kreuz(?:es)?$/;
// a national or state adjective before it: "Deutsche", "Bayerischen", "Österreichisches"
const SOCIETY = /^\p{Lu}\p{Ll}+(?:sch|isch)(?:e|en|es|er)$/u;

/** "Deutschen" → "Deutsches": the neuter nominative of an adjective before "Rotes Kreuz". */
const neuter = (adj: string): string => adj.replace(/(?:e|en|es|er)$/, 'es');

/** First token of the society's name before "Rot-" at r (its adjective, if any). */
function societyStart(doc: Doc, from: number, r: number): number {
  const p = doc.tokens[r - 1];
  return p && r - 1 >= from && SOCIETY.test(p.text) && /^ $/.test(p.post) ? r - 1 : r;
}

/** Adjective + "Rotes Kreuz" is one body, put in the nominative. */
export const redCross: TokenRule<OrgAt> = {
  name: 'de-org-red-cross',
  at({ doc, s, k }) {
    const toks = doc.tokens;
    const t = toks[k]!;
    const red = toks[k - 1];
    if (!CROSS.test(t.text) || !red || k - 1 < s.from || !RED.test(red.text) || !/^ $/.test(red.post)) return null;
    const a = societyStart(doc, s.from, k - 1);
    const adj = a < k - 1 ? `${neuter(toks[a]!.text)} ` : '';
    return claim(k, [org(`${adj}Rotes Kreuz`, toks[a]!.start, t.end, 0.85, 'de-org-red-cross')]);
  },
};
