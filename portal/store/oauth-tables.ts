/**
 * The portal's OAuth and browser state: clients registered by DCR (per portal; a client secret is sealed
 * with the secret box), users' approvals of clients (consent), issued access/refresh tokens grouped in
 * families and browser sessions (stored by the SHA-256 of their value, never in clear), and the servers a
 * user logged out of in a portal. The bearer check (a token with its user) is one read, reused while
 * nothing can have changed it.
 */
import type { OAuthClientInformationFull } from '@modelcontextprotocol/sdk/shared/auth.js';
import type Database from 'better-sqlite3';
import type { SecretBox } from './crypto.js';
import { type UserRow, userFromRow } from './identity-tables.js';
import type {
  BrowserSessionRecord,
  OAuthConsentRecord,
  OAuthStore,
  OAuthTokenRecord,
  UserRecord,
} from './repository.js';
import { fromJson, RecentReads, statements, toJson } from './sql-util.js';

interface ClientRow {
  client_id: string;
  portal_id: string;
  body: string;
  client_secret: string | null;
}

interface TokenRow extends Omit<OAuthTokenRecord, 'scopes' | 'used'> {
  scopes: string;
  used: number;
}

const tokenFromRow = (row: TokenRow): OAuthTokenRecord => ({
  token_hash: row.token_hash,
  kind: row.kind,
  portal_id: row.portal_id,
  client_id: row.client_id,
  user_id: row.user_id,
  scopes: fromJson<string[]>(row.scopes),
  resource: row.resource,
  expires_at: row.expires_at,
  created_at: row.created_at,
  family_id: row.family_id,
  used: row.used === 1,
});

/** The users columns of the joined read, each prefixed `u_` (the token's own columns keep their names). */
const USER_COLUMNS = ['id', 'email', 'name', 'groups', 'disabled', 'created_at', 'updated_at'];
const TOKEN_WITH_USER = `SELECT t.*, ${USER_COLUMNS.map((c) => `u.${c} AS u_${c}`).join(', ')}
  FROM oauth_tokens t LEFT JOIN users u ON u.id = t.user_id WHERE t.token_hash = ?`;

export function createOAuthTables(db: Database.Database, box: SecretBox): OAuthStore {
  const sql = statements(db);
  const aad = (clientId: string) => `oauth_clients:${clientId}:client_secret`;
  // The bearer check of every request: reused while nothing can have changed it (RecentReads).
  const bearers = new RecentReads<string, { token: OAuthTokenRecord; user: UserRecord | undefined }>(db);
  const readTokenWithUser = (tokenHash: string) => {
    const row = sql(TOKEN_WITH_USER).get(tokenHash) as (TokenRow & Record<string, unknown>) | undefined;
    if (!row) return undefined;
    const user =
      row.u_id === null
        ? undefined
        : userFromRow(
            Object.fromEntries(USER_COLUMNS.map((c) => [c, row[`u_${c}`]])) as Omit<UserRow, 'password_hash'>,
          );
    return { token: tokenFromRow(row), user };
  };
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
           expires_at, created_at, family_id, used)
         VALUES (@token_hash, @kind, @portal_id, @client_id, @user_id, @scopes, @resource, @expires_at,
           @created_at, @family_id, @used)`,
      ).run({ ...rec, scopes: toJson(rec.scopes), used: rec.used ? 1 : 0 });
    },
    getToken(tokenHash) {
      const row = sql('SELECT * FROM oauth_tokens WHERE token_hash = ?').get(tokenHash) as
        | TokenRow
        | undefined;
      return row && tokenFromRow(row);
    },
    getTokenWithUser(tokenHash) {
      return bearers.get(tokenHash, () => readTokenWithUser(tokenHash));
    },
    deleteToken(tokenHash) {
      sql('DELETE FROM oauth_tokens WHERE token_hash = ?').run(tokenHash);
    },
    markTokenUsed(tokenHash) {
      sql('UPDATE oauth_tokens SET used = 1 WHERE token_hash = ?').run(tokenHash);
    },
    deleteTokenFamily(familyId) {
      return sql('DELETE FROM oauth_tokens WHERE family_id = ?').run(familyId).changes;
    },
    deleteClientTokens(portalId, userId, clientId) {
      return sql('DELETE FROM oauth_tokens WHERE user_id = ? AND portal_id = ? AND client_id = ?').run(
        userId,
        portalId,
        clientId,
      ).changes;
    },
    hasConsent(portalId, userId, clientId) {
      return (
        sql('SELECT 1 FROM oauth_consents WHERE portal_id = ? AND user_id = ? AND client_id = ?').get(
          portalId,
          userId,
          clientId,
        ) !== undefined
      );
    },
    setConsent(portalId, userId, clientId, at) {
      sql(
        `INSERT INTO oauth_consents (portal_id, user_id, client_id, approved_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (portal_id, user_id, client_id) DO UPDATE SET approved_at = excluded.approved_at`,
      ).run(portalId, userId, clientId, at);
    },
    deleteConsent(portalId, userId, clientId) {
      return (
        sql('DELETE FROM oauth_consents WHERE portal_id = ? AND user_id = ? AND client_id = ?').run(
          portalId,
          userId,
          clientId,
        ).changes > 0
      );
    },
    listConsents(portalId, userId) {
      const rows = sql(
        `SELECT k.client_id, k.approved_at, c.body FROM oauth_consents k
         JOIN oauth_clients c ON c.client_id = k.client_id
         WHERE k.portal_id = ? AND k.user_id = ? ORDER BY k.approved_at, k.client_id`,
      ).all(portalId, userId) as { client_id: string; approved_at: string; body: string }[];
      return rows.map((r): OAuthConsentRecord => {
        const body = fromJson<Partial<OAuthClientInformationFull>>(r.body);
        return {
          client_id: r.client_id,
          client_name: typeof body.client_name === 'string' ? body.client_name : null,
          redirect_uris: (body.redirect_uris ?? []).map(String),
          approved_at: r.approved_at,
        };
      });
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
