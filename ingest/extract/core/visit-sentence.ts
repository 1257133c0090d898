// What the visit rules know about one sentence: its cue, its mentions and the visit programme so far.
import type { Located } from './located.js';
import type { LanguagePack } from './pack.js';
import type { Quote } from './quotes.js';
import type { Doc, Sentence } from './types.js';
import type { VisitCues } from './visited.js';

/** The release-wide inputs of the visit rules. */
export interface VisitContext {
  doc: Doc;
  pack: LanguagePack;
  cues: VisitCues;
  located: Located[];
  /** Offsets of title references no person took ("der Landrat" with no Landrat named): they act like pronouns. */
  looseRefs: number[];
  /** Every quotation of the release, speech or not. */
  allQuotes: Quote[];
  /** True inside a spoken quotation, unless the quotation is the mention's own name („Haus der Vereine“). */
  quoted(l: Located): boolean;
}

/** The programme so far: the last visitors and the sentence that named them. */
export interface VisitProgramme {
  lastVisitors: Located[];
  lastVisitSentence: number;
}

/** One sentence as the visit rules see it. */
export interface VisitSentence {
  s: Sentence;
  si: number;
  /** Index of the visit cue token, or -1 for a continuation sentence. */
  cue: number;
  /** No cue of its own, but continues the programme ("Im Anschluss …"). */
  continuing: boolean;
  /** Mentions in the sentence outside spoken quotations. */
  inS: Located[];
  persons: Located[];
}

/** Mentions inside the sentence and outside spoken quotations. */
export function mentionsIn(ctx: VisitContext, s: Sentence): Located[] {
  return ctx.located.filter((l) => l.start >= s.start && l.end <= s.end && !ctx.quoted(l));
}

/** True when a sentence token is one of the pack's subject pronouns. */
export function hasPronoun(ctx: VisitContext, s: Sentence): boolean {
  return ctx.doc.tokens.slice(s.from, s.to).some((t) => ctx.pack.pronouns.has(t.norm));
}

/** True when a mention lies inside a quotation and is less than half of it (not the quotation's own name). */
export function insideQuote(quotes: Quote[], l: Located): boolean {
  return quotes.some((q) => l.start >= q.start && l.end <= q.end && (l.end - l.start) * 2 < q.end - q.start);
}

/** True when the mention follows an origin word ("from the X"), or continues a list after one ("from X and Y"). */
export function isOrigin(text: string, origin: RegExp, mentions: Located[], l: Located): boolean {
  if (origin.test(text.slice(Math.max(0, l.start - 12), l.start))) return true;
  const prev = mentions.filter((m) => m.end <= l.start).pop();
  return (
    !!prev &&
    /^\s*(?:,|and|und|sowie)\s+$/.test(text.slice(prev.end, l.start)) &&
    origin.test(text.slice(Math.max(0, prev.start - 12), prev.start))
  );
}
