import type { EntityType } from '../../domain/entity.js';
import { ENTITY_TYPES } from '../../domain/entity.js';
import type { Facet, FacetName, SearchEntity } from '../../ports/search-index.js';
import { rankFacetValues } from '../../ports/search-index.js';
import { TYPE_FIELD } from './meili-document.js';

/** The release-document attribute each facet counts. */
export const FACET_ATTRIBUTES: Record<FacetName, string> = {
  publisher: 'publisher',
  language: 'language',
  year: 'year',
  Person: `${TYPE_FIELD.Person}_ids`,
  Organisation: `${TYPE_FIELD.Organisation}_ids`,
  Place: `${TYPE_FIELD.Place}_ids`,
  Initiative: `${TYPE_FIELD.Initiative}_ids`,
};

/** Meilisearch's facetDistribution: attribute → value → count. */
export type FacetDistribution = Record<string, Record<string, number>>;

function isEntityFacet(name: FacetName): name is EntityType {
  return (ENTITY_TYPES as readonly string[]).includes(name);
}

/** The entity ids that entity facets name, to look up their names in one request. */
export function facetEntityIds(distribution: FacetDistribution | undefined, facets: FacetName[]): string[] {
  return facets.filter(isEntityFacet).flatMap((facet) => Object.keys(distribution?.[FACET_ATTRIBUTES[facet]] ?? {}));
}

/**
 * Maps a facet distribution to the port's facets, in the requested order, ranked like the embedded
 * index; entity facets carry the entity (named from `entities`, falling back to the id).
 */
export function toFacets(
  distribution: FacetDistribution | undefined,
  facets: FacetName[],
  entities: ReadonlyMap<string, SearchEntity>,
): Facet[] {
  return facets.map((name) => {
    const counts = distribution?.[FACET_ATTRIBUTES[name]] ?? {};
    const values = Object.entries(counts).map(([value, count]) => ({
      value,
      count,
      entity: isEntityFacet(name) ? (entities.get(value) ?? { id: value, name: value, type: name }) : null,
    }));
    return { name, values: rankFacetValues(values) };
  });
}
