/**
 * The `users` and `service_tokens` tables of the local identity provider: users with a password hash and
 * group names (JSON), case-insensitive by email; service tokens with only hashes of the secret (and of the
 * previous one while a rotation overlaps). Token lookups by client id are reused for at most a second, and
 * dropped at once by any write (sql-util.ts `RecentReads`).
 */
import type Database from 'better-sqlite3';
import type { Page, ServiceTokenRecord, ServiceTokenStore, UserRecord, UserStore } from './repository.js';
import { bool, fromJson, int, pagedRows, RecentReads, statements, toJson } from './sql-util.js';

export interface UserRow {
  id: string;
  email: string;
  name: string | null;
  password_hash: string;
  groups: string;
  disabled: number;
  created_at: string;
  updated_at: string;
}

export const userFromRow = (row: Omit<UserRow, 'password_hash'>): UserRecord => ({
  id: row.id,
  email: row.email,
  name: row.name,
  groups: fromJson(row.groups),
  disabled: bool(row.disabled),
  created_at: row.created_at,
  updated_at: row.updated_at,
});

export function createUserTable(db: Database.Database): UserStore {
  const sql = statements(db);
  const params = (rec: UserRecord) => ({
    id: rec.id,
    email: rec.email,
    name: rec.name,
    groups: toJson([...new Set(rec.groups)].sort()),
    disabled: int(rec.disabled),
    created_at: rec.created_at,
    updated_at: rec.updated_at,
  });
  return {
    list() {
      return (sql('SELECT * FROM users ORDER BY email').all() as UserRow[]).map(userFromRow);
    },
    get(id) {
      const row = sql('SELECT * FROM users WHERE id = ?').get(id) as UserRow | undefined;
      return row && userFromRow(row);
    },
    byEmail(email) {
      const row = sql('SELECT * FROM users WHERE email = ?').get(email) as UserRow | undefined;
      return row && userFromRow(row);
    },
    passwordHash(id) {
      const row = sql('SELECT password_hash FROM users WHERE id = ?').get(id) as
        | { password_hash: string }
        | undefined;
      return row?.password_hash;
    },
    insert(rec, passwordHash) {
      sql(
        `INSERT INTO users (id, email, name, password_hash, groups, disabled, created_at, updated_at)
         VALUES (@id, @email, @name, @password_hash, @groups, @disabled, @created_at, @updated_at)`,
      ).run({ ...params(rec), password_hash: passwordHash });
    },
    update(rec, passwordHash) {
      const { changes } = sql(
        `UPDATE users SET email = @email, name = @name, groups = @groups, disabled = @disabled,
           updated_at = @updated_at WHERE id = @id`,
      ).run(params(rec));
      if (changes !== 1) throw new Error(`update of user ${rec.id}: no such row`);
      if (passwordHash !== undefined) {
        sql('UPDATE users SET password_hash = ? WHERE id = ?').run(passwordHash, rec.id);
      }
    },
    delete(id) {
      sql('DELETE FROM users WHERE id = ?').run(id);
    },
  };
}

interface TokenRow extends Omit<ServiceTokenRecord, 'enabled'> {
  enabled: number;
  secret_hash: string;
  previous_secret_hash: string | null;
}

const tokenFromRow = ({
  secret_hash: _hash,
  previous_secret_hash: _previous,
  enabled,
  ...rec
}: TokenRow): ServiceTokenRecord => ({ ...rec, enabled: bool(enabled) });

const tokenParams = (rec: ServiceTokenRecord) => ({ ...rec, enabled: int(rec.enabled) });

/** How long a token read by client id is reused; bounds staleness if another process writes tokens. */
const TOKEN_CACHE_MS = 1000;
const TOKEN_CACHE_MAX = 1000;

export function createServiceTokenTable(db: Database.Database): ServiceTokenStore {
  const sql = statements(db);
  type Found = { token: ServiceTokenRecord; secretHash: string; previousSecretHash: string | null };
  // Every request with a service token looks it up: reused while nothing can have changed it (RecentReads).
  const byClient = new RecentReads<string, Found>(db, TOKEN_CACHE_MS, TOKEN_CACHE_MAX);
  return {
    list(q): Page<ServiceTokenRecord> {
      if (q.name !== undefined) {
        // Cloudflare's `name` filter: the exact name (plus `search`, if given, on the same rows).
        const search = q.search?.toLowerCase();
        const where = `WHERE name = @name${search ? ' AND (instr(lower(name), @search) > 0 OR instr(lower(client_id), @search) > 0 OR instr(lower(id), @search) > 0)' : ''}`;
        const params = { name: q.name, ...(search ? { search } : {}) };
        const total = (sql(`SELECT COUNT(*) AS n FROM service_tokens ${where}`).get(params) as { n: number })
          .n;
        const rows = sql(`SELECT * FROM service_tokens ${where} ORDER BY id LIMIT @limit OFFSET @offset`).all(
          {
            ...params,
            limit: q.per_page,
            offset: (q.page - 1) * q.per_page,
          },
        ) as TokenRow[];
        return { items: rows.map(tokenFromRow), total };
      }
      const { rows, total } = pagedRows<TokenRow>(sql, 'service_tokens', ['id', 'name', 'client_id'], q);
      return { items: rows.map(tokenFromRow), total };
    },
    get(id) {
      const row = sql('SELECT * FROM service_tokens WHERE id = ?').get(id) as TokenRow | undefined;
      return row && tokenFromRow(row);
    },
    byClientId(clientId) {
      return byClient.get(clientId, () => {
        const row = sql('SELECT * FROM service_tokens WHERE client_id = ?').get(clientId) as
          | TokenRow
          | undefined;
        return (
          row && {
            token: tokenFromRow(row),
            secretHash: row.secret_hash,
            previousSecretHash: row.previous_secret_hash,
          }
        );
      });
    },
    insert(rec, secretHash) {
      sql(
        `INSERT INTO service_tokens (id, name, client_id, secret_hash, duration, expires_at, enabled,
           client_secret_version, previous_client_secret_expires_at, last_seen_at, created_at, updated_at)
         VALUES (@id, @name, @client_id, @secret_hash, @duration, @expires_at, @enabled,
           @client_secret_version, @previous_client_secret_expires_at, @last_seen_at, @created_at, @updated_at)`,
      ).run({ ...tokenParams(rec), secret_hash: secretHash });
    },
    update(rec, secretHash) {
      const { changes } = sql(
        `UPDATE service_tokens SET name = @name, duration = @duration, expires_at = @expires_at,
           enabled = @enabled, client_secret_version = @client_secret_version,
           previous_client_secret_expires_at = @previous_client_secret_expires_at,
           last_seen_at = @last_seen_at, updated_at = @updated_at WHERE id = @id`,
      ).run(tokenParams(rec));
      if (changes !== 1) throw new Error(`update of service token ${rec.id}: no such row`);
      if (secretHash !== undefined) {
        sql('UPDATE service_tokens SET previous_secret_hash = secret_hash, secret_hash = ? WHERE id = ?').run(
          secretHash,
          rec.id,
        );
      }
    },
    touch(id, at) {
      sql('UPDATE service_tokens SET last_seen_at = ? WHERE id = ?').run(at, id);
    },
    delete(id) {
      sql('DELETE FROM service_tokens WHERE id = ?').run(id);
    },
  };
}
