// Lower-case role phrases next to a name: ", chief executive of Kelmor Trust," after it and
// "Kelmor Trust's chief executive Dana Whitlock" before it. Titles are lower-case title words with their modifiers.
import { isAcronym } from '../core/tokens.js';
import type { Candidate, Doc, RoleCandidate, Token } from '../core/types.js';
import { isFirstName } from '../gazetteer/index.js';
import { EN_HONORIFICS, EN_ORG_HEADS } from './lexicon.js';
import { candidateAt } from './proposals.js';
import { CONNECT, isTitleWord } from './words.js';

/** Lower-case words that may stand before a title word inside a title ("managing director", "senior adviser"). */
const MODIFIER =
  /^(?:managing|senior|junior|deputy|assistant|chief|vice|project|operations|finance|financial|general|executive|head|lead|principal|programme|program|regional|national|area|site|plant|store|branch|clinical|medical|policy|marketing|sales|technical|commercial|founding|acting|interim|joint|co|academic|research|development|business|communications|press|media|service|services|county|district|group|team|ward|local|independent)$/;

/** True for a lower-case word (no digits, no capital). */
const isLower = (t: Token | undefined): t is Token => !!t && !t.cap && /^\p{Ll}[\p{Ll}-]*$/u.test(t.text);
/** True when nothing but a space separates the token from the next. */
const spaced = (t: Token): boolean => /^ $/.test(t.post);

/** A lower-case title toks[k..p] starting at k: modifiers ending in a title word, up to four words; -1 if none. */
export function lowerTitleEnd(toks: Token[], k: number): number {
  let end = -1;
  for (let p = k; p < k + 4 && isLower(toks[p]); p++) {
    const t = toks[p]!;
    if (isTitleWord(t)) end = p;
    else if (!MODIFIER.test(t.norm)) break;
    if (!spaced(t)) break;
  }
  return end >= 0 && isTitleWord(toks[end]!) ? end : -1;
}

/** The capitalised organisation name starting at toks[o] (words, "&", inner of/and/for before a capital). */
function orgRunEnd(toks: Token[], o: number): number {
  let e = o;
  while (e + 1 < toks.length && toks[e + 1]!.sent === toks[o]!.sent && !/[,;:.()]/.test(toks[e]!.post)) {
    const n = toks[e + 1]!;
    if (n.cap || n.text === '&') e++;
    else if (CONNECT.has(n.norm) && n.norm !== 'the' && toks[e + 2]?.cap && !/[,;:.()]/.test(n.post)) e += 2;
    else break;
  }
  return e;
}

/** The last word of a lower-case field of up to three words ("operations", "public health") before "at"/"of"; -1. */
function fieldEnd(toks: Token[], f: number): number {
  for (let p = f; p < f + 3 && isLower(toks[p]) && spaced(toks[p]!); p++) {
    if (CONNECT.has(toks[p]!.norm)) return -1;
    if (/^(?:at|of)$/.test(toks[p + 1]?.norm ?? '') && spaced(toks[p + 1]!) && toks[p + 1]!.sent === toks[f]!.sent)
      return p;
  }
  return -1;
}

/** Rule en-role-lower-after: ", chief executive of Kelmor Trust" / ", head teacher at X" / ", project manager,". */
export function lowerTitleApposition(doc: Doc, k: number): { roles: RoleCandidate[]; candidates: Candidate[] } | null {
  const toks = doc.tokens;
  const p = lowerTitleEnd(toks, k);
  if (p < 0) return null;
  const title = doc.text.slice(toks[k]!.start, toks[p]!.end);
  const link = toks[p + 1];
  if (link && link.sent === toks[p]!.sent && /^(?:of|at)$/.test(link.norm) && spaced(toks[p]!)) {
    // "head of operations at the Port Authority": a lower-case field belongs to the title
    const field = fieldEnd(toks, p + 2);
    const q = field >= 0 ? field : p;
    const o = toks[q + 2]?.norm === 'the' ? q + 3 : q + 2;
    if (!toks[o]?.cap || toks[o]!.sent !== toks[p]!.sent) return null;
    const org = candidateAt(doc, 'Organisation', o, orgRunEnd(toks, o), 0.6, 'en-org-role-of');
    const full = doc.text.slice(toks[k]!.start, toks[q]!.end);
    return {
      roles: [{ title: full, organisation: org.name, orgStart: org.start, confidence: 0.7 }],
      candidates: [org],
    };
  }
  // a title closed by punctuation: no organisation named
  if (!/[,;.]/.test(toks[p]!.post) && link && link.sent === toks[p]!.sent) return null;
  return { roles: [{ title, organisation: null, confidence: 0.65 }], candidates: [] };
}

/** The start of the lower-case title that ends right before toks[j] ("… chief executive Dana"), or -1. */
function titleBefore(toks: Token[], j: number): number {
  const end = j - 1;
  const t = toks[end];
  if (!isLower(t) || !isTitleWord(t) || t.sent !== toks[j]!.sent || !/^,? $/.test(t.post)) return -1;
  let k = end;
  while (k - 1 > end - 4 && isLower(toks[k - 1]) && spaced(toks[k - 1]!) && MODIFIER.test(toks[k - 1]!.norm)) k--;
  return k;
}

/** Rule en-role-lower-before: "Kelmor Trust's chief executive Dana Whitlock", "chief executive Dana Whitlock". */
export function rolesBeforeName(doc: Doc, j: number): RoleCandidate[] {
  const toks = doc.tokens;
  // "the hospital's director, Mr. Owen Pryce": honorifics between the title and the name
  let n = j;
  while (n - 1 > 0 && EN_HONORIFICS.has(toks[n - 1]!.norm) && toks[n - 1]!.norm !== 'the') n--;
  const k = titleBefore(toks, n);
  if (k < 0) return [];
  const title = doc.text.slice(toks[k]!.start, toks[n - 1]!.end);
  const o = toks[k - 1];
  // "the hospital's director": a kind of body in the possessive refers to the one body of that kind
  if (o && !o.cap && /^\p{Ll}{3,}[’']s$/u.test(o.text) && toks[k - 2]?.norm === 'the' && spaced(o))
    return [{ title, organisation: o.text.replace(/[’']s$/, ''), confidence: 0.65 }];
  if (!o || o.sent !== toks[j]!.sent || !o.cap || !spaced(o)) return [{ title, organisation: null, confidence: 0.65 }];
  let s = k - 1;
  while (
    s - 1 >= 0 &&
    toks[s - 1]!.sent === o.sent &&
    spaced(toks[s - 1]!) &&
    (toks[s - 1]!.cap || CONNECT.has(toks[s - 1]!.norm))
  )
    s--;
  while (s < k - 1 && (!toks[s]!.cap || toks[s]!.norm === 'the')) s++;
  const possessive = /[’']s$/.test(o.text);
  const name = doc.text.slice(toks[s]!.start, o.end).replace(/[’']s$/, '');
  const bodyLike = EN_ORG_HEADS.has(o.norm.replace(/["'’]s$/, '')) || isAcronym(o);
  if (isFirstName(toks[s]!.text) || isTitleWord(o)) return [{ title, organisation: null, confidence: 0.65 }];
  // "Brightwater Foods chief executive Dana": an unknown name before the title is its body only when it is an entity
  if (!(possessive || bodyLike)) return [{ title, organisation: null, orgStart: o.start, confidence: 0.65 }];
  // the span of the head word: inside the organisation's mention wherever that mention starts
  return [{ title, organisation: name, orgStart: o.start, confidence: 0.7 }];
}

/** Verbs of a relative clause that state a role, with the title they give. */
const ROLE_VERB: Record<string, string> = {
  leads: 'leader',
  led: 'leader',
  heads: 'head',
  headed: 'head',
  chairs: 'chair',
  founded: 'founder',
  'co-founded': 'co-founder',
  owns: 'owner',
  runs: 'manager',
  manages: 'manager',
  directs: 'director',
};

/** Rule en-role-who: ", who leads Kelmor Trust" → leader of Kelmor Trust (only with a capitalised organisation). */
export function roleFromRelative(doc: Doc, k: number): { roles: RoleCandidate[]; candidates: Candidate[] } | null {
  const toks = doc.tokens;
  const verb = toks[k + 1];
  if (toks[k]?.norm !== 'who' || !verb || !Object.hasOwn(ROLE_VERB, verb.norm) || !spaced(toks[k]!)) return null;
  const o = toks[k + 2]?.norm === 'the' ? k + 3 : k + 2;
  if (!toks[o]?.cap || toks[o]!.sent !== verb.sent || !spaced(verb)) return null;
  const org = candidateAt(doc, 'Organisation', o, orgRunEnd(toks, o), 0.6, 'en-org-role-of');
  const title = ROLE_VERB[verb.norm]!;
  return { roles: [{ title, organisation: org.name, orgStart: org.start, confidence: 0.65 }], candidates: [org] };
}
