import type { Fact } from '../../domain/relation.js';
import type { ApiContext } from '../context.js';

/** The GraphQL `Provenance` of a stored fact. */
export function provenanceOf(fact: Fact, context: ApiContext) {
  return {
    factId: fact.id,
    release: () => context.loaders.releaseSummary.load(fact.releaseId),
    sentence: fact.evidence.sentence,
    start: fact.evidence.start,
    end: fact.evidence.end,
    confidence: fact.confidence,
  };
}
