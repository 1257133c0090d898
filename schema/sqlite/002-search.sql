-- Search for website search boxes: filters, facets, typo and compound-word matching, entity suggest.
-- Everything below is derived from search_docs (the documents as given). The index fills these tables
-- from search_docs when search_meta.derived_version is older than the code's, so a store indexed by
-- an earlier version upgrades itself when it is opened.

CREATE TABLE search_meta (
  key    TEXT PRIMARY KEY,
  value  TEXT NOT NULL
);

-- The full-text index over folded text (ä→ae, ß→ss, lower case). Contentless: snippets are cut from
-- search_docs, so a stored folded copy would only double the file. Replaces 001's release_fts.
DROP TABLE release_fts;
CREATE VIRTUAL TABLE search_fts USING fts5(
  title,
  entities,
  body,
  content = '',
  contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3 4'
);

-- Page rows are read by FTS rowid.
CREATE UNIQUE INDEX search_docs_rowid ON search_docs(rowid_fts);

-- The few fields filters, date sorting and facets read, in narrow rows keyed by the FTS rowid.
CREATE TABLE search_doc_keys (
  rowid_fts  INTEGER PRIMARY KEY,
  date       TEXT,
  publisher  TEXT,
  language   TEXT NOT NULL
);
CREATE INDEX search_doc_keys_date ON search_doc_keys(date);

-- Which entities each indexed release mentions: entity filters and facet counts.
CREATE TABLE search_doc_entities (
  entity_id  TEXT NOT NULL,
  rowid_fts  INTEGER NOT NULL,
  type       TEXT NOT NULL,
  PRIMARY KEY (entity_id, rowid_fts)
) WITHOUT ROWID;
CREATE INDEX search_doc_entities_doc ON search_doc_entities(rowid_fts, type);

-- Canonical entities with the number of indexed releases mentioning them (suggest).
CREATE TABLE search_entities (
  id             TEXT PRIMARY KEY,
  name           TEXT NOT NULL,
  type           TEXT NOT NULL,
  release_count  INTEGER NOT NULL
);

-- Folded words of entity names, for prefix lookup ("ahlerd" finds "Anja Ahlerding").
CREATE TABLE search_entity_words (
  word       TEXT NOT NULL,
  entity_id  TEXT NOT NULL,
  PRIMARY KEY (word, entity_id)
) WITHOUT ROWID;
CREATE INDEX search_entity_words_entity ON search_entity_words(entity_id);

-- Every folded word of the indexed text with the number of releases containing it.
-- len/rword serve the one-typo lookup (same first half, or same second half read backwards).
CREATE TABLE search_vocab (
  word   TEXT NOT NULL UNIQUE,
  docs   INTEGER NOT NULL,
  len    INTEGER NOT NULL,
  rword  TEXT NOT NULL
);
CREATE INDEX search_vocab_len_word ON search_vocab(len, word);
CREATE INDEX search_vocab_len_rword ON search_vocab(len, rword);

-- Trigrams of the vocabulary: which known words contain a typed fragment ("zentrum").
CREATE VIRTUAL TABLE search_vocab_trigram USING fts5(
  word,
  content = 'search_vocab',
  content_rowid = 'rowid',
  tokenize = 'trigram'
);
