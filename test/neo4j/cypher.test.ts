// TCK-style tests of the Neo4j write path without a database: the plan of a batch, the UNWIND rows
// (parameters) and the statements they feed.
import { describe, expect, it } from 'vitest';
import type { ReleaseFacts } from '../../src/domain/extraction.js';
import { statementKey } from '../../src/domain/ids.js';
import { factTypePattern } from '../../src/stores/neo4j/cypher/fact-types.js';
import { allWordsQuery, exactKeyQuery } from '../../src/stores/neo4j/cypher/fulltext-query.js';
import { entityLabel, factsOf, listReleases } from '../../src/stores/neo4j/cypher/read-statements.js';
import { planWrites } from '../../src/graph/write-plan.js';
import { applyCuration } from '../../src/graph/apply-curation.js';
import type { IngestCuration } from '../../src/graph/apply-curation.js';
import { deletionRows, writeRows } from '../../src/stores/neo4j/cypher/write-rows.js';
import { LOOKUP_BATCH, REJECTED_AMONG, WRITE_BATCH } from '../../src/stores/neo4j/cypher/write-statements.js';
import { makeFacts } from '../helpers/make-facts.js';

const NO_CURATION = { redirects: new Map<string, string>(), names: new Map<string, string>() };

/** The rows the adapter sends for a plan: curation applied first (src/graph), as `writeReleases` does. */
const curatedWriteRows = (
  plan: { deleteIds: string[]; creates: ReleaseFacts[] },
  curation: IngestCuration,
  at: string,
) => writeRows(plan, applyCuration(plan.creates, curation), at);

const visit = (
  source = 'samples/visit.txt',
  body = 'Landrätin Anja Ahlerding besuchte das Jobcenter Osnabrück.',
): ReleaseFacts =>
  makeFacts({
    source,
    title: 'Landrätin besucht Jobcenter',
    date: '2024-05-02',
    body,
    entities: [
      { type: 'Person', name: 'Anja Ahlerding', aliases: ['Ahlerding'] },
      { type: 'Organisation', name: 'Jobcenter Osnabrück' },
    ],
    relations: body.includes('besuchte')
      ? [{ type: 'VISITED', from: 'Anja Ahlerding', to: 'Jobcenter Osnabrück', date: '2024-04-29', sentence: body }]
      : [],
  });

/** The `$name` parameters a statement uses. */
function parametersOf(statement: string): string[] {
  return [...new Set([...statement.matchAll(/\$([A-Za-z_]\w*)/g)].map((match) => match[1]!))].sort();
}

describe('planWrites', () => {
  it('creates new releases and leaves stored ones unchanged', () => {
    const a = visit('a.txt');
    const b = visit('b.txt', 'Anja Ahlerding besuchte das Jobcenter Osnabrück am Montag.');
    const plan = planWrites([a, b], [{ id: a.release.id, source: 'a.txt', date: a.release.date }]);
    expect(plan.results).toEqual([
      { outcome: 'unchanged', releaseId: a.release.id },
      { outcome: 'created', releaseId: b.release.id },
    ]);
    expect(plan.deleteIds).toEqual([]);
    expect(plan.creates).toEqual([b]);
  });

  it('replaces the release stored for a source, and a version written earlier in the same batch', () => {
    const v1 = visit('a.txt', 'Anja Ahlerding besuchte das Jobcenter Osnabrück.');
    const v2 = visit('a.txt', 'Anja Ahlerding besuchte das Jobcenter Osnabrück erneut.');
    const v3 = visit('a.txt', 'Anja Ahlerding besuchte das Jobcenter Osnabrück ein drittes Mal.');
    const plan = planWrites([v2, v3], [{ id: v1.release.id, source: 'a.txt', date: v1.release.date }]);
    expect(plan.results).toEqual([
      { outcome: 'replaced', releaseId: v2.release.id, replacedId: v1.release.id },
      { outcome: 'replaced', releaseId: v3.release.id, replacedId: v2.release.id },
    ]);
    // v2 never reaches the store; v1 is deleted before v3 is created.
    expect(plan.deleteIds).toEqual([v1.release.id]);
    expect(plan.creates).toEqual([v3]);
  });

  it('reports a release repeated in a batch as unchanged the second time', () => {
    const a = visit();
    const plan = planWrites([a, a], []);
    expect(plan.results.map((result) => result.outcome)).toEqual(['created', 'unchanged']);
    expect(plan.creates).toHaveLength(1);
  });

  it('keeps the stored copy of a text seen from a second source and drops that source’s old version', () => {
    const a = visit('a.txt');
    const old = visit('b.txt', 'Anja Ahlerding besuchte das Jobcenter Osnabrück gestern.');
    const fromB = { ...a, release: { ...a.release, source: 'b.txt' } };
    const plan = planWrites(
      [fromB],
      [
        { id: a.release.id, source: 'a.txt', date: a.release.date },
        { id: old.release.id, source: 'b.txt', date: old.release.date },
      ],
    );
    expect(plan.results).toEqual([{ outcome: 'replaced', releaseId: a.release.id, replacedId: old.release.id }]);
    expect(plan.deleteIds).toEqual([old.release.id]);
    expect(plan.creates).toEqual([]);
  });

  it('writes a stored release again with replaceFacts', () => {
    const a = visit();
    const plan = planWrites([a], [{ id: a.release.id, source: a.release.source, date: a.release.date }], {
      replaceFacts: true,
    });
    expect(plan.results).toEqual([{ outcome: 'replaced', releaseId: a.release.id }]);
    expect(plan.deleteIds).toEqual([a.release.id]);
    expect(plan.creates).toEqual([a]);
  });
});

describe('writeRows', () => {
  it('turns a release into UNWIND rows with every value as data', () => {
    const facts = visit();
    const rows = curatedWriteRows({ deleteIds: [], creates: [facts] }, NO_CURATION, '2024-05-03T10:00:00.000Z');
    expect(rows.releases).toEqual([{ ...facts.release, ingestedAt: '2024-05-03T10:00:00.000Z' }]);
    expect(rows.entities).toMatchInlineSnapshot(`
      [
        {
          "aliasKeys": [
            "anja ahlerding",
            "ahlerding",
          ],
          "aliases": [
            "Anja Ahlerding",
            "Ahlerding",
          ],
          "id": "per:anja-ahlerding",
          "name": "Anja Ahlerding",
          "nameKey": "anja ahlerding",
          "type": "Person",
        },
        {
          "aliasKeys": [
            "jobcenter osnabrueck",
          ],
          "aliases": [
            "Jobcenter Osnabrück",
          ],
          "id": "org:jobcenter-osnabrueck",
          "name": "Jobcenter Osnabrück",
          "nameKey": "jobcenter osnabrueck",
          "type": "Organisation",
        },
      ]
    `);
    expect(rows.mentions[0]).toEqual({
      entityId: 'per:anja-ahlerding',
      releaseId: facts.release.id,
      starts: [39],
      ends: [53],
      texts: ['Anja Ahlerding'],
      confidences: [0.9],
      aliases: ['Anja Ahlerding', 'Ahlerding'],
      aliasKeys: ['anja ahlerding', 'ahlerding'],
    });
    const [fact] = rows.entityFacts;
    expect(fact).toMatchObject({
      type: 'VISITED',
      releaseId: facts.release.id,
      from: 'per:anja-ahlerding',
      to: 'org:jobcenter-osnabrueck',
      title: null,
      date: '2024-04-29',
      quote: null,
      sentence: 'Landrätin Anja Ahlerding besuchte das Jobcenter Osnabrück.',
      start: 29,
      end: 87,
      confidence: 0.8,
    });
    expect(facts.release.text.slice(fact!.start, fact!.end)).toBe(fact!.sentence);
    expect(rows.releaseFacts).toEqual([]);
  });

  it('sends facts without an object entity to the release (QUOTED_IN, a role without organisation)', () => {
    const facts = makeFacts({
      source: 'q.txt',
      title: 'Zitat',
      body: 'Landrätin Anja Ahlerding sagte: „Gut so.“',
      entities: [{ type: 'Person', name: 'Anja Ahlerding' }],
      relations: [
        {
          type: 'HOLDS_ROLE',
          from: 'Anja Ahlerding',
          title: 'Landrätin',
          sentence: 'Landrätin Anja Ahlerding sagte: „Gut so.“',
        },
        {
          type: 'QUOTED_IN',
          from: 'Anja Ahlerding',
          quote: 'Gut so.',
          sentence: 'Landrätin Anja Ahlerding sagte: „Gut so.“',
        },
      ],
    });
    const rows = curatedWriteRows({ deleteIds: [], creates: [facts] }, NO_CURATION, 'now');
    expect(rows.entityFacts).toEqual([]);
    expect(rows.releaseFacts.map((fact) => [fact.type, fact.to, fact.title, fact.quote])).toEqual([
      ['HOLDS_ROLE', null, 'Landrätin', null],
      ['QUOTED_IN', null, null, 'Gut so.'],
    ]);
  });

  it('follows merges and curated names, and drops facts that would link an entity to itself', () => {
    const facts = makeFacts({
      source: 'm.txt',
      title: 'Besuch',
      body: 'Anja Ahlerding und A. Ahlerding besuchten das Jobcenter Osnabrück.',
      entities: [
        { type: 'Person', name: 'Anja Ahlerding' },
        { type: 'Person', name: 'A. Ahlerding' },
        { type: 'Organisation', name: 'Jobcenter Osnabrück' },
      ],
      relations: [
        {
          type: 'VISITED',
          from: 'A. Ahlerding',
          to: 'Jobcenter Osnabrück',
          sentence: 'Anja Ahlerding und A. Ahlerding besuchten das Jobcenter Osnabrück.',
        },
        {
          type: 'PART_OF',
          from: 'A. Ahlerding',
          to: 'Anja Ahlerding',
          sentence: 'Anja Ahlerding und A. Ahlerding besuchten das Jobcenter Osnabrück.',
        },
      ],
    });
    const curation = {
      redirects: new Map([['per:a-ahlerding', 'per:anja-ahlerding']]),
      names: new Map([['org:jobcenter-osnabrueck', 'Jobcenter Osnabrück (Stadt)']]),
    };
    const rows = curatedWriteRows({ deleteIds: [], creates: [facts] }, curation, 'now');
    expect(rows.entities.map((entity) => [entity.id, entity.name, entity.aliases])).toEqual([
      ['per:anja-ahlerding', 'Anja Ahlerding', ['Anja Ahlerding', 'A. Ahlerding']],
      ['org:jobcenter-osnabrueck', 'Jobcenter Osnabrück (Stadt)', ['Jobcenter Osnabrück']],
    ]);
    // Both extracted persons are one entity now: one MENTIONED_IN with both occurrences.
    expect(rows.mentions[0]).toMatchObject({
      entityId: 'per:anja-ahlerding',
      texts: ['Anja Ahlerding', 'A. Ahlerding'],
    });
    expect(rows.mentions).toHaveLength(2);
    expect(rows.entityFacts.map((fact) => [fact.type, fact.from, fact.to])).toEqual([
      ['VISITED', 'per:anja-ahlerding', 'org:jobcenter-osnabrueck'],
    ]);
    // Rejections are matched on the merged ids, as curators saw the fact.
    const relation = facts.extraction.relations[0]!;
    expect(rows.entityFacts[0]!.statementKey).toBe(
      statementKey({ ...relation, from: 'per:anja-ahlerding', to: 'org:jobcenter-osnabrueck' }),
    );
  });

  it('writes a statement once when the extractor repeats it', () => {
    const facts = visit();
    const twice = {
      ...facts,
      extraction: { ...facts.extraction, relations: [...facts.extraction.relations, ...facts.extraction.relations] },
    };
    expect(curatedWriteRows({ deleteIds: [], creates: [twice] }, NO_CURATION, 'now').entityFacts).toHaveLength(1);
  });

  it('refuses entity and relation types outside the closed lists (they become labels and types)', () => {
    const facts = visit();
    const badEntity = {
      ...facts,
      extraction: {
        ...facts.extraction,
        entities: [{ ...facts.extraction.entities[0]!, type: 'Person:Admin' as never }],
      },
    };
    expect(() => curatedWriteRows({ deleteIds: [], creates: [badEntity] }, NO_CURATION, 'now')).toThrow(
      /unknown type "Person:Admin"/,
    );
    const badRelation = {
      ...facts,
      extraction: {
        ...facts.extraction,
        relations: [{ ...facts.extraction.relations[0]!, type: 'VISITED]->() DETACH DELETE n //' as never }],
      },
    };
    expect(() => curatedWriteRows({ deleteIds: [], creates: [badRelation] }, NO_CURATION, 'now')).toThrow(
      /unknown type/,
    );
  });

  it('keeps quotes, backslashes, $ and Cypher keywords as plain data', () => {
    const tricky = 'O\'Brien "MATCH (n) DETACH DELETE n" \\ $param `x`';
    const facts = makeFacts({
      source: tricky,
      title: tricky,
      body: `Es geht um ${tricky}.`,
      entities: [{ type: 'Organisation', name: tricky }],
    });
    const rows = curatedWriteRows({ deleteIds: [], creates: [facts] }, NO_CURATION, 'now');
    expect(rows.releases[0]!.source).toBe(tricky);
    expect(rows.entities[0]!.name).toBe(tricky);
    expect(WRITE_BATCH).not.toContain('Brien');
  });
});

describe('batch statements', () => {
  it('use exactly the parameters the rows provide', () => {
    const rows = curatedWriteRows({ deleteIds: ['rel_old'], creates: [visit()] }, NO_CURATION, 'now');
    expect(parametersOf(WRITE_BATCH)).toEqual(Object.keys(rows).sort());
    expect(Object.keys(deletionRows(['rel_x'])).sort()).toEqual(Object.keys(rows).sort());
    expect(parametersOf(LOOKUP_BATCH)).toEqual(['entityIds', 'ids', 'sources']);
    expect(parametersOf(REJECTED_AMONG)).toEqual(['keys']);
  });

  it('contain no string literals but fixed names (every value is a parameter)', () => {
    const literals = (statement: string): string[] =>
      [...statement.matchAll(/'[^']*'|"[^"]*"/g)].map((match) => match[0]);
    expect(literals(WRITE_BATCH)).toEqual([]);
    expect(literals(LOOKUP_BATCH)).toEqual([]);
    expect(literals(REJECTED_AMONG)).toEqual([]);
  });

  it('leave the choice of rejected facts to src/graph: the write creates every fact row it is given', () => {
    expect(WRITE_BATCH).not.toContain('RejectedStatement');
    expect(REJECTED_AMONG).toContain('MATCH (s:RejectedStatement {key: key})');
  });

  it('keep their plan while a bulk load changes the statistics', () => {
    expect(WRITE_BATCH.startsWith('CYPHER replan=skip')).toBe(true);
    expect(LOOKUP_BATCH.startsWith('CYPHER replan=skip')).toBe(true);
  });

  it('delete a replaced release’s facts through the releaseId index of each type', () => {
    expect(WRITE_BATCH).toContain('CALL (r) { MATCH ()-[f:VISITED {releaseId: r.id}]->() DELETE f }');
    expect(WRITE_BATCH.match(/\{releaseId: r\.id\}/g)).toHaveLength(5);
  });
});

describe('read statements', () => {
  it('write relationship types from the closed list only, in one order', () => {
    expect(factTypePattern(['VISITED', 'HOLDS_ROLE'])).toBe('HOLDS_ROLE|VISITED');
    expect(() => factTypePattern(['VISITED]->(x) DETACH DELETE x //'])).toThrow(/unknown relation type/);
    expect(() => factTypePattern([])).toThrow(/at least one/);
    expect(() => entityLabel('Person) DETACH DELETE (n' as never)).toThrow(/unknown entity type/);
  });

  it('build facts-of queries per direction', () => {
    expect(factsOf('from', ['VISITED'])).toMatchInlineSnapshot(`
      "MATCH (a:Entity {id: $id})-[f:VISITED]->(b)
      MATCH (r:Release {id: f.releaseId})
      WITH a, f, b, r
      ORDER BY coalesce(f.date, r.date) IS NULL, coalesce(f.date, r.date) DESC, f.releaseId, f.start
      RETURN {id: f.factId, releaseId: f.releaseId, releaseDate: r.date, releaseTitle: r.title, type: type(f),
        from: a.id, to: CASE WHEN b:Entity THEN b.id END, title: f.title, date: f.date, quote: f.quote,
        sentence: f.sentence, start: f.start, end: f.end, confidence: f.confidence} AS fact"
    `);
    expect(factsOf('to', ['VISITED', 'PART_OF'])).toContain('MATCH (a)-[f:VISITED|PART_OF]->(b:Entity {id: $id})');
  });

  it('list releases newest first with undated ones last, in both directions', () => {
    expect(listReleases('DATE_DESC', false)).toContain('ORDER BY r.date IS NULL, r.date DESC, r.title, r.id');
    expect(listReleases('DATE_ASC', true)).toContain('ORDER BY r.date IS NULL, r.date, r.title, r.id');
    expect(listReleases('DATE_ASC', true)).toContain('MATCH (:Entity {id: $entityId})-[:MENTIONED_IN]->(r:Release)');
  });

  it('quote full-text terms so that Lucene syntax in names is not interpreted', () => {
    expect(exactKeyQuery('anja ahlerding')).toBe('nameKey:"anja ahlerding" OR aliasKeys:"anja ahlerding"');
    expect(allWordsQuery(['not', 'and'])).toBe('nameKey:"not" AND nameKey:"and"');
    expect(exactKeyQuery('a"b\\c')).toBe('nameKey:"a\\"b\\\\c" OR aliasKeys:"a\\"b\\\\c"');
  });
});
