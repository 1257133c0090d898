// Curation: merges, renames, rejected facts and their log. The bookkeeping nodes (EntityRedirect,
// CuratedName, RejectedStatement) are not linked to entities, so they outlive an entity that is
// deleted with its last release and apply again when a later ingest brings it back.
import type { RelationType } from '../../../domain/relation.js';
import { RELATION_TYPES } from '../../../domain/relation.js';
import { factTypePattern } from './fact-types.js';

const ALL_FACTS = factTypePattern();

/** For each of `$ids`: the id after earlier merges, and that entity's type (null if there is none). */
export const RESOLVE_ENTITIES = `UNWIND $ids AS id
OPTIONAL MATCH (x:EntityRedirect {fromId: id})
WITH id, coalesce(x.toId, id) AS resolved
OPTIONAL MATCH (e:Entity {id: resolved})
RETURN id, resolved, e.type AS type`;

/**
 * Moves everything of entity `$other` to `$survivor` and deletes it: mentions (joined with the
 * survivor's in the same release), facts (a fact between the two would point at itself and goes),
 * and redirects; `$other` then redirects to `$survivor`. Relationships cannot change their ends,
 * so facts are recreated with the same type and properties.
 */
export const MERGE_ENTITY = `MATCH (s:Entity {id: $survivor}), (o:Entity {id: $other})
CALL (s, o) {
  MATCH (o)-[m:MENTIONED_IN]->(r:Release)
  MERGE (s)-[n:MENTIONED_IN]->(r)
    ON CREATE SET n.starts = [], n.ends = [], n.texts = [], n.confidences = [], n.aliases = [], n.aliasKeys = []
  SET n.starts = n.starts + m.starts, n.ends = n.ends + m.ends, n.texts = n.texts + m.texts,
      n.confidences = n.confidences + m.confidences,
      n.aliases = n.aliases + [alias IN m.aliases WHERE NOT alias IN n.aliases],
      n.aliasKeys = n.aliasKeys + [key IN m.aliasKeys WHERE NOT key IN n.aliasKeys]
  DELETE m
}
CALL (s, o) {
  MATCH (o)-[f:${ALL_FACTS}]->(x)
  WITH f, x, type(f) AS type, properties(f) AS props
  DELETE f
  WITH x, type, props WHERE x <> s
  CREATE (s)-[g:$(type)]->(x)
  SET g = props
}
CALL (s, o) {
  MATCH (x)-[f:${ALL_FACTS}]->(o)
  WITH f, x, type(f) AS type, properties(f) AS props
  DELETE f
  WITH x, type, props WHERE x <> s
  CREATE (x)-[g:$(type)]->(s)
  SET g = props
}
DETACH DELETE o
WITH s
CALL () { MATCH (c:CuratedName {entityId: $other}) DELETE c }
CALL () { MATCH (x:EntityRedirect {toId: $other}) SET x.toId = $survivor }
MERGE (x:EntityRedirect {fromId: $other})
SET x.toId = $survivor`;

/** Recomputes the aliases of `$id` from its mentions. */
export const REFRESH_ALIASES = `MATCH (e:Entity {id: $id})
SET e.aliases = COLLECT { MATCH (e)-[m:MENTIONED_IN]->() UNWIND m.aliases AS alias RETURN DISTINCT alias },
    e.aliasKeys = COLLECT { MATCH (e)-[m:MENTIONED_IN]->() UNWIND m.aliasKeys AS key RETURN DISTINCT key }`;

/** Renames `$id` to `$name` for good; returns the old name (no row if there is no such entity). */
export const RENAME_ENTITY = `MATCH (e:Entity {id: $id})
WITH e, e.name AS old
SET e.name = $name, e.nameKey = $nameKey
MERGE (c:CuratedName {entityId: $id})
SET c.name = $name
RETURN old`;

/** The fact `$id` as its statement key needs it (no row if there is none). */
export const FACT_STATEMENT = `CALL () {
${RELATION_TYPES.map((type) => `  MATCH (a)-[f:${type} {factId: $id}]->(b) RETURN a, f, b`).join('\n  UNION ALL\n')}
}
RETURN type(f) AS type, a.id AS from, CASE WHEN b:Entity THEN b.id END AS to, f.title AS title, f.sentence AS sentence`;

/** Deletes fact `$id` of the given type and remembers its statement (`$key`) as rejected. */
export function rejectFact(type: RelationType): string {
  return `MATCH ()-[f:${factTypePattern([type])} {factId: $id}]->()
DELETE f
MERGE (:RejectedStatement {key: $key})`;
}

/** Appends a record to the curation log, numbered by a sequence node. */
export const LOG_CURATION = `MERGE (seq:Sequence {name: 'curationLog'})
  ON CREATE SET seq.value = 0
SET seq.value = seq.value + 1
CREATE (:CurationRecord {id: seq.value, at: $at, actor: $actor, action: $action, details: $details})`;

export const CURATION_LOG = `MATCH (c:CurationRecord)
WITH c ORDER BY c.id DESC
LIMIT toInteger($first)
RETURN c {.id, .at, .actor, .action, .details} AS record`;
