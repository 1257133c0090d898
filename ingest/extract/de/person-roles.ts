// German role phrases around person names: appositions, "als …", title complements, state before title.
import type { Candidate, Doc, RoleCandidate, Token } from '../core/types.js';
import { placeTier } from '../gazetteer/index.js';
import { COMPLEMENT, isNameWord, titleNominative } from './names.js';
import { germanTitle, isTitleAdjective } from './titles.js';
import { DE_STATE_ADJECTIVES, denominalizeGenitive } from './words.js';
import type { RoleProposal } from './scan.js';

/** "Hollweg, die Patin des Bürgerhauses Kleinfurt ist": apposition after a surname-only mention. */
export function surnameAppositions(doc: Doc, persons: readonly Candidate[]): RoleProposal[] {
  const toks = doc.tokens;
  const out: RoleProposal[] = [];
  const bySurname = new Map<string, Candidate>();
  for (const p of persons) {
    const words = p.name.split(/\s+/);
    if (words.length > 1) bySurname.set(words[words.length - 1]!, p);
  }
  for (let k = 0; k < toks.length - 2; k++) {
    const t = toks[k]!;
    const p = bySurname.get(t.text);
    if (!p || (t.start < p.end && t.end > p.start) || !/^,\s*$/.test(t.post)) continue;
    if (persons.some((q) => t.start >= q.start && t.end <= q.end)) continue;
    let m = k + 1;
    if (/^(?:der|die)$/.test(toks[m]!.norm)) m++;
    while (isTitleAdjective(toks[m]?.text ?? '')) m++;
    if (!germanTitle(toks[m]?.text ?? '')) continue;
    const sentEnd = doc.sentences[t.sent]!.to;
    for (const r of appositionRoles(doc, m, sentEnd))
      out.push({ person: p, role: { ...r, title: r.title.replace(/\s+(?:ist|war|wird)$/, '') } });
  }
  return out;
}

/** "… in seinem Amt als handwerkspolitischer Sprecher", "Amtsleiter wird der Jurist X": a role for the sentence's person. */
export function roleAfterAls(doc: Doc, persons: readonly Candidate[]): RoleProposal[] {
  const toks = doc.tokens;
  const out: RoleProposal[] = [];
  for (const s of doc.sentences) {
    const inS = persons.filter((p) => p.start >= s.start && p.end <= s.end);
    if (inS.length > 1) out.push(...alsRightAfter(doc, inS));
    if (inS.length !== 1) continue;
    const p = inS[0]!;
    for (let k = s.from; k < s.to - 1; k++) {
      const t = toks[k]!;
      // predicative: "Amtsleiter wird der 35-jährige Jurist Klaus Anzinger"
      if (k === s.from && germanTitle(t.text) && /^(?:wird|ist|bleibt)$/.test(toks[k + 1]!.norm) && p.start > t.end) {
        out.push({
          person: p,
          role: { title: titleNominative(t.text), organisation: null, at: p.start, confidence: 0.7 },
        });
        continue;
      }
      if (t.norm !== 'als' || toks[k]!.start < p.end) continue;
      let m = k + 1;
      while (m < s.to && !toks[m]!.cap && /(?:e|er|en)$/.test(toks[m]!.text)) m++;
      const tt = toks[m];
      if (!tt || m >= s.to || !germanTitle(tt.text) || isNameWord(toks[m + 1])) continue;
      const title = doc.text.slice(toks[k + 1]!.start, tt.end);
      const past = /\b(?:bisher|früher|ehemals|zuvor)\b/.test(s.text);
      out.push({ person: p, role: { title, organisation: null, at: p.start, past, confidence: 0.65 } });
    }
  }
  return out;
}

/** "… freuten sich A als Ortsvorsteher und B": with several persons, "als" + title right after a name is that name's. */
function alsRightAfter(doc: Doc, inS: readonly Candidate[]): RoleProposal[] {
  const toks = doc.tokens;
  const out: RoleProposal[] = [];
  for (const p of inS) {
    const k = toks.findIndex((t) => t.start >= p.end);
    if (k < 0 || toks[k]!.norm !== 'als' || !/^ $/.test(toks[k - 1]!.post)) continue;
    let m = k + 1;
    while (isTitleAdjective(toks[m]?.text ?? '')) m++;
    const tt = toks[m];
    if (!tt || tt.sent !== toks[k]!.sent || !germanTitle(tt.text) || isNameWord(toks[m + 1])) continue;
    // the title ends before the next person ("A als Ortsvorsteher und B")
    const next = inS.find((q) => q.start > tt.end);
    let to = doc.sentences[tt.sent]!.to;
    if (next) to = toks.findIndex((t) => t.start >= next.start);
    while (to > m + 1 && /^(?:und|sowie)$/.test(toks[to - 1]!.norm)) to--;
    for (const role of appositionRoles(doc, k + 1, to))
      out.push({ person: p, role: { ...role, at: p.start, confidence: 0.65 } });
  }
  return out;
}

/**
 * Roles in "Staatssekretär und Chef der Staatskanzlei", "Prokurist und Kaufmännischer Leiter der X GmbH" (stops at
 * a comma or clause end); coordinated titles without a complement of their own share the last one's organisation.
 */
export function appositionRoles(doc: Doc, m: number, to: number): RoleCandidate[] {
  const toks = doc.tokens;
  const roles: RoleCandidate[] = [];
  let start = m;
  let k = m;
  const flush = (last: number): void => {
    // "… Leiter der Talwerk GmbH und bringt …": a trailing conjunction is no part of the title
    let endIdx = last;
    while (endIdx > start && /^(?:und|sowie)$/.test(toks[endIdx]!.norm)) endIdx--;
    let head = start;
    while (head < endIdx && isTitleAdjective(toks[head]!.text)) head++;
    const title = titleNominative(toks[start]!.text) + doc.text.slice(toks[start]!.end, toks[endIdx]!.end);
    const org = complementOrg(doc, toks.slice(head + 1, endIdx + 1));
    roles.push({ title, organisation: org?.text ?? null, orgStart: org?.start, confidence: 0.8 });
  };
  const titleAt = (i: number): boolean =>
    !!germanTitle(toks[i]?.text ?? '') ||
    (isTitleAdjective(toks[i]?.text ?? '') && !!germanTitle(toks[i + 1]?.text ?? ''));
  while (k < to) {
    const x = toks[k]!;
    // a bracket ends the title: "(IHK)" after the body is its abbreviation, "(SPD)" a party
    const bracketNext = /\(/.test(toks[k + 1]?.pre ?? '') || /^\(/.test(toks[k + 1]?.text ?? '');
    if (/[,;:.!?()]/.test(x.post) || bracketNext || k === to - 1) {
      flush(k);
      break;
    }
    const n = toks[k + 1];
    if (n && n.norm === 'und' && titleAt(k + 2)) {
      flush(k);
      start = k + 2;
      k += 2;
      continue;
    }
    if (n && !n.cap && !COMPLEMENT.has(n.norm) && n.norm !== 'und') {
      flush(k);
      break;
    }
    k++;
  }
  const last = roles[roles.length - 1];
  if (!last?.organisation) return roles;
  return roles.map((r) => (r.organisation ? r : { ...r, organisation: last.organisation, orgStart: last.orgStart }));
}

/** The organisation named in a title complement ("des Beratungszentrums" → Beratungszentrum). */
export function complementOrg(doc: Doc, complement: Token[]): { text: string; start: number } | null {
  const first = complement[0];
  // "Sprecher für Wirtschaft und Energie der X-Fraktion": the body is the genitive after the field
  if (first?.norm === 'fuer') {
    const g = complement.findIndex((t, i) => i > 1 && /^(?:des|der)$/.test(t.norm) && complement[i + 1]?.cap);
    return g > 0 ? complementOrg(doc, complement.slice(g)) : null;
  }
  if (!first || !/^(?:des|der|von|vom|im|am|zu|bei|beim)$/.test(first.norm)) return null;
  const words = complement.slice(1).filter((t) => t.cap);
  if (words.length === 0) return null;
  const head = words[0]!;
  const lastTok = complement[complement.length - 1]!;
  const text = denominalizeGenitive(head.text) + doc.text.slice(head.end, lastTok.end);
  return { text: text.replace(/[,;:]$/, ''), start: head.start };
}

/** Titles of a town's head: a town in the genitive before them is their town ("Talheims Bürgermeister"). */
const TOWN_HEAD = /(?:bürgermeister|ortsvorsteher|ortsbürgermeister)(?:in)?$/iu;

/**
 * "Bayerns Innenminister", "hessische Wissenschaftsminister" → the state as role organisation; "Talheims
 * Bürgermeister" → the town (any town the gazetteer knows, only before a mayor's title).
 */
export function placeBeforeTitle(doc: Doc, ts: number): { text: string; start: number } | null {
  const p = doc.tokens[ts - 1]!;
  for (const [re, state] of DE_STATE_ADJECTIVES) if (re.test(p.text)) return { text: state, start: -1 };
  if (p.cap && /s$/.test(p.text)) {
    const base = p.text.slice(0, -1);
    const tier = placeTier(base);
    if (tier === 'region' || tier === 'country') return { text: base, start: p.start };
    if (tier && /^ $/.test(p.post) && TOWN_HEAD.test(doc.tokens[ts]?.text ?? '')) return { text: base, start: p.start };
  }
  // "der Talheimer Bürgermeister": a town adjective names the mayor's town (no span: the adjective is no mention)
  const town = /^(\p{Lu}\p{Ll}{3,})er$/u.exec(p.text)?.[1];
  if (town && /^ $/.test(p.post) && TOWN_HEAD.test(doc.tokens[ts]?.text ?? '')) {
    const tier = placeTier(town);
    if (tier === 'big' || tier === 'mid' || tier === 'small') return { text: town, start: -1 };
  }
  return null;
}
