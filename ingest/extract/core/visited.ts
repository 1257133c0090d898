// VISITED: visit cues, visitors (with companions and pronoun continuation) and destinations.
import { nameKey, type ExtractedRelation } from '../../../src/domain/index.js';
import { addVisits, round, type Located } from './located.js';
import type { LanguagePack } from './pack.js';
import { findQuotes, isSpeech } from './quotes.js';
import type { Doc, Sentence } from './types.js';
import { delegationVisits } from './visit-delegation.js';
import { frontedStop } from './visit-fronted.js';
import { partyJoiners } from './visit-joiners.js';
import { delegationBody } from './visit-body.js';
import { headlineVisits } from './visit-headline.js';
import { withoutHomeVisits } from './visit-home.js';
import { memberOrgs } from './visit-members.js';
import { partyVisits } from './visit-party.js';
import { frameVisits, type VisitFrameCues } from './visit-frame.js';
import {
  hasPronoun,
  insideQuote,
  mentionsIn,
  type VisitContext,
  type VisitProgramme,
  type VisitSentence,
} from './visit-sentence.js';
import { visitTargets } from './visit-targets.js';
import { chooseVisitors } from './visit-visitors.js';

/** Sentence-level cue sets a pack gives the visit rule. */
export interface VisitCues {
  /** The sentence cancels a visit ("sagt … ab", "cancelled"). */
  cancel: RegExp;
  /** The sentence continues a visit programme ("Zunächst", "Im Anschluss", "Afterwards"). */
  continuation: RegExp;
  /** The sentence says who accompanies whom ("begleitet", "accompanied by"). */
  companion: RegExp;
  /** A sentence that only adds its persons to the visiting party ("Mit dabei waren …"): see visit-joiners. */
  joiners?: RegExp;
  /** An active verb of accompanying ("A begleitete B", "A accompanied B"): its subject goes with its object. */
  companionActive?: RegExp;
  /** Words before a mention that make it an origin, not a destination ("aus", "from"). */
  origin: RegExp;
  /** Text before a place that makes it the area of unnamed stops ("visited three schools in"): no stop itself. */
  areaOfStops?: RegExp;
  /** Start of a clause whose places are descriptive (", located on …"). */
  clauseEnd?: RegExp;
  /** Verbs whose subject hosts the visitor named as their object ("begrüßte", "welcomed"). */
  host?: RegExp;
  /** A pronoun right after a host verb that stands for its guests ("showed them", "begrüßte sie"). */
  guestPronoun?: RegExp;
  /** A host verb in the passive ("was welcomed by"): the subject is the visitor, the agent the host. */
  passiveHost?: RegExp;
  /** The agent word of a passive host verb when it precedes the verb ("wurde sie von X empfangen": "von"). */
  passiveAgent?: RegExp;
  /** Text between a visit noun and its visitor ("Besuch von", "visit from"): what precedes the noun was visited. */
  visitorAfterNoun?: RegExp;
  /** Sentence start naming a visit as a noun ("During the visit"): its visitors are the last ones. */
  nominalVisit: RegExp;
  /** Sentence opening up to a fronted stop without a visit word ("Im ", "In der ", "At the "): see visit-fronted. */
  frontedStop?: RegExp;
  /** Sentence start before a fronted place ("In X, …"): that place is a destination too. */
  frontedPlace: RegExp;
  /** Text between two persons that coordinates them as fellow visitors (", and her deputy"). */
  coVisitor: RegExp;
  /** Text between a person and the body they come from ("A vom Landesamt X und B"): coordination goes on after it. */
  affiliation?: RegExp;
  /** Text between two guests of a host verb that joins them ("und", "and"). */
  guestJoin: RegExp;
  /** Text between a capitalised visit noun and its object ("Besuch beim", "Visit to the"). */
  cueObjectLink: RegExp;
  /** Text between the visit cue and a mention that makes the mention its direct object ("the", "den"). */
  directObject: RegExp;
  /** Word before a person that makes the person an object, not the visitor ("with", "mit", "meets"). */
  objectCue: RegExp;
  /** Words that may stand between an object cue and the person ("and", "the", capitalised title words aside). */
  objectNameLink: RegExp;
  /** Name ending of an initiative that is an event one can visit ("…schau", "…festival", a year). */
  eventName: RegExp;
  /** Text between an organisation and a place that only locates it ("… GmbH in", "… Ltd in the"). */
  orgLocator: RegExp;
  /** Text between a person and a place that only places the person (", in"). */
  placedBy: RegExp;
  /** Text between a visitor and a fellow traveller of the party ("und", ", ", "and" and up to three title words). */
  partyJoin: RegExp;
  /** Cues of the document-level visit frame (itinerary lines, stations, travel). */
  frame?: VisitFrameCues;
}

/** VISITED: visit cue in a sentence, visitor = first (coordinated) person, targets = later non-person mentions. */
export function visits(doc: Doc, located: Located[], pack: LanguagePack, looseRefs: number[]): ExtractedRelation[] {
  const allQuotes = findQuotes(doc.text);
  const speech = allQuotes.filter((q) => isSpeech(q, pack.capitalisedNouns));
  const ctx: VisitContext = {
    doc,
    pack,
    cues: pack.visit,
    located,
    looseRefs,
    allQuotes,
    quoted: (l) => insideQuote(speech, l),
  };
  const out: ExtractedRelation[] = [];
  const seen = new Set<string>();
  const prog: VisitProgramme = { lastVisitors: [], lastVisitSentence: -10 };
  const companions = new Map<string, Located[]>();
  const pending: VisitSentence[] = [];
  // the first persons named as visitors, whether or not their sentence names a stop
  let firstVisitors: Located[] | undefined;
  // persons who came along, named before any visitor: they join the first visitors
  const earlyJoiners: Located[] = [];
  // every person named as a visitor, in order (the frame's visitors when no sentence named a stop)
  const allNamed: Located[] = [];
  doc.sentences.forEach((s, si) => {
    if (ctx.cues.cancel.test(s.text)) return;
    const joiners = partyJoiners(ctx, s);
    if (joiners) {
      const leader = prog.lastVisitors[0];
      if (leader) addCompanions(companions, leader.id, joiners);
      else earlyJoiners.push(...joiners);
      return;
    }
    noteCompanions(ctx, s, prog, companions);
    const v = visitSentence(ctx, s, si, prog);
    if (!v) {
      const stop = frontedStop(ctx, s, si, prog);
      if (!stop) return;
      const date = pack.findDate(s.text, doc.release.date) ?? doc.release.date;
      addVisits(out, seen, doc, { visitors: prog.lastVisitors, targets: [stop], span: s, date, confidence: 0.55 });
      prog.lastVisitSentence = si;
      return;
    }
    let chosen = chooseVisitors(ctx, v, prog);
    const body = chosen.length === 0 && prog.lastVisitors.length === 0 ? delegationBody(ctx, v) : undefined;
    if (body) chosen = [body];
    if (chosen.length === 0 && prog.lastVisitors.length === 0 && out.length === 0) pending.push(v);
    if (chosen.length === 0) return;
    const named = chosen !== prog.lastVisitors;
    const members = named ? memberOrgs(ctx, v) : [];
    const visitors = members.length > 0 ? [...chosen, ...members] : chosen;
    if (named) {
      prog.lastVisitors = visitors;
      prog.lastVisitSentence = si;
      firstVisitors ??= chosen;
      for (const c of visitors) if (!allNamed.some((x) => x.id === c.id)) allNamed.push(c);
    }
    const targets = visitTargets(ctx, v, visitors, named).filter((t) => !members.some((m) => m.id === t.id));
    if (targets.length === 0) return;
    prog.lastVisitSentence = si;
    const date = pack.findDate(s.text, doc.release.date) ?? doc.release.date;
    const confidence = v.persons.length > 0 && !v.continuing ? 0.75 : 0.6;
    addVisits(out, seen, doc, { visitors, targets, span: s, date, confidence });
  });
  if (firstVisitors?.[0] && earlyJoiners.length > 0) addCompanions(companions, firstVisitors[0].id, earlyJoiners);
  out.push(...headlineVisits(ctx, pending, out, seen, firstVisitors));
  if (ctx.cues.frame)
    out.push(
      ...frameVisits(doc, located, pack, ctx.cues.frame, out, ctx.quoted, allNamed, [
        ...allNamed,
        ...[...companions.values()].flat(),
      ]),
    );
  out.push(...partyVisits(doc, located, pack, out, ctx.quoted));
  out.push(...companionVisits(out, seen, companions, located));
  out.push(...delegationVisits(out, located));
  return withoutHomeVisits(doc, located, out);
}

/** The sentence as a visit sentence: with a cue, or continuing a recent programme; undefined otherwise. */
function visitSentence(ctx: VisitContext, s: Sentence, si: number, prog: VisitProgramme): VisitSentence | undefined {
  const cue = ctx.pack.visitCue(ctx.doc, s);
  const continuing =
    cue < 0 && si - prog.lastVisitSentence <= 6 && prog.lastVisitors.length > 0 && ctx.cues.continuation.test(s.text);
  if (cue < 0 && !continuing) return undefined;
  const inS = mentionsIn(ctx, s);
  return { s, si, cue, continuing, inS, persons: inS.filter((l) => l.entity.type === 'Person') };
}

/** "Begleitet wird X von Y": Y goes wherever X goes; with a pronoun, the companions join the last visitor. */
function noteCompanions(
  ctx: VisitContext,
  s: Sentence,
  prog: VisitProgramme,
  companions: Map<string, Located[]>,
): void {
  const active = ctx.cues.companionActive?.exec(s.text);
  if (!active && !ctx.cues.companion.test(s.text)) return;
  const add = (leader: string, ps: Located[]): void => addCompanions(companions, leader, ps);
  const ps = mentionsIn(ctx, s).filter((l) => l.entity.type === 'Person');
  if (active) {
    // "Landrätin A begleitete den Minister": A goes where the minister goes
    const at = s.start + active.index;
    const leader = ps.find((p) => p.start > at);
    const subjects = ps.filter((p) => p.end <= at);
    if (leader && subjects.length > 0) add(leader.id, subjects);
    return;
  }
  if (ps.length >= 2 && !hasPronoun(ctx, s)) add(ps[0]!.id, ps.slice(1));
  else if (ps.length >= 1 && prog.lastVisitors.length > 0) add(prog.lastVisitors[0]!.id, ps);
}

/** Adds persons to a leader's companions (not the leader, none twice). */
function addCompanions(companions: Map<string, Located[]>, leader: string, ps: Located[]): void {
  const list = companions.get(leader) ?? [];
  for (const p of ps) if (p.id !== leader && !list.some((x) => x.id === p.id)) list.push(p);
  companions.set(leader, list);
}

/** Companions go wherever their leader goes (whether named before or after the visit). */
function companionVisits(
  found: ExtractedRelation[],
  seen: Set<string>,
  companions: Map<string, Located[]>,
  located: Located[],
): ExtractedRelation[] {
  const names = new Map(located.map((l) => [l.id, nameKey(l.entity.name)]));
  const out: ExtractedRelation[] = [];
  for (const r of found) {
    for (const c of companions.get(r.from) ?? []) {
      const key = `${c.id}|${r.to}`;
      // a companion does not visit their own organisation (the Landrat who shows the minister round the district)
      if (seen.has(key) || ownOrg(c, names.get(r.to ?? ''))) continue;
      seen.add(key);
      out.push({ ...r, from: c.id, confidence: round(r.confidence * 0.9) });
    }
  }
  return out;
}

/** True when the name key is one of the person's role organisations. */
function ownOrg(p: Located, key: string | undefined): boolean {
  return !!key && p.entity.roles.some((r) => !!r.organisation && nameKey(r.organisation) === key);
}
