/**
 * The admin OAuth credential of `oauth` servers: starting the authorization (the SDK's `auth()`: discovery,
 * DCR or the manual client, PKCE S256, `state`, `resource`), completing it at `/servers-callback` (state
 * single use and expiring, code exchange, tokens sealed in the store, server `connected`, sync scheduled),
 * refreshing before expiry (timers, and on demand before a sync), `stale` when a refresh is refused, and
 * best-effort revocation when a server is deleted. Token values never reach a log line or an error message.
 */
import { createHash, randomBytes } from 'node:crypto';
import { auth, refreshAuthorization } from '@modelcontextprotocol/sdk/client/auth.js';
import { OAuthError, ServerError } from '@modelcontextprotocol/sdk/server/auth/errors.js';
import type { OAuthClientInformationFull, OAuthTokens } from '@modelcontextprotocol/sdk/shared/auth.js';
import type { EgressPolicy } from '../egress/policy.js';
import {
  ADMIN_SUBJECT,
  type Repository,
  type ServerRecord,
  type UpstreamGrant,
} from '../store/repository.js';
import { redact } from '../sync/failure.js';
import { createSyncHttp } from '../sync/http.js';
import { GrantClientProvider, manualClient } from './client-provider.js';

export const CALLBACK_PATH = '/servers-callback';
const DEFAULT_STATE_TTL_MS = 10 * 60 * 1000;
const DEFAULT_HTTP_TIMEOUT_MS = 15_000;
/** After a refresh that failed for a transient reason (network, 5xx), try again this much later. */
const RETRY_MS = 30_000;
const MAX_TIMER_MS = 2 ** 31 - 1;
/** How often grants written by another process (e.g. `portalctl server authorize --local`) are picked up. */
const RESCAN_MS = 60_000;

export type UpstreamAuthErrorCode =
  | 'not_found'
  | 'not_oauth'
  | 'invalid_state'
  | 'access_denied'
  | 'authorization_failed';

/** A refused or failed step of the flow; the message is safe to show (no secret, no upstream body). */
export class UpstreamAuthError extends Error {
  override readonly name = 'UpstreamAuthError';
  constructor(
    readonly code: UpstreamAuthErrorCode,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** What `ensureFresh` found: a usable token, no grant at all, or a grant the AS refused to refresh. */
export type Freshness = 'ok' | 'none' | 'stale';

export interface UpstreamAuthOptions {
  repo: Repository;
  egress?: EgressPolicy;
  now?: () => Date;
  log?: (line: string) => void;
  /** A server has a new credential: schedule its sync. */
  onConnected?: (serverId: string) => void;
  /** How long an authorization may take between start and callback (default 10 min). */
  stateTtlMs?: number;
  /** Budget of one request to the authorization server (default 15 s). */
  httpTimeoutMs?: number;
}

interface Pending {
  serverId: string;
  createdAt: string;
  subject: string;
  redirectUrl: string;
  codeVerifier: string;
  expiresAt: number;
}

const hashState = (state: string) => createHash('sha256').update(state).digest('base64url');

/** When to refresh a token that lives `expiresIn` seconds: a third of its life early, at most a minute. */
export function refreshAt(nowSeconds: number, expiresIn: number | undefined): number | null {
  if (expiresIn === undefined || !(expiresIn > 0)) return null;
  return nowSeconds + expiresIn - Math.min(60, Math.ceil(expiresIn / 3));
}

export class UpstreamAuth {
  private readonly pending = new Map<string, Pending>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly inflight = new Map<string, Promise<Freshness>>();
  private readonly now: () => Date;
  private readonly log: (line: string) => void;
  private closed = false;
  private rescan: NodeJS.Timeout | undefined;

  constructor(private readonly opts: UpstreamAuthOptions) {
    this.now = opts.now ?? (() => new Date());
    this.log = opts.log ?? ((line) => process.stderr.write(`${line}\n`));
  }

  /**
   * Schedules the refresh of every stored grant (an expired one is refreshed at once), and looks again every
   * minute for grants another process stored.
   */
  start(): void {
    const scan = (all: boolean) => {
      for (const g of this.opts.repo.upstreamGrants.refreshes())
        if (all || !this.timers.has(g.server_id)) this.schedule(g.server_id, g.refresh_at);
    };
    scan(true);
    this.rescan = setInterval(() => {
      try {
        scan(false);
      } catch (err) {
        this.log(`scanning upstream OAuth grants failed: ${String(err)}`);
      }
    }, RESCAN_MS);
    this.rescan.unref();
  }

  close(): void {
    this.closed = true;
    if (this.rescan) clearInterval(this.rescan);
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    this.pending.clear();
  }

  /**
   * Starts the admin authorization of `serverId`; returns the URL the admin opens. `callbackBase` is the
   * portal's base URL as the admin's browser reaches it; the redirect URI is `<callbackBase>/servers-callback`.
   */
  async authorize(serverId: string, callbackBase: string): Promise<string> {
    const { repo } = this.opts;
    const server = repo.servers.get(serverId);
    if (!server) throw new UpstreamAuthError('not_found', `MCP server "${serverId}" not found`);
    if (server.auth_type !== 'oauth') {
      throw new UpstreamAuthError(
        'not_oauth',
        `MCP server "${serverId}" has auth_type "${server.auth_type}"; only "oauth" servers are authorised`,
      );
    }
    const redirectUrl = `${callbackBase.replace(/\/+$/, '')}${CALLBACK_PATH}`;
    const stored = repo.upstreamGrants.get(serverId, ADMIN_SUBJECT);
    const grant: UpstreamGrant = stored
      ? { ...stored }
      : {
          server_id: serverId,
          subject: ADMIN_SUBJECT,
          discovery: { authorizationServerUrl: '' },
          refresh_at: null,
          updated_at: '',
        };
    const manual = this.manualOf(server);
    if (manual) {
      // Kept with the grant (sealed), so that refresh and revocation need nothing else.
      grant.client = manual.client;
      grant.discovery = manual.discovery;
    }
    const state = randomBytes(24).toString('base64url');
    const provider = new GrantClientProvider(grant, { mode: 'start', redirectUrl, state, serverId, manual });
    const result = await this.withFetch((fetchFn) =>
      auth(provider, { serverUrl: server.hostname, fetchFn }),
    ).catch((err: unknown) => {
      throw this.flowError('starting the authorization', server, err);
    });
    if (result !== 'REDIRECT' || !provider.authorizationUrl) {
      throw new UpstreamAuthError('authorization_failed', 'the authorization server did not ask for a login');
    }
    this.prune();
    this.pending.set(hashState(state), {
      serverId,
      createdAt: server.created_at,
      subject: ADMIN_SUBJECT,
      redirectUrl,
      codeVerifier: provider.codeVerifier(),
      expiresAt: this.now().getTime() + (this.opts.stateTtlMs ?? DEFAULT_STATE_TTL_MS),
    });
    // Discovery and the registered client are kept for the callback; the tokens stay as they were.
    repo.upstreamGrants.put({ ...grant, tokens: stored?.tokens, updated_at: this.now().toISOString() });
    return provider.authorizationUrl.href;
  }

  /**
   * The browser came back to `/servers-callback` with `query`. Checks the state (known, unused, not expired),
   * exchanges the code, stores the tokens, marks the server connected and schedules its sync.
   */
  async complete(query: URLSearchParams): Promise<{ serverId: string }> {
    const state = query.get('state') ?? '';
    const key = hashState(state);
    const pending = state === '' ? undefined : this.pending.get(key);
    // Single use: whatever happens next, this state is spent.
    this.pending.delete(key);
    if (!pending || pending.expiresAt < this.now().getTime()) {
      throw new UpstreamAuthError(
        'invalid_state',
        'this authorization link is unknown, already used or expired; start again with portalctl server authorize',
      );
    }
    const { repo } = this.opts;
    const server = repo.servers.get(pending.serverId);
    if (!server || server.created_at !== pending.createdAt || server.auth_type !== 'oauth') {
      throw new UpstreamAuthError('not_found', `MCP server "${pending.serverId}" no longer exists`);
    }
    const error = query.get('error');
    if (error !== null) {
      throw new UpstreamAuthError(
        'access_denied',
        `the authorization server refused the authorization (${error.replace(/[^\w.-]/g, '').slice(0, 64)})`,
      );
    }
    const code = query.get('code');
    if (!code)
      throw new UpstreamAuthError('authorization_failed', 'the callback carries no authorization code');
    const stored = repo.upstreamGrants.get(server.id, pending.subject);
    if (!stored)
      throw new UpstreamAuthError('not_found', `MCP server "${server.id}" has no authorization in progress`);
    const grant: UpstreamGrant = { ...stored };
    const provider = new GrantClientProvider(grant, {
      mode: 'callback',
      redirectUrl: pending.redirectUrl,
      codeVerifier: pending.codeVerifier,
      serverId: server.id,
      manual: this.manualOf(server),
    });
    await this.withFetch((fetchFn) =>
      auth(provider, { serverUrl: server.hostname, authorizationCode: code, fetchFn }),
    ).catch((err: unknown) => {
      throw this.flowError('exchanging the authorization code', server, err, [code]);
    });
    if (!grant.tokens)
      throw new UpstreamAuthError('authorization_failed', 'the token endpoint returned no token');
    this.storeTokens(grant, grant.tokens);
    repo.transaction(() => {
      const cur = repo.servers.get(server.id);
      if (!cur) return;
      repo.servers.update({
        ...cur,
        status: 'waiting',
        authentication_status: 'connected',
        error: null,
        error_details: null,
        // A new credential: links opened with the old one reopen, a sync in flight is superseded.
        generation: cur.generation + 1,
      });
    });
    this.opts.onConnected?.(server.id);
    return { serverId: server.id };
  }

  /**
   * Makes sure the admin grant of `serverId` holds a token that is not about to expire, refreshing it when
   * due (or when `force`, e.g. after the upstream answered 401). One refresh per server at a time.
   */
  ensureFresh(serverId: string, force = false): Promise<Freshness> {
    const running = this.inflight.get(serverId);
    if (running) return running;
    const p = this.refresh(serverId, force).finally(() => this.inflight.delete(serverId));
    this.inflight.set(serverId, p);
    return p;
  }

  /**
   * Revokes a deleted server's grant at its authorization server (refresh token, then access token), best
   * effort: failures are logged without the token and otherwise ignored.
   */
  async revoke(grant: UpstreamGrant | undefined): Promise<void> {
    if (!grant?.tokens) return;
    this.unschedule(grant.server_id);
    // OIDC discovery documents type it loosely; RFC 8414 metadata has it.
    const metadata = grant.discovery.authorizationServerMetadata as
      | { revocation_endpoint?: string }
      | undefined;
    const endpoint = metadata?.revocation_endpoint;
    const client = grant.client as Partial<OAuthClientInformationFull> | undefined;
    if (!endpoint || !client?.client_id) return;
    const tokens: [string, string][] = [];
    if (grant.tokens.refresh_token) tokens.push([grant.tokens.refresh_token, 'refresh_token']);
    tokens.push([grant.tokens.access_token, 'access_token']);
    await this.withFetch(async (fetchFn) => {
      for (const [token, hint] of tokens) {
        const body = new URLSearchParams({ token, token_type_hint: hint });
        const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
        if (client.token_endpoint_auth_method === 'client_secret_basic' && client.client_secret) {
          const basic = Buffer.from(
            `${encodeURIComponent(client.client_id ?? '')}:${encodeURIComponent(client.client_secret)}`,
          ).toString('base64');
          headers.authorization = `Basic ${basic}`;
        } else {
          body.set('client_id', client.client_id ?? '');
          if (client.client_secret) body.set('client_secret', client.client_secret);
        }
        const res = await fetchFn(endpoint, { method: 'POST', headers, body });
        await res.body?.cancel();
        if (!res.ok) throw new Error(`revocation endpoint answered HTTP ${res.status}`);
      }
    }).catch((err: unknown) => {
      this.log(
        `revoking the OAuth grant of deleted server ${grant.server_id} failed: ${redact(String(err instanceof Error ? err.message : err), secretsOf(grant))}`,
      );
    });
  }

  private async refresh(serverId: string, force: boolean): Promise<Freshness> {
    const { repo } = this.opts;
    const grant = repo.upstreamGrants.get(serverId, ADMIN_SUBJECT);
    if (!grant?.tokens) return 'none';
    const nowS = Math.floor(this.now().getTime() / 1000);
    if (!force && (grant.refresh_at === null || nowS < grant.refresh_at)) return 'ok';
    const metadata = grant.discovery.authorizationServerMetadata;
    if (!grant.tokens.refresh_token || !grant.client) {
      this.markStale(
        serverId,
        'the access token expired and the authorization server issued no refresh token',
      );
      return 'stale';
    }
    try {
      const tokens = await this.withFetch((fetchFn) =>
        refreshAuthorization(grant.discovery.authorizationServerUrl, {
          metadata,
          clientInformation: grant.client as OAuthClientInformationFull,
          refreshToken: grant.tokens?.refresh_token ?? '',
          ...(grant.discovery.resourceMetadata?.resource
            ? { resource: new URL(grant.discovery.resourceMetadata.resource) }
            : {}),
          fetchFn,
        }),
      );
      // Stored only if the grant was not replaced meanwhile (a re-authorization wins over a late refresh).
      const current = repo.upstreamGrants.get(serverId, ADMIN_SUBJECT);
      if (current?.tokens?.access_token !== grant.tokens.access_token) return current?.tokens ? 'ok' : 'none';
      this.storeTokens(grant, tokens);
      return 'ok';
    } catch (err) {
      if (err instanceof OAuthError && !(err instanceof ServerError)) {
        this.markStale(serverId, `the authorization server refused to refresh it (${err.errorCode})`);
        return 'stale';
      }
      // Transient (network, 5xx): the token may still work; try again shortly.
      this.log(
        `refreshing the OAuth token of server ${serverId} failed: ${redact(err instanceof Error ? err.message : String(err), secretsOf(grant))}`,
      );
      this.scheduleIn(serverId, RETRY_MS);
      return 'ok';
    }
  }

  private storeTokens(grant: UpstreamGrant, tokens: OAuthTokens): void {
    const nowS = Math.floor(this.now().getTime() / 1000);
    const next: UpstreamGrant = {
      ...grant,
      tokens,
      refresh_at: refreshAt(nowS, tokens.expires_in),
      updated_at: this.now().toISOString(),
    };
    this.opts.repo.upstreamGrants.put(next);
    this.schedule(grant.server_id, next.refresh_at);
  }

  /** Refresh refused: the server is `stale` until an admin authorises it again; the dead tokens are dropped. */
  private markStale(serverId: string, why: string): void {
    const { repo } = this.opts;
    this.unschedule(serverId);
    repo.transaction(() => {
      const grant = repo.upstreamGrants.get(serverId, ADMIN_SUBJECT);
      if (grant) {
        const { tokens: _dropped, ...rest } = grant;
        repo.upstreamGrants.put({ ...rest, refresh_at: null, updated_at: this.now().toISOString() });
      }
      const cur = repo.servers.get(serverId);
      if (!cur) return;
      repo.servers.update({
        ...cur,
        status: 'stale',
        authentication_status: 'stale',
        error: `The admin OAuth credential could not be refreshed: ${why}. Authorise again: portalctl server authorize ${serverId}`,
        error_details: { cause: 'reauthentication_required', is_upstream: true, retryable: false },
        generation: cur.generation + 1,
      });
    });
  }

  private schedule(serverId: string, at: number | null): void {
    if (at === null) {
      this.unschedule(serverId);
      return;
    }
    this.scheduleIn(serverId, at * 1000 - this.now().getTime());
  }

  private scheduleIn(serverId: string, ms: number): void {
    if (this.closed) return;
    this.unschedule(serverId);
    const timer = setTimeout(
      () => {
        this.timers.delete(serverId);
        void this.ensureFresh(serverId).catch((err: unknown) =>
          this.log(`refreshing the OAuth token of server ${serverId} failed unexpectedly: ${String(err)}`),
        );
      },
      Math.min(Math.max(0, ms), MAX_TIMER_MS),
    );
    timer.unref();
    this.timers.set(serverId, timer);
  }

  private unschedule(serverId: string): void {
    const t = this.timers.get(serverId);
    if (t) clearTimeout(t);
    this.timers.delete(serverId);
  }

  private prune(): void {
    const now = this.now().getTime();
    for (const [key, p] of this.pending) if (p.expiresAt < now) this.pending.delete(key);
  }

  private manualOf(server: ServerRecord) {
    if (server.auth_facts.auth_mode !== 'manual') return undefined;
    return manualClient(server.auth_facts, this.opts.repo.servers.secrets(server.id).client_secret);
  }

  /** Runs `fn` with a fetch on a private pool under the egress policy, closed afterwards. */
  private async withFetch<T>(fn: (fetchFn: typeof fetch) => Promise<T>): Promise<T> {
    const timeout = this.opts.httpTimeoutMs ?? DEFAULT_HTTP_TIMEOUT_MS;
    const http = createSyncHttp({ connectTimeoutMs: timeout, egress: this.opts.egress });
    const pooled = http.fetchFor(AbortSignal.timeout(timeout));
    // The pool's fetch is undici's, whose Response is not the global one the SDK's error parsing checks for.
    const fetchFn = async (url: string | URL, init?: RequestInit): Promise<Response> => {
      const res = await pooled(url, init);
      if (res instanceof Response) return res;
      const r = res as Response;
      return new Response(r.body, { status: r.status, statusText: r.statusText, headers: r.headers });
    };
    try {
      return await fn(fetchFn as typeof fetch);
    } finally {
      await http.close();
    }
  }

  private flowError(
    step: string,
    server: ServerRecord,
    err: unknown,
    extra: string[] = [],
  ): UpstreamAuthError {
    if (err instanceof UpstreamAuthError) return err;
    const secrets = [...extra, this.opts.repo.servers.secrets(server.id).client_secret ?? ''];
    const why =
      err instanceof OAuthError
        ? `${err.errorCode}: ${err.message}`
        : err instanceof Error
          ? err.message
          : String(err);
    return new UpstreamAuthError(
      'authorization_failed',
      `${step} for server "${server.id}" failed: ${redact(why, secrets)}`,
      {
        cause: err,
      },
    );
  }
}

function secretsOf(grant: UpstreamGrant): string[] {
  const client = grant.client as Partial<OAuthClientInformationFull> | undefined;
  return [grant.tokens?.access_token, grant.tokens?.refresh_token, client?.client_secret].filter(
    (s): s is string => typeof s === 'string',
  );
}
