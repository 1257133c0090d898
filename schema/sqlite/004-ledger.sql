-- Files ingested completely: an unchanged file (same size and time, or same hash) is skipped on the next run.
CREATE TABLE ingest_ledger (
  source        TEXT PRIMARY KEY,
  size          INTEGER NOT NULL,
  mtime_ms      REAL NOT NULL,
  hash          TEXT NOT NULL,
  documents     INTEGER NOT NULL,
  failures      INTEGER NOT NULL,
  completed_at  TEXT NOT NULL
);
