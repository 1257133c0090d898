// Shared pieces of the relation rules: located mentions and sentence evidence.
import type { Evidence, ExtractedRelation } from '../../../src/domain/index.js';
import type { WorkEntity } from './entities.js';
import { sentenceAt } from './tokens.js';
import type { Doc } from './types.js';

/** A located mention of an entity. */
export interface Located {
  start: number;
  end: number;
  entity: WorkEntity;
  id: string;
}

/** Evidence for a span: the sentence(s) covering it. */
export function evidenceFor(doc: Doc, start: number, end: number = start): Evidence {
  const a = sentenceAt(doc, start);
  const b = sentenceAt(doc, Math.max(start, end - 1));
  const s = a?.start ?? start;
  const e = Math.max(b?.end ?? end, a?.end ?? end);
  return { sentence: doc.text.slice(s, e), start: s, end: e };
}

/** Rounds a confidence to two decimals. */
export function round(x: number): number {
  return Math.round(x * 100) / 100;
}

/**
 * Appends a VISITED relation for every visitor × target pair not in `seen` (and records it there), each with the
 * evidence of `span` (the sentence or itinerary line that states the visit).
 */
export function addVisits(
  out: ExtractedRelation[],
  seen: Set<string>,
  doc: Doc,
  visit: {
    visitors: Located[];
    targets: Located[];
    span: { start: number; end: number };
    date: string | null;
    confidence: number;
  },
): void {
  for (const v of visit.visitors)
    for (const t of visit.targets) {
      const key = `${v.id}|${t.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        type: 'VISITED',
        from: v.id,
        to: t.id,
        date: visit.date,
        evidence: evidenceFor(doc, visit.span.start, visit.span.end),
        confidence: round(visit.confidence),
      });
    }
}
