import { describe, expect, it } from 'vitest';
import { neo4jSchemaStatements } from '../../src/stores/neo4j/neo4j-schema.js';
import { splitCypherStatements } from '../../src/stores/neo4j/split-cypher-statements.js';

describe('splitCypherStatements', () => {
  it('splits at semicolons and drops comments', () => {
    const text = `// constraints
CREATE CONSTRAINT a IF NOT EXISTS FOR (n:A) REQUIRE n.id IS UNIQUE; /* block; comment */
CREATE INDEX b IF NOT EXISTS
  FOR (n:B) ON (n.x);
`;
    expect(splitCypherStatements(text)).toEqual([
      'CREATE CONSTRAINT a IF NOT EXISTS FOR (n:A) REQUIRE n.id IS UNIQUE',
      'CREATE INDEX b IF NOT EXISTS\n  FOR (n:B) ON (n.x)',
    ]);
  });

  it('leaves semicolons and comment markers inside quotes and backticks alone', () => {
    expect(splitCypherStatements(`RETURN 'a;b // c', "d\\";e", \`f;g\`; RETURN 1`)).toEqual([
      `RETURN 'a;b // c', "d\\";e", \`f;g\``,
      'RETURN 1',
    ]);
  });
});

describe('schema/neo4j', () => {
  const statements = neo4jSchemaStatements();

  it('is idempotent: every statement creates only if missing, or drops only if present', () => {
    expect(statements.length).toBeGreaterThan(20);
    for (const statement of statements)
      expect(statement).toMatch(
        /^(CREATE (CONSTRAINT|INDEX|FULLTEXT INDEX) \w+ IF NOT EXISTS|DROP CONSTRAINT \w+ IF EXISTS)\b/,
      );
  });

  it('has unique names and covers ids, fact ids, release ids of facts and the name lookup', () => {
    const names = statements.flatMap((statement) => {
      const name = /^CREATE (?:CONSTRAINT|INDEX|FULLTEXT INDEX) (\w+)/.exec(statement)?.[1];
      return name ? [name] : [];
    });
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(
      expect.arrayContaining(['release_id', 'release_source_lookup', 'entity_id', 'entity_name_key', 'entity_names']),
    );
    // A web address may name several releases: the source is indexed, not unique.
    expect(statements).toContain('DROP CONSTRAINT release_source IF EXISTS');
    for (const type of ['HOLDS_ROLE', 'VISITED', 'QUOTED_IN', 'PART_OF', 'LOCATED_IN']) {
      expect(statements).toContainEqual(expect.stringContaining(`FOR ()-[f:${type}]-() REQUIRE f.factId IS UNIQUE`));
      expect(statements).toContainEqual(expect.stringContaining(`FOR ()-[f:${type}]-() ON (f.releaseId)`));
    }
  });
});
