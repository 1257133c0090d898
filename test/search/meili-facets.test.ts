import { describe, expect, it } from 'vitest';
import { FACET_ATTRIBUTES, facetEntityIds, toFacets } from '../../src/stores/meilisearch/meili-facets.js';

const distribution = {
  publisher: { 'Welsh Government': 1, 'Landkreis Osnabrück': 2, MeißelArbeit: 1 },
  language: { de: 4, en: 1 },
  year: { '2024': 2, '2023': 2 },
  person_ids: { 'per:carys-pennant': 1, 'per:anja-ahlerding': 2, 'per:angela-woeltering': 1 },
};

describe('Meilisearch facet results', () => {
  it('maps every facet to an attribute of the release documents', () => {
    expect(FACET_ATTRIBUTES).toEqual({
      publisher: 'publisher',
      language: 'language',
      year: 'year',
      Person: 'person_ids',
      Organisation: 'organisation_ids',
      Place: 'place_ids',
      Initiative: 'initiative_ids',
    });
  });

  it('ranks values most frequent first, ties by label, in the requested facet order', () => {
    const facets = toFacets(distribution, ['year', 'publisher', 'language'], new Map());
    expect(facets.map((facet) => facet.name)).toEqual(['year', 'publisher', 'language']);
    expect(facets[0]!.values).toEqual([
      { value: '2023', count: 2, entity: null },
      { value: '2024', count: 2, entity: null },
    ]);
    expect(facets[1]!.values.map((value) => value.value)).toEqual([
      'Landkreis Osnabrück',
      'MeißelArbeit',
      'Welsh Government',
    ]);
  });

  it('labels entity facets with the entities and ranks ties by name', () => {
    const names = new Map([
      ['per:anja-ahlerding', { id: 'per:anja-ahlerding', name: 'Anja Ahlerding', type: 'Person' as const }],
      ['per:carys-pennant', { id: 'per:carys-pennant', name: 'Carys Pennant', type: 'Person' as const }],
      ['per:angela-woeltering', { id: 'per:angela-woeltering', name: 'Angela Wöltering', type: 'Person' as const }],
    ]);
    expect(facetEntityIds(distribution, ['publisher', 'Person']).sort()).toEqual([
      'per:angela-woeltering',
      'per:anja-ahlerding',
      'per:carys-pennant',
    ]);
    const [persons] = toFacets(distribution, ['Person'], names);
    expect(persons!.values.map((value) => [value.value, value.count, value.entity?.name])).toEqual([
      ['per:anja-ahlerding', 2, 'Anja Ahlerding'],
      ['per:angela-woeltering', 1, 'Angela Wöltering'],
      ['per:carys-pennant', 1, 'Carys Pennant'],
    ]);
  });

  it('gives empty facets when the server sends no distribution, and falls back to the id as name', () => {
    expect(toFacets(undefined, ['Place'], new Map())).toEqual([{ name: 'Place', values: [] }]);
    const [places] = toFacets({ place_ids: { 'plc:melle': 1 } }, ['Place'], new Map());
    expect(places!.values).toEqual([
      { value: 'plc:melle', count: 1, entity: { id: 'plc:melle', name: 'plc:melle', type: 'Place' } },
    ]);
  });
});
