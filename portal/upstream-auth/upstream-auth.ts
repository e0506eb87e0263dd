/**
 * The OAuth credentials of `oauth` servers: the admin's (subject '', used to sync) and each portal user's
 * (subject = user id, for mappings with `on_behalf`). Starting an authorization (the SDK's `auth()`:
 * discovery, DCR or the manual client, PKCE S256, `state`, `resource`), completing it at `/servers-callback`
 * (state single use and expiring, naming whose grant it is; code exchange, tokens sealed in the store; the
 * admin's makes the server `connected` and syncs it, a user's is announced to listeners), refreshing before
 * expiry (timers, and on demand), a refused refresh (admin: server `stale`; user: tokens dropped, the user is
 * prompted again), and best-effort revocation (server deleted, user logged out). Token values never reach a
 * log line or an error message.
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

/** A user's grant at a server was stored (`connected`) or dropped (`ended`: refused refresh, revoked). */
export interface UserGrantEvent {
  serverId: string;
  userId: string;
  kind: 'connected' | 'ended';
}

/** Timers and refreshes are per grant: the admin's by server id, a user's by server id and subject. */
const keyOf = (serverId: string, subject: string) =>
  subject === ADMIN_SUBJECT ? serverId : `${serverId}\u0000${subject}`;

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
  /** A user's: hash of the nonce of the browser that started it (the callback must come from it). */
  binding?: string;
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
  private readonly userListeners = new Set<(event: UserGrantEvent) => void>();
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
        if (all || !this.timers.has(keyOf(g.server_id, g.subject)))
          this.schedule(g.server_id, g.subject, g.refresh_at);
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
    this.userListeners.clear();
  }

  /** Calls `listener` whenever a user's grant is stored or dropped; returns the unsubscribe. */
  onUserGrant(listener: (event: UserGrantEvent) => void): () => void {
    this.userListeners.add(listener);
    return () => this.userListeners.delete(listener);
  }

  /** Whether `userId` holds tokens for `serverId` (no decryption). */
  hasUserGrant(serverId: string, userId: string): boolean {
    return userId !== ADMIN_SUBJECT && this.opts.repo.upstreamGrants.hasTokens(serverId, userId);
  }

  private emit(event: UserGrantEvent): void {
    for (const listener of this.userListeners) {
      try {
        listener(event);
      } catch (err) {
        this.log(`a listener of upstream OAuth grants failed: ${String(err)}`);
      }
    }
  }

  /**
   * Starts the admin authorization of `serverId`; returns the URL the admin opens. `callbackBase` is the
   * portal's base URL as the admin's browser reaches it; the redirect URI is `<callbackBase>/servers-callback`.
   */
  authorize(serverId: string, callbackBase: string): Promise<string> {
    return this.begin(serverId, ADMIN_SUBJECT, callbackBase);
  }

  /**
   * Starts the authorization of `serverId` for portal user `userId` (a mapping with `on_behalf`); returns the
   * URL the user's browser opens. The user's grant starts from the admin grant's discovery and registered
   * client (registered again when its redirect URI differs); the callback stores it under the user's id.
   * `browserNonce` binds it to the user's browser (a cookie): a callback from another browser is refused,
   * so nobody can have a victim complete an authorization that would store the victim's upstream account
   * under the attacker's portal user.
   */
  authorizeUser(
    serverId: string,
    userId: string,
    callbackBase: string,
    browserNonce: string,
  ): Promise<string> {
    if (userId === ADMIN_SUBJECT) throw new UpstreamAuthError('not_found', 'no user to authorise for');
    if (browserNonce.length < 16) throw new UpstreamAuthError('invalid_state', 'no browser binding');
    return this.begin(serverId, userId, callbackBase, hashState(browserNonce));
  }

  private async begin(
    serverId: string,
    subject: string,
    callbackBase: string,
    binding?: string,
  ): Promise<string> {
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
    const stored = repo.upstreamGrants.get(serverId, subject);
    const admin =
      subject === ADMIN_SUBJECT || stored ? undefined : repo.upstreamGrants.get(serverId, ADMIN_SUBJECT);
    const grant: UpstreamGrant = stored
      ? { ...stored }
      : {
          server_id: serverId,
          subject,
          discovery: admin?.discovery ?? { authorizationServerUrl: '' },
          ...(admin?.client ? { client: admin.client } : {}),
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
      subject,
      ...(binding ? { binding } : {}),
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
   * exchanges the code and stores the tokens under the subject the state was issued for: the admin's marks
   * the server connected and schedules its sync; a user's is announced to `onUserGrant` listeners.
   * `subject` in the answer is '' for the admin. A user's needs `browserNonce`, the one its start was given.
   */
  async complete(
    query: URLSearchParams,
    browserNonce?: string,
  ): Promise<{ serverId: string; subject: string }> {
    const state = query.get('state') ?? '';
    const key = hashState(state);
    const pending = state === '' ? undefined : this.pending.get(key);
    // Single use: whatever happens next, this state is spent.
    this.pending.delete(key);
    if (!pending || pending.expiresAt < this.now().getTime()) {
      throw new UpstreamAuthError(
        'invalid_state',
        'this authorization link is unknown, already used or expired; start again (portalctl server authorize, or from your MCP client)',
      );
    }
    if (pending.binding !== undefined && (!browserNonce || hashState(browserNonce) !== pending.binding)) {
      throw new UpstreamAuthError(
        'invalid_state',
        'this authorization was started in another browser; start it again from your MCP client in this browser',
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
    if (pending.subject !== ADMIN_SUBJECT) {
      this.emit({ serverId: server.id, userId: pending.subject, kind: 'connected' });
      return { serverId: server.id, subject: pending.subject };
    }
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
    return { serverId: server.id, subject: ADMIN_SUBJECT };
  }

  /**
   * Makes sure the grant of (`serverId`, `subject`: the admin's by default) holds a token that is not about
   * to expire, refreshing it when due (or when `force`, e.g. after the upstream answered 401). One refresh
   * per grant at a time.
   */
  ensureFresh(serverId: string, force = false, subject = ADMIN_SUBJECT): Promise<Freshness> {
    const key = keyOf(serverId, subject);
    const running = this.inflight.get(key);
    if (running) return running;
    const p = this.refresh(serverId, subject, force).finally(() => this.inflight.delete(key));
    this.inflight.set(key, p);
    return p;
  }

  /**
   * Ends `userId`'s grant at `serverId` (the user logged out of it, or signed out): the row is deleted at
   * once (no later call can use it), listeners are told, then the tokens are revoked at the authorization
   * server, best effort. True when there was a grant.
   */
  async revokeUser(serverId: string, userId: string): Promise<boolean> {
    if (userId === ADMIN_SUBJECT) return false;
    const { repo } = this.opts;
    const grant = repo.upstreamGrants.get(serverId, userId);
    if (!grant) return false;
    repo.upstreamGrants.delete(serverId, userId);
    this.unschedule(keyOf(serverId, userId));
    this.emit({ serverId, userId, kind: 'ended' });
    await this.revoke(grant);
    return grant.tokens !== undefined;
  }

  /**
   * Revokes a deleted server's grant at its authorization server (refresh token, then access token), best
   * effort: failures are logged without the token and otherwise ignored.
   */
  async revoke(grant: UpstreamGrant | undefined): Promise<void> {
    if (!grant?.tokens) return;
    this.unschedule(keyOf(grant.server_id, grant.subject));
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
        `revoking the OAuth grant of ${grant.subject === ADMIN_SUBJECT ? 'deleted server' : 'a user at server'} ${grant.server_id} failed: ${redact(String(err instanceof Error ? err.message : err), secretsOf(grant))}`,
      );
    });
  }

  private async refresh(serverId: string, subject: string, force: boolean): Promise<Freshness> {
    const { repo } = this.opts;
    const grant = repo.upstreamGrants.get(serverId, subject);
    if (!grant?.tokens) return 'none';
    const nowS = Math.floor(this.now().getTime() / 1000);
    if (!force && (grant.refresh_at === null || nowS < grant.refresh_at)) return 'ok';
    const metadata = grant.discovery.authorizationServerMetadata;
    if (!grant.tokens.refresh_token || !grant.client) {
      this.markStale(
        serverId,
        subject,
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
      const current = repo.upstreamGrants.get(serverId, subject);
      if (current?.tokens?.access_token !== grant.tokens.access_token) return current?.tokens ? 'ok' : 'none';
      this.storeTokens(grant, tokens);
      return 'ok';
    } catch (err) {
      if (err instanceof OAuthError && !(err instanceof ServerError)) {
        this.markStale(
          serverId,
          subject,
          `the authorization server refused to refresh it (${err.errorCode})`,
        );
        return 'stale';
      }
      // Transient (network, 5xx): the token may still work; try again shortly.
      this.log(
        `refreshing the OAuth token of server ${serverId} failed: ${redact(err instanceof Error ? err.message : String(err), secretsOf(grant))}`,
      );
      this.scheduleIn(serverId, subject, RETRY_MS);
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
    this.schedule(grant.server_id, grant.subject, next.refresh_at);
  }

  /**
   * Refresh refused: the dead tokens are dropped. The admin's: the server is `stale` until an admin
   * authorises it again. A user's: listeners are told (the user is prompted to authorise again).
   */
  private markStale(serverId: string, subject: string, why: string): void {
    const { repo } = this.opts;
    this.unschedule(keyOf(serverId, subject));
    const dropTokens = () => {
      const grant = repo.upstreamGrants.get(serverId, subject);
      if (grant) {
        const { tokens: _dropped, ...rest } = grant;
        repo.upstreamGrants.put({ ...rest, refresh_at: null, updated_at: this.now().toISOString() });
      }
    };
    if (subject !== ADMIN_SUBJECT) {
      dropTokens();
      this.log(
        `the OAuth grant of a user at server ${serverId} ended: ${why}; they are asked to authorise again`,
      );
      this.emit({ serverId, userId: subject, kind: 'ended' });
      return;
    }
    repo.transaction(() => {
      dropTokens();
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

  private schedule(serverId: string, subject: string, at: number | null): void {
    if (at === null) {
      this.unschedule(keyOf(serverId, subject));
      return;
    }
    this.scheduleIn(serverId, subject, at * 1000 - this.now().getTime());
  }

  private scheduleIn(serverId: string, subject: string, ms: number): void {
    if (this.closed) return;
    const key = keyOf(serverId, subject);
    this.unschedule(key);
    const timer = setTimeout(
      () => {
        this.timers.delete(key);
        void this.ensureFresh(serverId, false, subject).catch((err: unknown) =>
          this.log(`refreshing the OAuth token of server ${serverId} failed unexpectedly: ${String(err)}`),
        );
      },
      Math.min(Math.max(0, ms), MAX_TIMER_MS),
    );
    timer.unref();
    this.timers.set(key, timer);
  }

  private unschedule(key: string): void {
    const t = this.timers.get(key);
    if (t) clearTimeout(t);
    this.timers.delete(key);
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
