// English person rules over capitalised runs: peers, a first name or honorific inside a run, a speaker before "said".
import type { Doc, RoleCandidate, Token } from '../core/types.js';
import { isFirstName } from '../gazetteer/index.js';
import { readApposition, type Apposition } from './appositions.js';
import { coordinatedRole } from './coordinated-role.js';
import { EN_HONORIFICS, EN_PEERS, EN_POSTNOMINALS, EN_ROLE_POSTNOMINALS, EN_SPEECH } from './lexicon.js';
import { candidateAt, propose, type Proposal, type RunRule } from './proposals.js';
import { rolesBeforeName } from './role-phrases.js';
import { isHead, isNameWord, isSurnameWord, isTitleWord } from './words.js';
import { isCommonEnglish } from '../nlp/lexicon.js';

/** A person over toks[j..e] with its roles and the apposition after toks[endIdx]; a lone word is a weaker partial. */
export function personWithApposition(
  doc: Doc,
  j: number,
  e: number,
  conf: number,
  rule: string,
  roles: RoleCandidate[],
  endIdx: number,
): Proposal[] {
  const partial = e === j && !isFirstName(doc.tokens[j]!.text);
  const app = appositionAfter(doc, endIdx);
  const person = candidateAt(doc, 'Person', j, e, partial ? conf - 0.15 : conf, rule, {
    roles: [...roles, ...rolesBeforeName(doc, j), ...app.roles],
    partial,
  });
  const out: Proposal[] = [propose(person), ...app.candidates.map(propose)];
  if (app.consumed !== undefined) out.push({ kind: 'consumed', upTo: app.consumed });
  return out;
}

/** The apposition after toks[endIdx]; ", the founder and managing director of X" when no other form applies. */
function appositionAfter(doc: Doc, endIdx: number): Apposition {
  const app = readApposition(doc, endIdx);
  return app.roles.length > 0 ? app : (coordinatedRole(doc, endIdx) ?? app);
}

/** Rule en-per-peer: "Lord Ashcombe" is the name; the rest of the run is classified on its own. */
export const peer: RunRule = {
  name: 'en-per-peer',
  apply({ a, b, first }, { doc }) {
    const toks = doc.tokens;
    if (!(EN_PEERS.has(first.norm) && b > a && isNameWord(toks[a + 1]))) return null;
    const e = a + 2 <= b && isNameWord(toks[a + 2]) ? a + 2 : a + 1;
    const out: Proposal[] = [propose(candidateAt(doc, 'Person', a, e, 0.85, 'en-per-peer', { roles: [] }))];
    if (e < b) out.push({ kind: 'run', a: e + 1, b });
    return out;
  },
};

/** Rules en-per-name / en-per-honorific: a first name + 1–2 name words, or an honorific + name, inside a run. */
export const nameInRun: RunRule = {
  name: 'en-per-name',
  apply({ a, b, last }, { doc, lastTitle }) {
    const toks = doc.tokens;
    if (isHead(last) && !isNameWord(last)) return null;
    for (let i = a; i <= b; i++) {
      const t = toks[i]!;
      const hon = EN_HONORIFICS.has(t.norm) && t.norm !== 'the';
      if (!hon && !(isFirstName(t.text) && isNameWord(t))) continue;
      let j = i;
      while (EN_HONORIFICS.has(toks[j]!.norm) && j < b) j++;
      if (!isNameWord(toks[j])) continue;
      let e = j;
      // a middle initial ("Owen T. Pryce") is one more word of the name
      const most = middleInitial(toks, j, b) ? 3 : 2;
      while (
        e < b &&
        e - j < most &&
        (isNameWord(toks[e + 1]) || surnameAfterFirstName(toks, e, b) || initialAt(toks, e + 1, b))
      )
        e++;
      // "Anna Reed welcomed …": a first name (no ordinary word itself, unlike "Irish") followed by a capitalised
      // ordinary word that ends the run
      const plainFirst = isFirstName(toks[j]!.text) && !isCommonEnglish(toks[j]!.text);
      if (e === j && !hon && e + 1 === b && plainFirst && isSurnameWord(toks[b]) && verbAfter(toks, b)) e = b;
      if (e === j && !hon) continue; // a lone first name is not enough
      const roles: RoleCandidate[] = [];
      // "Minister for Rural Affairs, Carys Lloyd": the title run just before
      if (i === a && lastTitle && lastTitle.b === a - 1 && /^,\s*$/.test(toks[a - 1]!.post))
        roles.push({ title: lastTitle.title, organisation: null, confidence: 0.75 });
      let after = e + 1;
      for (; after <= b && EN_POSTNOMINALS.has(toks[after]!.text); after++)
        if (EN_ROLE_POSTNOMINALS.has(toks[after]!.text))
          roles.push({ title: toks[after]!.text, organisation: null, confidence: 0.8 });
      const rule = hon ? 'en-per-honorific' : 'en-per-name';
      const out: Proposal[] = i > a ? [{ kind: 'run', a, b: i - 1 }] : [];
      out.push(...personWithApposition(doc, j, e, 0.85, rule, roles, after - 1));
      if (after <= b) out.push({ kind: 'run', a: after, b });
      return out;
    }
    return null;
  },
};

/** True when toks[i] is a single capital (an initial, its period left out of the token) before a name word. */
function initialAt(toks: Token[], i: number, b: number): boolean {
  return i < b && /^\p{Lu}$/u.test(toks[i]!.text) && /^\.\s+$/.test(toks[i]!.post) && isNameWord(toks[i + 1]);
}

/** True when the name starting at toks[j] has a middle initial as its second word. */
function middleInitial(toks: Token[], j: number, b: number): boolean {
  return isFirstName(toks[j]!.text) && initialAt(toks, j + 1, b);
}

/** Verbs a person does right after their name ("… Reed welcomed", "… Baker said"); "Casino staff" is no person. */
const PERSON_VERB =
  /^(?:\p{Ll}+ed|said|says|told|tells|met|meets|spoke|speaks|is|was|has|had|will|leads|led|visits|opens|joins)$/u;

/** True when the word after toks[b] is a lower-case verb of a person, with nothing but a space between. */
function verbAfter(toks: Token[], b: number): boolean {
  const next = toks[b + 1];
  return !!next && /^ +$/.test(toks[b]!.post) && PERSON_VERB.test(next.text);
}

/** "Cllr Sam Reed": after an honorific and a first name, the run's last word is the surname even if it is ordinary. */
function surnameAfterFirstName(toks: Token[], e: number, b: number): boolean {
  const hon = toks[e - 1];
  return (
    e + 1 === b &&
    !!hon &&
    EN_HONORIFICS.has(hon.norm) &&
    hon.norm !== 'the' &&
    isFirstName(toks[e]!.text) &&
    isNameWord(toks[e]) &&
    nameLike(toks[b]!)
  );
}

/** Rule en-per-speaker: two or three name words right before a speech verb or after a title run ("Jane Pryor said"). */
export const speaker: RunRule = {
  name: 'en-per-speaker',
  apply({ a, b, words, last, next }, { doc, lastTitle }) {
    const speechNext = !!next && EN_SPEECH.has(next.norm) && next.sent === last.sent;
    const afterTitle = !!lastTitle && lastTitle.b === a - 1;
    if (!((speechNext || afterTitle) && b - a <= 2 && b > a && words.every((w) => isNameWord(w)))) return null;
    const roles: RoleCandidate[] = afterTitle ? [{ title: lastTitle.title, organisation: null, confidence: 0.75 }] : [];
    return personWithApposition(doc, a, b, 0.75, 'en-per-speaker', roles, b);
  },
};

/** A capitalised word that may be part of a name even if it is a common word ("Marsh"): no title, head or honorific. */
const nameLike = (w: Token): boolean =>
  /^\p{Lu}[\p{L}'’-]+$/u.test(w.text) && !isTitleWord(w) && !isHead(w) && !EN_HONORIFICS.has(w.norm);

/** Two or three name-like words of which one looks like a name. */
const looksLikeFullName = (b: number, a: number, words: Token[]): boolean =>
  b > a && b - a <= 2 && words.every(nameLike) && words.some((w) => isNameWord(w));

/** Rule en-per-contact: the name after a "Contact:" label ("Media Contact: Ann Rook") with the label as its role. */
export const pressContact: RunRule = {
  name: 'en-per-contact',
  apply({ a, b, words, prev }, { doc }) {
    if (!prev || !/^contacts?$/.test(prev.norm) || !/^:\s*$/.test(prev.post) || prev.sent !== words[0]!.sent)
      return null;
    if (!looksLikeFullName(b, a, words)) return null;
    const before = doc.tokens[prev.i - 1];
    const from = before && /^(?:media|press)$/.test(before.norm) && /^ $/.test(before.post) ? before : prev;
    const title = doc.text.slice(from.start, prev.end);
    return personWithApposition(doc, a, b, 0.75, 'en-per-contact', [{ title, organisation: null, confidence: 0.7 }], b);
  },
};

/** Rule en-per-apposition: two or three name words followed by a title apposition (", managing director,"). */
export const personBeforeTitle: RunRule = {
  name: 'en-per-apposition',
  apply({ a, b, words }, { doc }) {
    if (!looksLikeFullName(b, a, words)) return null;
    const app = appositionAfter(doc, b);
    if (app.roles.length === 0) return null;
    return personWithApposition(doc, a, b, 0.7, 'en-per-apposition', [], b);
  },
};
