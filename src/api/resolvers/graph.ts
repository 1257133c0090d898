import type { Entity, EntityType } from '../../domain/entity.js';
import type { Fact } from '../../domain/relation.js';
import type { Release } from '../../domain/release.js';
import { pageSize, requiredName } from '../arguments.js';
import type { ApiContext } from '../context.js';
import { ErrorCode, apiError } from '../errors.js';
import { findPerson } from './find-person.js';
import { provenanceOf } from './provenance.js';

async function factsFrom(context: ApiContext, entityId: string, type: Fact['type']): Promise<Fact[]> {
  return context.stores.graph.factsOf({ entityId, types: [type], direction: 'from' });
}

function visitOf(fact: Fact, context: ApiContext) {
  return {
    visitor: () => context.loaders.entity.load(fact.from),
    target: () => (fact.to ? context.loaders.entity.load(fact.to) : null),
    date: fact.date ?? null,
    provenance: provenanceOf(fact, context),
  };
}

async function visitsOf(context: ApiContext, personId: string) {
  const facts = await factsFrom(context, personId, 'VISITED');
  return facts.filter((fact) => fact.to !== null).map((fact) => visitOf(fact, context));
}

async function releasesOf(context: ApiContext, entityId: string, first: number | undefined) {
  return context.stores.graph.releasesOfEntity(entityId, pageSize(first, 20));
}

/** Resolvers for `schema/graphql/schema.graphql`. */
export const graphResolvers = {
  Query: {
    async release(_: unknown, { id }: { id: string }, context: ApiContext) {
      const release = await context.stores.graph.getRelease(id);
      if (!release) throw apiError(ErrorCode.NOT_FOUND, `no release with id "${id}"`);
      return release;
    },
    async entity(_: unknown, { id }: { id: string }, context: ApiContext) {
      const entity = await context.loaders.entity.load(id);
      if (!entity) throw apiError(ErrorCode.NOT_FOUND, `no entity with id "${id}"`);
      return entity;
    },
    async entities(
      _: unknown,
      args: { name?: string | null; type?: EntityType | null; first?: number },
      context: ApiContext,
    ) {
      return context.stores.graph.findEntities({
        name: args.name ?? undefined,
        type: args.type ?? undefined,
        first: pageSize(args.first, 20),
      });
    },
    async person(_: unknown, { name }: { name: string }, context: ApiContext) {
      return findPerson(context.stores.graph, requiredName(name, 'name'));
    },
    async visits(_: unknown, { official }: { official: string }, context: ApiContext) {
      const person = await findPerson(context.stores.graph, requiredName(official, 'official'));
      return visitsOf(context, person.id);
    },
    async stats(_: unknown, __: unknown, context: ApiContext) {
      const stats = await context.stores.graph.stats();
      return {
        releases: stats.releases,
        entities: Object.entries(stats.entities).map(([type, count]) => ({ type, count })),
        facts: Object.entries(stats.facts).map(([type, count]) => ({ type, count })),
        newestRelease: stats.newestRelease,
      };
    },
  },

  Entity: {
    releases: (entity: Entity, { first }: { first?: number }, context: ApiContext) =>
      releasesOf(context, entity.id, first),
  },

  Person: {
    async roles(person: Entity, _: unknown, context: ApiContext) {
      const facts = await factsFrom(context, person.id, 'HOLDS_ROLE');
      // A release often repeats a title (body and caption): list each title once per release.
      const seen = new Set<string>();
      const distinct = facts.filter((fact) => {
        const key = `${fact.releaseId}\u0000${fact.title ?? ''}\u0000${fact.to ?? ''}`;
        return !seen.has(key) && seen.add(key);
      });
      return distinct.map((fact) => ({
        title: fact.title ?? '',
        organisation: () => (fact.to ? context.loaders.entity.load(fact.to) : null),
        date: fact.date ?? fact.releaseDate,
        provenance: provenanceOf(fact, context),
      }));
    },
    visits: (person: Entity, _: unknown, context: ApiContext) => visitsOf(context, person.id),
    async quotes(person: Entity, _: unknown, context: ApiContext) {
      const facts = await factsFrom(context, person.id, 'QUOTED_IN');
      return facts.map((fact) => ({
        speaker: () => context.loaders.entity.load(fact.from),
        text: fact.quote ?? fact.evidence.sentence,
        provenance: provenanceOf(fact, context),
      }));
    },
    releases: (person: Entity, { first }: { first?: number }, context: ApiContext) =>
      releasesOf(context, person.id, first),
  },

  Release: {
    entities: (release: Release, _: unknown, context: ApiContext) =>
      context.stores.graph.entitiesOfRelease(release.id),
    facts: (release: Release, _: unknown, context: ApiContext) => context.stores.graph.factsOfRelease(release.id),
  },

  Fact: {
    from: (fact: Fact, _: unknown, context: ApiContext) => context.loaders.entity.load(fact.from),
    to: (fact: Fact, _: unknown, context: ApiContext) => (fact.to ? context.loaders.entity.load(fact.to) : null),
    date: (fact: Fact) => fact.date ?? null,
    provenance: (fact: Fact, _: unknown, context: ApiContext) => provenanceOf(fact, context),
  },

};
