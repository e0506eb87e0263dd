/**
 * Opens the portal's SQLite database: WAL journal (a reader never blocks the writer, and a crash mid-write
 * rolls back to the last commit), foreign keys on, then pending migrations. `:memory:` works for tests.
 */
import Database from 'better-sqlite3';
import { migrate } from './migrations.js';

export const DB_FILE = 'portal.db';

export function openDatabase(file: string): Database.Database {
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    // NORMAL is crash-safe under WAL (no corruption on kill -9 or power loss); only the last commits
    // before a power loss may be lost, never a half-written one.
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}
