import type { EntityType } from '../../domain/entity.js';
import { ENTITY_TYPES } from '../../domain/entity.js';
import { RELATION_TYPES } from '../../domain/relation.js';
import type { Language } from '../../domain/release.js';
import type { ReleaseSort } from '../../ports/graph-store.js';
import { bounded, isoDate, pageSize, requiredName } from '../arguments.js';
import { connectionFromArray, offsetAfter, toConnection } from '../connection.js';
import type { ApiContext } from '../context.js';
import { ErrorCode, apiError } from '../errors.js';
import { connectionsOf } from './entity-fields.js';
import { findByName, lookupEntity } from './lookup.js';
import { timelineOf } from './timeline.js';
import { factsAbout, visitOf } from './views.js';

interface PageArgs {
  first?: number;
  after?: string | null;
}
interface LookupArgs {
  id?: string | null;
  name?: string | null;
}
interface VisitArgs extends PageArgs {
  from?: string | null;
  to?: string | null;
  minConfidence?: number;
}

async function visitConnection(context: ApiContext, entityId: string, direction: 'from' | 'to', args: VisitArgs) {
  const facts = await factsAbout(context, entityId, 'VISITED', direction, {
    minConfidence: bounded(args.minConfidence, 0, 0, 1, 'minConfidence'),
    from: isoDate(args.from, 'from'),
    to: isoDate(args.to, 'to'),
  });
  const visits = facts.filter((fact) => fact.to !== null).map((fact) => visitOf(fact, context));
  return connectionFromArray(visits, pageSize(args.first, 20), args.after);
}

/** The entity ids along a path; a hop's from/to follow the fact's direction, not the path's. */
function pathNodes(start: string, hops: { from: string; to: string }[]): string[] {
  const nodes = [start];
  for (const hop of hops) nodes.push(hop.from === nodes.at(-1) ? hop.to : hop.from);
  return nodes;
}

/** Root query resolvers (search is in search.ts). */
export const queryResolvers = {
  async release(_: unknown, { id }: { id: string }, context: ApiContext) {
    const release = await context.graph.getRelease(id);
    if (!release) throw apiError(ErrorCode.NOT_FOUND, `no release with id "${id}"`);
    return release;
  },
  async releases(
    _: unknown,
    args: PageArgs & {
      filter?: { publisher?: string; language?: string; dateFrom?: string; dateTo?: string; entityId?: string } | null;
      sort?: ReleaseSort;
    },
    context: ApiContext,
  ) {
    const filter = args.filter ?? {};
    if (filter.language && filter.language !== 'de' && filter.language !== 'en') {
      throw apiError(ErrorCode.BAD_USER_INPUT, `"language" must be de or en, got "${filter.language}"`);
    }
    const first = pageSize(args.first, 20);
    const offset = offsetAfter(args.after);
    const page = await context.graph.listReleases({
      filter: {
        publisher: filter.publisher ?? undefined,
        language: (filter.language as Language | undefined) ?? undefined,
        dateFrom: isoDate(filter.dateFrom, 'dateFrom'),
        dateTo: isoDate(filter.dateTo, 'dateTo'),
        entityId: filter.entityId ?? undefined,
      },
      sort: args.sort ?? 'DATE_DESC',
      first,
      offset,
    });
    return toConnection(page.items, offset, page.total);
  },
  entity: (_: unknown, { id }: { id: string }, context: ApiContext) => lookupEntity(context.graph, { id }, undefined),
  async entities(_: unknown, args: PageArgs & { name?: string | null; type?: EntityType | null }, context: ApiContext) {
    const first = pageSize(args.first, 20);
    const offset = offsetAfter(args.after);
    // Fetch one more than the page to know whether another page follows.
    const found = await context.graph.findEntities({
      name: args.name ?? undefined,
      type: args.type ?? undefined,
      first: offset + first + 1,
    });
    const connection = toConnection(found.slice(offset, offset + first), offset, found.length);
    return { edges: connection.edges, pageInfo: connection.pageInfo };
  },
  person: (_: unknown, args: LookupArgs, context: ApiContext) => lookupEntity(context.graph, args, 'Person'),
  organisation: (_: unknown, args: LookupArgs, context: ApiContext) =>
    lookupEntity(context.graph, args, 'Organisation'),
  place: (_: unknown, args: LookupArgs, context: ApiContext) => lookupEntity(context.graph, args, 'Place'),
  initiative: (_: unknown, args: LookupArgs, context: ApiContext) => lookupEntity(context.graph, args, 'Initiative'),
  async visits(_: unknown, args: VisitArgs & { official: string }, context: ApiContext) {
    const person = await findByName(context.graph, requiredName(args.official, 'official'), 'Person');
    return visitConnection(context, person.id, 'from', args);
  },
  async visitors(_: unknown, args: VisitArgs & LookupArgs & { entityId?: string | null }, context: ApiContext) {
    const entity = await lookupEntity(context.graph, { id: args.entityId, name: args.name }, undefined);
    return visitConnection(context, entity.id, 'to', args);
  },
  async connections(
    _: unknown,
    args: PageArgs & { entityId: string; types?: EntityType[] | null; minShared?: number },
    context: ApiContext,
  ) {
    const entity = await lookupEntity(context.graph, { id: args.entityId }, undefined);
    bounded(args.minShared, 1, 1, 1_000_000, 'minShared');
    return connectionsOf(entity.id, args, context);
  },
  async path(_: unknown, args: { from: string; to: string; maxHops?: number; first?: number }, context: ApiContext) {
    const graph = context.graph;
    const [from, to] = await Promise.all([
      lookupEntity(graph, { id: args.from }, undefined),
      lookupEntity(graph, { id: args.to }, undefined),
    ]);
    const maxHops = bounded(args.maxHops, 3, 1, 4, 'maxHops');
    const first = bounded(args.first, 3, 1, 10, 'first');
    const paths = await graph.paths({ from: from.id, to: to.id, maxHops, first });
    return paths.map((hops) => ({
      hops,
      entities: () => context.loaders.entity.loadMany(pathNodes(from.id, hops)),
    }));
  },
  async timeline(_: unknown, args: PageArgs & { entityId: string; order?: 'ASC' | 'DESC' }, context: ApiContext) {
    const entity = await lookupEntity(context.graph, { id: args.entityId }, undefined);
    const first = pageSize(args.first, 50);
    const offset = offsetAfter(args.after);
    const page = await timelineOf(entity, { order: args.order ?? 'ASC', first, offset }, context);
    const nodes = page.items.map((event) => ({
      ...event,
      release: () => context.loaders.releaseSummary.load(event.releaseId),
    }));
    return toConnection(nodes, offset, page.total);
  },
  async curationLog(_: unknown, args: { first?: number }, context: ApiContext) {
    const records = await context.editor.curationLog(pageSize(args.first, 20));
    return records.map((record) => ({ ...record, details: JSON.stringify(record.details) }));
  },
  async stats(_: unknown, __: unknown, context: ApiContext) {
    const stats = await context.graph.stats();
    return {
      releases: stats.releases,
      // In the domain's order, whatever order a store's counts come in.
      entities: ENTITY_TYPES.map((type) => ({ type, count: stats.entities[type] ?? 0 })),
      facts: RELATION_TYPES.map((type) => ({ type, count: stats.facts[type] ?? 0 })),
      newestRelease: stats.newestRelease,
    };
  },
};
