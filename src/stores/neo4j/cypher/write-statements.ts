// The two statements of a batch write. Only identifiers from closed lists (relation types) are
// written into the text; every value travels as a parameter, and the text is the same for every
// batch, so the server plans it once. `replan=skip` keeps that plan while a bulk load changes the
// statistics: every lookup is a unique-index seek, so a fresh plan would be the same, and planning
// these statements again costs seconds on a small machine.
import { RELATION_TYPES } from '../../../domain/relation.js';

/**
 * Which batch releases are stored (by id or by source), and the curation ingest must follow:
 * redirects of merged entity ids and curated names, and whether any statement is rejected at all.
 * Params: `ids`, `sources`, `entityIds`.
 */
export const LOOKUP_BATCH = `
CYPHER replan=skip
CALL () {
  CALL () {
    UNWIND $ids AS id
    MATCH (r:Release {id: id})
    RETURN r.id AS id, r.source AS source, r.date AS date
    UNION
    UNWIND $sources AS source
    MATCH (r:Release {source: source})
    RETURN r.id AS id, r.source AS source, r.date AS date
  }
  RETURN collect({id: id, source: source, date: date}) AS stored
}
CALL () {
  UNWIND $entityIds AS id
  OPTIONAL MATCH (x:EntityRedirect {fromId: id})
  OPTIONAL MATCH (c:CuratedName {entityId: coalesce(x.toId, id)})
  WITH id, x.toId AS target, c.name AS name
  WHERE target IS NOT NULL OR name IS NOT NULL
  RETURN collect({id: id, target: target, name: name}) AS curation
}
// Most stores hold no rejected statement: then the write needs no second lookup.
RETURN stored, curation, EXISTS { (:RejectedStatement) } AS anyRejected`.trim();

/** The keys among `$keys` of statements curators rejected (src/graph/apply-curation.ts drops their facts). */
export const REJECTED_AMONG = `
CYPHER replan=skip
UNWIND $keys AS key
MATCH (s:RejectedStatement {key: key})
RETURN collect(s.key) AS rejected`.trim();

const deleteFactsOfRelease = RELATION_TYPES.map(
  (type) => `  CALL (r) { MATCH ()-[f:${type} {releaseId: r.id}]->() DELETE f }`,
).join('\n');

const FACT_PROPERTIES = `SET f.factId = row.factId, f.releaseId = row.releaseId, f.title = row.title, f.date = row.date,
      f.quote = row.quote, f.sentence = row.sentence, f.start = toInteger(row.start), f.end = toInteger(row.end),
      f.confidence = row.confidence`;

/**
 * Deletes replaced releases, creates the new ones with entities, mentions and facts, then removes
 * entities left without any relationship and recomputes the aliases of the others it touched.
 * Params: the `WriteRows` fields. Every entity a fact links has a MENTIONED_IN to the fact's
 * release (the write and merges keep it so), so a release's MENTIONED_IN lists everything it touches.
 */
export const WRITE_BATCH = `
CYPHER replan=skip
CALL () {
  UNWIND $deleteIds AS id
  MATCH (r:Release {id: id})
  OPTIONAL MATCH (e:Entity)-[:MENTIONED_IN]->(r)
  WITH r, collect(e.id) AS entityIds
${deleteFactsOfRelease}
  DETACH DELETE r
  RETURN count(*) AS deleted, reduce(acc = [], ids IN collect(entityIds) | acc + ids) AS touched
}
CALL () {
  UNWIND $releases AS row
  CREATE (r:Release)
  SET r = row
}
CALL () {
  UNWIND $entities AS row
  MERGE (e:Entity {id: row.id})
    ON CREATE SET e:$(row.type), e.type = row.type, e.name = row.name, e.nameKey = row.nameKey,
      e.aliases = [], e.aliasKeys = []
  WITH e, [alias IN row.aliases WHERE NOT alias IN e.aliases] AS aliases,
    [key IN row.aliasKeys WHERE NOT key IN e.aliasKeys] AS keys
  // Most batches add no new surface form to a known entity: leave it (and its indexes) alone.
  WHERE size(aliases) > 0 OR size(keys) > 0
  SET e.aliases = e.aliases + aliases, e.aliasKeys = e.aliasKeys + keys
}
CALL () {
  UNWIND $mentions AS row
  MATCH (e:Entity {id: row.entityId})
  MATCH (r:Release {id: row.releaseId})
  CREATE (e)-[m:MENTIONED_IN]->(r)
  SET m.starts = [x IN row.starts | toInteger(x)], m.ends = [x IN row.ends | toInteger(x)], m.texts = row.texts,
      m.confidences = row.confidences, m.aliases = row.aliases, m.aliasKeys = row.aliasKeys
}
CALL () {
  UNWIND $entityFacts AS row
  MATCH (a:Entity {id: row.from})
  MATCH (b:Entity {id: row.to})
  CREATE (a)-[f:$(row.type)]->(b)
  ${FACT_PROPERTIES}
}
CALL () {
  UNWIND $releaseFacts AS row
  MATCH (a:Entity {id: row.from})
  MATCH (b:Release {id: row.releaseId})
  CREATE (a)-[f:$(row.type)]->(b)
  ${FACT_PROPERTIES}
}
CALL (touched) {
  UNWIND touched AS id
  WITH DISTINCT id
  MATCH (e:Entity {id: id})
  WHERE NOT EXISTS { (e)--() }
  DELETE e
}
CALL (touched) {
  UNWIND touched AS id
  WITH DISTINCT id
  MATCH (e:Entity {id: id})
  SET e.aliases = COLLECT { MATCH (e)-[m:MENTIONED_IN]->() UNWIND m.aliases AS alias RETURN DISTINCT alias },
      e.aliasKeys = COLLECT { MATCH (e)-[m:MENTIONED_IN]->() UNWIND m.aliasKeys AS key RETURN DISTINCT key }
}
RETURN deleted`.trim();
