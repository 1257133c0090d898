// Religious bodies named by a confession adjective: "Evangelische Kirche in Talland", "der Neuapostolischen Kirche
// Kleinfurt". A bare "Kirche" is a building (or the church in general), so the adjective is what makes it a body.
import { fold } from '../../../src/domain/index.js';
import type { Doc, Sentence } from '../core/types.js';
import { isProperWord } from './proper-word.js';
import { org, type OrgAt } from './org-rule.js';
import { claim, type TokenRule } from './scan.js';

/** Confession adjectives (folded stems), also hyphenated ("Evangelisch-Lutherische"). */
const CONFESSION =
  /^(?:(?:evangelisch|katholisch|roemisch|lutherisch|reformiert|altkatholisch|orthodox|neuapostolisch|freikirchlich|mennonitisch|methodistisch)(?:e|er|es|en)?-?)+$/;
const CHURCH = /^kirche$/;
// "der Evangelischen Kirche" → "Evangelische Kirche"
const OBLIQUE_ARTICLES = /^(?:der|den|dem|des|einer|zur|von|vom|bei|mit)$/;

/** Last token of "in/im X (und Y)" or a place-like name right after the head at k, or k when there is none. */
function seatEnd(doc: Doc, s: Sentence, k: number): number {
  const toks = doc.tokens;
  const p = toks[k + 1];
  if (!p || k + 1 >= s.to || /[,;:.()]/.test(toks[k]!.post)) return k;
  if (isProperWord(p)) return k + 1; // "Neuapostolische Kirche Talland"
  if (!/^(?:in|im)$/.test(p.norm) || !isProperWord(toks[k + 2]) || k + 2 >= s.to) return k;
  let m = k + 2;
  // "in Hessen und Nassau"
  if (toks[m + 1]?.norm === 'und' && isProperWord(toks[m + 2]) && m + 2 < s.to && !/[,;:.]/.test(toks[m]!.post)) m += 2;
  return m;
}

/** Confession adjective + "Kirche" (+ seat) is a religious body; the adjective is put in the nominative. */
export const faithBody: TokenRule<OrgAt> = {
  name: 'de-org-faith',
  at({ doc, s, k }) {
    const toks = doc.tokens;
    const t = toks[k]!;
    const adj = toks[k - 1];
    if (!CHURCH.test(t.norm) || !adj || k - 1 < s.from || !/^\p{Lu}/u.test(adj.text)) return null;
    if (!CONFESSION.test(fold(adj.text)) || !/^ $/.test(adj.post)) return null;
    const end = seatEnd(doc, s, k);
    const art = toks[k - 2];
    const oblique = !!art && k - 2 >= s.from && OBLIQUE_ARTICLES.test(art.norm);
    const adjective = oblique ? adj.text.replace(/en$/, 'e') : adj.text;
    const last = toks[end]!;
    const name = `${adjective} Kirche${doc.text.slice(t.end, last.end)}`;
    return claim(end, [org(name, adj.start, last.end, 0.85, 'de-org-faith')]);
  },
};
