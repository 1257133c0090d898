// VISITED: visit cues, visitors (with companions and pronoun continuation) and destinations.
import { nameKey } from '../../../src/domain/index.js';
import type { ExtractedRelation } from '../../../src/domain/index.js';
import { addVisits, round, type Located } from './located.js';
import type { LanguagePack } from './pack.js';
import { findQuotes, isSpeech } from './quotes.js';
import type { Doc, Sentence } from './types.js';
import { partyVisits } from './visit-party.js';
import { frameVisits, isOrganiser, locatesOnly, type VisitFrameCues } from './visit-frame.js';

/** Sentence-level cue sets a pack gives the visit rule. */
export interface VisitCues {
  /** The sentence cancels a visit ("sagt … ab", "cancelled"). */
  cancel: RegExp;
  /** The sentence continues a visit programme ("Zunächst", "Im Anschluss", "Afterwards"). */
  continuation: RegExp;
  /** The sentence says who accompanies whom ("begleitet", "accompanied by"). */
  companion: RegExp;
  /** Words before a mention that make it an origin, not a destination ("aus", "from"). */
  origin: RegExp;
  /** Start of a clause whose places are descriptive (", located on …"). */
  clauseEnd?: RegExp;
  /** Verbs whose subject hosts the visitor named as their object ("begrüßte", "welcomed"). */
  host?: RegExp;
  /** Sentence start naming a visit as a noun ("During the visit"): its visitors are the last ones. */
  nominalVisit: RegExp;
  /** Sentence start before a fronted place ("In X, …"): that place is a destination too. */
  frontedPlace: RegExp;
  /** Text between two persons that coordinates them as fellow visitors (", and her deputy"). */
  coVisitor: RegExp;
  /** Text between two guests of a host verb that joins them ("und", "and"). */
  guestJoin: RegExp;
  /** Text between a capitalised visit noun and its object ("Besuch beim", "Visit to the"). */
  cueObjectLink: RegExp;
  /** Text between the visit cue and a mention that makes the mention its direct object ("the", "den"). */
  directObject: RegExp;
  /** Cues of the document-level visit frame (itinerary lines, stations, travel). */
  frame?: VisitFrameCues;
}

/** VISITED: visit cue in a sentence, visitor = first (coordinated) person, targets = later non-person mentions. */
export function visits(
  doc: Doc,
  located: Located[],
  pack: LanguagePack,
  cues: VisitCues,
  looseRefs: number[],
): ExtractedRelation[] {
  const out: ExtractedRelation[] = [];
  const seen = new Set<string>();
  const allQuotes = findQuotes(doc.text);
  const quotes = allQuotes.filter((q) => isSpeech(q, doc.language === 'de'));
  // inside a spoken quotation, unless the quotation is the mention's own name („Haus der Vereine“)
  const quoted = (l: Located): boolean =>
    quotes.some((q) => l.start >= q.start && l.end <= q.end && (l.end - l.start) * 2 < q.end - q.start);
  const inSentence = (s: Sentence): Located[] =>
    located.filter((l) => l.start >= s.start && l.end <= s.end && !quoted(l));
  // companions: "Begleitet wird X von Y" → Y visits wherever X does
  const companions = new Map<string, Located[]>();
  const addCompanions = (leader: string, ps: Located[]): void => {
    const list = companions.get(leader) ?? [];
    for (const p of ps) if (p.id !== leader && !list.some((x) => x.id === p.id)) list.push(p);
    companions.set(leader, list);
  };
  let lastVisitors: Located[] = [];
  let lastVisitSentence = -10;
  doc.sentences.forEach((s, si) => {
    if (cues.cancel.test(s.text)) return;
    if (cues.companion.test(s.text)) {
      const ps = inSentence(s).filter((l) => l.entity.type === 'Person');
      const pronoun = doc.tokens.slice(s.from, s.to).some((t) => pack.pronouns.has(t.norm));
      if (ps.length >= 2 && !pronoun) addCompanions(ps[0]!.id, ps.slice(1));
      else if (ps.length >= 1 && lastVisitors.length > 0) addCompanions(lastVisitors[0]!.id, ps);
    }
    const cue = pack.visitCue(doc, s);
    const continuing =
      cue < 0 && si - lastVisitSentence <= 6 && lastVisitors.length > 0 && cues.continuation.test(s.text);
    if (cue < 0 && !continuing) return;
    const inS = inSentence(s);
    const persons = inS.filter((l) => l.entity.type === 'Person');
    let visitors: Located[] = [];
    // the subject is not someone met or accompanying: "meets Stephen Ashdown", "owned by John Tarrant"
    const eligible = persons.filter((p) => !objectPosition(doc, p.start, s.from));
    const firstPerson = eligible[0]?.start ?? Infinity;
    const cueAt = cue >= 0 ? doc.tokens[cue]!.start : s.start;
    const refBefore =
      doc.tokens
        .slice(s.from, s.to)
        .some(
          (t) =>
            pack.pronouns.has(t.norm) &&
            t.start < firstPerson &&
            t.start < Math.max(cueAt, firstPerson === Infinity ? s.end : 0) + 1,
        ) || looseRefs.some((o) => o >= s.start && o < Math.min(firstPerson, s.end));
    const nominalVisit = cues.nominalVisit.test(s.text);
    // a host who welcomes or thanks someone is not the visitor: the persons named after the verb are
    const host = cues.host?.exec(s.text);
    const hostAt = host ? s.start + host.index : -1;
    const guests = host ? persons.filter((p) => p.start > hostAt) : [];
    const hosts = host ? persons.filter((p) => p.end <= hostAt) : [];
    if (host && guests.length > 0 && hosts.length > 0) {
      visitors = guests.filter((g, i) => i === 0 || cues.guestJoin.test(doc.text.slice(guests[i - 1]!.end, g.start)));
    } else if (nominalVisit && lastVisitors.length > 0 && !continuing) {
      visitors = lastVisitors;
    } else if (refBefore && lastVisitors.length > 0 && !continuing && (eligible.length === 0 || firstPerson > cueAt)) {
      visitors = lastVisitors;
    } else if (eligible.length > 0 && !continuing) {
      const i0 = persons.indexOf(eligible[0]!);
      visitors = [persons[i0]!];
      for (let i = i0 + 1; i < persons.length; i++) {
        if (persons[i]!.start === persons[i - 1]!.start) {
          visitors.push(persons[i]!);
          continue;
        } // plural reference
        const between = doc.text.slice(persons[i - 1]!.end, persons[i]!.start);
        if (cues.coVisitor.test(between)) {
          visitors.push(persons[i]!);
        } else break;
      }
    } else {
      const pronoun =
        doc.tokens.slice(s.from, s.to).some((t) => pack.pronouns.has(t.norm)) ||
        looseRefs.some((o) => o >= s.start && o < s.end);
      if ((pronoun || continuing) && lastVisitors.length > 0) visitors = lastVisitors;
    }
    // "In Vilnius, the commissioners will …": a fronted place is a destination too
    const fronted = cues.frontedPlace.test(s.text);
    if (visitors.length === 0) return;
    if (visitors !== lastVisitors) {
      lastVisitors = visitors;
      lastVisitSentence = si;
    }
    const firstVisitor = visitors[0]!;
    const cueStart = cue >= 0 ? doc.tokens[cue]!.start : s.start;
    const from = fronted ? s.start : Math.min(cueStart, visitors === lastVisitors ? s.start : firstVisitor.end);
    // organisations a person in this sentence works for are not visited ("Chef der Staatskanzlei")
    const own = new Set<string>();
    for (const v of visitors) for (const r of v.entity.roles) if (r.organisation) own.add(nameKey(r.organisation));
    // a relative or appositive clause describes, it does not add destinations (", located on the former …")
    const clauses: [number, number][] = [];
    if (cues.clauseEnd) {
      const re = new RegExp(cues.clauseEnd.source, 'g');
      for (const m of s.text.matchAll(re)) {
        const a = s.start + m.index!;
        const close = s.text.indexOf(',', m.index! + m[0].length);
        clauses.push([a, close < 0 ? s.end : s.start + close]);
      }
    }
    // a noun cue takes its object directly: "Eröffnung der Landesblumenschau", "Besuch im Kreishaus", "visit to Northvale College"
    const attached = (l: Located): boolean =>
      doc.tokens
        .slice(s.from, s.to)
        .some(
          (t) =>
            pack.visitCue(doc, { ...s, from: t.i, to: t.i + 1 }) === t.i &&
            t.cap &&
            l.start > t.end &&
            cues.cueObjectLink.test(doc.text.slice(t.end, l.start)),
        );
    let targets = inS.filter((l) => {
      if (l.entity.type === 'Person' || (l.start < from && !attached(l))) return false;
      if (clauses.some(([a, b]) => l.start > a && l.start < b)) return false;
      if (inS.some((o) => o !== l && o.start <= l.start && l.end <= o.end && o.end - o.start > l.end - l.start))
        return false;
      if (own.has(nameKey(l.entity.name))) return false;
      if (cues.frame && (locatesOnly(doc, l, cues.frame) || isOrganiser(doc, l, cues.frame))) return false;
      if (persons.some((p) => p.entity.roles.some((r) => r.span && r.span[0] <= l.start && l.end <= r.span[1])))
        return false;
      if (
        /^\s+[–-]\s/.test(doc.text.slice(l.end, l.end + 3)) &&
        /(?:^|\n)\s*$/.test(doc.text.slice(Math.max(0, l.start - 2), l.start))
      )
        return false; // dateline
      if (allQuotes.some((q) => l.start >= q.start && l.end <= q.end && (l.end - l.start) * 2 < q.end - q.start))
        return false;
      const before = doc.text.slice(Math.max(s.start, l.start - 12), l.start);
      if (/\(\s*$/.test(before) || cues.origin.test(before)) return false;
      // programmes are not places one visits; events are ("Landesblumenschau", "Tag der offenen Tür", "festival")
      const directObject =
        cue >= 0 &&
        l.start >= doc.tokens[cue]!.end &&
        cues.directObject.test(doc.text.slice(doc.tokens[cue]!.end, l.start));
      if (
        l.entity.type === 'Initiative' &&
        !directObject &&
        !/(?:schau|fest|festival|messe|tag|woche|day|week|show|fair|games|conference|summit|expo|ausstellung|\d{4})$/i.test(
          l.entity.name,
        )
      )
        return false;
      return true;
    });
    // "die Firma X in Kleinfurt": a place right next to an organisation only locates it
    const orgs = targets.filter((l) => l.entity.type === 'Organisation');
    // a person who is not visiting, placed by an appositive ("Ella Frost, in Harwick")
    const others = persons.filter((p) => !visitors.some((v) => v.id === p.id));
    targets = targets.filter(
      (l) =>
        l.entity.type !== 'Place' ||
        (!orgs.some(
          (o) =>
            (o.end <= l.start && near(doc.text.slice(o.end, l.start))) ||
            (l.end <= o.start && near(doc.text.slice(l.end, o.start))),
        ) &&
          !others.some((o) => o.end <= l.start && /^,\s*in\s+$/.test(doc.text.slice(o.end, l.start)))),
    );
    if (targets.length === 0) return;
    lastVisitSentence = si;
    const date = pack.findDate(s.text, doc.release.date) ?? doc.release.date;
    addVisits(out, seen, doc, {
      visitors,
      targets,
      span: s,
      date,
      confidence: persons.length > 0 && !continuing ? 0.75 : 0.6,
    });
  });
  if (cues.frame) out.push(...frameVisits(doc, located, pack, cues.frame, out, quoted));
  out.push(...partyVisits(doc, located, pack, out, quoted));
  // companions go wherever their leader goes (whether named before or after the visit)
  for (const r of [...out]) {
    for (const c of companions.get(r.from) ?? []) {
      const key = `${c.id}|${r.to}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ ...r, from: c.id, confidence: round(r.confidence * 0.9) });
    }
  }
  return out;
}

const OBJECT_CUE =
  /^(?:by|with|meets|met|meeting|mit|trifft|traf|treffen|empfing|empfängt|begrüßte|begrüßt|welcomed|welcomes|thanked|dankte)$/i;

/** True when a person mention is the object of a preposition or verb ("with Professor X", "meets X"). */
function objectPosition(doc: Doc, start: number, sentFrom: number): boolean {
  let k = doc.tokens.findIndex((t) => t.start === start) - 1;
  while (
    k >= sentFrom &&
    (doc.tokens[k]!.cap || /^(?:and|und|the|der|die|dem|den)$/i.test(doc.tokens[k]!.text)) &&
    !/[,;:]/.test(doc.tokens[k]!.post)
  )
    k--;
  return k >= sentFrom && OBJECT_CUE.test(doc.tokens[k]!.text) && !/[,;:]/.test(doc.tokens[k]!.post);
}

/** Text between an organisation and a place that only locates the organisation ("… GmbH in Talheim"). */
function near(between: string): boolean {
  return (
    /^[\s,„“”"]*(?:in|im|nach|bei)\s+(?:der|dem|den|the)?\s*(?:Firma\s+)?[\s,„“”"]*$/i.test(between) &&
    between.length < 25
  );
}
