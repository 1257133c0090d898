// Neo4j-specific tests on the shared test server, beyond the contract: batches, re-ingest,
// replacement, stored types, Unicode and query syntax in names, a large batch load compared with
// the SQLite reference adapter, and the example queries of schema/neo4j/README.md.
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ReleaseFacts } from '../../src/domain/extraction.js';
import type { Fact } from '../../src/domain/relation.js';
import { StoreError } from '../../src/errors/store-error.js';
import type { GraphStats, GraphStore, ReleaseSummary } from '../../src/ports/graph-store.js';
import { schemaPath } from '../../src/paths.js';
import { createNeo4jGraphStore } from '../../src/stores/neo4j/create-neo4j-graph-store.js';
import { makeFacts } from '../helpers/make-facts.js';
import { neo4jTestSettings, useNeo4jTestStore } from '../helpers/neo4j-test-db.js';
import { createTempStores } from '../helpers/temp-stores.js';
import { syntheticCorpus } from './synthetic-releases.js';

const store = useNeo4jTestStore();

beforeEach(async () => {
  await store().dropAllData();
});

/** Nodes per label and relationships per type: what "nothing changed" means for the graph. */
async function census(): Promise<Record<string, unknown>[]> {
  return store().readCypher(`
    CALL () { MATCH (n) UNWIND labels(n) AS kind RETURN kind, count(*) AS n
              UNION ALL MATCH ()-[r]->() RETURN type(r) AS kind, count(*) AS n }
    RETURN kind, n ORDER BY kind`);
}

const ahlerding = (source: string, sentence: string, extra: { aliases?: string[] } = {}): ReleaseFacts =>
  makeFacts({
    source,
    title: 'Landrätin unterwegs',
    date: '2024-05-02',
    body: sentence,
    entities: [
      { type: 'Person', name: 'Anja Ahlerding', aliases: extra.aliases ?? [] },
      { type: 'Organisation', name: sentence.includes('Jobcenter') ? 'Jobcenter Osnabrück' : 'Kita Sonnenschein' },
    ],
    relations: [
      {
        type: 'VISITED',
        from: 'Anja Ahlerding',
        to: sentence.includes('Jobcenter') ? 'Jobcenter Osnabrück' : 'Kita Sonnenschein',
        sentence,
      },
    ],
  });

describe('Neo4j graph store', () => {
  it('writes a batch in one transaction with the results one-by-one writes give', async () => {
    const a = ahlerding('a.txt', 'Anja Ahlerding besuchte das Jobcenter Osnabrück.');
    const a2 = ahlerding('a.txt', 'Anja Ahlerding besuchte die Kita Sonnenschein.');
    const b = ahlerding('b.txt', 'Anja Ahlerding besuchte erneut das Jobcenter Osnabrück.');
    const batch = [a, b, a, a2];
    const reference = createTempStores();
    try {
      const expected = [];
      for (const facts of batch) expected.push(await reference.graph.writeRelease(facts));
      expect(await store().writeReleases(batch)).toEqual(expected);
      expect(comparable(await store().stats())).toEqual(comparable(await reference.graph.stats()));
      expect(await store().getEntity('org:jobcenter-osnabrueck')).toEqual(
        await reference.graph.getEntity('org:jobcenter-osnabrueck'),
      );
    } finally {
      await reference.close();
    }
  });

  it('changes nothing when the same batch is ingested again', async () => {
    const corpus = syntheticCorpus({ seed: 7 });
    const batch = Array.from({ length: 50 }, (_, i) => corpus.release(i));
    expect(new Set((await store().writeReleases(batch)).map((r) => r.outcome))).toEqual(new Set(['created']));
    const before = await census();
    const again = await store().writeReleases(batch);
    expect(again.every((result) => result.outcome === 'unchanged')).toBe(true);
    expect(await census()).toEqual(before);
  });

  it('replaces a changed release: its facts, mentions, aliases and orphaned entities go', async () => {
    const v1 = ahlerding('a.txt', 'Landrätin Ahlerding besuchte das Jobcenter Osnabrück.', {
      aliases: ['Landrätin Ahlerding'],
    });
    const other = ahlerding('b.txt', 'Anja Ahlerding besuchte die Kita Sonnenschein.');
    await store().writeReleases([v1, other]);
    expect((await store().getEntity('per:anja-ahlerding'))?.aliases).toEqual(['Landrätin Ahlerding']);

    const v2 = ahlerding('a.txt', 'Anja Ahlerding besuchte die Kita Sonnenschein am Montag.');
    expect(await store().writeReleases([v2])).toEqual([
      { outcome: 'replaced', releaseId: v2.release.id, replacedId: v1.release.id },
    ]);
    expect(await store().getRelease(v1.release.id)).toBeNull();
    expect(await store().getEntity('org:jobcenter-osnabrueck')).toBeNull();
    expect(await store().getEntity('per:anja-ahlerding')).toEqual({
      id: 'per:anja-ahlerding',
      type: 'Person',
      name: 'Anja Ahlerding',
      aliases: [],
      releaseCount: 2,
    });
    const [{ facts }] = (await store().readCypher('MATCH ()-[f]->() WHERE f.releaseId = $id RETURN count(f) AS facts', {
      id: v1.release.id,
    })) as [{ facts: number }];
    expect(facts).toBe(0);
    expect(await store().findEntities({ name: 'Landrätin Ahlerding', first: 5 })).toEqual([]);
  });

  it('stores offsets as integers and gives provenance back as written', async () => {
    const facts = ahlerding('a.txt', 'Anja Ahlerding besuchte das Jobcenter Osnabrück.');
    await store().writeRelease(facts);
    const [types] = await store().readCypher(`
      MATCH (:Person)-[f:VISITED]->(), (:Person)-[m:MENTIONED_IN]->()
      RETURN valueType(f.start) AS start, valueType(f.confidence) AS confidence, valueType(m.starts) AS starts`);
    expect(types).toEqual({
      start: 'INTEGER NOT NULL',
      confidence: 'FLOAT NOT NULL',
      starts: 'LIST<INTEGER NOT NULL> NOT NULL',
    });
    const [fact] = await store().factsOf({ entityId: 'per:anja-ahlerding', types: ['VISITED'], direction: 'from' });
    expect(typeof fact!.evidence.start).toBe('number');
    expect(facts.release.text.slice(fact!.evidence.start, fact!.evidence.end)).toBe(fact!.evidence.sentence);
    expect(await store().mentionsOfRelease(facts.release.id)).toEqual(
      facts.extraction.entities.flatMap((entity) =>
        entity.mentions.map((m) => ({ entityId: entity.id, ...m, confidence: 0.9 })),
      ),
    );
  });

  it('finds Unicode names in every spelling, and names that look like query syntax', async () => {
    const names = [
      'Jörg Weiß-Müller',
      'Ülkü Öztürk',
      'Straßenbauamt Gießen',
      'Łódź Partnerschaft',
      'C++ Initiative',
      'NOT',
      'AND/OR Verein',
      'Haus der Jugend (Mitte)',
      'Verein "Miteinander" e.V.',
      'Back\\slash*?~',
    ];
    const body = names.map((name) => `Es geht um ${name}.`).join(' ');
    await store().writeRelease(
      makeFacts({
        source: 'u.txt',
        title: 'Namen',
        body,
        entities: names.map((name) => ({ type: 'Organisation' as const, name })),
      }),
    );
    const found = async (name: string): Promise<string[]> =>
      (await store().findEntities({ name, first: 5 })).map((e) => e.name);
    expect(await found('joerg weiss-mueller')).toEqual(['Jörg Weiß-Müller']);
    expect(await found('WEISS MUELLER')).toEqual(['Jörg Weiß-Müller']);
    expect(await found('Oeztuerk')).toEqual(['Ülkü Öztürk']);
    expect(await found('strassenbauamt giessen')).toEqual(['Straßenbauamt Gießen']);
    expect(await found('łódź')).toEqual(['Łódź Partnerschaft']);
    expect(await found('C++ Initiative')).toEqual(['C++ Initiative']);
    expect(await found('not')).toEqual(['NOT']);
    expect(await found('AND OR')).toEqual(['AND/OR Verein']);
    expect(await found('jugend')).toEqual(['Haus der Jugend (Mitte)']);
    expect(await found('"Miteinander"')).toEqual(['Verein "Miteinander" e.V.']);
    expect(await found('back slash')).toEqual(['Back\\slash*?~']);
    expect(await found('*')).toHaveLength(5);
  });

  it('writes 1,300 releases in batches and answers like the SQLite store', async () => {
    const corpus = syntheticCorpus({ seed: 11, officials: 60, organisations: 400, places: 40, initiatives: 50 });
    const releases = Array.from({ length: 1_200 }, (_, i) => corpus.release(i));
    // Changed versions of earlier releases (same source, new text), in the last batch.
    const changed = Array.from({ length: 100 }, (_, i) => corpus.release(i * 7, 1));
    const batches = [...chunks(releases, 200), changed];
    const reference = createTempStores();
    try {
      const expected = [];
      for (const facts of [...releases, ...changed]) expected.push(await reference.graph.writeRelease(facts));
      const results = [];
      for (const batch of batches) results.push(...(await store().writeReleases(batch)));
      expect(results).toEqual(expected);
      await expectSameAnswers(store(), reference.graph, corpus.officialIds.slice(0, 25), [
        ...releases.slice(0, 30),
        ...changed.slice(0, 10),
      ]);
    } finally {
      await reference.close();
    }
  }, 120_000);

  it('keeps every fact’s entities mentioned in the fact’s release, through merges', async () => {
    const corpus = syntheticCorpus({ seed: 3, officials: 10, organisations: 30, places: 10, initiatives: 5 });
    await store().writeReleases(Array.from({ length: 60 }, (_, i) => corpus.release(i)));
    const [a, b, c] = corpus.officialIds;
    await store().mergeEntities([a!, b!], 'test');
    await store().mergeEntities([c!, a!], 'test');
    const [check] = await store().readCypher(`
      MATCH (x:Entity)-[f]-(y)
      WHERE f.releaseId IS NOT NULL AND NOT EXISTS { (x)-[:MENTIONED_IN]->(:Release {id: f.releaseId}) }
      RETURN count(f) AS violations`);
    expect(check).toEqual({ violations: 0 });
  });

  it('runs the example queries of schema/neo4j/README.md', async () => {
    const visit = (source: string, person: string, org: string, date: string): ReleaseFacts =>
      makeFacts({
        source,
        title: `${person} besucht ${org}`,
        date,
        publisher: 'Landkreis Osnabrück',
        body: `Landrätin ${person} besuchte ${org}. „Großartig“, sagte ${person}.`,
        entities: [
          { type: 'Person', name: person, aliases: [person.split(' ').at(-1)!] },
          { type: 'Organisation', name: org },
          { type: 'Organisation', name: 'Landkreis Osnabrück' },
        ],
        relations: [
          { type: 'VISITED', from: person, to: org, sentence: `Landrätin ${person} besuchte ${org}.` },
          {
            type: 'HOLDS_ROLE',
            from: person,
            to: 'Landkreis Osnabrück',
            title: 'Landrätin',
            sentence: `Landrätin ${person} besuchte ${org}.`,
          },
          { type: 'QUOTED_IN', from: person, quote: 'Großartig', sentence: `„Großartig“, sagte ${person}.` },
        ],
      });
    await store().writeReleases([
      visit('1.txt', 'Anja Ahlerding', 'Migrationszentrum der MeißelArbeit', '2024-05-02'),
      visit('2.txt', 'Anja Ahlerding', 'Jobcenter Osnabrück', '2024-06-10'),
      visit('3.txt', 'Jörg Weiß-Müller', 'Jobcenter Osnabrück', '2024-07-01'),
    ]);
    const readme = readFileSync(schemaPath('neo4j', 'README.md'), 'utf8');
    const queries = [...readme.matchAll(/```cypher\n([\s\S]*?)```/g)].map((match) => match[1]!);
    expect(queries.length).toBeGreaterThanOrEqual(7);
    for (const query of queries) {
      const rows = await store().readCypher(query);
      expect(rows.length, query).toBeGreaterThan(0);
    }
  });

  it('runs analyst queries read-only', async () => {
    await expect(store().readCypher('CREATE (:Release {id: $id})', { id: 'rel_x' })).rejects.toThrow(/read/i);
    expect(await store().getRelease('rel_x')).toBeNull();
  });

  it('reports a wrong password as a StoreError with the fix', async () => {
    const error = await createNeo4jGraphStore({ ...neo4jTestSettings(), password: 'not-the-password' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).message).toMatch(/rejected the user name or password/);
    expect((error as StoreError).hint).toBe('check NEO4J_USER and NEO4J_PASSWORD');
  });
});

/** Stats with the newest release's date only: releases of one batch share their ingest time. */
function comparable(stats: GraphStats): unknown {
  return { ...stats, newestRelease: stats.newestRelease?.date };
}

function* chunks<T>(list: T[], size: number): Generator<T[]> {
  for (let i = 0; i < list.length; i += size) yield list.slice(i, i + size);
}

/** Orders facts by the documented keys and then by id, so that ties compare equal. */
function byFactOrder(facts: Fact[]): Fact[] {
  const when = (fact: Fact): string => fact.date ?? fact.releaseDate ?? '';
  return [...facts].sort(
    (a, b) =>
      when(b).localeCompare(when(a)) ||
      a.releaseId.localeCompare(b.releaseId) ||
      a.evidence.start - b.evidence.start ||
      a.id.localeCompare(b.id),
  );
}

function byReleaseOrder(releases: ReleaseSummary[]): ReleaseSummary[] {
  return [...releases].sort(
    (a, b) =>
      (b.date ?? '').localeCompare(a.date ?? '') ||
      (a.title < b.title ? -1 : a.title > b.title ? 1 : 0) ||
      a.id.localeCompare(b.id),
  );
}

async function expectSameAnswers(
  neo4j: GraphStore,
  sqlite: GraphStore,
  officials: string[],
  sample: ReleaseFacts[],
): Promise<void> {
  let comparedFacts = 0;
  expect(comparable(await neo4j.stats())).toEqual(comparable(await sqlite.stats()));
  for (const entityId of officials) {
    for (const types of [['VISITED'], ['HOLDS_ROLE'], ['QUOTED_IN', 'HOLDS_ROLE']] as const) {
      const query = { entityId, types: [...types], direction: 'from' as const };
      const facts = await neo4j.factsOf(query);
      comparedFacts += facts.length;
      expect(byFactOrder(facts), `${entityId} ${types.join()}`).toEqual(byFactOrder(await sqlite.factsOf(query)));
      // Neo4j's own order must already follow the documented keys.
      expect(facts.map((f) => f.date ?? f.releaseDate)).toEqual(byFactOrder(facts).map((f) => f.date ?? f.releaseDate));
    }
    const entity = await neo4j.getEntity(entityId);
    expect(entity).toEqual(await sqlite.getEntity(entityId));
    if (entity) {
      expect(await neo4j.findEntities({ name: entity.name, first: 20 })).toEqual(
        await sqlite.findEntities({ name: entity.name, first: 20 }),
      );
      const surname = entity.name.split(' ').at(-1)!;
      expect(await neo4j.findEntities({ name: surname, first: 50 })).toEqual(
        await sqlite.findEntities({ name: surname, first: 50 }),
      );
    }
    expect(byReleaseOrder(await neo4j.releasesOfEntity(entityId, 500))).toEqual(
      byReleaseOrder(await sqlite.releasesOfEntity(entityId, 500)),
    );
    const connections = { entityId, minShared: 2, first: 20, offset: 0 };
    expect(await neo4j.connections(connections)).toEqual(await sqlite.connections(connections));
  }
  for (const type of ['Person', 'Organisation', 'Place', 'Initiative'] as const) {
    expect(await neo4j.findEntities({ type, first: 1_000 })).toEqual(await sqlite.findEntities({ type, first: 1_000 }));
  }
  for (const { release } of sample) {
    expect(await neo4j.getRelease(release.id)).toEqual(await sqlite.getRelease(release.id));
    expect(await neo4j.entitiesOfRelease(release.id)).toEqual(await sqlite.entitiesOfRelease(release.id));
    expect(await neo4j.factsOfRelease(release.id)).toEqual(await sqlite.factsOfRelease(release.id));
    expect(await neo4j.mentionsOfRelease(release.id)).toEqual(await sqlite.mentionsOfRelease(release.id));
  }
  // The comparison must have had something to compare.
  expect(comparedFacts).toBeGreaterThan(300);
  const page = {
    filter: { publisher: sample[0]!.release.publisher ?? undefined },
    sort: 'DATE_ASC' as const,
    first: 15,
    offset: 5,
  };
  expect(await neo4j.listReleases(page)).toEqual(await sqlite.listReleases(page));
}
