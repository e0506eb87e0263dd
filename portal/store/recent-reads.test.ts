// The bearer check's reused read (sql-util.ts RecentReads, oauth-tables.ts getTokenWithUser): a token and
// its user are read once and reused, and never past a change: a write through the portal's connection to
// any table, a rolled-back transaction, a commit by another process once the portal notices it
// (watchOtherWriters, as `portalctl portal users` writes), or a second.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { crashRecord } from '../testing/crash-records.js';
import { ChangeFeed, watchOtherWriters } from './change-feed.js';
import { createSecretBox } from './crypto.js';
import { DB_FILE } from './db.js';
import type { OAuthTokenRecord, UserRecord } from './repository.js';
import { RecentReads } from './sql-util.js';
import { openRepository, type SqliteRepository } from './sqlite-repository.js';

let dir: string;
let repo: SqliteRepository;
let other: Database.Database;
let reads: number;

const AT = '2026-01-01T00:00:00.000Z';
const user: UserRecord = {
  id: 'u1',
  email: 'alice@example.com',
  name: null,
  groups: ['eng'],
  disabled: false,
  created_at: AT,
  updated_at: AT,
};
const token: OAuthTokenRecord = {
  token_hash: 'h1',
  kind: 'access',
  portal_id: 'p-1',
  client_id: 'c1',
  user_id: 'u1',
  scopes: [],
  resource: null,
  expires_at: 4_000_000_000,
  created_at: AT,
  family_id: 'f1',
  used: false,
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'recent-reads-'));
  repo = openRepository(join(dir, DB_FILE), createSecretBox(Buffer.alloc(32, 3)));
  const { server, portal } = crashRecord(1);
  repo.servers.insert(server, {});
  repo.portals.insert(portal);
  repo.oauth.insertClient(portal.id, { client_id: 'c1', redirect_uris: ['http://127.0.0.1/cb'] }, AT);
  repo.users.insert(user, 'hash');
  repo.oauth.insertToken(token);
  other = new Database(join(dir, DB_FILE));
  // Count the reads the bearer check makes: every statement the connection prepares from here on.
  reads = 0;
  const prepare = repo.db.prepare.bind(repo.db);
  vi.spyOn(repo.db, 'prepare').mockImplementation((sql: string) => {
    const stmt = prepare(sql);
    if (!/total_changes/.test(sql)) {
      const get = stmt.get.bind(stmt);
      stmt.get = (...args: unknown[]) => {
        reads++;
        return get(...args);
      };
    }
    return stmt;
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  other.close();
  repo.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the bearer check', () => {
  it('reads the token with its user once, then reuses it frozen', () => {
    const first = repo.oauth.getTokenWithUser('h1');
    expect(first).toEqual({ token, user });
    const before = reads;
    expect(repo.oauth.getTokenWithUser('h1')).toBe(first);
    expect(reads).toBe(before);
    expect(Object.isFrozen(first?.user?.groups)).toBe(true);
    expect(repo.oauth.getTokenWithUser('unknown')).toBeUndefined();
  });

  it("reads again after any write through the portal's connection, to any table", () => {
    repo.oauth.getTokenWithUser('h1');
    repo.users.update({ ...user, groups: ['ops'] });
    expect(repo.oauth.getTokenWithUser('h1')?.user?.groups).toEqual(['ops']);
    // A write that touches neither table (a log row, a server) drops it too: the count of writes moved.
    const before = reads;
    repo.db.prepare(`UPDATE portals SET name = 'renamed' WHERE id = 'p-1'`).run();
    repo.oauth.getTokenWithUser('h1');
    expect(reads).toBe(before + 1);
    repo.oauth.deleteToken('h1');
    expect(repo.oauth.getTokenWithUser('h1')).toBeUndefined();
  });

  it('keeps nothing read inside a transaction that rolls back', () => {
    expect(() =>
      repo.transaction(() => {
        repo.users.update({ ...user, disabled: true });
        expect(repo.oauth.getTokenWithUser('h1')?.user?.disabled).toBe(true);
        throw new Error('roll back');
      }),
    ).toThrow('roll back');
    expect(repo.oauth.getTokenWithUser('h1')?.user?.disabled).toBe(false);
  });

  it("sees another process's commit as soon as the portal notices it, and after a second anyway", async () => {
    const feed = new ChangeFeed();
    const noticed = new Promise((resolve) => feed.on(resolve));
    const stop = watchOtherWriters(repo.db, feed, 10);
    try {
      repo.oauth.getTokenWithUser('h1');
      other.prepare(`UPDATE users SET disabled = 1 WHERE id = 'u1'`).run();
      // Not noticed yet (the poll has not run): the read is reused.
      expect(repo.oauth.getTokenWithUser('h1')?.user?.disabled).toBe(false);
      await noticed;
      expect(repo.oauth.getTokenWithUser('h1')?.user?.disabled).toBe(true);
    } finally {
      stop();
    }
    other.prepare(`UPDATE users SET disabled = 0 WHERE id = 'u1'`).run();
    vi.spyOn(Date, 'now').mockReturnValue(Date.now() + 1000);
    expect(repo.oauth.getTokenWithUser('h1')?.user?.disabled).toBe(false);
  });
});

describe('RecentReads', () => {
  it('keeps no miss, and at most `max` entries', () => {
    const cache = new RecentReads<string, { n: number }>(repo.db, 1000, 2);
    let loads = 0;
    const load = (n: number) => () => {
      loads++;
      return n < 0 ? undefined : { n };
    };
    expect(cache.get('miss', load(-1))).toBeUndefined();
    expect(cache.get('miss', load(-1))).toBeUndefined();
    expect(loads).toBe(2);
    cache.get('a', load(1));
    cache.get('b', load(2));
    cache.get('a', load(1));
    expect(loads).toBe(4);
    cache.get('c', load(3)); // the third entry starts it over
    cache.get('a', load(1));
    expect(loads).toBe(6);
  });
});
