/**
 * Opens the portal's SQLite database: WAL journal (a reader never blocks the writer, and a crash mid-write
 * rolls back to the last commit), foreign keys on, then pending migrations. `:memory:` works for tests.
 * The database and its `-wal`/`-shm` files are readable by the owner only (0600), whatever the umask and
 * the data directory's mode.
 */
import { chmodSync, closeSync, openSync } from 'node:fs';
import Database from 'better-sqlite3';
import { migrate } from './migrations.js';

export const DB_FILE = 'portal.db';

/** Owner read/write only: the store holds sessions, password hashes and encrypted credentials. */
const FILE_MODE = 0o600;

/**
 * Creates `file` 0600 before SQLite does (SQLite gives its `-wal` and `-shm` files the database file's
 * mode), and tightens files an older version created 0644.
 */
function restrictModes(file: string): void {
  closeSync(openSync(file, 'a', FILE_MODE));
  tighten(file);
}

function tighten(file: string): void {
  for (const f of [file, `${file}-wal`, `${file}-shm`]) {
    try {
      chmodSync(f, FILE_MODE);
    } catch (err) {
      // Gone, or not ours to change (another user's file we may write to): nothing to tighten here.
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'EPERM') throw err;
    }
  }
}

export function openDatabase(file: string): Database.Database {
  const onDisk = file !== ':memory:' && file !== '';
  if (onDisk) restrictModes(file);
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    // NORMAL is crash-safe under WAL (no corruption on kill -9 or power loss); only the last commits
    // before a power loss may be lost, never a half-written one.
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db);
    if (onDisk) tighten(file);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}
