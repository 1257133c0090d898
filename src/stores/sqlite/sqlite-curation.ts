import { nameKey } from '../../domain/fold.js';
import { statementKey } from '../../domain/ids.js';
import { curatedName, curationEntry, entityNotFound, planMerge } from '../../graph/curation-rules.js';
import type { CurationRecord } from '../../ports/graph-store.js';
import type { SqliteDatabase } from './open-database.js';

/** Appends to the curation log. */
export function logCuration(db: SqliteDatabase, record: Omit<CurationRecord, 'id' | 'at'>): void {
  db.prepare('INSERT INTO curation_log (at, actor, action, details) VALUES (?, ?, ?, ?)').run(
    new Date().toISOString(),
    record.actor,
    record.action,
    JSON.stringify(record.details),
  );
}

/** Merges `ids` into the first (after following earlier merges); returns the surviving id. Runs in the caller's transaction. */
export function mergeEntitiesSync(db: SqliteDatabase, ids: string[], actor: string): string {
  const resolve = db.prepare('SELECT to_id FROM entity_redirects WHERE from_id = ?').pluck();
  const typeOf = db.prepare('SELECT type FROM entities WHERE id = ?').pluck();
  const plan = planMerge(
    ids.map((id) => {
      const resolved = (resolve.get(id) as string | undefined) ?? id;
      return { resolved, type: (typeOf.get(resolved) as string | undefined) ?? null };
    }),
  );
  const { survivor, others } = plan;
  for (const other of others) {
    for (const sql of [
      'UPDATE mentions SET entity_id = :s WHERE entity_id = :o',
      `INSERT OR IGNORE INTO release_entities (release_id, entity_id)
         SELECT release_id, :s FROM release_entities WHERE entity_id = :o`,
      'DELETE FROM release_entities WHERE entity_id = :o',
      `INSERT OR IGNORE INTO entity_aliases (entity_id, release_id, alias, alias_key)
         SELECT :s, release_id, alias, alias_key FROM entity_aliases WHERE entity_id = :o`,
      'DELETE FROM entity_aliases WHERE entity_id = :o',
      'UPDATE facts SET from_id = :s WHERE from_id = :o',
      'UPDATE facts SET to_id = :s WHERE to_id = :o',
      'DELETE FROM entities WHERE id = :o',
      'DELETE FROM entity_names WHERE id = :o',
      // Earlier merges into the merged entity now point at the survivor too.
      'UPDATE entity_redirects SET to_id = :s WHERE to_id = :o',
      'INSERT OR REPLACE INTO entity_redirects (from_id, to_id) VALUES (:o, :s)',
    ]) {
      db.prepare(sql).run({ s: survivor, o: other });
    }
  }
  // A fact between two merged entities would now point at itself.
  db.prepare('DELETE FROM facts WHERE from_id = to_id').run();
  logCuration(db, curationEntry.merge(actor, plan));
  return survivor;
}

/** Renames an entity for good (later ingests keep the name). Runs in the caller's transaction. */
export function renameEntitySync(db: SqliteDatabase, id: string, name: string, actor: string): void {
  const trimmed = curatedName(name);
  const old = db.prepare('SELECT name FROM entities WHERE id = ?').pluck().get(id) as string | undefined;
  if (old === undefined) throw entityNotFound(id);
  db.prepare('UPDATE entities SET name = ?, name_key = ? WHERE id = ?').run(trimmed, nameKey(trimmed), id);
  db.prepare('INSERT OR REPLACE INTO entity_names (id, name) VALUES (?, ?)').run(id, trimmed);
  logCuration(db, curationEntry.rename(actor, id, old, trimmed));
}

/** Deletes a fact and remembers the rejected statement. Runs in the caller's transaction. */
export function rejectFactSync(db: SqliteDatabase, id: string, actor: string): boolean {
  const fact = db.prepare('SELECT type, from_id, to_id, title, sentence FROM facts WHERE id = ?').get(id) as
    { type: string; from_id: string; to_id: string | null; title: string | null; sentence: string } | undefined;
  if (!fact) return false;
  db.prepare('DELETE FROM facts WHERE id = ?').run(id);
  const key = statementKey({
    type: fact.type,
    from: fact.from_id,
    to: fact.to_id,
    title: fact.title,
    evidence: { sentence: fact.sentence },
  });
  db.prepare('INSERT OR IGNORE INTO rejected_statements (statement_key) VALUES (?)').run(key);
  logCuration(db, curationEntry.reject(actor, id));
  return true;
}

/** The newest curation records. */
export function readCurationLog(db: SqliteDatabase, first: number): CurationRecord[] {
  const rows = db.prepare('SELECT * FROM curation_log ORDER BY id DESC LIMIT ?').all(first) as {
    id: number;
    at: string;
    actor: string;
    action: CurationRecord['action'];
    details: string;
  }[];
  return rows.map((row) => ({ ...row, details: JSON.parse(row.details) as Record<string, unknown> }));
}
