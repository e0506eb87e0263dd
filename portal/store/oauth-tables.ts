/**
 * The portal's OAuth and browser state: clients registered by DCR (per portal; a client secret is sealed
 * with the secret box), issued access/refresh tokens and browser sessions (stored by the SHA-256 of their
 * value, never in clear), and the servers a user logged out of in a portal.
 */
import type { OAuthClientInformationFull } from '@modelcontextprotocol/sdk/shared/auth.js';
import type Database from 'better-sqlite3';
import type { SecretBox } from './crypto.js';
import type { BrowserSessionRecord, OAuthStore, OAuthTokenRecord } from './repository.js';
import { fromJson, statements, toJson } from './sql-util.js';

interface ClientRow {
  client_id: string;
  portal_id: string;
  body: string;
  client_secret: string | null;
}

interface TokenRow extends Omit<OAuthTokenRecord, 'scopes'> {
  scopes: string;
}

export function createOAuthTables(db: Database.Database, box: SecretBox): OAuthStore {
  const sql = statements(db);
  const aad = (clientId: string) => `oauth_clients:${clientId}:client_secret`;
  return {
    getClient(clientId) {
      const row = sql('SELECT * FROM oauth_clients WHERE client_id = ?').get(clientId) as
        | ClientRow
        | undefined;
      if (!row) return undefined;
      const client = fromJson<OAuthClientInformationFull>(row.body);
      if (row.client_secret !== null) client.client_secret = box.open(row.client_secret, aad(clientId));
      return { portal_id: row.portal_id, client };
    },
    insertClient(portalId, client, createdAt) {
      const { client_secret, ...body } = client;
      sql(
        `INSERT INTO oauth_clients (client_id, portal_id, body, client_secret, created_at)
         VALUES (?, ?, ?, ?, ?)`,
      ).run(
        client.client_id,
        portalId,
        toJson(body),
        client_secret === undefined ? null : box.seal(client_secret, aad(client.client_id)),
        createdAt,
      );
    },
    insertToken(rec) {
      sql(
        `INSERT INTO oauth_tokens (token_hash, kind, portal_id, client_id, user_id, scopes, resource,
           expires_at, created_at)
         VALUES (@token_hash, @kind, @portal_id, @client_id, @user_id, @scopes, @resource, @expires_at,
           @created_at)`,
      ).run({ ...rec, scopes: toJson(rec.scopes) });
    },
    getToken(tokenHash) {
      const row = sql('SELECT * FROM oauth_tokens WHERE token_hash = ?').get(tokenHash) as
        | TokenRow
        | undefined;
      return row && { ...row, scopes: fromJson<string[]>(row.scopes) };
    },
    deleteToken(tokenHash) {
      sql('DELETE FROM oauth_tokens WHERE token_hash = ?').run(tokenHash);
    },
    insertBrowserSession(rec) {
      sql(
        `INSERT INTO browser_sessions (token_hash, portal_id, user_id, expires_at, created_at)
         VALUES (@token_hash, @portal_id, @user_id, @expires_at, @created_at)`,
      ).run(rec);
    },
    getBrowserSession(tokenHash) {
      return sql('SELECT * FROM browser_sessions WHERE token_hash = ?').get(tokenHash) as
        | BrowserSessionRecord
        | undefined;
    },
    deleteBrowserSession(tokenHash) {
      sql('DELETE FROM browser_sessions WHERE token_hash = ?').run(tokenHash);
    },
    pruneExpired(nowSeconds) {
      const a = sql('DELETE FROM oauth_tokens WHERE expires_at < ?').run(nowSeconds).changes;
      const b = sql('DELETE FROM browser_sessions WHERE expires_at < ?').run(nowSeconds).changes;
      return a + b;
    },
    loggedOutServers(portalId, userId) {
      const rows = sql(
        'SELECT server_id FROM server_logouts WHERE portal_id = ? AND user_id = ? ORDER BY server_id',
      ).all(portalId, userId) as { server_id: string }[];
      return rows.map((r) => r.server_id);
    },
    setLoggedOut(portalId, userId, serverId, loggedOut, at) {
      if (loggedOut) {
        sql(
          `INSERT INTO server_logouts (portal_id, user_id, server_id, at) VALUES (?, ?, ?, ?)
           ON CONFLICT (portal_id, user_id, server_id) DO UPDATE SET at = excluded.at`,
        ).run(portalId, userId, serverId, at);
      } else {
        sql('DELETE FROM server_logouts WHERE portal_id = ? AND user_id = ? AND server_id = ?').run(
          portalId,
          userId,
          serverId,
        );
      }
    },
  };
}
