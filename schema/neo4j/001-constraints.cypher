// Identity of nodes and facts. Every id is computed by civicgraph (src/domain/ids.ts), so a
// uniqueness constraint both guards against duplicates and gives the lookup index by id.
// Applied on every start: IF NOT EXISTS makes each statement a no-op once it has run.

CREATE CONSTRAINT release_id IF NOT EXISTS FOR (r:Release) REQUIRE r.id IS UNIQUE;
// A web address may name several releases (follow-ups reuse it), so the source is not unique: stores
// created before that lose the old constraint; the lookup index is in 002-indexes.cypher.
DROP CONSTRAINT release_source IF EXISTS;
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;

// One relationship per stated fact; the backing indexes also serve lookups by factId.
CREATE CONSTRAINT holds_role_fact_id IF NOT EXISTS FOR ()-[f:HOLDS_ROLE]-() REQUIRE f.factId IS UNIQUE;
CREATE CONSTRAINT visited_fact_id IF NOT EXISTS FOR ()-[f:VISITED]-() REQUIRE f.factId IS UNIQUE;
CREATE CONSTRAINT quoted_in_fact_id IF NOT EXISTS FOR ()-[f:QUOTED_IN]-() REQUIRE f.factId IS UNIQUE;
CREATE CONSTRAINT part_of_fact_id IF NOT EXISTS FOR ()-[f:PART_OF]-() REQUIRE f.factId IS UNIQUE;
CREATE CONSTRAINT located_in_fact_id IF NOT EXISTS FOR ()-[f:LOCATED_IN]-() REQUIRE f.factId IS UNIQUE;

// Curation bookkeeping, kept apart from the entities it is about so that it outlives them.
CREATE CONSTRAINT entity_redirect_from IF NOT EXISTS FOR (x:EntityRedirect) REQUIRE x.fromId IS UNIQUE;
CREATE CONSTRAINT curated_name_entity IF NOT EXISTS FOR (c:CuratedName) REQUIRE c.entityId IS UNIQUE;
CREATE CONSTRAINT rejected_statement_key IF NOT EXISTS FOR (s:RejectedStatement) REQUIRE s.key IS UNIQUE;
CREATE CONSTRAINT curation_record_id IF NOT EXISTS FOR (c:CurationRecord) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT sequence_name IF NOT EXISTS FOR (s:Sequence) REQUIRE s.name IS UNIQUE;

// The ingest ledger: one entry per file read completely.
CREATE CONSTRAINT ledger_entry_source IF NOT EXISTS FOR (l:LedgerEntry) REQUIRE l.source IS UNIQUE;
