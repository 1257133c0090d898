import { describe, expect, it } from 'vitest';
import type { SearchDocument } from '../../src/ports/search-index.js';
import {
  compoundParts,
  entityKey,
  toMeiliDocument,
  toMeiliEntity,
} from '../../src/stores/meilisearch/meili-document.js';

const german: SearchDocument = {
  id: 'rel_0123456789abcdef',
  title: 'Lob für das Migrationszentrum',
  subtitle: 'Besuch der Landrätin',
  body: 'Die Straßen werden saniert.',
  date: '2024-05-02',
  publisher: 'MeißelArbeit',
  language: 'de',
  entities: [
    { id: 'per:anja-ahlerding', name: 'Anja Ahlerding', type: 'Person' },
    { id: 'per:anja-ahlerding', name: 'Anja Ahlerding', type: 'Person' },
    { id: 'org:meisselarbeit', name: 'MeißelArbeit', type: 'Organisation' },
    { id: 'plc:osnabrueck', name: 'Osnabrück', type: 'Place' },
  ],
};

describe('Meilisearch release documents', () => {
  it('keeps the original text for display and folds the searchable copies by language', () => {
    const doc = toMeiliDocument(german);
    expect(doc).toMatchObject({
      id: german.id,
      title: german.title,
      subtitle: german.subtitle,
      body: german.body,
      date: '2024-05-02',
      publisher: 'MeißelArbeit',
      language: 'de',
      title_de: 'lob fuer das migrationszentrum besuch der landraetin',
      body_de: 'die strassen werden saniert.',
      entity_names: ['anja ahlerding', 'meisselarbeit', 'osnabrueck'],
      day: 20240502,
      year: 2024,
    });
    expect(doc).not.toHaveProperty('title_en');
    expect(doc).not.toHaveProperty('body_en');
  });

  it('lists entity ids, types and per-type ids and names without repeats', () => {
    const doc = toMeiliDocument(german);
    expect(doc.entities).toHaveLength(3);
    expect(doc.entity_ids).toEqual(['per:anja-ahlerding', 'org:meisselarbeit', 'plc:osnabrueck']);
    expect(doc.entity_types).toEqual(['Person', 'Organisation', 'Place']);
    expect(doc['person_ids']).toEqual(['per:anja-ahlerding']);
    expect(doc['person_names']).toEqual(['Anja Ahlerding']);
    expect(doc['organisation_names']).toEqual(['MeißelArbeit']);
    expect(doc['initiative_ids']).toEqual([]);
  });

  it('puts English text in the English fields and leaves undated releases without day and year', () => {
    const doc = toMeiliDocument({ ...german, language: 'en', date: null, subtitle: null });
    expect(doc.title_en).toBe('lob fuer das migrationszentrum');
    expect(doc).not.toHaveProperty('title_de');
    expect(doc).not.toHaveProperty('day');
    expect(doc).not.toHaveProperty('year');
  });

  it('indexes the tails of long words so a compound is found by its part', () => {
    const parts = compoundParts(['das migrationszentrum']);
    expect(parts).toContain('zentrum');
    expect(parts).toContain('trum');
    expect(parts).not.toContain('migrationszentrum');
    // Same head rule as the embedded index: at least three letters before the part.
    expect(compoundParts(['austausch'])).not.toContain('stausch');
    expect(compoundParts(['austausch'])).toEqual(['tausch', 'ausch', 'usch']);
    expect(compoundParts(['kurz wort'])).toEqual([]);
  });

  it('keys entities with ids Meilisearch accepts', () => {
    const key = entityKey('per:anja-ahlerding');
    expect(key).toMatch(/^[A-Za-z0-9_-]{1,511}$/);
    expect(entityKey('per:anja-ahlerding')).toBe(key);
    expect(entityKey('per:anja-ahlerdin')).not.toBe(key);
    expect(toMeiliEntity({ id: 'plc:osnabrueck', name: 'Osnabrück', type: 'Place' }, 3)).toEqual({
      key: entityKey('plc:osnabrueck'),
      id: 'plc:osnabrueck',
      name: 'Osnabrück',
      name_folded: 'osnabrueck',
      type: 'Place',
      release_count: 3,
    });
  });
});
