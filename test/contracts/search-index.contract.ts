import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SearchDocument, SearchIndex } from '../../src/ports/search-index.js';

/** How a contract run gets a fresh, empty index and gives it back. */
export interface SearchIndexHarness {
  create(): Promise<SearchIndex>;
  dispose(index: SearchIndex): Promise<void>;
}

const doc = (id: string, fields: Partial<SearchDocument>): SearchDocument => ({
  id,
  title: 'Ohne Titel',
  subtitle: null,
  body: '',
  date: null,
  publisher: null,
  language: 'de',
  entities: [],
  ...fields,
});

const DOCUMENTS: SearchDocument[] = [
  doc('rel_migration', {
    title: 'Lob für das Migrationszentrum der MaßArbeit',
    body: 'Landrätin Anna Kebschull und Andrea Börgeling stellten die Arbeit des Migrationszentrums vor.',
    date: '2024-05-02',
    publisher: 'MaßArbeit',
    entities: [{ id: 'per:anna-kebschull', name: 'Anna Kebschull', type: 'Person' }],
  }),
  doc('rel_body_only', {
    title: 'Neue Radwege im Landkreis',
    body: 'Auch das Migrationszentrum liegt künftig an einem Radweg. Die Straßen werden saniert.',
    date: '2024-06-01',
  }),
  doc('rel_english', {
    title: 'Minister visits flood defence scheme',
    body: 'The Minister for Housing toured the scheme in Port Talbot and met staff.',
    language: 'en',
    date: '2023-01-10',
  }),
];

/** The behaviour every search index adapter must show, run against each adapter. */
export function defineSearchIndexContract(adapter: string, harness: SearchIndexHarness): void {
  describe(`${adapter} search index contract`, () => {
    let index: SearchIndex;
    beforeEach(async () => {
      index = await harness.create();
      await index.index(DOCUMENTS);
    });
    afterEach(async () => {
      await harness.dispose(index);
    });

    it('ranks a title match above a body match', async () => {
      const result = await index.search({ query: 'Migrationszentrum', first: 10 });
      expect(result.hits.map((hit) => hit.releaseId)).toEqual(['rel_migration', 'rel_body_only']);
      expect(result.total).toBe(2);
    });

    it('matches word prefixes as the user types', async () => {
      const result = await index.search({ query: 'migrations', first: 10 });
      expect(result.hits.map((hit) => hit.releaseId)).toContain('rel_migration');
    });

    it('folds case, umlauts and ß both ways', async () => {
      for (const query of ['Boergeling', 'börgeling', 'MASSARBEIT', 'Maßarbeit', 'strassen']) {
        const result = await index.search({ query, first: 10 });
        expect(result.hits.length, query).toBeGreaterThan(0);
      }
    });

    it('requires every word of the query', async () => {
      expect((await index.search({ query: 'Migrationszentrum Radweg', first: 10 })).hits.map((h) => h.releaseId)).toEqual([
        'rel_body_only',
      ]);
    });

    it('finds releases by the names of the entities they mention', async () => {
      const result = await index.search({ query: 'Kebschull', first: 10 });
      expect(result.hits[0]?.releaseId).toBe('rel_migration');
    });

    it('marks matches in an HTML-escaped snippet and title', async () => {
      const [hit] = (await index.search({ query: 'Börgeling', first: 1 })).hits;
      expect(hit?.snippet).toContain('<mark>Börgeling</mark>');
      const [titled] = (await index.search({ query: 'massarbeit', first: 1 })).hits;
      expect(titled?.highlightedTitle).toBe('Lob für das Migrationszentrum der <mark>MaßArbeit</mark>');
      expect(titled).toMatchObject({ title: 'Lob für das Migrationszentrum der MaßArbeit', date: '2024-05-02', publisher: 'MaßArbeit', language: 'de' });
    });

    it('pages through hits with cursors', async () => {
      const page1 = await index.search({ query: 'migrationszentrum', first: 1 });
      expect(page1.hasNextPage).toBe(true);
      const page2 = await index.search({ query: 'migrationszentrum', first: 1, after: page1.hits[0]!.cursor });
      expect(page2.hits.map((hit) => hit.releaseId)).toEqual(['rel_body_only']);
      expect(page2.hasNextPage).toBe(false);
    });

    it('replaces a document indexed again under the same id and removes it on request', async () => {
      await index.index([doc('rel_body_only', { title: 'Haushalt beschlossen', body: 'Der Kreistag hat den Haushalt beschlossen.' })]);
      expect((await index.search({ query: 'Radweg', first: 10 })).hits).toEqual([]);
      expect((await index.search({ query: 'Haushalt', first: 10 })).hits.map((h) => h.releaseId)).toEqual(['rel_body_only']);
      await index.remove(['rel_body_only']);
      expect(await index.has('rel_body_only')).toBe(false);
      expect((await index.search({ query: 'Haushalt', first: 10 })).hits).toEqual([]);
    });

    it('answers odd input with results or an empty list, never an error', async () => {
      const queries = ['', '   ', '"', 'Migrations*', 'NEAR(a b)', '-Radweg', 'title:Lob', '(((', "'; DROP TABLE x; --", 'x'.repeat(10_000), 'AND OR NOT'];
      for (const query of queries) {
        const result = await index.search({ query, first: 5 });
        expect(Array.isArray(result.hits), query.slice(0, 20)).toBe(true);
      }
    });
  });
}
