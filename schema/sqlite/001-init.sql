-- Embedded store: graph tables and the full-text index in one SQLite file.
-- Applied once per database (PRAGMA user_version tracks the last applied file).

CREATE TABLE releases (
  id            TEXT PRIMARY KEY,
  source        TEXT NOT NULL,
  url           TEXT,
  title         TEXT NOT NULL,
  subtitle      TEXT,
  date          TEXT,
  dateline      TEXT,
  publisher     TEXT,
  language      TEXT NOT NULL,
  paragraphs    TEXT NOT NULL,   -- JSON array of strings
  caption       TEXT,
  photo_credit  TEXT,
  contact       TEXT,
  links         TEXT NOT NULL,   -- JSON array of strings
  text          TEXT NOT NULL,
  ingested_at   TEXT NOT NULL
);
-- One release per source: a changed file replaces its earlier version.
CREATE UNIQUE INDEX releases_source ON releases(source);
CREATE INDEX releases_date ON releases(date);

-- Entity nodes, shared by all releases that mention them.
CREATE TABLE entities (
  id        TEXT PRIMARY KEY,
  type      TEXT NOT NULL,
  name      TEXT NOT NULL,
  name_key  TEXT NOT NULL       -- nameKey(name): folded, punctuation-free
);
CREATE INDEX entities_name_key ON entities(name_key);
CREATE INDEX entities_type ON entities(type);

-- Surface forms per release, so that deleting a release removes its aliases.
CREATE TABLE entity_aliases (
  entity_id   TEXT NOT NULL REFERENCES entities(id),
  release_id  TEXT NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
  alias       TEXT NOT NULL,
  alias_key   TEXT NOT NULL,
  PRIMARY KEY (entity_id, release_id, alias_key)
);
CREATE INDEX entity_aliases_key ON entity_aliases(alias_key);

-- MENTIONED_IN: one row per occurrence.
CREATE TABLE mentions (
  release_id  TEXT NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
  entity_id   TEXT NOT NULL REFERENCES entities(id),
  start       INTEGER NOT NULL,
  end         INTEGER NOT NULL,
  text        TEXT NOT NULL,
  confidence  REAL NOT NULL
);
CREATE INDEX mentions_release ON mentions(release_id);
CREATE INDEX mentions_entity ON mentions(entity_id, release_id);

-- HOLDS_ROLE, VISITED, QUOTED_IN, PART_OF, LOCATED_IN with provenance.
CREATE TABLE facts (
  id          TEXT PRIMARY KEY,
  release_id  TEXT NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
  type        TEXT NOT NULL,
  from_id     TEXT NOT NULL REFERENCES entities(id),
  to_id       TEXT REFERENCES entities(id),
  title       TEXT,
  date        TEXT,
  quote       TEXT,
  sentence    TEXT NOT NULL,
  start       INTEGER NOT NULL,
  end         INTEGER NOT NULL,
  confidence  REAL NOT NULL
);
CREATE INDEX facts_release ON facts(release_id);
CREATE INDEX facts_from ON facts(from_id, type);
CREATE INDEX facts_to ON facts(to_id, type);

-- Full text: folded copies (ä→ae, ß→ss, lower case) so that umlaut spellings meet;
-- snippets are cut from the original text in code.
CREATE VIRTUAL TABLE release_fts USING fts5(
  id UNINDEXED,
  title,
  entities,
  body,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3 4'
);

-- Search documents as given, for snippets and result fields.
CREATE TABLE search_docs (
  id         TEXT PRIMARY KEY,
  rowid_fts  INTEGER NOT NULL,
  title      TEXT NOT NULL,
  subtitle   TEXT,
  body       TEXT NOT NULL,
  date       TEXT,
  publisher  TEXT,
  language   TEXT NOT NULL,
  entities   TEXT NOT NULL     -- JSON array of {id, name, type}
);
