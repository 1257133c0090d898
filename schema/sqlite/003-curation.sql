-- Curation that must survive re-ingest: merges, renames, rejected facts, and the log of who did what.

-- A merged entity's id points to the entity it was merged into; ingest follows these.
CREATE TABLE entity_redirects (
  from_id  TEXT PRIMARY KEY,
  to_id    TEXT NOT NULL
);

-- Names set by curators; ingest keeps them instead of the extracted name.
CREATE TABLE entity_names (
  id    TEXT PRIMARY KEY,
  name  TEXT NOT NULL
);

-- Statements rejected by curators (statementKey: type, ends, title, sentence); ingest skips them.
CREATE TABLE rejected_statements (
  statement_key  TEXT PRIMARY KEY
);

CREATE TABLE curation_log (
  id       INTEGER PRIMARY KEY AUTOINCREMENT,
  at       TEXT NOT NULL,
  actor    TEXT NOT NULL,
  action   TEXT NOT NULL,
  details  TEXT NOT NULL   -- JSON
);

-- MENTIONED_IN as one row per release and entity (mentions holds every occurrence):
-- keeps co-occurrence queries (connections, paths, release counts) cheap.
CREATE TABLE release_entities (
  release_id  TEXT NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
  entity_id   TEXT NOT NULL REFERENCES entities(id),
  PRIMARY KEY (release_id, entity_id)
) WITHOUT ROWID;
CREATE INDEX release_entities_entity ON release_entities(entity_id, release_id);
INSERT OR IGNORE INTO release_entities (release_id, entity_id) SELECT DISTINCT release_id, entity_id FROM mentions;
