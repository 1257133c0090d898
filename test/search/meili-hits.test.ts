import { describe, expect, it } from 'vitest';
import { excerptHtml, markRanges } from '../../src/api/highlight.js';
import { toMeiliDocument } from '../../src/stores/meilisearch/meili-document.js';
import { MARK_CLOSE, MARK_OPEN, markedWords, toSearchHit } from '../../src/stores/meilisearch/meili-hits.js';

const doc = toMeiliDocument({
  id: 'rel_1',
  title: 'Lob für das Migrationszentrum <b>&</b>',
  subtitle: null,
  body: 'Landrätin Anja Ahlerding besuchte das Migrationszentrum.',
  date: '2024-05-02',
  publisher: 'MeißelArbeit',
  language: 'de',
  entities: [{ id: 'per:anja-ahlerding', name: 'Anja Ahlerding', type: 'Person' }],
});

describe('Meilisearch hits', () => {
  it('reads the words Meilisearch marked, in strings and lists', () => {
    expect(
      markedWords({
        title_de: `lob fuer das ${MARK_OPEN}migrationszentrum${MARK_CLOSE}`,
        entity_names: [`anja ${MARK_OPEN}ahlerding${MARK_CLOSE}`],
        body_de: `…${MARK_OPEN}landraetin${MARK_CLOSE} anja…`,
        id: 'rel_1',
      }).sort(),
    ).toEqual(['ahlerding', 'landraetin', 'migrationszentrum']);
    expect(markedWords(undefined)).toEqual([]);
  });

  it('finds matches in the original text by the typed terms and the corrected words', () => {
    const hit = toSearchHit(
      {
        ...doc,
        _formatted: { title_de: `lob fuer das ${MARK_OPEN}migrationszentrum${MARK_CLOSE} <b>&</b>` },
        _rankingScore: 0.9,
      },
      ['migrationszentrm'],
    );
    expect(hit).toMatchObject({
      releaseId: 'rel_1',
      title: doc.title,
      titleMatches: [{ start: 12, end: 29 }],
      date: '2024-05-02',
      publisher: 'MeißelArbeit',
      language: 'de',
      score: 0.9,
      entities: doc.entities,
    });
    expect(markRanges(hit.title, hit.titleMatches)).toBe(
      'Lob für das <mark>Migrationszentrum</mark> &#60;b&#62;&#38;&#60;/b&#62;',
    );
    expect(excerptHtml(hit.excerpt)).toContain('<mark>Migrationszentrum</mark>');
  });

  it('marks compounds by a typed part as the embedded index does', () => {
    const hit = toSearchHit(doc, ['zentrum']);
    expect(markRanges(hit.title, hit.titleMatches)).toBe(
      'Lob für das <mark>Migrationszentrum</mark> &#60;b&#62;&#38;&#60;/b&#62;',
    );
    expect(hit.score).toBe(0);
  });
});
