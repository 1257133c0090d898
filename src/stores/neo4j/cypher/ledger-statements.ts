// The ingest ledger: files read completely, so that an unchanged file is skipped next time.
// One `:LedgerEntry` node per source, not linked to releases (a file may hold many, or none).

export const LEDGER_ENTRIES = `UNWIND $sources AS source
MATCH (l:LedgerEntry {source: source})
RETURN l {.source, .size, .mtimeMs, .hash, .documents, .failures, .completedAt} AS entry`;

export const PUT_LEDGER_ENTRIES = `UNWIND $entries AS entry
MERGE (l:LedgerEntry {source: entry.source})
SET l.size = toInteger(entry.size), l.mtimeMs = toFloat(entry.mtimeMs), l.hash = entry.hash,
    l.documents = toInteger(entry.documents), l.failures = toInteger(entry.failures), l.completedAt = entry.completedAt`;
