/**
 * Test harness for the embedded portal: starts a real portal on 127.0.0.1 port 0 in a temporary data dir,
 * offers a raw HTTP `call()` relative to the account, fake sync functions, and a full dump of the database
 * so error-path tests can assert that nothing was written. Used only by tests and the bench.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ServerCapability } from '../../schemas/generated/wire.js';
import { type RunningPortal, type StartPortalOptions, startPortal } from '../index.js';
import type { LogQuery, LogRecord, Page } from '../store/repository.js';
import type { SyncFn, SyncOutcome } from '../sync/types.js';

export const SERVERS = '/access/ai-controls/mcp/servers';
export const PORTALS = '/access/ai-controls/mcp/portals';
export const POLICIES = '/access/policies';
export const APPS = '/access/apps';
export const SERVICE_TOKENS = '/access/service_tokens';

export interface Reply {
  status: number;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: tests inspect arbitrary JSON envelopes
  body: any;
}

export interface TestPortal extends RunningPortal {
  /** Calls `/client/v4/accounts/{account}{path}` with the token (unless headers override it). */
  call(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Reply>;
  /** Calls any URL path under the base URL, raw body allowed. */
  raw(
    method: string,
    path: string,
    init?: { body?: string; headers?: Record<string, string> },
  ): Promise<Reply>;
  /** Every row of every table, for "nothing was written" assertions. */
  dump(): Record<string, unknown[]>;
}

/** A sync function that answers `ready` with the given capabilities (default: tools `a`, `b`; prompt `p`). */
export function readySync(
  tools: ServerCapability[] = [{ name: 'a' }, { name: 'b' }],
  prompts: ServerCapability[] = [{ name: 'p' }],
): SyncFn {
  return async () => ({ status: 'ready', tools, prompts, transport: 'streamable-http' });
}

/** A sync function whose answer per server id is decided by a callback (for scheduler tests). */
export function scriptedSync(answer: (id: string) => SyncOutcome | Promise<SyncOutcome>): SyncFn {
  return async (conn) => answer(conn.id);
}

const TABLES = [
  'servers',
  'portals',
  'portal_servers',
  'policies',
  'apps',
  'app_policies',
  'access_groups',
  'access_tags',
  'dns_records',
  'users',
  'service_tokens',
  'oauth_clients',
  'oauth_tokens',
  'browser_sessions',
  'server_logouts',
  'request_logs',
  'schema_migrations',
];

/** The request log as stored, after writing the rows the logger still buffers. */
export function readLogs(p: RunningPortal, q: LogQuery): Page<LogRecord> {
  p.logger.flush();
  return p.repo.logs.query(q);
}

export async function startTestPortal(options: StartPortalOptions = {}): Promise<TestPortal> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'portal-test-'));
  // A generous budget by default, so that long tests never trip the limiter by accident.
  const rateLimit = { limit: 100_000, windowSeconds: 300 };
  const portal = await startPortal({
    port: 0,
    syncIntervalMs: 0,
    sync: readySync(),
    rateLimit,
    oauthRateLimit: false,
    ...options,
    dataDir,
  }).catch((err: unknown) => {
    // A portal refused at start (a test of bad options) leaves no data folder behind either.
    if (options.dataDir === undefined) rmSync(dataDir, { recursive: true, force: true });
    throw err;
  });
  const raw: TestPortal['raw'] = async (method, path, init = {}) => {
    const res = await fetch(`${portal.baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${portal.apiToken}`, ...init.headers },
      ...(init.body !== undefined ? { body: init.body } : {}),
    });
    const text = await res.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON: keep the text
    }
    return { status: res.status, headers: res.headers, body };
  };
  return {
    ...portal,
    raw,
    call: (method, path, body, headers = {}) =>
      raw(method, `/accounts/${portal.accountId}${path}`, {
        ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
        headers: { 'content-type': 'application/json', ...headers },
      }),
    dump: () =>
      Object.fromEntries(
        TABLES.map((t) => [t, portal.repo.db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all()]),
      ),
    close: async () => {
      await portal.close();
      if (options.dataDir === undefined) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
