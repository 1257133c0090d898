import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { markRanges } from '../../src/api/highlight.js';
import { schemaPath } from '../../src/paths.js';
import type { SearchDocument } from '../../src/ports/search-index.js';
import type { SqliteDatabase } from '../../src/stores/sqlite/open-database.js';
import { matchRanges } from '../../src/stores/match-ranges.js';
import { openDatabase } from '../../src/stores/sqlite/open-database.js';
import { withinOneEdit } from '../../src/stores/sqlite/search-edit-distance.js';
import { highlightTerms, matchExpression, searchTerms } from '../../src/stores/sqlite/search-terms.js';
import { SqliteSearchIndex } from '../../src/stores/sqlite/sqlite-search-index.js';

const doc = (id: string, title: string, body: string, entities: SearchDocument['entities'] = []): SearchDocument => ({
  id,
  title,
  subtitle: null,
  body,
  date: null,
  publisher: null,
  language: 'de',
  entities,
});

describe('one-edit check', () => {
  it('accepts one insertion, deletion or substitution and nothing more', () => {
    expect(withinOneEdit('ahlerding', 'ahlerding')).toBe(true);
    expect(withinOneEdit('ahlerdin', 'ahlerding')).toBe(true);
    expect(withinOneEdit('ahlerting', 'ahlerding')).toBe(true);
    expect(withinOneEdit('migrationszentrm', 'migrationszentrum')).toBe(true);
    expect(withinOneEdit('xahlerding', 'ahlerding')).toBe(true);
    expect(withinOneEdit('kebshcull', 'ahlerding')).toBe(false);
    expect(withinOneEdit('kepschul', 'ahlerding')).toBe(false);
    expect(withinOneEdit('abc', 'abcde')).toBe(false);
  });
});

describe('search terms', () => {
  it('keeps letters and digits, folded, without repeats', () => {
    expect(searchTerms('"Straße" AND straße* NEAR(Wöltering) 2024')).toEqual([
      'strasse',
      'and',
      'near',
      'woeltering',
      '2024',
    ]);
  });

  it('builds a MATCH expression of prefix terms or-ed with their expansions', () => {
    expect(
      matchExpression([
        { term: 'zentrum', prefix: true, words: ['migrationszentrum'] },
        { term: 'radweg', prefix: true, words: [] },
      ]),
    ).toBe('("zentrum"* OR "migrationszentrum") AND "radweg"*');
    expect(highlightTerms([{ term: 'ahlerting', prefix: false, words: ['ahlerding'] }])).toEqual([
      'ahlerting',
      'ahlerding',
    ]);
  });

  it('matches prefixes and compound parts but not fragments inside short heads', () => {
    const text = 'Das Migrationszentrum & der Austausch';
    expect(matchRanges(text, ['zentrum', 'stau'])).toEqual([{ start: 4, end: 21 }]);
    expect(markRanges(text, matchRanges(text, ['zentrum', 'stau']))).toBe(
      'Das <mark>Migrationszentrum</mark> &#38; der Austausch',
    );
  });
});

describe('embedded vocabulary and entity tables', () => {
  let db: SqliteDatabase;
  let index: SqliteSearchIndex;
  const ids = async (query: string) => (await index.search({ query, first: 10 })).hits.map((hit) => hit.releaseId);

  beforeEach(async () => {
    db = openDatabase(':memory:');
    index = new SqliteSearchIndex(db, ':memory:');
    await index.index([
      doc('rel_a', 'Internationaler Austausch', 'Schüler im Austausch mit Partnerschulen.'),
      doc('rel_b', 'Stau auf der A1', 'Wegen Bauarbeiten staut sich der Verkehr im Beratungszentrum-Umfeld.', [
        { id: 'per:anja-ahlerding', name: 'Anja Ahlerding', type: 'Person' },
      ]),
    ]);
  });
  afterEach(() => db.close());

  it('finds compound parts only after a head of three letters', async () => {
    expect(await ids('stau')).toEqual(['rel_b']);
    expect(await ids('tausch')).toEqual(['rel_a']);
    expect(await ids('schulen')).toEqual(['rel_a']);
  });

  it('corrects a typo only when no indexed word starts with the term, and not below five letters', async () => {
    expect(await ids('Bauarbaiten')).toEqual(['rel_b']);
    expect(await ids('Sta')).toEqual(['rel_b']);
    expect(await ids('Stua')).toEqual([]);
    expect(await ids('Verkeht')).toEqual(['rel_b']);
  });

  it('retries with corrections when a typo is also the start of another word and nothing matched', async () => {
    await index.index([
      doc('rel_k', 'Landrätin Anja Ahlerding besucht Melle', 'Text'),
      doc('rel_w', 'Der Ahlerdinz-Weg in Bramsche', 'Text'),
    ]);
    expect(await ids('Landrätin Ahlerdinz')).toEqual(['rel_k']);
    expect(await ids('Ahlerdinz')).toEqual(['rel_w']);
  });

  it('drops words and entities from the vocabulary with their last release', async () => {
    await index.remove(['rel_b']);
    const count = (sql: string) => (db.prepare(sql).pluck().get() as number) ?? 0;
    expect(count(`SELECT COUNT(*) FROM search_vocab WHERE word = 'stau'`)).toBe(0);
    expect(count(`SELECT docs FROM search_vocab WHERE word = 'austausch'`)).toBe(1);
    expect(count('SELECT COUNT(*) FROM search_entities')).toBe(0);
    expect(count('SELECT COUNT(*) FROM search_entity_words')).toBe(0);
    expect(count('SELECT COUNT(*) FROM search_doc_entities')).toBe(0);
    expect(await ids('Bauarbaiten')).toEqual([]);
  });

  it('rebuilds the derived tables of a store indexed before they existed', async () => {
    db.exec(`DELETE FROM search_entities; DELETE FROM search_entity_words; DELETE FROM search_meta;
             DELETE FROM search_doc_entities; DELETE FROM search_vocab;
             INSERT INTO search_vocab_trigram (search_vocab_trigram) VALUES ('delete-all');`);
    expect(await index.suggest('ahlerd', undefined, 5)).toEqual([]);
    const reopened = new SqliteSearchIndex(db, ':memory:');
    expect(await reopened.suggest('ahlerd', undefined, 5)).toEqual([
      { id: 'per:anja-ahlerding', name: 'Anja Ahlerding', type: 'Person', releaseCount: 1 },
    ]);
    expect((await reopened.search({ query: 'Bauarbaiten', first: 5, filter: { types: ['Person'] } })).total).toBe(1);
  });
});

describe('embedded relevance tiers and upgrades', () => {
  it('pages through title matches, then body-only matches, each once, at any page size', async () => {
    const db = openDatabase(':memory:');
    const index = new SqliteSearchIndex(db, ':memory:');
    const docs = Array.from({ length: 23 }, (_, i) =>
      i % 3 === 0
        ? doc(`rel_t${i}`, `Radweg Nummer ${i}`, 'Ein Text.')
        : doc(`rel_b${i}`, `Meldung ${i}`, `Der Radweg ${'wird gebaut '.repeat(1 + (i % 4))}.`),
    );
    await index.index(docs);
    for (const first of [1, 2, 5, 7, 100]) {
      const seen: string[] = [];
      for (let offset = 0; ; offset += first) {
        const page = await index.search({ query: 'radweg', first, offset });
        seen.push(...page.hits.map((hit) => hit.releaseId));
        expect(page.total).toBe(23);
        if (!page.hasNextPage) break;
      }
      expect(new Set(seen).size, `first ${first}`).toBe(23);
      expect(
        seen.slice(0, 8).every((id) => id.startsWith('rel_t')),
        `first ${first}`,
      ).toBe(true);
      const scores = (await index.search({ query: 'radweg', first: 23 })).hits.map((hit) => hit.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      expect(scores[0]).toBeGreaterThan(1);
      expect(scores.at(-1)).toBeLessThan(1);
    }
    db.close();
  });

  it('lists the top 20 facet values, ties in name order, even when many values tie at the cut', async () => {
    const db = openDatabase(':memory:');
    const index = new SqliteSearchIndex(db, ':memory:');
    const names = Array.from({ length: 30 }, (_, i) => `Person ${String.fromCharCode(90 - (i % 26))}${i}`);
    await index.index(
      names.map((name, i) =>
        doc(`rel_${i}`, `Meldung ${i}`, 'Text', [
          { id: 'per:anja-ahlerding', name: 'Anja Ahlerding', type: 'Person' },
          { id: `per:${i}`, name, type: 'Person' },
        ]),
      ),
    );
    const [persons] = (await index.search({ query: '', first: 0, facets: ['Person'] })).facets;
    expect(persons!.values).toHaveLength(20);
    expect(persons!.values[0]).toMatchObject({ value: 'per:anja-ahlerding', count: 30 });
    expect(persons!.values.slice(1).map((value) => value.entity?.name)).toEqual([...names].sort().slice(0, 19));
    db.close();
  });

  it('upgrades a store indexed with the first schema: re-indexes its documents on open', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'civicgraph-upgrade-'));
    try {
      const file = join(dir, 'store.db');
      const old = new Database(file);
      old.exec(readFileSync(schemaPath('sqlite', '001-init.sql'), 'utf8'));
      old.pragma('user_version = 1');
      old
        .prepare(
          `INSERT INTO release_fts (rowid, id, title, entities, body) VALUES (7, 'rel_old', 'lob', 'anja ahlerding', 'text')`,
        )
        .run();
      old
        .prepare(
          `INSERT INTO search_docs (id, rowid_fts, title, subtitle, body, date, publisher, language, entities)
           VALUES ('rel_old', 7, 'Lob für das Migrationszentrum', NULL, 'Die Straßen werden saniert.', '2024-05-02', 'MeißelArbeit', 'de', ?)`,
        )
        .run(JSON.stringify([{ id: 'per:anja-ahlerding', name: 'Anja Ahlerding', type: 'Person' }]));
      old.close();
      const db = openDatabase(file);
      const index = new SqliteSearchIndex(db, file);
      expect((await index.search({ query: 'strassen', first: 5 })).hits.map((hit) => hit.releaseId)).toEqual([
        'rel_old',
      ]);
      expect((await index.search({ query: 'zentrum', first: 5, filter: { publisher: ['MeißelArbeit'] } })).total).toBe(
        1,
      );
      expect((await index.suggest('ahlerd', undefined, 5)).map((s) => s.releaseCount)).toEqual([1]);
      await index.remove(['rel_old']);
      expect((await index.search({ query: '', first: 5 })).total).toBe(0);
      db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
