// Rule "visit-headline": a visit sentence before the first named visitor that names its visitor only by a title
// ("Landrätin besucht Talheimer Betriebe", "Minister visits Harwick dairy") or a party noun is the visit of the
// release's first visitors whose title fits, stated before they are named.
import type { ExtractedRelation } from '../../../src/domain/index.js';
import { addVisits, type Located } from './located.js';
import type { VisitContext, VisitSentence } from './visit-sentence.js';
import { visitTargets } from './visit-targets.js';

/** True when a sentence token is a title that one of the visitors holds. */
function titleFits(ctx: VisitContext, v: VisitSentence, visitors: Located[]): boolean {
  const { doc, pack } = ctx;
  const keys = visitors.flatMap((p) => p.entity.roles.map((r) => pack.titleKey(r.title) ?? '')).filter((k) => k);
  return doc.tokens.slice(v.s.from, v.s.to).some((t) => {
    const key = t.cap ? pack.titleKey(t.text) : null;
    return !!key && keys.some((k) => k.endsWith(key));
  });
}

/** VISITED facts of visit sentences stated before the first visitors (`named`) were named (`pending`, in order). */
export function headlineVisits(
  ctx: VisitContext,
  pending: VisitSentence[],
  found: ExtractedRelation[],
  seen: Set<string>,
  named?: Located[],
): ExtractedRelation[] {
  const first = found[0];
  if ((!first && !named) || pending.length === 0) return [];
  const byId = new Map(ctx.located.map((l) => [l.id, l]));
  const ids = new Set(found.filter((r) => r.evidence?.start === first?.evidence?.start).map((r) => r.from));
  // the first persons named as visitors (their sentence may name no stop), else those of the first visit fact
  const visitors = named ?? [...ids].flatMap((id) => byId.get(id) ?? []);
  const out: ExtractedRelation[] = [];
  for (const v of pending) {
    if (v.persons.length > 0 || !(titleFits(ctx, v, visitors) || ctx.cues.frame?.group.test(v.s.text))) continue;
    const targets = visitTargets(ctx, v, visitors, false);
    const date = ctx.pack.findDate(v.s.text, ctx.doc.release.date) ?? ctx.doc.release.date;
    addVisits(out, seen, ctx.doc, { visitors, targets, span: v.s, date, confidence: 0.55 });
  }
  return out;
}
