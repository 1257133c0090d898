// What a visit sentence's visitors visit: its non-person mentions, minus those named rules rule out.
import { nameKey } from '../../../src/domain/index.js';
import type { Located } from './located.js';
import type { Token } from './types.js';
import { insideQuote, isOrigin, type VisitContext, type VisitSentence } from './visit-sentence.js';
import { clauseSpans, inClause } from './visit-clauses.js';
import { isAddress, isOrganiser, locatesOnly, locatesPrevious, withoutOwners } from './visit-frame.js';

/** What a target rule sees: the sentence, its visitors and the facts derived from them once. */
interface TargetView {
  ctx: VisitContext;
  v: VisitSentence;
  /** Organisations a visitor works for are not visited ("Chef der Staatskanzlei"). */
  own: Set<string>;
  /** Spans of descriptive clauses (", located on the former …"). */
  clauses: [number, number][];
  /** Ids of the visitors: no one visits themselves (an organisation travelling with the party). */
  visitors: Set<string>;
  /** Mentions before this offset are no destinations unless a visit noun takes them as its object. */
  from: number;
  /** The sentence's visit nouns, once asked for. */
  nouns?: Token[];
}

/** A rule that rules a mention out as a destination. */
type TargetRule = (t: TargetView, l: Located) => boolean;

/** A mention nested in a longer mention of the sentence is part of that name. */
const nested: TargetRule = ({ v }, l) =>
  v.inS.some((o) => o !== l && o.start <= l.start && l.end <= o.end && o.end - o.start > l.end - l.start);

/** The mention is part of a person's role phrase ("Leiterin des Bauamts"). */
const inRolePhrase: TargetRule = ({ v }, l) =>
  v.persons.some((p) => p.entity.roles.some((r) => r.span && r.span[0] <= l.start && l.end <= r.span[1]));

/** A dateline at a line start ("Talheim – …") says where the release comes from. */
const dateline: TargetRule = ({ ctx }, l) =>
  /^\s+[–-]\s/.test(ctx.doc.text.slice(l.end, l.end + 3)) &&
  /(?:^|\n)\s*$/.test(ctx.doc.text.slice(Math.max(0, l.start - 2), l.start));

/** Parenthesised (a party, an abbreviation) or an origin ("aus", "from"). */
const originOrAside: TargetRule = ({ ctx, v }, l) => {
  const before = ctx.doc.text.slice(Math.max(v.s.start, l.start - 12), l.start);
  return /\(\s*$/.test(before) || isOrigin(ctx.doc.text, ctx.cues.origin, v.inS, l);
};

/** Programmes are not places one visits; events are, and so is what the cue takes as its object. */
const programme: TargetRule = ({ ctx, v }, l) => {
  if (l.entity.type !== 'Initiative') return false;
  const cue = v.cue >= 0 ? ctx.doc.tokens[v.cue]! : undefined;
  const directObject = !!cue && l.start >= cue.end && ctx.cues.directObject.test(ctx.doc.text.slice(cue.end, l.start));
  return !directObject && !ctx.cues.eventName.test(l.entity.name);
};

/** Before the visitor and the cue ("Im Auftrag der X besuchte Y …"), unless a visit noun takes it ("Besuch im X"). */
const beforeVisit: TargetRule = (view, l) => {
  if (l.start >= view.from) return false;
  const { doc, cues } = view.ctx;
  return !nounCues(view).some((t) => l.start > t.end && cues.cueObjectLink.test(doc.text.slice(t.end, l.start)));
};

/** The agent of a visit noun ("die Betriebsbesuche von X", "a visit from X") is a visitor, not a stop. */
const agentOfNoun: TargetRule = (view, l) => {
  const link = view.ctx.cues.visitorAfterNoun;
  const { text } = view.ctx.doc;
  return !!link && nounCues(view).some((t) => l.start > t.end && link.test(text.slice(t.end, l.start)));
};

/** A place named as the area of unnamed stops ("three schools in X and Y"), or listed with one. */
const areaOfStops: TargetRule = ({ ctx, v }, l) => {
  const area = ctx.cues.areaOfStops;
  if (!area || l.entity.type !== 'Place') return false;
  const { text } = ctx.doc;
  const before = (m: Located): string => text.slice(Math.max(v.s.start, m.start - 40), m.start);
  // "Minister Lloyd in Harwick": a place after the visitor's name is where they are
  const afterPerson = (m: Located): boolean =>
    v.persons.some((p) => p.end <= m.start && /^\s+\p{Ll}+\s+(?:the\s+)?$/u.test(text.slice(p.end, m.start)));
  if (area.test(before(l)) && !afterPerson(l)) return true;
  // the list goes on: "in Kelby and Orlby"
  const prev = v.inS.filter((m) => m.entity.type === 'Place' && m.end <= l.start).pop();
  return (
    !!prev &&
    /^\s*(?:,|and|und)\s*$/.test(text.slice(prev.end, l.start)) &&
    area.test(before(prev)) &&
    !afterPerson(prev)
  );
};

/**
 * A place spelled like a person's surname ("Wendlandt und Riedl besuchen …" read as a town) is that person (a firm
 * named after its owners, "die Firma Lenz" of the Lenz brothers, can be visited).
 */
const surnameOfPerson: TargetRule = ({ ctx }, l) => {
  if (l.entity.type !== 'Place') return false;
  const text = ctx.doc.text.slice(l.start, l.end);
  return ctx.located.some((p) => p.entity.type === 'Person' && p.entity.name.split(' ').pop() === text);
};

/** The capitalised words of the sentence that are visit cues on their own ("Besuch", "Visit"), found once. */
function nounCues(view: TargetView): Token[] {
  if (view.nouns) return view.nouns;
  const { doc, pack } = view.ctx;
  const { s } = view.v;
  // each word alone, so a phrase elsewhere in the sentence does not make every word after it a cue
  view.nouns = doc.tokens
    .slice(s.from, s.to)
    .filter(
      (t) => t.cap && pack.visitCue(doc, { start: t.start, end: t.end, text: t.text, from: t.i, to: t.i + 1 }) === t.i,
    );
  return view.nouns;
}

/** The rules that rule a sentence mention out as a destination, in order. */
const TARGET_RULES: readonly TargetRule[] = [
  (_, l) => l.entity.type === 'Person',
  ({ visitors }, l) => visitors.has(l.id),
  surnameOfPerson,
  agentOfNoun,
  areaOfStops,
  beforeVisit,
  ({ clauses }, l) => inClause(clauses, l.start),
  nested,
  // a place the visitor governs (a mayor's town, a minister's state) can still be visited
  ({ own }, l) => l.entity.type !== 'Place' && own.has(nameKey(l.entity.name)),
  ({ ctx }, l) =>
    !!ctx.cues.frame && (locatesOnly(ctx.doc, l, ctx.cues.frame) || isOrganiser(ctx.doc, l, ctx.cues.frame)),
  ({ ctx, v }, l) => isAddress(ctx.doc, l, v.inS) || locatesPrevious(ctx.doc, l, v.inS, ctx.cues.placedBy),
  inRolePhrase,
  dateline,
  ({ ctx }, l) => insideQuote(ctx.allQuotes, l),
  originOrAside,
  programme,
];

/** The destinations of a visit sentence for its visitors. */
export function visitTargets(ctx: VisitContext, v: VisitSentence, visitors: Located[], named: boolean): Located[] {
  // a visitor's body is where the party comes from or its host (tried: only the bodies of all visitors, one more
  // wrong stop on the blind files)
  const own = new Set(
    visitors.flatMap((p) => p.entity.roles.flatMap((r) => (r.organisation ? [nameKey(r.organisation)] : []))),
  );
  const cueStart = v.cue >= 0 ? ctx.doc.tokens[v.cue]!.start : v.s.start;
  const fronted = ctx.cues.frontedPlace.test(v.s.text);
  const first = visitors[0]!;
  // "Die X erhielt Besuch von Y": the visit noun's visitor follows it, so what precedes the noun was visited
  const nounFirst =
    v.cue >= 0 &&
    first.start > cueStart &&
    !!ctx.cues.visitorAfterNoun?.test(ctx.doc.text.slice(ctx.doc.tokens[v.cue]!.end, first.start));
  // "Die X wurde von Y besucht": the subject before the visitor is the stop
  const passive = !!ctx.cues.frame?.passive.test(v.s.text);
  const from = fronted || !named || nounFirst || passive ? v.s.start : Math.min(cueStart, first.end);
  const ids = new Set(visitors.map((x) => x.id));
  const view: TargetView = { ctx, v, own, visitors: ids, clauses: clauseSpans(ctx, v), from };
  const targets = v.inS.filter((l) => !TARGET_RULES.some((rule) => rule(view, l)));
  const owned = ctx.cues.frame ? withoutOwners(ctx.doc, targets, ctx.cues.frame) : targets;
  return withoutLocatingPlaces(ctx, v, visitors, owned);
}

/**
 * Places that only locate another mention: next to an organisation ("die Firma X in Kleinfurt") or placing a person
 * who is not visiting ("Ella Frost, in Harwick").
 */
function withoutLocatingPlaces(
  ctx: VisitContext,
  v: VisitSentence,
  visitors: Located[],
  targets: Located[],
): Located[] {
  const { text } = ctx.doc;
  const near = (between: string): boolean => ctx.cues.orgLocator.test(between) && between.length < 25;
  const orgs = targets.filter((l) => l.entity.type === 'Organisation');
  const others = v.persons.filter((p) => !visitors.some((x) => x.id === p.id));
  return targets.filter(
    (l) =>
      l.entity.type !== 'Place' ||
      (!orgs.some(
        (o) =>
          (o.end <= l.start && near(text.slice(o.end, l.start))) ||
          (l.end <= o.start && near(text.slice(l.end, o.start))),
      ) &&
        !others.some((o) => o.end <= l.start && ctx.cues.placedBy.test(text.slice(o.end, l.start)))),
  );
}
