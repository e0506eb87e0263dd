/**
 * `startPortal()`: the embedded portal as one running thing. Prepares the data directory (identity files,
 * secret key, SQLite store), starts the sync scheduler and the upstream OAuth refresher, and serves the
 * management API and the data plane (each portal's MCP endpoint, OAuth and pages) on HTTP; `close()` stops
 * the refresher, the scheduler, the MCP sessions, the listener and the store, in that order.
 */

import { createServer as createHttpServer, type RequestListener, type ServerOptions } from 'node:http';
import { type AddressInfo, isIP } from 'node:net';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { AccessControl } from './access/access-control.js';
import { API_BASE_PATH, createPortalApp } from './api/app.js';
import { type FaultConfig, parseFaults } from './api/faults.js';
import type { RateLimitConfig } from './api/rate-limit.js';
import { type EgressOptions, egressPolicy } from './egress/policy.js';
import { Gateway } from './gateway/gateway.js';
import { BrowserSessions } from './identity/browser-sessions.js';
import { PortalOAuth } from './identity/oauth-provider.js';
import { type LogRetention, RequestLogger } from './logs/request-log.js';
import { ChangeFeed, watchOtherWriters, watchRepository } from './store/change-feed.js';
import { createSecretBox, loadKey } from './store/crypto.js';
import { ensureDataDir, loadIdentity, resolveDataDir } from './store/data-dir.js';
import { DB_FILE } from './store/db.js';
import { openRepository, type SqliteRepository } from './store/sqlite-repository.js';
import { syncServer } from './sync/index.js';
import type { SyncFn } from './sync/types.js';
import { SyncScheduler } from './sync-scheduler.js';
import { UpstreamAuth } from './upstream-auth/upstream-auth.js';
import { AllowedHosts, parseAllowedHost } from './web/allowed-hosts.js';
import { dataPlaneRoutes, sessionPostShortcut } from './web/data-plane.js';
import type { DataPlaneDeps } from './web/deps.js';
import { OAuthApps } from './web/oauth-router.js';

export { DATA_DIR_ENV, DEFAULT_DATA_DIR, resolveDataDir } from './store/data-dir.js';
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 8787;

export interface StartPortalOptions {
  /** Where the database, key and identity files live (default: `PORTAL_DATA_DIR` in `env`, else `./.portal`). */
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
  /** MCP sessions idle this long are closed (default 24 h). */
  sessionIdleMs?: number;
  /** Budget of one forwarded tool call or prompt, reset by progress (default 60 s). */
  callTimeoutMs?: number;
  /** Request log retention (default 30 days, 100,000 rows). */
  logRetention?: LogRetention;
  /** Store tool arguments and results in the request log (default false). */
  logPayloads?: boolean;
  /** Trust X-Forwarded-Proto / X-Forwarded-Host from a TLS-terminating proxy (default false). */
  trustProxy?: boolean;
  /**
   * Web origins (`https://app.example.com`) besides the portal's own allowed to call its MCP endpoint, or
   * `*`. A request with any other `Origin` header is refused (default: none).
   */
  allowedOrigins?: string[];
  /**
   * `Host` names the data plane answers besides each portal's hostname and the listener's own names
   * (`localhost`, `127.0.0.1`, `::1`, its address), or `*` for any; other Hosts get 403 (DNS rebinding).
   */
  allowedHosts?: string[];
  /** Live MCP sessions one principal may hold; opening one more closes its least recently used (default 100). */
  maxSessionsPerPrincipal?: number;
  /** The SDK OAuth handlers' per-IP rate limits (default true). */
  oauthRateLimit?: boolean;
  /** How often to look for writes by other processes, e.g. `portalctl portal users` (default 1 s). */
  otherWritersPollMs?: number;
  /**
   * Which upstream addresses the sync and the data plane may connect to, checked after DNS resolution
   * (default: link-local, cloud metadata and multicast refused; loopback and private ranges allowed).
   */
  egress?: EgressOptions;
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
  /** The data plane's sessions and catalogs. */
  gateway: Gateway;
  /** The admin OAuth credentials of `oauth` servers (authorization, refresh, revocation). */
  upstreamAuth: UpstreamAuth;
  logger: RequestLogger;
  close(): Promise<void>;
}

export async function startPortal(options: StartPortalOptions = {}): Promise<RunningPortal> {
  const dataDir =
    options.dataDir ?? resolveDataDir(undefined, { cwd: process.cwd(), env: options.env ?? process.env }).dir;
  const faults = typeof options.faults === 'string' ? parseFaults(options.faults) : options.faults;
  const egress = egressPolicy(options.egress);
  ensureDataDir(dataDir);
  const identity = loadIdentity(dataDir, { accountId: options.accountId, apiToken: options.apiToken });
  const box = createSecretBox(loadKey(dataDir, options.env));
  const feed = new ChangeFeed();
  const repo = watchRepository(openRepository(join(dataDir, DB_FILE), box), feed);
  const syncFn = options.sync ?? syncServer;
  const sync: SyncFn = (conn, opts) => syncFn(conn, { ...opts, egress });
  const upstreamAuth = new UpstreamAuth({
    repo,
    egress,
    log: options.log,
    // Called only after a callback, long after `scheduler` below exists.
    onConnected: (id) => scheduler.schedule(id),
  });
  const scheduler = new SyncScheduler(repo, sync, {
    intervalMs: options.syncIntervalMs,
    concurrency: options.syncConcurrency,
    timeoutMs: options.syncTimeoutMs,
    log: options.log,
    oauth: upstreamAuth,
  });
  const logger = new RequestLogger(repo, {
    retention: options.logRetention,
    capturePayloads: options.logPayloads,
  });
  const api = {
    repo,
    sync: scheduler,
    now: () => new Date(),
    actor: 'api-token',
    accountId: identity.accountId,
    apiToken: identity.apiToken,
    rateLimit: options.rateLimit,
    faults,
    log: options.log,
    flushLogs: () => logger.flush(),
    upstreamAuth,
  };
  const access = new AccessControl(repo);
  const gateway = new Gateway({
    repo,
    feed,
    access,
    logger,
    sync: scheduler,
    sessionIdleMs: options.sessionIdleMs,
    maxSessionsPerPrincipal: options.maxSessionsPerPrincipal,
    callTimeoutMs: options.callTimeoutMs,
    egress,
    userAuth: upstreamAuth,
  });
  const now = () => new Date();
  const dataPlane: DataPlaneDeps = {
    repo,
    access,
    gateway,
    oauth: new PortalOAuth(repo, { now }),
    browsers: new BrowserSessions(repo, now),
    logger,
    oauthApps: new OAuthApps(),
    now,
    oauthRateLimit: options.oauthRateLimit ?? true,
    trustProxy: options.trustProxy ?? false,
    allowedOrigins: new Set(options.allowedOrigins ?? []),
    allowedHosts: new AllowedHosts((options.allowedHosts ?? []).map(parseAllowedHost)),
    serversCallback: upstreamAuth,
    ...(options.log ? { log: options.log } : {}),
  };
  const app = createPortalApp(api, dataPlaneRoutes(dataPlane));
  // The data plane's hot path (POSTs to a live MCP session) is served before Hono; see data-plane.ts.
  const shortcut = sessionPostShortcut(dataPlane);
  const createServer = ((opts: ServerOptions, listener: RequestListener) =>
    createHttpServer(opts, (req, res) => {
      if (!shortcut(req, res)) listener(req, res);
    })) as typeof createHttpServer;

  let server: ReturnType<typeof serve>;
  try {
    server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
      const s = serve(
        {
          fetch: app.fetch,
          createServer,
          hostname: options.host ?? DEFAULT_HOST,
          port: options.port ?? DEFAULT_PORT,
        },
        () => resolve(s),
      );
      s.once('error', reject);
    });
  } catch (err) {
    await gateway.close();
    logger.close();
    repo.close();
    throw err;
  }
  scheduler.start();
  upstreamAuth.start();
  const stopWatching = watchOtherWriters(repo.db, feed, options.otherWritersPollMs);

  const address = server.address() as AddressInfo;
  dataPlane.allowedHosts.addListener(address.address);
  if (options.host && isIP(options.host) === 0) dataPlane.allowedHosts.addListener(options.host);
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
    gateway,
    upstreamAuth,
    logger,
    close() {
      closing ??= (async () => {
        stopWatching();
        upstreamAuth.close();
        await scheduler.close();
        await gateway.close();
        logger.close();
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
