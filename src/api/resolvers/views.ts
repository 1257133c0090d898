import type { Fact, RelationType } from '../../domain/relation.js';
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

/** The date a fact happened: its own when stated, else its release's. */
export function effectiveDate(fact: Fact): string | null {
  return fact.date ?? fact.releaseDate;
}

/** A VISITED fact as a GraphQL `Visit`. */
export function visitOf(fact: Fact, context: ApiContext) {
  return {
    visitor: () => context.loaders.entity.load(fact.from),
    target: () => (fact.to ? context.loaders.entity.load(fact.to) : null),
    date: effectiveDate(fact),
    provenance: provenanceOf(fact, context),
  };
}

/** A HOLDS_ROLE fact as a GraphQL `Role`. */
export function roleOf(fact: Fact, context: ApiContext) {
  return {
    person: () => context.loaders.entity.load(fact.from),
    title: fact.title ?? '',
    organisation: () => (fact.to ? context.loaders.entity.load(fact.to) : null),
    date: effectiveDate(fact),
    provenance: provenanceOf(fact, context),
  };
}

/** A QUOTED_IN fact as a GraphQL `Quote`. */
export function quoteOf(fact: Fact, context: ApiContext) {
  return {
    speaker: () => context.loaders.entity.load(fact.from),
    text: fact.quote ?? fact.evidence.sentence,
    provenance: provenanceOf(fact, context),
  };
}

/** Facts touching an entity, filtered by confidence and an inclusive date range. */
export async function factsAbout(
  context: ApiContext,
  entityId: string,
  type: RelationType,
  direction: 'from' | 'to',
  filter: { minConfidence?: number; from?: string | undefined; to?: string | undefined } = {},
): Promise<Fact[]> {
  const facts = await context.graph.factsOf({ entityId, types: [type], direction });
  return facts.filter((fact) => {
    if (fact.confidence < (filter.minConfidence ?? 0)) return false;
    const date = effectiveDate(fact);
    if (filter.from && (!date || date < filter.from)) return false;
    if (filter.to && (!date || date > filter.to)) return false;
    return true;
  });
}

/** One role per title, organisation and release: releases often repeat a title (body and caption). */
export function distinctRoles(facts: Fact[]): Fact[] {
  const seen = new Set<string>();
  return facts.filter((fact) => {
    const key = `${fact.releaseId}\u0000${fact.title ?? ''}\u0000${fact.to ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The entities at the other end of facts. */
export function otherEnds(facts: Fact[], direction: 'from' | 'to', context: ApiContext) {
  const ids = [
    ...new Set(
      facts.map((fact) => (direction === 'from' ? fact.to : fact.from)).filter((id): id is string => id !== null),
    ),
  ];
  return context.loaders.entity
    .loadMany(ids)
    .then((entities) => entities.filter((e) => e !== null && !(e instanceof Error)));
}
