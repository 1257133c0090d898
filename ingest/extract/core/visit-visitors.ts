// Who visits in a visit sentence: guests of a host verb, the programme's visitors (visit noun, pronoun, title
// reference, continuation), or the first person not in object position with the persons coordinated with it.
import type { Located } from './located.js';
import { clauseSpans, inClause } from './visit-clauses.js';
import { isOrganiser } from './visit-frame.js';
import type { VisitCues } from './visited.js';
import { hasPronoun, type VisitContext, type VisitProgramme, type VisitSentence } from './visit-sentence.js';

/** The visitors of a visit sentence, or [] when it names none and continues no programme. */
export function chooseVisitors(ctx: VisitContext, v: VisitSentence, prog: VisitProgramme): Located[] {
  const chosen = choosePersons(ctx, v, prog);
  const fellows = travellingWith(ctx, v).filter((p) => !chosen.some((c) => c.id === p.id));
  return chosen.length > 0 && fellows.length > 0 ? [...chosen, ...fellows] : chosen;
}

/**
 * Persons named right after "gemeinsam mit", "begleitet von", "together with", and those coordinated with them
 * ("gemeinsam mit den Abgeordneten A und B"): they travel with the visitors.
 */
function travellingWith(ctx: VisitContext, v: VisitSentence): Located[] {
  const together = ctx.cues.frame?.together;
  if (!together) return [];
  const out: Located[] = [];
  v.persons.forEach((p, i) => {
    if (!together.test(ctx.doc.text.slice(Math.max(v.s.start, p.start - 120), p.start))) return;
    for (const c of coordinated(ctx, v.persons, i)) if (!out.includes(c)) out.push(c);
  });
  return out;
}

/** Offset of a party noun in the sentence ("die Delegation", "the visitors"), or -1. */
function groupAt(ctx: VisitContext, v: VisitSentence): number {
  const m = ctx.cues.frame?.group.exec(v.s.text);
  return m ? v.s.start + m.index : -1;
}

/** The visiting persons of the sentence, before fellow travellers are added. */
function choosePersons(ctx: VisitContext, v: VisitSentence, prog: VisitProgramme): Located[] {
  const last = prog.lastVisitors;
  const guests = hostGuests(ctx, v, last) ?? passiveAgents(ctx, v);
  if (guests) return guests;
  const group = groupAt(ctx, v);
  // "X führte die Gäste durch …": the host is not the visitor, the party is
  if (last.length > 0 && group >= 0 && hostBefore(ctx, v, group)) return last;
  // "ein Besuch bei der Firma X, die von A und B geführt wird": the persons of a clause describe the stop
  const clauses = clauseSpans(ctx, v);
  // "Auf Einladung von Bürgermeister A besuchte B …": the one who invites hosts
  const frame = ctx.cues.frame;
  const eligible = v.persons.filter(
    (p) =>
      !objectPosition(ctx, p.start, v.s.from) &&
      !inClause(clauses, p.start) &&
      !(frame && isOrganiser(ctx.doc, p, frame)),
  );
  const firstPerson = eligible[0]?.start ?? Infinity;
  const cueAt = v.cue >= 0 ? ctx.doc.tokens[v.cue]!.start : v.s.start;
  if (last.length > 0 && !v.continuing) {
    if (ctx.cues.nominalVisit.test(v.s.text)) return last;
    const groupFirst = group >= 0 && group < firstPerson;
    if (
      (groupFirst || referenceBefore(ctx, v, firstPerson, cueAt)) &&
      (eligible.length === 0 || firstPerson > cueAt || groupFirst)
    )
      return last;
  }
  if (eligible.length > 0 && !v.continuing) return coordinated(ctx, v.persons, v.persons.indexOf(eligible[0]!));
  const pronoun = hasPronoun(ctx, v.s) || group >= 0 || ctx.looseRefs.some((o) => o >= v.s.start && o < v.s.end);
  if (last.length === 0 || eligible.length > 0) return pronoun || v.continuing ? last : [];
  if (pronoun || v.continuing || programmeNoun(ctx, v, prog)) return last;
  return [];
}

/**
 * A visit noun in a sentence without a visitor of its own, right after the visit ("Auf dem Programm standen Besuche
 * bei …") or continuing the programme ("Den Auftakt bildete ein Besuch bei der Firma X, die A und B führen").
 */
function programmeNoun(ctx: VisitContext, v: VisitSentence, prog: VisitProgramme): boolean {
  if (v.cue < 0 || !ctx.doc.tokens[v.cue]!.cap) return false;
  const gap = v.si - prog.lastVisitSentence;
  return gap <= 2 || (gap <= 6 && ctx.cues.continuation.test(v.s.text));
}

/** A host who welcomes or thanks someone is not the visitor: the persons named after the verb are. */
function hostGuests(ctx: VisitContext, v: VisitSentence, last: Located[]): Located[] | undefined {
  const host = ctx.cues.host?.exec(v.s.text);
  if (!host) return undefined;
  const hostAt = v.s.start + host.index;
  const passive = isPassiveHost(ctx.cues, v.s, hostAt);
  // German names the agent before the participle ("wurde sie von Landrätin A empfangen"): split at "von"
  const split = (passive && passiveAgentAt(ctx, v)) || hostAt;
  let after = v.persons.filter((p) => p.start > split);
  let before = v.persons.filter((p) => p.end <= split);
  // "Bei der X begrüßte Inhaberin B die Ministerin": after a fronted phrase the subject follows the verb; it hosts
  // unless it is one of the visitors ("Dort begrüßte die Ministerin Bürgermeister B")
  // (only when the others are the visitors, "Danach dankte Ministerin A Bürgermeister B" names a new visitor A)
  const isLast = (p: Located): boolean => last.some((x) => x.id === p.id);
  const inverted =
    !passive && before.length === 0 && after.length > 0 && !isLast(after[0]!) && after.slice(1).every(isLast);
  if (inverted && /\p{L}/u.test(v.s.text.slice(0, host.index))) [before, after] = [after.slice(0, 1), after.slice(1)];
  const guests = passive ? before : after;
  const hosts = passive ? after : before;
  // "Dort wurde sie von A empfangen": the pronoun is the programme's visitor
  if (passive && guests.length === 0 && hosts.length > 0 && last.length > 0) return last;
  // "…, wo Geschäftsführer A die Gäste begrüßte": the party noun after the host is the guest
  if (!passive && guests.length === 0 && hosts.length > 0 && last.length > 0 && groupAt(ctx, v) > hosts[0]!.end)
    return last;
  if (guests.length === 0 || hosts.length === 0) return undefined;
  return guests.filter((g, i) => i === 0 || ctx.cues.guestJoin.test(ctx.doc.text.slice(guests[i - 1]!.end, g.start)));
}

/** Offset of the agent word of the sentence's passive host verb, or 0 when the pack names none. */
function passiveAgentAt(ctx: VisitContext, v: VisitSentence): number {
  const passive = ctx.cues.passiveHost?.exec(v.s.text);
  const agent = ctx.cues.passiveAgent;
  if (!passive || !agent) return 0;
  const m = agent.exec(passive[0]);
  return m ? v.s.start + passive.index + m.index : 0;
}

/** "The X was visited by Y": the persons after the passive verb visit (they follow "by", an object cue otherwise). */
function passiveAgents(ctx: VisitContext, v: VisitSentence): Located[] | undefined {
  const m = ctx.cues.frame?.passive.exec(v.s.text);
  if (!m) return undefined;
  const at = v.s.start + m.index;
  const i = v.persons.findIndex((p) => p.start > at);
  return i < 0 ? undefined : coordinated(ctx, v.persons, i);
}

/** True when an active host verb stands before `at` in the sentence ("X begrüßte die Delegation"). */
function hostBefore(ctx: VisitContext, v: VisitSentence, at: number): boolean {
  const host = ctx.cues.host?.exec(v.s.text);
  if (!host) return false;
  const hostAt = v.s.start + host.index;
  return hostAt < at && at - hostAt < 40 && !isPassiveHost(ctx.cues, v.s, hostAt);
}

/** True when the host verb at `hostAt` is passive ("was welcomed by"): its subject is the guest. */
export function isPassiveHost(cues: VisitCues, s: { start: number; text: string }, hostAt: number): boolean {
  const passive = cues.passiveHost?.exec(s.text);
  if (!passive) return false;
  const at = s.start + passive.index;
  return at <= hostAt && hostAt <= at + passive[0].length;
}

/** A pronoun or unresolved title reference before the first eligible person (and near the cue) continues the programme. */
function referenceBefore(ctx: VisitContext, v: VisitSentence, firstPerson: number, cueAt: number): boolean {
  const { s } = v;
  const limit = Math.max(cueAt, firstPerson === Infinity ? s.end : 0) + 1;
  return (
    ctx.doc.tokens
      .slice(s.from, s.to)
      .some((t) => ctx.pack.pronouns.has(t.norm) && t.start < firstPerson && t.start < limit) ||
    ctx.looseRefs.some((o) => o >= s.start && o < Math.min(firstPerson, s.end))
  );
}

/** The person at `i0` and the persons coordinated with it ("A und B", "A, together with B"). */
function coordinated(ctx: VisitContext, persons: Located[], i0: number): Located[] {
  const out = [persons[i0]!];
  for (let i = i0 + 1; i < persons.length; i++) {
    // the same offset twice: a plural reference that stands for several persons
    const plural = persons[i]!.start === persons[i - 1]!.start;
    const prev = persons[i - 1]!;
    const between = apposed(ctx, prev, persons[i]!.start) ?? affiliated(ctx, prev, persons[i]!.start) ?? prev.end;
    if (!plural && !ctx.cues.coVisitor.test(ctx.doc.text.slice(between, persons[i]!.start))) break;
    out.push(persons[i]!);
  }
  return out;
}

/**
 * End of the person's role apposition when it follows the person ("A, Landrätin des Kreises X, und B": the
 * coordination goes on after the role, which starts with one of A's titles), else undefined.
 */
function apposed(ctx: VisitContext, p: Located, before: number): number | undefined {
  const text = ctx.doc.text.slice(p.end, before);
  const m = /^\s*,\s+(?:(?:der|die|den|dem|the)\s+)?([^,.;:]{1,80}),/u.exec(text);
  if (!m) return undefined;
  const head = m[1]!.split(/\s+/)[0]!;
  return p.entity.roles.some((r) => r.title.split(/\s+/)[0] === head) ? p.end + m[0].length : undefined;
}

/** End of the body a person comes from, named right after them ("A vom Landesamt X und B"), else undefined. */
function affiliated(ctx: VisitContext, p: Located, before: number): number | undefined {
  const link = ctx.cues.affiliation;
  const { text } = ctx.doc;
  const body = link
    ? ctx.located.find(
        (l) =>
          l.entity.type !== 'Person' && l.start >= p.end && l.end <= before && link.test(text.slice(p.end, l.start)),
      )
    : undefined;
  return body?.end;
}

/** True when a person mention is the object of a preposition or verb ("with Professor X", "meets X"). */
export function objectPosition(ctx: VisitContext, start: number, sentFrom: number): boolean {
  const { tokens } = ctx.doc;
  const { objectCue, objectNameLink } = ctx.cues;
  let k = tokens.findIndex((t) => t.start === start) - 1;
  while (k >= sentFrom && (tokens[k]!.cap || objectNameLink.test(tokens[k]!.text)) && !/[,;:]/.test(tokens[k]!.post))
    k--;
  return k >= sentFrom && objectCue.test(tokens[k]!.text) && !/[,;:]/.test(tokens[k]!.post);
}
