import type { Fact, RelationType } from '../domain/relation.js';

/** A stored fact as both stores read it: one flat record, camelCase, the release's date and title joined in. */
export interface FactMap {
  id: string;
  releaseId: string;
  releaseDate: string | null;
  releaseTitle: string;
  type: string;
  from: string;
  to: string | null;
  title: string | null;
  date: string | null;
  quote: string | null;
  sentence: string;
  start: number;
  end: number;
  confidence: number;
}

/** Optional fields that are absent in the store are absent (title, quote) or null (date) in a `Fact`. */
export function toFact(map: FactMap): Fact {
  return {
    id: map.id,
    releaseId: map.releaseId,
    releaseDate: map.releaseDate,
    releaseTitle: map.releaseTitle,
    type: map.type as RelationType,
    from: map.from,
    to: map.to,
    title: map.title ?? undefined,
    date: map.date,
    quote: map.quote ?? undefined,
    evidence: { sentence: map.sentence, start: map.start, end: map.end },
    confidence: map.confidence,
  };
}
