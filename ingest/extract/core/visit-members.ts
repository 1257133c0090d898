// Rule "visit-members": an organisation whose people travel with the named visitors ("Landrat A und Vertreter der
// Ärztekammer besuchten …", "with staff from the Harbour Trust") is one of the visitors, not a stop.
import type { Located } from './located.js';
import type { VisitContext, VisitSentence } from './visit-sentence.js';

/** Organisations of the sentence named as members of the visiting party. */
export function memberOrgs(ctx: VisitContext, v: VisitSentence): Located[] {
  const member = ctx.cues.frame?.member;
  if (!member) return [];
  return v.inS.filter(
    (l) =>
      l.entity.type === 'Organisation' && member.test(ctx.doc.text.slice(Math.max(v.s.start, l.start - 60), l.start)),
  );
}
