// Rule "visit-body": a visit sentence that names no person and whose visitor is a body's delegation ("Eine
// Delegation des Kreistags besuchte …") makes that body the visitor; persons named later as its head or members
// ("An der Spitze der Delegation stand A", "Mit dabei waren …") join it (see visit-joiners).
import type { Located } from './located.js';
import type { VisitContext, VisitSentence } from './visit-sentence.js';

/** The organisation whose delegation is the subject of the visit sentence, or undefined. */
export function delegationBody(ctx: VisitContext, v: VisitSentence): Located | undefined {
  const link = ctx.cues.frame?.delegationOf;
  if (!link || v.persons.length > 0) return undefined;
  const { text } = ctx.doc;
  return v.inS.find(
    (l) => l.entity.type === 'Organisation' && link.test(text.slice(Math.max(v.s.start, l.start - 50), l.start)),
  );
}
