import type { Entity, EntityType } from '../../domain/entity.js';
import type { RelationType } from '../../domain/relation.js';
import { pageSize } from '../arguments.js';
import type { ApiContext } from '../context.js';
import { connectionFromArray, offsetAfter, toConnection } from '../connection.js';
import { distinctRoles, factsAbout, otherEnds, quoteOf, roleOf, visitOf } from './views.js';

interface PageArgs {
  first?: number;
  after?: string | null;
}

/** Releases mentioning an entity, newest first. */
export async function releasesOf(entity: Entity, args: PageArgs, context: ApiContext) {
  const first = pageSize(args.first, 20);
  const offset = offsetAfter(args.after);
  const page = await context.graph.listReleases({
    filter: { entityId: entity.id },
    sort: 'DATE_DESC',
    first,
    offset,
  });
  return toConnection(page.items, offset, page.total);
}

/** Entities sharing releases or facts with an entity. */
export async function connectionsOf(
  entityId: string,
  args: PageArgs & { types?: EntityType[] | null; minShared?: number },
  context: ApiContext,
) {
  const first = pageSize(args.first, 10);
  const offset = offsetAfter(args.after);
  const page = await context.graph.connections({
    entityId,
    types: args.types ?? undefined,
    minShared: Math.max(1, args.minShared ?? 1),
    first,
    offset,
  });
  const links = page.items.map((link) => ({ ...link, entity: () => context.loaders.entity.load(link.entityId) }));
  return toConnection(links, offset, page.total);
}

/** Who visited an entity. */
export async function visitorsOf(entity: Entity, args: PageArgs, context: ApiContext) {
  const facts = await factsAbout(context, entity.id, 'VISITED', 'to');
  return connectionFromArray(
    facts.map((fact) => visitOf(fact, context)),
    pageSize(args.first, 20),
    args.after,
  );
}

const common = {
  releases: releasesOf,
  connections: (
    entity: Entity,
    args: PageArgs & { types?: EntityType[] | null; minShared?: number },
    context: ApiContext,
  ) => connectionsOf(entity.id, args, context),
};

/** Entities at the other end of an entity's facts of one type ("parts": PART_OF facts pointing here). */
const ends =
  (type: RelationType, direction: 'from' | 'to') => async (entity: Entity, _: unknown, context: ApiContext) =>
    otherEnds(await factsAbout(context, entity.id, type, direction), direction, context);

/** People stated to hold a role at an entity. */
const rolesAt = async (entity: Entity, _: unknown, context: ApiContext) =>
  distinctRoles(await factsAbout(context, entity.id, 'HOLDS_ROLE', 'to')).map((fact) => roleOf(fact, context));

/** Field resolvers of the Entity interface and its four types. */
export const entityResolvers = {
  Entity: {
    __resolveType: (entity: Entity) => entity.type,
  },
  Person: {
    ...common,
    async roles(person: Entity, args: { minConfidence?: number }, context: ApiContext) {
      const facts = await factsAbout(context, person.id, 'HOLDS_ROLE', 'from', {
        minConfidence: args.minConfidence ?? 0,
      });
      return distinctRoles(facts).map((fact) => roleOf(fact, context));
    },
    async visits(person: Entity, args: PageArgs & { minConfidence?: number }, context: ApiContext) {
      const facts = await factsAbout(context, person.id, 'VISITED', 'from', { minConfidence: args.minConfidence ?? 0 });
      return connectionFromArray(
        facts.map((fact) => visitOf(fact, context)),
        pageSize(args.first, 20),
        args.after,
      );
    },
    async quotes(person: Entity, args: PageArgs, context: ApiContext) {
      const facts = await factsAbout(context, person.id, 'QUOTED_IN', 'from');
      return connectionFromArray(
        facts.map((fact) => quoteOf(fact, context)),
        pageSize(args.first, 20),
        args.after,
      );
    },
  },
  Organisation: {
    ...common,
    visitors: visitorsOf,
    people: rolesAt,
    parts: ends('PART_OF', 'to'),
    partOf: ends('PART_OF', 'from'),
    locatedIn: ends('LOCATED_IN', 'from'),
  },
  Place: {
    ...common,
    visitors: visitorsOf,
    contains: ends('LOCATED_IN', 'to'),
    parts: ends('PART_OF', 'to'),
    partOf: ends('PART_OF', 'from'),
  },
  Initiative: {
    ...common,
    visitors: visitorsOf,
    people: rolesAt,
    partOf: ends('PART_OF', 'from'),
  },
};
