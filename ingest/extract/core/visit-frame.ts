// Rule "visit-frame": a release about a visit is one frame. Its visitors carry into the lines that list the
// programme without naming a person (itinerary lines, "Station …", "Besichtigung des …", "ging es weiter zur …",
// "was shown round …"), and travel cues with a person ("Reise durch", "headed to") open the frame too.
import type { ExtractedRelation } from '../../../src/domain/index.js';
import { nameKey } from '../../../src/domain/index.js';
import { addVisits, type Located } from './located.js';
import type { LanguagePack } from './pack.js';
import type { Doc } from './types.js';
import { isOrigin } from './visit-sentence.js';

/** Language cues of the visit frame. */
export interface VisitFrameCues {
  /** A stop of the programme stated without its visitor ("Station machte …", "Besichtigung des …"). */
  station: RegExp;
  /** A journey stated with its traveller ("Reise durch", "Fahrt zum", "headed to", "fly to"). */
  travel: RegExp;
  /** Words after a place that only locate something ("die in X ansässige Firma", "X-based"). */
  locatesOnly: RegExp;
  /** Words before an organisation that make it the host or organiser, not a stop ("auf Einladung des"). */
  organiser: RegExp;
  /** Name ending of an initiative that is an event or site one stops at ("…schau", "…fest", "…show"). */
  stopEvent: RegExp;
  /** An itinerary line: a dash or bullet, or a clock time ("– Talheim (10 Uhr): …", "10.30 Uhr: …", "11am: …"). */
  itinerary: RegExp;
  /** A stop named before its cue ("Am Nachmittag stand X auf dem Programm"): the whole line holds stops. */
  programme: RegExp;
  /** A noun for the visiting party ("die Delegation", "die Gäste", "the visitors"): it stands for the visitors. */
  group: RegExp;
  /** Start of a relative clause that describes a stop (", die in X ansässig ist"): its mentions are no stops. */
  relativeClause?: RegExp;
  /** A visit in the passive ("wurde von X besucht", "was visited by X"): the subject is the stop, the agent visits. */
  passive: RegExp;
  /** Text between a stop and its genitive owner ("das Zentrum des Landkreises X"): the owner is no stop. */
  owner: RegExp;
  /** Words before an organisation whose people travel with the visitors ("und Vertreter der", "with staff from"). */
  member: RegExp;
  /** Text before a body whose delegation visits ("Eine Delegation des", "A delegation from the"): see visit-body. */
  delegationOf?: RegExp;
  /** Text right before a person who owns or hosts a stop ("die Firma X von", "run by"): no one new who visits. */
  ownerOf?: RegExp;
  /** Words right before a person who travels with the visitors ("gemeinsam mit", "begleitet von", "together with"). */
  together: RegExp;
}

interface Segment {
  start: number;
  end: number;
  text: string;
}

/** Sentences cut at line breaks, so each itinerary line is a segment of its own. */
function segments(doc: Doc): Segment[] {
  const out: Segment[] = [];
  for (const s of doc.sentences) {
    let a = s.start;
    for (const line of s.text.split('\n')) {
      if (line.trim()) out.push({ start: a, end: a + line.length, text: line });
      a += line.length + 1;
    }
  }
  return out;
}

/** True when the segment states a visit: a visit cue, a station, a programme line or a journey. */
function statesVisit(doc: Doc, pack: LanguagePack, cues: VisitFrameCues, seg: Segment): boolean {
  const from = doc.tokens.findIndex((t) => t.start >= seg.start);
  const end = doc.tokens.findIndex((t) => t.start >= seg.end);
  const sentence = { ...seg, from: from < 0 ? doc.tokens.length : from, to: end < 0 ? doc.tokens.length : end };
  return (
    pack.visitCue(doc, sentence) >= 0 ||
    cues.station.test(seg.text) ||
    cues.programme.test(seg.text) ||
    cues.travel.test(seg.text)
  );
}

/**
 * Starts of the itinerary lines that list a visit programme: a line that states a visit itself, or one of a list
 * whose lead-in line does ("Das Programm der Landrätin:"); a bullet list of anything else ("updates on:") is none.
 */
function itineraryLines(doc: Doc, pack: LanguagePack, cues: VisitFrameCues, segs: Segment[]): Set<number> {
  const out = new Set<number>();
  let open = false;
  let before = false;
  for (const seg of segs) {
    const visit = statesVisit(doc, pack, cues, seg);
    // a short lead-in ending in a colon right after a visit sentence opens the list too ("Das Programm:"), a
    // clause about something else does not ("The Board also received updates on:")
    const leadIn = before && /^\s*(?:\S+\s+){0,3}\S+:\s*$/.test(seg.text);
    if (!cues.itinerary.test(seg.text)) open = visit || leadIn;
    else if (open || visit) out.add(seg.start);
    before = visit;
  }
  return out;
}

/** True when the mention is a place that only locates something ("die in Talheim ansässige Firma"). */
export function locatesOnly(doc: Doc, l: Located, cues: VisitFrameCues): boolean {
  return l.entity.type === 'Place' && cues.locatesOnly.test(doc.text.slice(l.end, l.end + 40));
}

/** True when the mention is a street address right after another mention ("Kita X, Birkenweg 12, Talheim"). */
export function isAddress(doc: Doc, l: Located, located: Located[]): boolean {
  if (l.entity.type !== 'Place' || !/\s\d+\s?[a-z]?$/.test(doc.text.slice(l.start, l.end))) return false;
  return located.some((o) => o.end <= l.start && /^\s*,\s*$/.test(doc.text.slice(o.end, l.start)));
}

/**
 * True when the place only locates the mention before it, after a comma ("Talheim School, Kleinford", "Dayton,
 * Ohio where …", "Kelby Farm, in Northam, Wessex"): after a body, after `placedBy` (", in"), after a place that locates
 * itself, or after a place when neither is part of a list ("Kleinford, Talby and Easton" are three stops).
 */
export function locatesPrevious(doc: Doc, l: Located, mentions: Located[], placedBy: RegExp, depth = 0): boolean {
  if (l.entity.type !== 'Place' || depth > 3) return false;
  const { text } = doc;
  const o = mentions
    .filter(
      (m) =>
        m.end <= l.start && m.entity.type !== 'Person' && /^\s*,\s*(?:\p{Ll}+\s+)?$/u.test(text.slice(m.end, l.start)),
    )
    .pop();
  if (!o) return false;
  if (placedBy.test(text.slice(o.end, l.start)) || o.entity.type !== 'Place') return true;
  if (!/^\s*,\s*$/.test(text.slice(o.end, l.start))) return false;
  if (locatesPrevious(doc, o, mentions, placedBy, depth + 1)) return true;
  const listAfter = /^\s*(?:,|and\b|und\b|sowie\b|&)/u.test(text.slice(l.end, l.end + 8));
  const listBefore = /(?:,|\band|\bund|\bsowie|&)\s*$/u.test(text.slice(Math.max(0, o.start - 8), o.start));
  return !listAfter && !listBefore;
}

/** Targets without the genitive owners of other targets ("die Musikschule des Landkreises X" → the school only). */
export function withoutOwners(doc: Doc, targets: Located[], cues: VisitFrameCues): Located[] {
  return targets.filter(
    (l) => !targets.some((o) => o !== l && o.end <= l.start && cues.owner.test(doc.text.slice(o.end, l.start))),
  );
}

/** True when the mention hosts or organises the visit ("auf Einladung des Heimatvereins", "organised by X"). */
export function isOrganiser(doc: Doc, l: Located, cues: VisitFrameCues): boolean {
  return cues.organiser.test(doc.text.slice(Math.max(0, l.start - 40), l.start));
}

/** True when a non-person mention of a frame line can be a stop: no locator, organiser, address, origin or programme. */
function isFrameStop(doc: Doc, pack: LanguagePack, cues: VisitFrameCues, located: Located[], l: Located): boolean {
  return (
    !locatesOnly(doc, l, cues) &&
    !isOrganiser(doc, l, cues) &&
    !isAddress(doc, l, located) &&
    !locatesPrevious(doc, l, located, pack.visit.placedBy) &&
    !isOrigin(doc.text, pack.visit.origin, located, l) &&
    // programmes are not stops; events and sites are
    (l.entity.type !== 'Initiative' || cues.stopEvent.test(l.entity.name))
  );
}

/**
 * Further VISITED facts of the frame, given the facts the sentence rule found (not repeated), the persons named as
 * visitors (the frame's visitors when no fact names any) and the rest of the party (companions: they do not end it).
 */
export function frameVisits(
  doc: Doc,
  located: Located[],
  pack: LanguagePack,
  cues: VisitFrameCues,
  found: ExtractedRelation[],
  quoted: (l: Located) => boolean,
  named: Located[] = [],
  party: Located[] = [],
): ExtractedRelation[] {
  const byId = new Map(located.map((l) => [l.id, l]));
  const out: ExtractedRelation[] = [];
  const seen = new Set(found.map((r) => `${r.from}|${r.to}`));
  const visitors: Located[] = [];
  for (const r of found) {
    const v = byId.get(r.from);
    if (v && !visitors.some((x) => x.id === v.id)) visitors.push(v);
  }
  // visitors whose own sentence named no stop ("A und B waren im Kreis unterwegs. Das Programm: – …")
  if (visitors.length === 0) visitors.push(...named);
  const own = (v: Located[]): Set<string> =>
    new Set(v.flatMap((p) => p.entity.roles.flatMap((r) => (r.organisation ? [nameKey(r.organisation)] : []))));
  const stateVisit = (who: Located[], seg: Segment, targets: Located[], conf: number): void => {
    const mine = own(who);
    const date = pack.findDate(seg.text, doc.release.date) ?? doc.release.date;
    // The visitors' own organisation is where they come from, not where they went.
    const visited = withoutOwners(doc, targets, cues).filter((t) => !mine.has(nameKey(t.entity.name)));
    addVisits(out, seen, doc, { visitors: who, targets: visited, span: seg, date, confidence: conf });
  };
  const targetsIn = (seg: Segment, from: number): Located[] =>
    located.filter(
      (l) =>
        l.start >= Math.max(seg.start, from) &&
        l.end <= seg.end &&
        l.entity.type !== 'Person' &&
        !quoted(l) &&
        isFrameStop(doc, pack, cues, located, l),
    );
  const segs = segments(doc);
  const lines = itineraryLines(doc, pack, cues, segs);
  for (const seg of segs) {
    const persons = located.filter(
      (l) => l.entity.type === 'Person' && l.start >= seg.start && l.end <= seg.end && !quoted(l),
    );
    const travel = cues.travel.exec(seg.text);
    if (travel && persons.length > 0) {
      const at = seg.start + travel.index;
      const who = persons.filter((p) => p.start < at);
      if (who.length > 0) stateVisit(who, seg, targetsIn(seg, at), 0.6);
      // "Danach ging es für die Ministerin und den Landrat nach X": the travellers named after the cue
      else if (persons.every((p) => visitors.some((x) => x.id === p.id)))
        stateVisit(persons, seg, targetsIn(seg, persons[persons.length - 1]!.end), 0.55);
      continue;
    }
    // "Nächster Halt der Ministerin war …": a reference to a visitor names no one new; an owner or host named after
    // "von" ("die Firma X von Holger Y") is no one who visits
    const owner = (p: Located): boolean => !!cues.ownerOf?.test(doc.text.slice(seg.start, p.start));
    // companions and persons named as visitors elsewhere are of the party too ("… wo Landrat B, der mitreiste, …")
    const known = (p: Located): boolean => visitors.some((x) => x.id === p.id) || party.some((x) => x.id === p.id);
    // the others on an itinerary line host the stop ("– 11 Uhr: Rathaus X (Bürgermeister B)")
    const itinerary = lines.has(seg.start);
    if (visitors.length === 0 || (!itinerary && persons.some((p) => !known(p) && !owner(p)))) continue;
    // a tour without its traveller ("Frühjahrstour durch A, B und C") is the release visitors' tour
    if (travel) {
      stateVisit(visitors, seg, targetsIn(seg, seg.start + travel.index), 0.55);
      continue;
    }
    const station = cues.station.exec(seg.text);
    const programme = cues.programme.test(seg.text);
    if (!itinerary && !station && !programme) continue;
    const from = station && !itinerary && !programme ? seg.start + station.index : seg.start;
    stateVisit(visitors, seg, targetsIn(seg, from), 0.55);
  }
  return out;
}
