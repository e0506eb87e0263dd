/**
 * The SQLite implementation of the Repository: opens (or creates) the database, wires the tables with the
 * secret box, and offers transactions. `file: ':memory:'` gives a throwaway store for tests.
 */
import type Database from 'better-sqlite3';
import { createAppTable, createGroupTable, createPolicyTable, createTagTable } from './access-tables.js';
import type { SecretBox } from './crypto.js';
import { openDatabase } from './db.js';
import { createDnsRecordTable } from './dns-tables.js';
import { createServiceTokenTable, createUserTable } from './identity-tables.js';
import { createLogTable } from './logs-table.js';
import { createOAuthTables } from './oauth-tables.js';
import { createPortalTable } from './portals-table.js';
import type { Repository } from './repository.js';
import { createServerTable } from './servers-table.js';
import { createUpstreamGrantTable } from './upstream-grants-table.js';

export interface SqliteRepository extends Repository {
  /** The underlying connection, for integrity checks and tests. */
  readonly db: Database.Database;
}

/** Raised when the secret key is not the one the database's secrets were sealed with. */
export class WrongSecretKeyError extends Error {
  constructor(file: string) {
    super(
      `the secret key does not match the one ${file} was created with (check MCP_PORTAL_SECRET_KEY or the data dir's secret.key)`,
    );
    this.name = 'WrongSecretKeyError';
  }
}

const KEY_CHECK = 'key_check';

/** Seals a known value on first open and opens it on later ones, so a wrong key fails at start, not at sync. */
function checkKey(db: Database.Database, box: SecretBox, file: string): void {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(KEY_CHECK) as
    | { value: string }
    | undefined;
  if (!row) {
    db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run(
      KEY_CHECK,
      box.seal(KEY_CHECK, `meta:${KEY_CHECK}`),
    );
    return;
  }
  try {
    box.open(row.value, `meta:${KEY_CHECK}`);
  } catch {
    throw new WrongSecretKeyError(file);
  }
}

export function openRepository(file: string, box: SecretBox): SqliteRepository {
  const db = openDatabase(file);
  try {
    checkKey(db, box, file);
  } catch (err) {
    db.close();
    throw err;
  }
  return {
    db,
    servers: createServerTable(db, box),
    portals: createPortalTable(db),
    policies: createPolicyTable(db),
    apps: createAppTable(db),
    groups: createGroupTable(db),
    tags: createTagTable(db),
    dnsRecords: createDnsRecordTable(db),
    users: createUserTable(db),
    serviceTokens: createServiceTokenTable(db),
    oauth: createOAuthTables(db, box),
    upstreamGrants: createUpstreamGrantTable(db, box),
    logs: createLogTable(db),
    transaction: (fn) => db.transaction(fn)(),
    close: () => {
      if (db.open) db.close();
    },
  };
}
