import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { StoreError } from '../../errors/store-error.js';
import { schemaPath } from '../../paths.js';

/** The better-sqlite3 handle type, re-exported so no other module imports the library. */
export type SqliteDatabase = Database.Database;

/**
 * Opens (creating if needed) the embedded store file and applies the DDL files in `schema/sqlite/`
 * that it has not seen yet, tracked by `PRAGMA user_version`.
 */
export function openDatabase(file: string): SqliteDatabase {
  let db: SqliteDatabase;
  try {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    db = new Database(file);
  } catch (error) {
    throw new StoreError(`cannot open the embedded store ${file}: ${(error as Error).message}`, {
      cause: error,
      hint: 'check that the folder is writable, or choose another file with --data or CIVICGRAPH_DATA',
    });
  }
  // WAL keeps readers (the API) unblocked while an ingest writes; NORMAL sync is durable in WAL mode.
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  return db;
}

/** Opens an existing, already migrated store file for reading only (a read worker's connection). */
export function openReadOnlyDatabase(file: string): SqliteDatabase {
  let db: SqliteDatabase;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new StoreError(`cannot open the embedded store ${file} for reading: ${(error as Error).message}`, {
      cause: error,
      hint: 'check that the file exists and is readable, or choose another file with --data or CIVICGRAPH_DATA',
    });
  }
  // Readers wait for a writer's checkpoint instead of failing with SQLITE_BUSY.
  db.pragma('busy_timeout = 5000');
  return db;
}

function migrate(db: SqliteDatabase): void {
  const dir = schemaPath('sqlite');
  const files = readdirSync(dir)
    .filter((name) => /^\d{3}-.*\.sql$/.test(name))
    .sort();
  const current = db.pragma('user_version', { simple: true }) as number;
  for (const name of files) {
    const version = Number(name.slice(0, 3));
    if (version <= current) continue;
    const sql = readFileSync(`${dir}/${name}`, 'utf8');
    db.transaction(() => {
      db.exec(sql);
      db.pragma(`user_version = ${version}`);
    })();
  }
}
