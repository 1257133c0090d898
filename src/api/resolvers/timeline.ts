import type { Entity } from '../../domain/entity.js';
import type { Fact } from '../../domain/relation.js';
import type { ApiContext } from '../context.js';
import { effectiveDate } from './views.js';

/** Most releases listed on one timeline; a hub's full history is better read through `releases`. */
const MAX_TIMELINE_RELEASES = 1_000;

interface TimelineEvent {
  date: string | null;
  kind: 'VISIT' | 'ROLE' | 'QUOTE' | 'RELEASE';
  description: string;
  releaseId: string;
  fact: Fact | null;
}

/** Visits, roles, quotes and releases of an entity, ordered by date (undated last). */
export async function timelineOf(entity: Entity, order: 'ASC' | 'DESC', context: ApiContext): Promise<TimelineEvent[]> {
  const graph = context.stores.graph;
  const [outgoing, incoming, releases] = await Promise.all([
    graph.factsOf({ entityId: entity.id, types: ['VISITED', 'HOLDS_ROLE', 'QUOTED_IN'], direction: 'from' }),
    graph.factsOf({ entityId: entity.id, types: ['VISITED', 'HOLDS_ROLE'], direction: 'to' }),
    graph.listReleases({ filter: { entityId: entity.id }, sort: 'DATE_ASC', first: MAX_TIMELINE_RELEASES, offset: 0 }),
  ]);
  const facts = [...outgoing, ...incoming];
  const names = new Map<string, string>();
  const ids = [...new Set(facts.flatMap((fact) => [fact.from, fact.to]).filter((id): id is string => id !== null))];
  for (const other of await context.loaders.entity.loadMany(ids)) {
    if (other && !(other instanceof Error)) names.set(other.id, other.name);
  }
  const name = (id: string | null): string => (id === null ? '' : (names.get(id) ?? id));
  const events: TimelineEvent[] = facts.map((fact) => ({
    date: effectiveDate(fact),
    kind: fact.type === 'VISITED' ? 'VISIT' : fact.type === 'HOLDS_ROLE' ? 'ROLE' : 'QUOTE',
    description:
      fact.type === 'VISITED'
        ? `${name(fact.from)} visited ${name(fact.to)}`
        : fact.type === 'HOLDS_ROLE'
          ? `${name(fact.from)}: ${fact.title ?? ''}${fact.to ? `, ${name(fact.to)}` : ''}`
          : `${name(fact.from)} quoted: “${fact.quote ?? ''}”`,
    releaseId: fact.releaseId,
    fact,
  }));
  for (const release of releases.items) {
    events.push({ date: release.date, kind: 'RELEASE', description: release.title, releaseId: release.id, fact: null });
  }
  const sign = order === 'ASC' ? 1 : -1;
  return events.sort((a, b) => {
    if (a.date === b.date) return a.releaseId.localeCompare(b.releaseId) || a.kind.localeCompare(b.kind);
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return sign * a.date.localeCompare(b.date);
  });
}
