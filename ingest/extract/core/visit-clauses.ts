// Relative and appositive clauses of a visit sentence (", die seit Jahren in X …", ", located on …"): they describe
// a stop, so their mentions are no stops and their persons are no visitors.
import type { VisitContext, VisitSentence } from './visit-sentence.js';

/** Spans of the sentence's descriptive clauses; a clause that holds the visit cue states the visit and is none. */
export function clauseSpans(ctx: VisitContext, v: VisitSentence): [number, number][] {
  const { s } = v;
  const clause = ctx.cues.clauseEnd ?? ctx.cues.frame?.relativeClause;
  if (!clause) return [];
  const cueAt = v.cue >= 0 ? ctx.doc.tokens[v.cue]!.start : -1;
  const out: [number, number][] = [];
  for (const m of s.text.matchAll(new RegExp(clause.source, clause.flags.includes('u') ? 'gu' : 'g'))) {
    const close = clauseClose(s.text, m.index + m[0].length);
    const span: [number, number] = [s.start + m.index, close < 0 ? s.end : s.start + close];
    // "…, die sie am Montag besuchte": the clause states the visit itself
    if (!(cueAt > span[0] && cueAt < span[1])) out.push(span);
  }
  return out;
}

/**
 * Where a clause that starts at `from` ends: the first comma after a lower-case word (a clause ends in its verb:
 * "…, das von A, B und C geführt wird, …"); commas between names inside it are list commas. -1: at sentence end.
 */
function clauseClose(text: string, from: number): number {
  for (let i = text.indexOf(',', from); i >= 0; i = text.indexOf(',', i + 1))
    if (/(?:^|[\s(])[\p{Ll}\d][\p{L}\d.-]*$/u.test(text.slice(from, i))) return i;
  return -1;
}

/** True when the offset lies inside one of the spans. */
export function inClause(spans: [number, number][], at: number): boolean {
  return spans.some(([a, b]) => at > a && at < b);
}
