import type { Entity } from '../../domain/entity.js';
import type { Fact } from '../../domain/relation.js';
import type { Release } from '../../domain/release.js';
import type { PathHop, ReleaseMention } from '../../ports/graph-store.js';
import type { ApiContext } from '../context.js';
import { provenanceOf } from './views.js';

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The release text as HTML with each mention wrapped in a <mark>; overlapping mentions keep the first. */
export function markText(text: string, mentions: ReleaseMention[], types: Map<string, Entity['type']>): string {
  let out = '';
  let last = 0;
  for (const mention of mentions) {
    if (mention.start < last || mention.end > text.length) continue;
    const type = types.get(mention.entityId) ?? '';
    out += escapeHtml(text.slice(last, mention.start));
    out += `<mark data-entity-id="${escapeHtml(mention.entityId)}" data-entity-type="${type}">`;
    out += `${escapeHtml(text.slice(mention.start, mention.end))}</mark>`;
    last = mention.end;
  }
  return out + escapeHtml(text.slice(last));
}

/** Field resolvers of releases, facts, mentions and path hops. */
export const releaseResolvers = {
  Release: {
    entities: (release: Release, _: unknown, context: ApiContext) => context.graph.entitiesOfRelease(release.id),
    facts: async (release: Release, args: { minConfidence?: number }, context: ApiContext) =>
      (await context.graph.factsOfRelease(release.id)).filter((fact) => fact.confidence >= (args.minConfidence ?? 0)),
    mentions: async (release: Release, _: unknown, context: ApiContext) =>
      (await context.graph.mentionsOfRelease(release.id)).map((mention) => ({
        ...mention,
        entity: () => context.loaders.entity.load(mention.entityId),
      })),
    async markedText(release: Release, _: unknown, context: ApiContext) {
      const [mentions, entities] = await Promise.all([
        context.graph.mentionsOfRelease(release.id),
        context.graph.entitiesOfRelease(release.id),
      ]);
      return markText(release.text, mentions, new Map(entities.map((entity) => [entity.id, entity.type])));
    },
  },
  Fact: {
    from: (fact: Fact, _: unknown, context: ApiContext) => context.loaders.entity.load(fact.from),
    to: (fact: Fact, _: unknown, context: ApiContext) => (fact.to ? context.loaders.entity.load(fact.to) : null),
    date: (fact: Fact) => fact.date ?? null,
    provenance: (fact: Fact, _: unknown, context: ApiContext) => provenanceOf(fact, context),
  },
  PathHop: {
    from: (hop: PathHop, _: unknown, context: ApiContext) => context.loaders.entity.load(hop.from),
    to: (hop: PathHop, _: unknown, context: ApiContext) => context.loaders.entity.load(hop.to),
    release: (hop: PathHop, _: unknown, context: ApiContext) => context.loaders.releaseSummary.load(hop.releaseId),
    async fact(hop: PathHop, _: unknown, context: ApiContext) {
      if (!hop.factId) return null;
      const facts = await context.graph.factsOfRelease(hop.releaseId);
      return facts.find((fact) => fact.id === hop.factId) ?? null;
    },
  },
};
