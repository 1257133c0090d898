// Rule "visit-party": the persons who travel together share the stops. A person coordinated with a visitor
// ("A und B") whom no visit sentence names as visitor visits what the party visits; a host is not a member: one
// whose own organisation is the stop, or who welcomes, thanks or shows round the visitors.
import type { ExtractedRelation } from '../../../src/domain/index.js';
import { nameKey } from '../../../src/domain/index.js';
import { round, type Located } from './located.js';
import type { LanguagePack } from './pack.js';
import type { Doc } from './types.js';
import { isPassiveHost } from './visit-visitors.js';

/** VISITED facts that give each member of the visiting party the stops of the others. */
export function partyVisits(
  doc: Doc,
  located: Located[],
  pack: LanguagePack,
  found: ExtractedRelation[],
  quoted: (l: Located) => boolean,
): ExtractedRelation[] {
  if (found.length === 0) return [];
  const visitorIds = new Set(found.map((r) => r.from));
  const byId = new Map(located.map((l) => [l.id, l]));
  const host = pack.visit.host;
  const party = new Map<string, Located>();
  const hosts = visitedPersons(doc, located, pack, visitorIds);
  for (const s of doc.sentences) {
    const persons = located.filter(
      (l) => l.entity.type === 'Person' && l.start >= s.start && l.end <= s.end && !quoted(l),
    );
    if (persons.length === 0) continue;
    const inVisit = pack.visitCue(doc, s) >= 0;
    const withVisitor = persons.some((p) => visitorIds.has(p.id));
    if (!inVisit && !withVisitor) continue;
    const h = host?.exec(s.text);
    for (const p of persons) {
      // the subject of "begrüßte", "welcomed" hosts; in the passive ("was welcomed by X") the agent does
      if (
        h &&
        (isPassiveHost(pack.visit, s, s.start + h.index) ? p.start > s.start + h.index : p.end <= s.start + h.index)
      )
        continue;
      // only when coordinated with a visitor ("A und B", "A, B and C"), and never the person they visited
      if (!visitorIds.has(p.id)) {
        if (hosts.has(p.id)) continue;
        const coordinated = persons.some(
          (v) =>
            visitorIds.has(v.id) &&
            pack.visit.partyJoin.test(doc.text.slice(Math.min(v.end, p.end), Math.max(v.start, p.start))),
        );
        if (!coordinated) continue;
      }
      party.set(p.id, p);
    }
  }
  const stops = new Map<string, ExtractedRelation>();
  for (const r of found) if (r.to && !stops.has(r.to)) stops.set(r.to, r);
  const seen = new Set(found.map((r) => `${r.from}|${r.to}`));
  const out: ExtractedRelation[] = [];
  for (const p of party.values()) {
    // a visitor with stops of their own keeps them: the party rule only fills in members the text left without
    if (visitorIds.has(p.id)) continue;
    const own = new Set(p.entity.roles.flatMap((r) => (r.organisation ? [nameKey(r.organisation)] : [])));
    for (const [to, r] of stops) {
      const t = byId.get(to);
      if (!t || own.has(nameKey(t.entity.name))) continue;
      const key = `${p.id}|${to}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ ...r, from: p.id, confidence: round(r.confidence * 0.8) });
    }
  }
  return out;
}

/**
 * Persons a visitor visits: the object right after the cue ("A besuchte Landrat B") or right before a final cue
 * ("A hat Landrat B im Kreishaus besucht"), with the visitor named before them.
 */
function visitedPersons(doc: Doc, located: Located[], pack: LanguagePack, visitorIds: Set<string>): Set<string> {
  const out = new Set<string>();
  for (const s of doc.sentences) {
    const cue = pack.visitCue(doc, s);
    if (cue < 0) continue;
    const { start: cueAt, end: cueEnd } = doc.tokens[cue]!;
    const persons = located.filter((l) => l.entity.type === 'Person' && l.start >= s.start && l.end <= s.end);
    const visitor = persons.find((p) => visitorIds.has(p.id));
    if (!visitor) continue;
    for (const p of persons) {
      if (visitorIds.has(p.id) || p.start < visitor.end) continue;
      const after = p.start >= cueEnd && /^\s*(?:\p{L}+\s+){0,3}$/u.test(doc.text.slice(cueEnd, p.start));
      const before = p.end <= cueAt && cueAt - p.end < 40 && !/[,;:]/.test(doc.text.slice(p.end, cueAt));
      if (after || before) out.add(p.id);
    }
  }
  return out;
}
