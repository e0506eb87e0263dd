// The SQLite store: migrations are versioned and refuse a newer database, records round-trip, secrets are
// sealed at rest and bound to their row, a reopen keeps everything, and a writer killed with SIGKILL in
// the middle of its transactions leaves a consistent database.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { crashRecord } from '../testing/crash-records.js';
import { createSecretBox, decodeKey, KEY_FILE, loadKey, SecretDecryptError } from './crypto.js';
import { loadIdentity, TOKEN_FILE } from './data-dir.js';
import { DB_FILE, openDatabase } from './db.js';
import { migrate, migrations, SchemaTooNewError } from './migrations.js';
import { openRepository } from './sqlite-repository.js';

const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'portal-store-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('secret box', () => {
  const box = createSecretBox(Buffer.alloc(32, 7));
  it('round-trips, uses a fresh IV each time, and refuses tampering, another row, or another key', () => {
    const sealed = box.seal('token', 'servers:a:auth_credentials');
    expect(sealed).not.toContain('token');
    expect(box.seal('token', 'servers:a:auth_credentials')).not.toBe(sealed);
    expect(box.open(sealed, 'servers:a:auth_credentials')).toBe('token');
    expect(() => box.open(sealed, 'servers:b:auth_credentials')).toThrow(SecretDecryptError);
    const parts = sealed.split('.');
    const body = Buffer.from(parts[3] ?? '', 'base64');
    body[0] = (body[0] ?? 0) ^ 1;
    expect(() =>
      box.open([...parts.slice(0, 3), body.toString('base64')].join('.'), 'servers:a:auth_credentials'),
    ).toThrow(SecretDecryptError);
    expect(() => createSecretBox(Buffer.alloc(32, 8)).open(sealed, 'servers:a:auth_credentials')).toThrow(
      SecretDecryptError,
    );
  });

  it('loads the key from the environment, or creates a 0600 key file once', () => {
    const dir = tempDir();
    const env = { MCP_PORTAL_SECRET_KEY: Buffer.alloc(32, 3).toString('base64') };
    expect(loadKey(dir, env)).toEqual(Buffer.alloc(32, 3));
    const first = loadKey(dir, {});
    expect(statSync(join(dir, KEY_FILE)).mode & 0o777).toBe(0o600);
    expect(loadKey(dir, {})).toEqual(first);
    expect(() => loadKey(dir, { MCP_PORTAL_SECRET_KEY: 'c2hvcnQ=' })).toThrow(/32 bytes/);
    expect(() => decodeKey('', 'x')).toThrow(/32 bytes/);
  });
});

describe('identity files', () => {
  it('generates the account id and a 0600 token once, and prefers given values without writing them', () => {
    const dir = tempDir();
    const a = loadIdentity(dir, {});
    expect(a.accountId).toMatch(/^[0-9a-f]{32}$/);
    expect(a.tokenFile).toBe(join(dir, TOKEN_FILE));
    expect(statSync(join(dir, TOKEN_FILE)).mode & 0o777).toBe(0o600);
    expect(loadIdentity(dir, {})).toEqual(a);
    expect(loadIdentity(dir, { apiToken: 'given', accountId: 'acct' })).toEqual({
      accountId: 'acct',
      apiToken: 'given',
    });
  });
});

describe('migrations', () => {
  it('records each version once and refuses a database from a newer version', () => {
    const file = join(tempDir(), DB_FILE);
    const db = openDatabase(file);
    const rows = db.prepare('SELECT version FROM schema_migrations').all();
    expect(rows).toEqual(migrations.map((m) => ({ version: m.version })));
    expect(migrate(db)).toEqual([]);
    db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, ?, ?)').run(
      'future',
      'now',
    );
    db.close();
    expect(() => openDatabase(file)).toThrow(SchemaTooNewError);
  });

  it('uses WAL and enforces foreign keys', () => {
    const db = openDatabase(join(tempDir(), DB_FILE));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });
});

describe('request log retention', () => {
  const row = (time: string, user: string) => ({
    time,
    status: 'ok' as const,
    portal_id: 'p',
    server_id: null,
    method: 'tools/call',
    capability: null,
    duration_ms: 1,
    user,
    session_id: null,
    error: null,
    payload: null,
  });
  const users = (repo: ReturnType<typeof openRepository>) =>
    repo.logs.query({ page: 1, per_page: 100, direction: 'asc' }).items.map((r) => r.user);

  it('deletes the rows older than the cutoff, oldest first, and all of them when none is newer', () => {
    const repo = openRepository(join(tempDir(), DB_FILE), createSecretBox(Buffer.alloc(32, 5)));
    const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 0, minute)).toISOString();
    for (let m = 0; m < 6; m++) repo.logs.insert(row(at(m), `u${m}`));
    expect(repo.logs.prune({ before: at(0) })).toBe(0);
    expect(repo.logs.prune({ before: at(2) })).toBe(2);
    expect(users(repo)).toEqual(['u2', 'u3', 'u4', 'u5']);
    expect(repo.logs.prune({ before: at(2) })).toBe(0);
    expect(repo.logs.prune({ before: at(4), maxRows: 1 })).toBe(3);
    expect(users(repo)).toEqual(['u5']);
    expect(repo.logs.prune({ before: at(60) })).toBe(1);
    expect(users(repo)).toEqual([]);
    repo.logs.insert(row(at(61), 'later'));
    expect(users(repo)).toEqual(['later']);
    repo.close();
  });

  it('writes a batch with multi-row statements in order, every column as one insert writes it', () => {
    const repo = openRepository(join(tempDir(), DB_FILE), createSecretBox(Buffer.alloc(32, 5)));
    const at = (i: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, 0, i)).toISOString();
    // 203 = 64 + 64 + 64 + 8 + 2 + 1: every chunk size but 32, 16 and 4, and a remainder of one.
    const batch = Array.from({ length: 203 }, (_, i) => ({
      ...row(at(i), `u${i}`),
      status: i % 2 ? ('error' as const) : ('ok' as const),
      server_id: i % 3 ? `s${i}` : null,
      capability: `c${i}`,
      duration_ms: i / 8,
      session_id: `sess-${i}`,
      error: i % 2 ? `e${i}` : null,
      payload: i % 5 ? null : { arguments: { i }, result: [i] },
      ...(i % 7 ? {} : { execution_id: `x${i}` }),
    }));
    repo.logs.insertMany(batch);
    const one = openRepository(join(tempDir(), DB_FILE), createSecretBox(Buffer.alloc(32, 5)));
    for (const r of batch) one.logs.insert(r);
    const all = (r: typeof repo) =>
      r.logs.query({ page: 1, per_page: 1000, direction: 'asc' }).items.map(({ id: _id, ...rest }) => rest);
    expect(all(repo)).toHaveLength(203);
    expect(all(repo)).toEqual(all(one));
    expect(all(repo)[5]).toMatchObject({
      user: 'u5',
      error: 'e5',
      payload: { arguments: { i: 5 }, result: [5] },
    });
    expect(all(repo)[7]).toMatchObject({ user: 'u7', execution_id: 'x7', server_id: 's7' });
    repo.logs.insertMany([]);
    expect(all(repo)).toHaveLength(203);
    repo.close();
    one.close();
  });
});

describe('repository', () => {
  it('keeps records and secrets across a reopen, and rolls back a failed transaction whole', () => {
    const file = join(tempDir(), DB_FILE);
    const box = createSecretBox(Buffer.alloc(32, 5));
    const repo = openRepository(file, box);
    const { server, portal } = crashRecord(1);
    repo.transaction(() => {
      repo.servers.insert(server, { auth_credentials: 'tok-1' });
      repo.portals.insert(portal);
    });
    const two = crashRecord(2);
    expect(() =>
      repo.transaction(() => {
        repo.servers.insert(two.server, { auth_credentials: 'tok-2' });
        repo.portals.insert({ ...two.portal, servers: [{ ...portal.servers[0]!, server_id: 'missing' }] });
      }),
    ).toThrow(/FOREIGN KEY/);
    expect(repo.servers.get('s-2')).toBeUndefined();
    repo.close();

    const again = openRepository(file, box);
    expect(again.servers.get('s-1')).toEqual(server);
    expect(again.portals.get('p-1')).toEqual(portal);
    expect(again.servers.secrets('s-1')).toEqual({ auth_credentials: 'tok-1' });
    expect(() => again.servers.delete('s-1')).toThrow(/FOREIGN KEY/);
    again.close();
  });

  it('survives SIGKILL of a writer in the middle of its transactions', async () => {
    const dir = tempDir();
    const key = Buffer.alloc(32, 9).toString('base64');
    const child = spawn(process.execPath, ['--import', 'tsx', 'portal/testing/crash-writer.ts', dir], {
      cwd: join(import.meta.dirname, '../..'),
      env: { ...process.env, MCP_PORTAL_SECRET_KEY: key },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += String(d);
    });
    let committed = 0;
    await new Promise<void>((resolve, reject) => {
      child.on('exit', () => reject(new Error(`writer exited early: ${stderr}`)));
      child.stdout.on('data', (d: Buffer) => {
        const last = String(d).trim().split('\n').pop();
        committed = Math.max(committed, Number(last));
        if (committed >= 300) resolve();
      });
    });
    child.removeAllListeners('exit');
    const exited = new Promise((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');

    const repo = openRepository(
      join(dir, DB_FILE),
      createSecretBox(loadKey(dir, { MCP_PORTAL_SECRET_KEY: key })),
    );
    expect(repo.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(repo.db.pragma('foreign_key_check')).toEqual([]);
    const ids = repo.servers.ids();
    expect(ids.length).toBeGreaterThanOrEqual(committed);
    for (const id of ids) {
      const i = Number(id.slice(2));
      const want = crashRecord(i);
      expect(repo.servers.get(id)).toEqual(want.server);
      expect(repo.servers.secrets(id)).toEqual({ auth_credentials: want.secret });
      expect(repo.portals.get(`p-${i}`)).toEqual(want.portal);
    }
    expect(repo.portals.list({ page: 1, per_page: 1 }).total).toBe(ids.length);
    repo.close();
  });
});
