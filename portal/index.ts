/**
 * `startPortal()`: the embedded portal as one running thing. Prepares the data directory (identity files,
 * secret key, SQLite store), starts the sync scheduler and serves the management API on HTTP; `close()`
 * stops the scheduler, the listener and the store, in that order.
 */
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { API_BASE_PATH, createPortalApp } from './api/app.js';
import { type FaultConfig, parseFaults } from './api/faults.js';
import type { RateLimitConfig } from './api/rate-limit.js';
import { createSecretBox, loadKey } from './store/crypto.js';
import { ensureDataDir, loadIdentity } from './store/data-dir.js';
import { DB_FILE } from './store/db.js';
import { openRepository, type SqliteRepository } from './store/sqlite-repository.js';
import { syncServer } from './sync/index.js';
import type { SyncFn } from './sync/types.js';
import { SyncScheduler } from './sync-scheduler.js';

export const DEFAULT_DATA_DIR = '.portal';
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 8787;

export interface StartPortalOptions {
  /** Where the database, key and identity files live (default `.portal`). */
  dataDir?: string;
  host?: string;
  /** TCP port; 0 picks a free one (default 8787). */
  port?: number;
  /** The API token to accept; default: the one in `<dataDir>/api-token`, generated on first start. */
  apiToken?: string;
  /** The account id to serve; default: the one in `<dataDir>/account-id`, generated on first start. */
  accountId?: string;
  /** Per-token request budget (default 1200 per 300 s). */
  rateLimit?: RateLimitConfig;
  /** Fault injection, as a config or a spec like `429=0.1,500=0.05,latency=50ms,seed=1`. */
  faults?: FaultConfig | string;
  /** Background sync period in ms (default 24 h; 0 turns it off). */
  syncIntervalMs?: number;
  /** Syncs running at once (default 8). */
  syncConcurrency?: number;
  /** Overall budget of one sync in ms (default 60 s). */
  syncTimeoutMs?: number;
  /** The capability sync function (default: the real MCP client sync). */
  sync?: SyncFn;
  /** Environment for `MCP_PORTAL_SECRET_KEY` (default process.env). */
  env?: NodeJS.ProcessEnv;
  /** Where unexpected errors are reported (default stderr). */
  log?: (line: string) => void;
}

export interface RunningPortal {
  /** `http://host:port`. */
  url: string;
  /** The management API base URL, `…/client/v4` (what SDKs take as baseURL). */
  baseUrl: string;
  accountId: string;
  apiToken: string;
  /** Where the API token is stored, when it was not given. */
  tokenFile?: string;
  dataDir: string;
  /** The store, for tests and tools running in the same process. */
  repo: SqliteRepository;
  scheduler: SyncScheduler;
  close(): Promise<void>;
}

export async function startPortal(options: StartPortalOptions = {}): Promise<RunningPortal> {
  const dataDir = options.dataDir ?? DEFAULT_DATA_DIR;
  const faults = typeof options.faults === 'string' ? parseFaults(options.faults) : options.faults;
  ensureDataDir(dataDir);
  const identity = loadIdentity(dataDir, { accountId: options.accountId, apiToken: options.apiToken });
  const box = createSecretBox(loadKey(dataDir, options.env));
  const repo = openRepository(join(dataDir, DB_FILE), box);
  const scheduler = new SyncScheduler(repo, options.sync ?? syncServer, {
    intervalMs: options.syncIntervalMs,
    concurrency: options.syncConcurrency,
    timeoutMs: options.syncTimeoutMs,
    log: options.log,
  });
  const app = createPortalApp({
    repo,
    sync: scheduler,
    now: () => new Date(),
    actor: 'api-token',
    accountId: identity.accountId,
    apiToken: identity.apiToken,
    rateLimit: options.rateLimit,
    faults,
    log: options.log,
  });

  let server: ReturnType<typeof serve>;
  try {
    server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
      const s = serve(
        { fetch: app.fetch, hostname: options.host ?? DEFAULT_HOST, port: options.port ?? DEFAULT_PORT },
        () => resolve(s),
      );
      s.once('error', reject);
    });
  } catch (err) {
    repo.close();
    throw err;
  }
  scheduler.start();

  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${host}:${address.port}`;
  let closing: Promise<void> | undefined;
  return {
    url,
    baseUrl: `${url}${API_BASE_PATH}`,
    accountId: identity.accountId,
    apiToken: identity.apiToken,
    ...(identity.tokenFile ? { tokenFile: identity.tokenFile } : {}),
    dataDir,
    repo,
    scheduler,
    close() {
      closing ??= (async () => {
        await scheduler.close();
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          if ('closeAllConnections' in server) server.closeAllConnections();
        });
        repo.close();
      })();
      return closing;
    },
  };
}
