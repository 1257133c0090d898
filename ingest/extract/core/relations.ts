// Relations from entities, quotes and cue words: HOLDS_ROLE, QUOTED_IN, VISITED.
import { nameKey } from '../../../src/domain/index.js';
import type { Evidence, ExtractedRelation } from '../../../src/domain/index.js';
import type { WorkEntity } from './entities.js';
import type { LanguagePack } from './pack.js';
import { findQuotes, findUnmarkedQuotes, isSpeech, type Quote } from './quotes.js';
import { sentenceAt } from './tokens.js';
import type { Doc, RoleCandidate } from './types.js';

/** A located mention of an entity. */
export interface Located {
  start: number;
  end: number;
  entity: WorkEntity;
  id: string;
}

/** Evidence for a span: the sentence(s) covering it. */
export function evidenceFor(doc: Doc, start: number, end: number = start): Evidence {
  const a = sentenceAt(doc, start);
  const b = sentenceAt(doc, Math.max(start, end - 1));
  const s = a?.start ?? start;
  const e = Math.max(b?.end ?? end, a?.end ?? end);
  return { sentence: doc.text.slice(s, e), start: s, end: e };
}

/** HOLDS_ROLE for every current role of every person. */
export function holdsRoles(doc: Doc, ents: WorkEntity[], idOf: (e: WorkEntity) => string, pack: LanguagePack): ExtractedRelation[] {
  const out: ExtractedRelation[] = [];
  const seen = new Set<string>();
  for (const p of ents) {
    if (p.type !== 'Person') continue;
    for (const r of p.roles) {
      const org = resolveRoleOrg(r, ents, pack);
      if (org) r.organisation = org.name; // canonical name of the resolved entity
      if (r.past) continue;
      const key = `${pack.titleKey(r.title) ?? nameKey(r.title)}|${org ? idOf(org) : ''}`;
      if (seen.has(`${idOf(p)}|${key}`)) continue;
      seen.add(`${idOf(p)}|${key}`);
      const at = r.at ?? p.mentions[0]?.start ?? 0;
      out.push({
        type: 'HOLDS_ROLE', from: idOf(p), to: org ? idOf(org) : null, title: r.title,
        date: doc.release.date, evidence: evidenceFor(doc, at), confidence: round(r.confidence * (org ? 1 : 0.95)),
      });
    }
  }
  return out;
}

/** The entity a role's organisation refers to: by mention span, by name, or implied by the title. */
export function resolveRoleOrg(r: RoleCandidate, ents: WorkEntity[], pack: LanguagePack): WorkEntity | undefined {
  if (r.orgStart !== undefined && r.orgStart >= 0) {
    const bySpan = ents.find((e) => e.type !== 'Person' && e.mentions.some((m) => m.start <= r.orgStart! && r.orgStart! < m.end));
    if (bySpan) return bySpan;
  }
  if (r.organisation) {
    const k = nameKey(r.organisation);
    const byName = ents.find((e) => e.type !== 'Person' && (nameKey(e.name) === k || [...e.aliases].some((a) => nameKey(a) === k)));
    if (byName) return byName;
    return undefined;
  }
  return pack.implicitOrg(r.title, ents);
}

/** QUOTED_IN: attributes each quotation to the nearest person mention around it. */
export function quotations(doc: Doc, located: Located[], pack: LanguagePack, introducer: RegExp): ExtractedRelation[] {
  const quotes = [...findQuotes(doc.text).filter(isSpeech), ...findUnmarkedQuotes(doc.text, introducer)].sort((a, b) => a.start - b.start);
  const persons = located.filter((l) => l.entity.type === 'Person');
  const inQuote = (l: Located): boolean => quotes.some((q) => l.start >= q.start && l.end <= q.end);
  const speakers = persons.filter((l) => !inQuote(l));
  const out: ExtractedRelation[] = [];
  let prev: { q: Quote; who: Located } | null = null;
  for (const q of quotes) {
    let who: Located | undefined;
    let conf = 0.85;
    if (q.unmarked) {
      const intro = sentenceAt(doc, Math.max(0, q.start - 3)) ?? sentenceAt(doc, q.outerStart - 4);
      const introStart = intro?.start ?? Math.max(0, q.start - 200);
      who = [...speakers].reverse().find((l) => l.start >= introStart && l.end <= q.start);
    } else {
      const after = sentenceAt(doc, q.outerEnd - 1);
      const afterEnd = after?.end ?? q.outerEnd;
      const nextQuote = quotes.find((o) => o.outerStart >= q.outerEnd);
      const limit = Math.min(afterEnd, nextQuote?.outerStart ?? Infinity);
      who = speakers.find((l) => l.start >= q.outerEnd && l.end <= limit && l.start - q.outerEnd < 120);
      if (!who) {
        const before = sentenceAt(doc, q.outerStart);
        const bStart = before?.start ?? 0;
        const prevQuoteEnd = [...quotes].reverse().find((o) => o.outerEnd <= q.outerStart)?.outerEnd ?? 0;
        who = [...speakers].reverse().find((l) => l.start >= Math.max(bStart, prevQuoteEnd) && l.end <= q.outerStart);
        conf = 0.8;
      }
      if (!who && prev && q.outerStart - prev.q.outerEnd < 250 && !speakers.some((l) => l.start >= prev!.q.outerEnd && l.end <= q.outerStart)) {
        who = prev.who; // continuation of the previous speaker's quote
        conf = 0.7;
      }
    }
    void pack;
    if (!who) continue;
    prev = { q, who };
    const ev = evidenceFor(doc, Math.min(q.outerStart, who.start), Math.max(q.outerEnd, who.end));
    out.push({ type: 'QUOTED_IN', from: who.id, to: null, quote: q.text, evidence: ev, confidence: conf });
  }
  return out;
}

/** VISITED: visit cue in a sentence, visitor = first (coordinated) person, targets = later non-person mentions. */
export function visits(doc: Doc, located: Located[], pack: LanguagePack): ExtractedRelation[] {
  const out: ExtractedRelation[] = [];
  const seen = new Set<string>();
  const quotes = findQuotes(doc.text);
  const quoted = (l: Located): boolean => quotes.some((q) => isSpeech(q) && l.start >= q.start && l.end <= q.end);
  let lastVisitors: Located[] = [];
  for (const s of doc.sentences) {
    const cue = pack.visitCue(doc, s);
    if (cue < 0) continue;
    const cueTok = doc.tokens[cue]!;
    const inS = located.filter((l) => l.start >= s.start && l.end <= s.end && !quoted(l));
    const persons = inS.filter((l) => l.entity.type === 'Person');
    let visitors: Located[] = [];
    if (persons.length > 0) {
      visitors = [persons[0]!];
      for (let i = 1; i < persons.length; i++) {
        const between = doc.text.slice(persons[i - 1]!.end, persons[i]!.start);
        if (/^[\s,]*(?:\(.*?\)\s*)?(?:,|und|sowie|and|with|together with|mit|von)\s+(?:(?:seine|ihre|dessen|deren|der|die|dem|den|his|her|the)\s+)?(?:\p{Lu}\p{L}*\s+){0,3}$/u.test(between) && !/\b(?:mit|with)\b/.test(between.slice(0, 3))) {
          visitors.push(persons[i]!);
        } else break;
      }
    } else {
      const pronoun = doc.tokens.slice(s.from, s.to).some((t) => pack.pronouns.has(t.norm));
      if (pronoun && lastVisitors.length > 0) visitors = lastVisitors;
    }
    if (visitors.length === 0) continue;
    const firstVisitor = visitors[0]!;
    const from = Math.min(cueTok.start, firstVisitor.end);
    const targets = inS.filter(
      (l) => l.entity.type !== 'Person' && l.start >= from && !inS.some((o) => o !== l && o.start <= l.start && l.end <= o.end && (o.end - o.start) > (l.end - l.start)),
    );
    if (targets.length === 0) continue;
    lastVisitors = visitors;
    const date = pack.findDate(s.text, doc.release.date) ?? doc.release.date;
    for (const v of visitors) {
      for (const t of targets) {
        const key = `${v.id}|${t.id}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({
          type: 'VISITED', from: v.id, to: t.id, date, evidence: evidenceFor(doc, s.start, s.end),
          confidence: round(persons.length > 0 ? 0.75 : 0.6),
        });
      }
    }
  }
  return out;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
