// Two lower-case titles joined by "and" after a name: ", the founder and managing director of X".
import type { Doc } from '../core/types.js';
import type { Apposition } from './appositions.js';
import { lowerTitleApposition } from './role-phrases.js';
import { isTitleWord } from './words.js';

const lower = (s: string): boolean => /^\p{Ll}/u.test(s);

/** The role of ", (the) <title> and <title> of X" after toks[endIdx], as one title; null when the text has none. */
export function coordinatedRole(doc: Doc, endIdx: number): Apposition | null {
  const toks = doc.tokens;
  const last = toks[endIdx];
  if (!last || !/^,\s*$/.test(last.post)) return null;
  const k = /^(?:the|a|an)$/.test(toks[endIdx + 1]?.norm ?? '') ? endIdx + 2 : endIdx + 1;
  const first = toks[k];
  if (!first || first.sent !== last.sent || !lower(first.text) || !isTitleWord(first)) return null;
  // "founder and …", "owner and head …": at most two words of the first title before "and"
  for (let m = k; m < k + 2; m++) {
    const t = toks[m];
    if (!t || t.sent !== last.sent || !lower(t.text) || !/^ $/.test(t.post)) return null;
    const and = toks[m + 1];
    if (!isTitleWord(t) || and?.norm !== 'and' || !/^ $/.test(and.post)) continue;
    const second = toks[m + 2];
    if (!second || !lower(second.text)) return null;
    const res = lowerTitleApposition(doc, m + 2);
    const role = res?.roles[0];
    if (!res || !role) return null;
    const title = doc.text.slice(first.start, second.start) + role.title;
    return { roles: [{ ...role, title }], candidates: res.candidates };
  }
  return null;
}
