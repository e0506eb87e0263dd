/**
 * Versioned schema migrations for the portal store. Each migration runs once, inside a transaction, and is
 * recorded in `schema_migrations`; a database written by a newer version is refused rather than guessed at.
 * Migrations are append-only: never edit one that has shipped, add the next version instead.
 */
import type Database from 'better-sqlite3';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'servers, portals, policies, apps',
    sql: `
      CREATE TABLE servers (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        hostname TEXT NOT NULL,
        auth_type TEXT NOT NULL CHECK (auth_type IN ('oauth', 'bearer', 'unauthenticated')),
        description TEXT,
        is_shared_oauth_callback_enabled INTEGER NOT NULL,
        secure_web_gateway INTEGER NOT NULL,
        updated_tools TEXT NOT NULL,
        updated_prompts TEXT NOT NULL,
        auth_credentials TEXT,
        client_secret TEXT,
        credentials_version INTEGER NOT NULL,
        client_secret_version INTEGER NOT NULL,
        auth_summary TEXT NOT NULL,
        generation INTEGER NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('waiting', 'ready', 'stale', 'error')),
        authentication_status TEXT NOT NULL,
        tools TEXT NOT NULL,
        prompts TEXT NOT NULL,
        error TEXT,
        error_details TEXT,
        sync_messages TEXT NOT NULL,
        last_synced TEXT,
        last_successful_sync TEXT,
        created_at TEXT NOT NULL,
        modified_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        modified_by TEXT NOT NULL
      ) STRICT;

      CREATE TABLE portals (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        hostname TEXT NOT NULL UNIQUE,
        description TEXT,
        code_mode TEXT NOT NULL CHECK (code_mode IN ('off', 'opt_in', 'default_on', 'enforced')),
        secure_web_gateway INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        modified_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        modified_by TEXT NOT NULL
      ) STRICT;

      CREATE TABLE portal_servers (
        portal_id TEXT NOT NULL REFERENCES portals (id) ON DELETE CASCADE,
        server_id TEXT NOT NULL REFERENCES servers (id) ON DELETE RESTRICT,
        default_disabled INTEGER NOT NULL,
        on_behalf INTEGER NOT NULL,
        updated_tools TEXT NOT NULL,
        updated_prompts TEXT NOT NULL,
        PRIMARY KEY (portal_id, server_id)
      ) STRICT;
      CREATE INDEX portal_servers_by_server ON portal_servers (server_id);

      CREATE TABLE policies (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        decision TEXT NOT NULL,
        body TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE apps (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        type TEXT NOT NULL CHECK (type IN ('mcp', 'mcp_portal')),
        domain TEXT,
        aud TEXT NOT NULL,
        body TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE app_policies (
        app_id TEXT NOT NULL REFERENCES apps (id) ON DELETE CASCADE,
        policy_id TEXT NOT NULL REFERENCES policies (id) ON DELETE RESTRICT,
        precedence INTEGER NOT NULL,
        PRIMARY KEY (app_id, policy_id),
        UNIQUE (app_id, precedence)
      ) STRICT;
      CREATE INDEX app_policies_by_policy ON app_policies (policy_id);

      CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
    `,
  },
  {
    version: 2,
    name: 'data plane: users, service tokens, OAuth, browser sessions, server logouts, request logs',
    sql: `
      CREATE TABLE users (
        id TEXT PRIMARY KEY,
        email TEXT NOT NULL UNIQUE COLLATE NOCASE,
        name TEXT,
        password_hash TEXT NOT NULL,
        groups TEXT NOT NULL,
        disabled INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE service_tokens (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        client_id TEXT NOT NULL UNIQUE,
        secret_hash TEXT NOT NULL,
        duration TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        last_seen_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE oauth_clients (
        client_id TEXT PRIMARY KEY,
        portal_id TEXT NOT NULL REFERENCES portals (id) ON DELETE CASCADE,
        body TEXT NOT NULL,
        client_secret TEXT,
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE oauth_tokens (
        token_hash TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('access', 'refresh')),
        portal_id TEXT NOT NULL REFERENCES portals (id) ON DELETE CASCADE,
        client_id TEXT NOT NULL REFERENCES oauth_clients (client_id) ON DELETE CASCADE,
        user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        scopes TEXT NOT NULL,
        resource TEXT,
        expires_at INTEGER NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX oauth_tokens_by_user ON oauth_tokens (user_id);

      CREATE TABLE browser_sessions (
        token_hash TEXT PRIMARY KEY,
        portal_id TEXT NOT NULL REFERENCES portals (id) ON DELETE CASCADE,
        user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        expires_at INTEGER NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE server_logouts (
        portal_id TEXT NOT NULL REFERENCES portals (id) ON DELETE CASCADE,
        user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        server_id TEXT NOT NULL,
        at TEXT NOT NULL,
        PRIMARY KEY (portal_id, user_id, server_id)
      ) STRICT;

      CREATE TABLE request_logs (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        time TEXT NOT NULL,
        status TEXT NOT NULL,
        portal_id TEXT NOT NULL,
        server_id TEXT,
        method TEXT NOT NULL,
        capability TEXT,
        duration_ms REAL NOT NULL,
        user TEXT,
        session_id TEXT,
        error TEXT,
        payload TEXT
      ) STRICT;
      CREATE INDEX request_logs_by_portal ON request_logs (portal_id, time);
      CREATE INDEX request_logs_by_server ON request_logs (server_id, time);
    `,
  },
  {
    version: 3,
    name: 'Access groups, tags, inline policies, service token rotation overlap and enablement',
    sql: `
      ALTER TABLE policies ADD COLUMN app_id TEXT REFERENCES apps (id) ON DELETE CASCADE;
      CREATE INDEX policies_by_app ON policies (app_id);

      CREATE TABLE access_groups (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        body TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE access_tags (
        name TEXT PRIMARY KEY,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      ALTER TABLE service_tokens ADD COLUMN enabled INTEGER NOT NULL DEFAULT 1;
      ALTER TABLE service_tokens ADD COLUMN client_secret_version INTEGER NOT NULL DEFAULT 1;
      ALTER TABLE service_tokens ADD COLUMN previous_secret_hash TEXT;
      ALTER TABLE service_tokens ADD COLUMN previous_client_secret_expires_at TEXT;
    `,
  },
  {
    version: 4,
    name: 'dns records',
    sql: `
      CREATE TABLE dns_records (
        id TEXT PRIMARY KEY,
        zone_id TEXT NOT NULL,
        name TEXT NOT NULL,
        type TEXT NOT NULL,
        content TEXT NOT NULL,
        ttl INTEGER NOT NULL,
        proxied INTEGER NOT NULL,
        comment TEXT,
        tags TEXT NOT NULL,
        created_on TEXT NOT NULL,
        modified_on TEXT NOT NULL,
        comment_modified_on TEXT,
        tags_modified_on TEXT
      ) STRICT;
      CREATE INDEX dns_records_zone_name ON dns_records (zone_id, name);
    `,
  },
  {
    version: 5,
    name: 'OAuth consents and refresh-token families',
    sql: `
      CREATE TABLE oauth_consents (
        portal_id TEXT NOT NULL REFERENCES portals (id) ON DELETE CASCADE,
        user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        client_id TEXT NOT NULL REFERENCES oauth_clients (client_id) ON DELETE CASCADE,
        approved_at TEXT NOT NULL,
        PRIMARY KEY (portal_id, user_id, client_id)
      ) STRICT;

      ALTER TABLE oauth_tokens ADD COLUMN family_id TEXT;
      ALTER TABLE oauth_tokens ADD COLUMN used INTEGER NOT NULL DEFAULT 0;
      UPDATE oauth_tokens SET family_id = token_hash;
      CREATE INDEX oauth_tokens_by_family ON oauth_tokens (family_id);
    `,
  },
  {
    version: 6,
    name: "portal mappings' resource rules (updated_resources, an extension of Cloudflare's API)",
    sql: `
      ALTER TABLE portal_servers ADD COLUMN updated_resources TEXT NOT NULL DEFAULT '[]';
    `,
  },
  {
    version: 7,
    name: 'upstream OAuth grants (the admin credential of oauth servers; per-user grants later)',
    sql: `
      CREATE TABLE upstream_oauth_grants (
        server_id TEXT NOT NULL REFERENCES servers (id) ON DELETE CASCADE,
        subject TEXT NOT NULL,
        discovery TEXT NOT NULL,
        client TEXT,
        tokens TEXT,
        refresh_at INTEGER,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (server_id, subject)
      ) STRICT;
    `,
  },
  {
    version: 8,
    name: 'request log rows linked to a code-mode execution (execution_id on it and on its tool calls)',
    sql: `
      ALTER TABLE request_logs ADD COLUMN execution_id TEXT;
      CREATE INDEX request_logs_by_execution ON request_logs (execution_id) WHERE execution_id IS NOT NULL;
    `,
  },
];

/** Raised when the database was written by a newer version of the portal. */
export class SchemaTooNewError extends Error {
  constructor(found: number, known: number) {
    super(`the portal database is at schema version ${found}, newer than this version knows (${known})`);
    this.name = 'SchemaTooNewError';
  }
}

/** Applies every pending migration; returns the versions applied now (empty when up to date). */
export function migrate(db: Database.Database, list: readonly Migration[] = migrations): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT`);
  const row = db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as { v: number | null };
  const current = row.v ?? 0;
  const known = list.reduce((max, m) => Math.max(max, m.version), 0);
  if (current > known) throw new SchemaTooNewError(current, known);
  const applied: number[] = [];
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  for (const m of [...list].sort((a, b) => a.version - b.version)) {
    if (m.version <= current) continue;
    db.transaction(() => {
      db.exec(m.sql);
      record.run(m.version, m.name, new Date().toISOString());
    })();
    applied.push(m.version);
  }
  return applied;
}
