/**
 * The `upstream_oauth_grants` table: the portal's OAuth grants at upstream servers, one row per (server,
 * subject). The client registration and the tokens are sealed by the SecretBox under associated data naming
 * the row and column (like servers' `auth_credentials`); discovery metadata and the expiry are plain.
 */
import type Database from 'better-sqlite3';
import type { SecretBox } from './crypto.js';
import type { UpstreamGrant, UpstreamGrantStore } from './repository.js';
import { fromJson, statements, toJson } from './sql-util.js';

interface Row {
  server_id: string;
  subject: string;
  discovery: string;
  client: string | null;
  tokens: string | null;
  refresh_at: number | null;
  updated_at: string;
}

const aadFor = (serverId: string, subject: string, column: string) =>
  `upstream_oauth_grants:${serverId}:${subject}:${column}`;

export function createUpstreamGrantTable(db: Database.Database, box: SecretBox): UpstreamGrantStore {
  const sql = statements(db);
  const seal = (g: UpstreamGrant, column: 'client' | 'tokens') => {
    const value = g[column];
    return value === undefined ? null : box.seal(toJson(value), aadFor(g.server_id, g.subject, column));
  };
  const open = <T>(row: Row, column: 'client' | 'tokens'): T | undefined => {
    const sealed = row[column];
    return sealed === null
      ? undefined
      : fromJson<T>(box.open(sealed, aadFor(row.server_id, row.subject, column)));
  };
  return {
    get(serverId, subject) {
      const row = sql('SELECT * FROM upstream_oauth_grants WHERE server_id = ? AND subject = ?').get(
        serverId,
        subject,
      ) as Row | undefined;
      if (!row) return undefined;
      const client = open<UpstreamGrant['client']>(row, 'client');
      const tokens = open<UpstreamGrant['tokens']>(row, 'tokens');
      return {
        server_id: row.server_id,
        subject: row.subject,
        discovery: fromJson(row.discovery),
        ...(client ? { client } : {}),
        ...(tokens ? { tokens } : {}),
        refresh_at: row.refresh_at,
        updated_at: row.updated_at,
      };
    },
    put(g) {
      sql(
        `INSERT OR REPLACE INTO upstream_oauth_grants
           (server_id, subject, discovery, client, tokens, refresh_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        g.server_id,
        g.subject,
        toJson(g.discovery),
        seal(g, 'client'),
        seal(g, 'tokens'),
        g.refresh_at,
        g.updated_at,
      );
    },
    delete(serverId, subject) {
      sql('DELETE FROM upstream_oauth_grants WHERE server_id = ? AND subject = ?').run(serverId, subject);
    },
    subjects(serverId) {
      const rows = sql('SELECT subject FROM upstream_oauth_grants WHERE server_id = ? ORDER BY subject').all(
        serverId,
      ) as { subject: string }[];
      return rows.map((r) => r.subject);
    },
    hasTokens(serverId, subject) {
      return (
        sql(
          'SELECT 1 FROM upstream_oauth_grants WHERE server_id = ? AND subject = ? AND tokens IS NOT NULL',
        ).get(serverId, subject) !== undefined
      );
    },
    refreshes() {
      return sql(
        'SELECT server_id, subject, refresh_at FROM upstream_oauth_grants WHERE tokens IS NOT NULL ORDER BY server_id, subject',
      ).all() as { server_id: string; subject: string; refresh_at: number | null }[];
    },
  };
}
