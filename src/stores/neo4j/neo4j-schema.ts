import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { schemaPath } from '../../paths.js';
import { splitCypherStatements } from './split-cypher-statements.js';

// Populating a new index on a large graph takes a while; beyond this, opening fails.
const INDEX_WAIT_SECONDS = 300;

/** The schema statements of `schema/neo4j/NNN-*.cypher`, in file order. */
export function neo4jSchemaStatements(dir: string = schemaPath('neo4j')): string[] {
  return readdirSync(dir)
    .filter((name) => /^\d{3}-.*\.cypher$/.test(name))
    .sort()
    .flatMap((name) => splitCypherStatements(readFileSync(join(dir, name), 'utf8')));
}

/**
 * Applies the schema statements one by one (schema changes need their own transactions) and waits
 * until every index is online, so that queries right after opening use them.
 */
export async function applyNeo4jSchema(
  driver: Driver,
  database: string,
  statements = neo4jSchemaStatements(),
): Promise<void> {
  const session = driver.session({ database });
  try {
    for (const statement of statements) await session.run(statement);
    await session.run('CALL db.awaitIndexes(toInteger($seconds))', { seconds: INDEX_WAIT_SECONDS });
  } finally {
    await session.close();
  }
}
