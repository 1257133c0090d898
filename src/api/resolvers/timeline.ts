import type { Entity } from '../../domain/entity.js';
import type { Fact } from '../../domain/relation.js';
import type { Page, TimelineItem } from '../../ports/graph-store.js';
import type { ApiContext } from '../context.js';

interface TimelineEvent {
  date: string | null;
  kind: TimelineItem['kind'];
  description: string;
  releaseId: string;
  fact: Fact | null;
}

/**
 * One page of an entity's visits, roles, quotes and releases by date (undated last). The store orders and
 * pages over all of them; only the page's events are described here.
 */
export async function timelineOf(
  entity: Entity,
  page: { order: 'ASC' | 'DESC'; first: number; offset: number },
  context: ApiContext,
): Promise<Page<TimelineEvent>> {
  const found = await context.graph.timeline({ entityId: entity.id, ...page });
  const facts = found.items.flatMap((item) => (item.fact ? [item.fact] : []));
  const names = new Map<string, string>([[entity.id, entity.name]]);
  const ids = [...new Set(facts.flatMap((fact) => [fact.from, fact.to]).filter((id): id is string => id !== null))];
  for (const other of await context.loaders.entity.loadMany(ids)) {
    if (other && !(other instanceof Error)) names.set(other.id, other.name);
  }
  const name = (id: string | null): string => (id === null ? '' : (names.get(id) ?? id));
  const describe = (fact: Fact): string =>
    fact.type === 'VISITED'
      ? `${name(fact.from)} visited ${name(fact.to)}`
      : fact.type === 'HOLDS_ROLE'
        ? `${name(fact.from)}: ${fact.title ?? ''}${fact.to ? `, ${name(fact.to)}` : ''}`
        : `${name(fact.from)} quoted: “${fact.quote ?? ''}”`;
  return {
    total: found.total,
    items: found.items.map((item) => ({
      date: item.date,
      kind: item.kind,
      description: item.fact ? describe(item.fact) : item.releaseTitle,
      releaseId: item.releaseId,
      fact: item.fact,
    })),
  };
}
