// English role phrases next to names: appositions (", Chief Executive of X", " owner of X") and "as <title>".
// The apposition after a name is read by an ordered list of small rules; each returns roles and organisations.
import type { Candidate, Doc, RoleCandidate, Token } from '../core/types.js';
import { isAcronym } from '../core/tokens.js';
import { isFirstName, placeTier } from '../gazetteer/index.js';
import { isCommonEnglish } from '../nlp/lexicon.js';
import { EN_ORG_HEADS, EN_TITLE_HEADS } from './lexicon.js';
import { candidateAt, type Proposal } from './proposals.js';
import { lowerTitleApposition, roleFromRelative } from './role-phrases.js';
import { CONNECT, isTitleWord } from './words.js';

/** What an apposition gives the person before it: roles, organisations named in it, the last token it used. */
export interface Apposition {
  roles: RoleCandidate[];
  candidates: Candidate[];
  consumed?: number;
}

/** A capitalised segment after ", " that contains a title word at `ti`. */
interface Segment {
  doc: Doc;
  /** Token index of the segment's first and last word. */
  k: number;
  e: number;
  seg: Token[];
  ti: number;
  span: [number, number];
}

/** No apposition: a fresh empty result (never shared, so no caller can change another's). */
const none = (): Apposition => ({ roles: [], candidates: [] });

/** "in her role as Chair of the Harbour Board": a role for the last person before it in the sentence. */
export function roleAfterAs(doc: Doc, found: readonly Candidate[], a: number, title: string): Proposal[] {
  const toks = doc.tokens;
  const sent = toks[a]!.sent;
  const p = [...found]
    .reverse()
    .find((c) => c.type === 'Person' && toks[a]!.start > c.end && doc.sentences[sent]!.start <= c.start);
  if (!p) return [];
  const of = /\bof (?:the )?(.+)$/.exec(title);
  const org = of && EN_ORG_HEADS.has((of[1]!.split(/\s+/).pop() ?? '').toLowerCase()) ? of[1]! : null;
  return [{ kind: 'role', target: p, role: { title, organisation: org, confidence: 0.7 } }];
}

/** ", Northvale Trust Chief Executive", " owner of Stone & Crust Bakery", ", Process Development Technician". */
export function readApposition(doc: Doc, endIdx: number): Apposition {
  const toks = doc.tokens;
  const lastName = toks[endIdx]!;
  const n = toks[endIdx + 1];
  if (!n || n.sent !== lastName.sent) return none();
  const comma = /^,\s*$/.test(lastName.post);
  const k = n.norm === 'the' || n.norm === 'a' ? endIdx + 2 : endIdx + 1;
  const r = toks[k];
  if (!r) return none();
  if (!r.cap && isTitleWord(r) && toks[k + 1]?.norm === 'of')
    return lowerTitleApposition(doc, k) ?? lowerRoleOf(doc, k);
  if (comma && !r.cap) return roleFromRelative(doc, k) ?? lowerTitleApposition(doc, k) ?? none();
  if (!comma || !r.cap) return none();
  const s = segmentAt(doc, k);
  if (!s) return none();
  for (const rule of SEGMENT_RULES) {
    const found = rule(s);
    if (found) return { ...found, consumed: s.e };
  }
  return { ...none(), consumed: s.e };
}

/** Rule en-org-role-of (lower case): "owner of X", "head of X". */
function lowerRoleOf(doc: Doc, k: number): Apposition {
  const toks = doc.tokens;
  const r = toks[k]!;
  const orgStart = k + 2;
  let e = orgStart;
  while (
    e + 1 < toks.length &&
    toks[e + 1]!.sent === r.sent &&
    (toks[e + 1]!.cap || toks[e + 1]!.text === '&') &&
    !/[,;:.]/.test(toks[e]!.post)
  )
    e++;
  if (!toks[orgStart]?.cap) return none();
  const org = candidateAt(doc, 'Organisation', orgStart, e, 0.65, 'en-org-role-of');
  return {
    roles: [{ title: r.text, organisation: org.name, orgStart: org.start, confidence: 0.75 }],
    candidates: [org],
  };
}

/** The capitalised segment from toks[k] to the next punctuation, if it holds a title word. */
function segmentAt(doc: Doc, k: number): Segment | null {
  const toks = doc.tokens;
  const r = toks[k]!;
  let e = k;
  while (
    e + 1 < toks.length &&
    toks[e + 1]!.sent === r.sent &&
    !/[,;:.()]/.test(toks[e]!.post) &&
    (toks[e + 1]!.cap || CONNECT.has(toks[e + 1]!.norm))
  )
    e++;
  const seg = toks.slice(k, e + 1);
  const ti = seg.findIndex(isTitleWord);
  if (ti < 0) return null;
  return { doc, k, e, seg, ti, span: [seg[0]!.start, seg[seg.length - 1]!.end] };
}

/** Words that begin a title rather than an organisation name before it (also the bodies whose members hold a seat: "Cabinet Member"). */
const TITLE_LEAD =
  /^(?:Senior|Deputy|Assistant|Chief|Vice|Process|Development|Principal|Head|Executive|Lead|Managing|General|Fine|Finance|Prime|First|Cabinet|Board|Portfolio|Committee|Panel)$/;
/** Words right before a title word that belong to the title ("Chief Executive"). */
const TITLE_PREFIX = /^(?:Chief|Deputy|Vice|Senior|Managing|Executive|General|Assistant)$/;

/** Rule en-org-apposition: an organisation named before the title (", Northvale Trust Chief Executive"). */
function orgBeforeTitle({ doc, k, seg, ti, span }: Segment): Apposition | null {
  const lead = seg.slice(0, ti);
  if (lead.length === 0 || TITLE_LEAD.test(lead[0]!.text)) return null;
  const titleStart = ti > 0 && TITLE_PREFIX.test(seg[ti - 1]!.text) ? ti - 1 : ti;
  let org = candidateAt(doc, 'Organisation', k, k + ti - 1, 0.6, 'en-org-apposition');
  if (titleStart < ti) {
    const end = seg[titleStart - 1]!.end;
    org = { ...org, end, name: doc.text.slice(org.start, end) };
  }
  const title = doc.text.slice(seg[titleStart]!.start, seg[seg.length - 1]!.end);
  return { roles: [{ title, organisation: org.name, orgStart: org.start, span, confidence: 0.75 }], candidates: [org] };
}

/** Titles of a firm's or body's officers: after them, "of" + an unknown name is the organisation. */
const OFFICER =
  /^(?:ceo|executive|director|founder|co-founder|chair|chairman|chairwoman|chairperson|president|owner|manager|partner)$/;

/** "Managing Director of Brightwater": an officer title before "of" and a name of unknown, non-place words. */
function namesBusiness(seg: Token[], ti: number, ofAt: number): boolean {
  const rest = seg.slice(seg[ofAt + 1]!.norm === 'the' ? ofAt + 2 : ofAt + 1);
  return (
    OFFICER.test(seg[ofAt - 1]!.norm) &&
    ofAt - 1 >= ti &&
    rest.length > 0 &&
    rest.every(
      (w) => w.cap && (isAcronym(w) || (!isCommonEnglish(w.text) && !placeTier(w.text) && !isFirstName(w.text))),
    )
  );
}

/** Rule en-org-role-of: "Leader of Cumberland Council", the organisation after "of". */
function titleOfOrg({ doc, k, e, seg, ti, span }: Segment): Apposition | null {
  const ofAt = seg.findIndex((w, i) => i > ti && w.norm === 'of');
  if (!(ofAt > 0 && ofAt < seg.length - 1)) return null;
  if (!EN_ORG_HEADS.has(seg[seg.length - 1]!.norm) && !namesBusiness(seg, ti, ofAt)) return null;
  const startOrg = seg[ofAt + 1]!.norm === 'the' ? ofAt + 2 : ofAt + 1;
  if (startOrg >= seg.length) return null;
  const text = doc.text.slice(seg[0]!.start, seg[seg.length - 1]!.end);
  // "Director of the Centre": a bare head names no body of its own, it can only refer to a named one
  const bare = startOrg === seg.length - 1 && EN_ORG_HEADS.has(seg[startOrg]!.norm);
  const org = candidateAt(doc, 'Organisation', k + startOrg, e, 0.7, 'en-org-role-of', bare ? { partial: true } : {});
  return {
    roles: [{ title: text, organisation: org.name, orgStart: org.start, span, confidence: 0.75 }],
    candidates: [org],
  };
}

/** True when a part of a split title holds a title head ("Technician"), not only a portfolio word ("Skills"). */
const holdsTitle = (part: string): boolean =>
  part
    .split(/\s+/)
    .some((w) => EN_TITLE_HEADS.has(w.toLowerCase()) || EN_TITLE_HEADS.has(w.toLowerCase().replace(/s$/, '')));

/** A plain title (", Process Development Technician"); "A and B" are two titles, "Member for A and B" is one. */
function plainTitle({ doc, seg, span }: Segment): Apposition {
  const text = doc.text.slice(seg[0]!.start, seg[seg.length - 1]!.end);
  const parts = text.split(/\s+and\s+/);
  const roles = (parts.every(holdsTitle) ? parts : [text]).map((part) => ({
    title: part.trim(),
    organisation: null,
    span,
    confidence: 0.7,
  }));
  return { roles, candidates: [] };
}

/** The apposition rules, in order: the first that applies decides. */
const SEGMENT_RULES: ((s: Segment) => Apposition | null)[] = [orgBeforeTitle, titleOfOrg, plainTitle];
