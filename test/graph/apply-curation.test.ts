import { describe, expect, it } from 'vitest';
import { applyCuration, ingestCuration, withoutRejected } from '../../src/graph/apply-curation.js';
import { makeFacts } from '../helpers/make-facts.js';

const sentence = 'Ortsvorsteher Bruno Feldkamp besuchte den Wasserverband Talheim.';
const facts = () =>
  makeFacts({
    source: 'samples/feldkamp.txt',
    title: 'Besuch beim Wasserverband',
    body: sentence,
    entities: [
      { type: 'Person', name: 'Bruno Feldkamp', aliases: ['Feldkamp'] },
      { type: 'Organisation', name: 'Wasserverband Talheim' },
    ],
    relations: [{ type: 'VISITED', from: 'Bruno Feldkamp', to: 'Wasserverband Talheim', sentence }],
  });

describe('applyCuration', () => {
  it('redirects merged ids to their survivor and gives it the curated name', () => {
    const release = facts();
    const [person, org] = release.extraction.entities;
    const curation = ingestCuration([
      { id: person!.id, target: 'per:survivor', name: 'Bruno A. Feldkamp' },
      { id: 'per:unrelated', target: null, name: 'Someone Else' },
    ]);
    const rows = applyCuration([release], curation);
    expect(rows.entities.map((entity) => [entity.id, entity.name])).toEqual([
      ['per:survivor', 'Bruno A. Feldkamp'],
      [org!.id, 'Wasserverband Talheim'],
    ]);
    // The extracted forms stay aliases of the survivor.
    expect(rows.entities[0]!.aliases).toEqual(['Bruno Feldkamp', 'Feldkamp']);
    expect(rows.facts.map((fact) => [fact.from, fact.to])).toEqual([['per:survivor', org!.id]]);
  });

  it('drops a fact between two entities merged into one', () => {
    const release = facts();
    const [person, org] = release.extraction.entities;
    const curation = ingestCuration([{ id: org!.id, target: person!.id, name: null }]);
    expect(applyCuration([release], curation).facts).toEqual([]);
  });

  it('drops the facts whose statement curators rejected, and only those', () => {
    const release = facts();
    const { facts: rows } = applyCuration([release], ingestCuration([]));
    expect(rows).toHaveLength(1);
    expect(withoutRejected(rows, new Set([rows[0]!.statementKey]))).toEqual([]);
    expect(withoutRejected(rows, new Set(['some other statement']))).toEqual(rows);
  });
});
