// Read statements. Values are parameters; labels and relationship types come from the closed
// lists in src/domain (entity and relation types) and are checked before they are written in.
import { ENTITY_TYPES } from '../../../domain/entity.js';
import type { EntityType } from '../../../domain/entity.js';
import { RELATION_TYPES } from '../../../domain/relation.js';
import type { ReleaseSort } from '../../../ports/graph-store.js';
import { CivicError } from '../../../errors/civic-error.js';
import { factTypePattern } from './fact-types.js';

const ALL_FACTS = factTypePattern();

/** A `:Release` as the fields of `Release` (missing properties come back as null). */
const RELEASE_MAP = `r {.id, .source, .url, .title, .subtitle, .date, .dateline, .publisher, .language, .paragraphs,
  .caption, .photoCredit, .contact, .links, .text}`;
/** A `:Release` as a `ReleaseSummary`. */
const SUMMARY_MAP = 'r {.id, .title, .date, .publisher, .language, .source}';
/** An `:Entity` with its release count; aliases still hold the name and are cleaned up in code. */
const ENTITY_MAP = 'e {.id, .type, .name, .aliases, releaseCount: COUNT { (e)-[:MENTIONED_IN]->() }}';
/** A fact relationship `(a)-[f]->(b)` with its release `r`; `to` is null when the release is the target. */
const FACT_MAP = `{id: f.factId, releaseId: f.releaseId, releaseDate: r.date, releaseTitle: r.title, type: type(f),
  from: a.id, to: CASE WHEN b:Entity THEN b.id END, title: f.title, date: f.date, quote: f.quote,
  sentence: f.sentence, start: f.start, end: f.end, confidence: f.confidence}`;
// Undated last in either direction, as in the SQLite adapter (NULLS LAST).
const NEWEST_FIRST = 'r.date IS NULL, r.date DESC';

/** `:Person` etc. for a pattern, or `:Entity` for any type. */
export function entityLabel(type: EntityType | undefined): string {
  if (type === undefined) return 'Entity';
  if (!(ENTITY_TYPES as readonly string[]).includes(type))
    throw new CivicError('BAD_USER_INPUT', `unknown entity type "${type}"`);
  return type;
}

export const GET_RELEASE = `MATCH (r:Release {id: $id}) RETURN ${RELEASE_MAP} AS release`;

/** The newest release of a source (a web address may name several). */
export const RELEASE_ID_FOR_SOURCE = `MATCH (r:Release {source: $source})
RETURN r.id AS id ORDER BY ${NEWEST_FIRST}, r.id LIMIT 1`;

/** Every release of a source with its date, newest first. */
export const RELEASE_VERSIONS = `MATCH (r:Release {source: $source})
WITH r ORDER BY ${NEWEST_FIRST}, r.id
RETURN r {.id, .date} AS release`;

/** Entity `$id`, or the entity it was merged into. */
export const GET_ENTITY = `OPTIONAL MATCH (x:EntityRedirect {fromId: $id})
WITH coalesce(x.toId, $id) AS target
MATCH (e:Entity {id: target})
RETURN ${ENTITY_MAP} AS entity`;

export const GET_ENTITIES = `UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN ${ENTITY_MAP} AS entity`;

/** Entities of a type (or all), most mentioned first. Params: `first`. */
export function listEntities(type: EntityType | undefined): string {
  return `MATCH (e:${entityLabel(type)})
WITH e, COUNT { (e)-[:MENTIONED_IN]->() } AS releaseCount
ORDER BY releaseCount DESC, e.name
LIMIT toInteger($first)
RETURN ${ENTITY_MAP} AS entity`;
}

/**
 * Entities whose folded name or one of whose folded aliases equals `$key`, name matches first.
 * The full-text query (`$query`) only narrows the candidates; the WHERE decides.
 */
export const ENTITIES_BY_KEY = `CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node AS e
WITH e WHERE (e.nameKey = $key OR $key IN e.aliasKeys) AND ($type IS NULL OR e.type = $type)
WITH e, COUNT { (e)-[:MENTIONED_IN]->() } AS releaseCount
ORDER BY e.nameKey = $key DESC, releaseCount DESC, e.name
LIMIT toInteger($first)
RETURN ${ENTITY_MAP} AS entity`;

/**
 * For each `{key, query}` of `$keys`, the entities whose folded name (`byName`) or an alias equals the key,
 * and the persons whose surname is a one-word key.
 * The full-text query only narrows the candidates; the WHERE decides.
 */
export const ENTITIES_BY_KEYS = `UNWIND $keys AS k
CALL db.index.fulltext.queryNodes('entity_names', k.query) YIELD node AS e
WITH k, e WHERE (e.nameKey = k.key OR k.key IN e.aliasKeys
    OR (e:Person AND NOT k.key CONTAINS ' ' AND e.nameKey ENDS WITH (' ' + k.key)))
  AND ($type IS NULL OR e.type = $type)
RETURN DISTINCT ${ENTITY_MAP} AS entity, k.key AS key, e.nameKey = k.key AS byName`;

/** Entities whose folded name contains every word of `$words` as a whole word. */
export const ENTITIES_BY_WORDS = `CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node AS e
WITH e WHERE all(word IN $words WHERE (' ' + e.nameKey + ' ') CONTAINS (' ' + word + ' '))
  AND ($type IS NULL OR e.type = $type)
WITH e, COUNT { (e)-[:MENTIONED_IN]->() } AS releaseCount
ORDER BY releaseCount DESC, e.name
LIMIT toInteger($first)
RETURN ${ENTITY_MAP} AS entity`;

/** Facts of the given types where entity `$id` is the subject (`from`) or the object (`to`), newest first. */
export function factsOf(direction: 'from' | 'to', types: readonly string[]): string {
  const pattern =
    direction === 'from'
      ? `(a:Entity {id: $id})-[f:${factTypePattern(types)}]->(b)`
      : `(a)-[f:${factTypePattern(types)}]->(b:Entity {id: $id})`;
  return `MATCH ${pattern}
MATCH (r:Release {id: f.releaseId})
WITH a, f, b, r
ORDER BY coalesce(f.date, r.date) IS NULL, coalesce(f.date, r.date) DESC, f.releaseId, f.start
RETURN ${FACT_MAP} AS fact`;
}

/**
 * One page (`$offset`, `$first`) of the timeline of entity `$id` and its length: its visits, roles and
 * quotes, and the releases mentioning it, ordered as `TimelineQuery` says.
 */
export function timeline(order: 'ASC' | 'DESC'): string {
  const direction = order === 'DESC' ? 'DESC' : 'ASC';
  const event = `{date: coalesce(f.date, r.date), kind: CASE type(f) WHEN 'VISITED' THEN 'VISIT'
    WHEN 'HOLDS_ROLE' THEN 'ROLE' ELSE 'QUOTE' END, releaseId: r.id, releaseTitle: r.title, position: f.start,
    fact: ${FACT_MAP}}`;
  return `CALL () {
  MATCH (a:Entity {id: $id})-[f:${factTypePattern(['VISITED', 'HOLDS_ROLE', 'QUOTED_IN'])}]->(b)
  MATCH (r:Release {id: f.releaseId})
  RETURN ${event} AS event
  UNION ALL
  MATCH (a)-[f:${factTypePattern(['VISITED', 'HOLDS_ROLE'])}]->(b:Entity {id: $id})
  MATCH (r:Release {id: f.releaseId})
  RETURN ${event} AS event
  UNION ALL
  MATCH (:Entity {id: $id})-[:MENTIONED_IN]->(r:Release)
  RETURN {date: r.date, kind: 'RELEASE', releaseId: r.id, releaseTitle: r.title, position: -1, fact: null} AS event
}
WITH event
ORDER BY event.date IS NULL, event.date ${direction}, event.releaseId, event.kind, event.position, event.fact.id
WITH collect(event) AS events
RETURN size(events) AS total, events[toInteger($offset)..toInteger($offset) + toInteger($first)] AS items`;
}

/** Every fact stated in release `$id`, in text order. One index seek per relationship type. */
export const FACTS_OF_RELEASE = `CALL () {
${RELATION_TYPES.map((type) => `  MATCH (a)-[f:${type} {releaseId: $id}]->(b) RETURN a, f, b`).join('\n  UNION ALL\n')}
}
MATCH (r:Release {id: $id})
WITH a, f, b, r
ORDER BY f.start, type(f)
RETURN ${FACT_MAP} AS fact`;

export const ENTITIES_OF_RELEASE = `MATCH (e:Entity)-[:MENTIONED_IN]->(:Release {id: $id})
WITH e ORDER BY e.type, e.name
RETURN ${ENTITY_MAP} AS entity`;

export const RELEASES_OF_ENTITY = `MATCH (:Entity {id: $id})-[:MENTIONED_IN]->(r:Release)
WITH r ORDER BY ${NEWEST_FIRST}, r.title
LIMIT toInteger($first)
RETURN ${SUMMARY_MAP} AS summary`;

/** Release ids after `$after` in id order, one page (keyset paging on the id index). */
export const RELEASE_IDS_AFTER = `MATCH (r:Release)
WHERE r.id > $after
RETURN r.id AS id
ORDER BY r.id
LIMIT toInteger($first)`;

export const RELEASE_SUMMARIES = `UNWIND $ids AS id MATCH (r:Release {id: id}) RETURN ${SUMMARY_MAP} AS summary`;

/** One page of releases matching the filter params, and how many match. */
export function listReleases(sort: ReleaseSort, byEntity: boolean): string {
  const match = byEntity ? 'MATCH (:Entity {id: $entityId})-[:MENTIONED_IN]->(r:Release)' : 'MATCH (r:Release)';
  const where = `WHERE ($publisher IS NULL OR r.publisher = $publisher) AND ($language IS NULL OR r.language = $language)
    AND ($dateFrom IS NULL OR r.date >= $dateFrom) AND ($dateTo IS NULL OR r.date <= $dateTo)`;
  const order = sort === 'DATE_ASC' ? 'r.date IS NULL, r.date' : NEWEST_FIRST;
  return `CALL () {
  ${match}
  ${where}
  RETURN count(r) AS total
}
CALL () {
  ${match}
  ${where}
  WITH r ORDER BY ${order}, r.title, r.id
  SKIP toInteger($offset) LIMIT toInteger($first)
  RETURN collect(${SUMMARY_MAP}) AS items
}
RETURN total, items`;
}

/** Every occurrence of an entity in release `$id`, in text order (longer span first at the same start). */
export const MENTIONS_OF_RELEASE = `MATCH (e:Entity)-[m:MENTIONED_IN]->(:Release {id: $id})
UNWIND range(0, size(m.starts) - 1) AS i
WITH e.id AS entityId, m.starts[i] AS start, m.ends[i] AS end, m.texts[i] AS text, m.confidences[i] AS confidence
ORDER BY start, end DESC
RETURN {entityId: entityId, start: start, end: end, text: text, confidence: confidence} AS mention`;

/**
 * Entities sharing releases (co-mentions) or facts with `$id`, most shared first, one page.
 * Params: `id`, `types` (null for any), `minShared`, `offset`, `first`.
 */
export const CONNECTIONS = `MATCH (e:Entity {id: $id})
CALL (e) {
  MATCH (e)-[:MENTIONED_IN]->(:Release)<-[:MENTIONED_IN]-(o:Entity)
  WHERE o <> e
  RETURN o, count(*) AS releases, 0 AS facts
  UNION ALL
  MATCH (e)-[f:${ALL_FACTS}]-(o:Entity)
  WHERE o <> e
  RETURN o, 0 AS releases, count(f) AS facts
}
WITH o, sum(releases) AS sharedReleases, sum(facts) AS sharedFacts
WHERE ($types IS NULL OR o.type IN $types) AND sharedReleases + sharedFacts >= $minShared
WITH o.id AS entityId, sharedReleases, sharedFacts
ORDER BY sharedFacts + sharedReleases DESC, sharedFacts DESC, entityId
WITH collect({entityId: entityId, sharedReleases: sharedReleases, sharedFacts: sharedFacts}) AS scored
RETURN size(scored) AS total, scored[toInteger($offset)..toInteger($offset) + toInteger($first)] AS items`;

/**
 * The neighbours of each entity in `$ids` for path search: facts to other entities, and the
 * `$maxCoMentions` entities most often mentioned in the same releases.
 */
export const PATH_NEIGHBOURS = `UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN id,
  COLLECT {
    MATCH (n)-[f:${ALL_FACTS}]-(o:Entity)
    WHERE o <> n
    WITH f, o ORDER BY f.factId
    RETURN {other: o.id, from: startNode(f).id, to: endNode(f).id, type: type(f), factId: f.factId,
            releaseId: f.releaseId, sentence: f.sentence}
  } AS facts,
  COLLECT {
    MATCH (n)-[:MENTIONED_IN]->(r:Release)<-[:MENTIONED_IN]-(o:Entity)
    WHERE o <> n
    WITH o, min(r.id) AS releaseId, count(*) AS shared
    ORDER BY shared DESC, o.id
    LIMIT toInteger($maxCoMentions)
    RETURN {other: o.id, releaseId: releaseId}
  } AS coMentions`;

/** Counts by label and relationship type (from the count store) and the newest release. */
export const STATS = `RETURN COUNT { MATCH (:Release) } AS releases,
  {${ENTITY_TYPES.map((type) => `${type}: COUNT { MATCH (:${type}) }`).join(', ')}} AS entities,
  {${RELATION_TYPES.map((type) => `${type}: COUNT { MATCH ()-[:${type}]->() }`).join(', ')}} AS facts,
  COLLECT {
    MATCH (r:Release)
    WITH r ORDER BY ${NEWEST_FIRST}, r.ingestedAt DESC
    LIMIT 1
    RETURN ${SUMMARY_MAP}
  } AS newest`;
