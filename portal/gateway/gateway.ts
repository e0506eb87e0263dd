/**
 * The data plane's core: live sessions and each portal's cached catalog. A session sees the catalog filtered
 * by Access (re-evaluated per request), its toggles and the user's log-outs; when a control-plane change, a
 * user change (here or in another process), a toggle, a log-out or the user's own authorization of an
 * `on_behalf` OAuth server (stored, refused on refresh, revoked) alters that, it gets `list_changed` for
 * tools / prompts / resources. Such a server's tools are listed before the user authorised it, marked, and
 * a call prompts for the authorization (`AuthorizationRequired`: a URL elicitation, or the URL in an error).
 * Idle sessions expire (default 24 h), and one principal holds at most a fixed number of sessions (default
 * 100): opening one more closes its least recently used. Requests are in `requests.ts`.
 */
import { createHash, randomBytes } from 'node:crypto';
import { ErrorCode } from '@modelcontextprotocol/sdk/types.js';
import { type ContextMode, RESERVED_TOOL_NAMES } from '../../schemas/context-modes.js';
import type { AccessControl } from '../access/access-control.js';
import { type AccessContext, principalKey, principalLabel } from '../access/principal.js';
import type { EgressPolicy } from '../egress/policy.js';
import type { RequestLogger } from '../logs/request-log.js';
import type { Change, ChangeFeed } from '../store/change-feed.js';
import type { PortalRecord, Repository } from '../store/repository.js';
import type { Freshness, UserGrantEvent } from '../upstream-auth/upstream-auth.js';
import type { BuiltinHost, ServerSummary } from './builtins.js';
import { buildCatalog, type ExposedCapability, type PortalCatalog, type ServerView } from './catalog.js';
import type { VisibleTools } from './context-tools.js';
import type { DirectRequest } from './direct.js';
import { dispatch, type Reply } from './dispatch.js';
import type { Extra } from './forward.js';
import { RequestHandlers, shownTools } from './requests.js';
import { PortalSession } from './session.js';
import { AuthorizationRequired, URL_ELICITATION_REQUIRED, type UserAuthPort } from './user-auth.js';

export { ACCESS_DENIED_CODE } from './requests.js';
export { AuthorizationRequired, URL_ELICITATION_REQUIRED, type UserAuthPort } from './user-auth.js';
export const DEFAULT_SESSION_IDLE_MS = 24 * 3600_000;
export const DEFAULT_MAX_SESSIONS_PER_PRINCIPAL = 100;

/**
 * Whose session budget a session counts against: the user or service token; anonymous callers (bypass
 * policies) by client IP, so that one anonymous client cannot evict every other's sessions.
 */
export function budgetKey(ctx: AccessContext): string {
  return ctx.principal.kind === 'anonymous' ? `anonymous@${ctx.ip}` : principalKey(ctx.principal);
}

export interface GatewayOptions {
  repo: Repository;
  feed: ChangeFeed;
  access: AccessControl;
  logger: RequestLogger;
  /** Queues a capability sync (when an upstream says its lists changed). */
  sync?: { schedule(id: string): void };
  /** Sessions idle this long are closed (default 24 h). */
  sessionIdleMs?: number;
  /** Live sessions one principal may hold; one more closes its least recently used (default 100). */
  maxSessionsPerPrincipal?: number;
  /** Budget of one forwarded call, reset by progress (default 60 s). */
  callTimeoutMs?: number;
  /** Budget to connect to an upstream (default 10 s). */
  connectTimeoutMs?: number;
  /** Which upstream addresses may be connected to (default: the default egress policy). */
  egress?: EgressPolicy;
  /** Users' own authorizations of `on_behalf` OAuth servers (absent: such servers cannot be authorised). */
  userAuth?: UserAuthPort;
  now?: () => number;
}

export interface Catalog extends PortalCatalog {
  /** Server id -> fingerprint of its exposed tools / prompts. */
  toolPrints: Map<string, string>;
  promptPrints: Map<string, string>;
  /** Server id -> fingerprint of what decides its exposed resources (status and the mapping's rules). */
  resourcePrints: Map<string, string>;
  /** UTF-8 JSON of list results by kind and visible-set fingerprint (bounded; dropped with the catalog). */
  lists: Map<string, Buffer>;
  /** The upstream tools of each visible set with their search index and code-mode names (bounded, lazy). */
  views: Map<string, VisibleTools>;
}

/** What a session sees: its servers in portal order, and a fingerprint of each list. */
export interface Visible {
  servers: ServerView[];
  /** Ids of those servers the user must authorise first (`on_behalf` OAuth, no grant of theirs). */
  needsAuth: ReadonlySet<string>;
  toolsPrint: string;
  promptsPrint: string;
  resourcesPrint: string;
}

const fingerprint = (list: readonly ExposedCapability[]) =>
  createHash('sha1')
    .update(JSON.stringify(list.map((c) => c.definition)))
    .digest('base64url');

export class Gateway {
  private readonly catalogs = new Map<string, Catalog>();
  /** Lower-cased hostname -> portal id (null: no such portal). */
  private readonly hosts = new Map<string, string | null>();
  private readonly sessions = new Map<string, PortalSession>();
  /** Live sessions by `budgetKey`, to enforce the per-principal cap without scanning every session. */
  private readonly byPrincipal = new Map<string, Set<PortalSession>>();
  private readonly maxPerPrincipal: number;
  private readonly elicitations = new Map<string, PortalSession>();
  /** `${userId} ${serverId}` -> whether the user holds a grant (read once, updated by grant events). */
  private readonly granted = new Map<string, boolean>();
  private readonly unsubscribeGrants: () => void;
  private readonly sweeper: NodeJS.Timeout;
  private readonly unsubscribe: () => void;
  readonly idleMs: number;
  private readonly now: () => number;
  private readonly handlers: RequestHandlers;

  constructor(private readonly opts: GatewayOptions) {
    this.idleMs = opts.sessionIdleMs ?? DEFAULT_SESSION_IDLE_MS;
    this.maxPerPrincipal = opts.maxSessionsPerPrincipal ?? DEFAULT_MAX_SESSIONS_PER_PRINCIPAL;
    if (!Number.isInteger(this.maxPerPrincipal) || this.maxPerPrincipal < 1) {
      throw new Error(`maxSessionsPerPrincipal must be a whole number from 1, not ${this.maxPerPrincipal}`);
    }
    this.handlers = new RequestHandlers(this, opts.logger, opts.callTimeoutMs ?? 60_000);
    this.now = opts.now ?? Date.now;
    this.unsubscribe = opts.feed.on((changes) => this.onChanges(changes));
    this.unsubscribeGrants = opts.userAuth?.onUserGrant((e) => this.onUserGrant(e)) ?? (() => undefined);
    this.sweeper = setInterval(() => this.expireIdle(), Math.max(50, Math.min(this.idleMs / 4, 60_000)));
    this.sweeper.unref();
  }

  // ---- catalog and visibility ----

  catalog(portalId: string): Catalog | undefined {
    const cached = this.catalogs.get(portalId);
    if (cached) return cached;
    const portal = this.opts.repo.portals.get(portalId);
    if (!portal) return undefined;
    const servers = this.opts.repo.servers.getMany(portal.servers.map((m) => m.server_id));
    const built = buildCatalog(portal, servers, RESERVED_TOOL_NAMES);
    const catalog: Catalog = {
      ...built,
      toolPrints: new Map(built.servers.map((v) => [v.server.id, fingerprint(v.tools)])),
      promptPrints: new Map(built.servers.map((v) => [v.server.id, fingerprint(v.prompts)])),
      resourcePrints: new Map(
        built.servers.map((v) => [
          v.server.id,
          `${v.server.status}|${v.mapping.default_disabled}|${JSON.stringify(v.mapping.updated_resources ?? [])}`,
        ]),
      ),
      lists: new Map(),
      views: new Map(),
    };
    this.catalogs.set(portalId, catalog);
    return catalog;
  }

  portalById(id: string): PortalRecord | undefined {
    return this.catalog(id)?.portal;
  }

  portalByHost(hostname: string): PortalRecord | undefined {
    const host = hostname.toLowerCase();
    let id = this.hosts.get(host);
    if (id === undefined) {
      id = this.opts.repo.portals.idForHostname(host) ?? null;
      if (this.hosts.size > 10_000) this.hosts.clear();
      this.hosts.set(host, id);
    }
    return id === null ? undefined : this.portalById(id);
  }

  /** Why `ctx` may not use `view` (undefined when it may). */
  refusal(view: ServerView, ctx: AccessContext): string | undefined {
    const decision = this.opts.access.server(view.server.id, ctx);
    if (decision.outcome !== 'allow') return decision.reason;
    if (ctx.principal.kind === 'service' && view.mapping.on_behalf) {
      return 'service tokens reach only servers mapped with on_behalf false (requireUserAuth: false in the manifest)';
    }
    if (ctx.principal.kind === 'anonymous' && this.perUser(view)) {
      return "this server is used with each user's own authorization (on_behalf true, requireUserAuth: true in the manifest); sign in as a user";
    }
    return undefined;
  }

  /** Whether calls to `view` carry the calling user's own OAuth token (never the admin's). */
  perUser(view: ServerView): boolean {
    return view.mapping.on_behalf && view.server.auth_type === 'oauth';
  }

  /** The grant subject a session's link to `serverId` uses: the user's id, or undefined (the admin's). */
  linkSubject(portalId: string, ctx: AccessContext, serverId: string): string | null | undefined {
    const view = this.catalog(portalId)?.servers.find((v) => v.server.id === serverId);
    if (!view || !this.perUser(view)) return undefined;
    // null: per-user, but no user to act for (refused before it gets here; never the admin's token).
    return ctx.principal.kind === 'user' ? ctx.principal.userId : null;
  }

  /** Whether `ctx`'s user must authorise `view` before using it. */
  needsUserAuth(view: ServerView, ctx: AccessContext): boolean {
    if (!this.perUser(view) || ctx.principal.kind !== 'user') return false;
    const key = `${ctx.principal.userId} ${view.server.id}`;
    let has = this.granted.get(key);
    if (has === undefined) {
      has = this.opts.repo.upstreamGrants.hasTokens(view.server.id, ctx.principal.userId);
      if (this.granted.size > 50_000) this.granted.clear();
      this.granted.set(key, has);
    }
    return !has;
  }

  /**
   * The error a request to `serverId` gets while the user has not authorised it: a URL elicitation
   * (-32042 with `data.elicitations`) when the client supports them, else InvalidRequest with the URL.
   * One elicitation per (session, server), completed when the user's grant is stored.
   */
  authorizationRequired(session: PortalSession, serverId: string, why?: string): AuthorizationRequired {
    let elicitationId = session.authPrompts.get(serverId);
    if (!elicitationId || this.elicitations.get(elicitationId) !== session) {
      elicitationId = this.registerElicitation(session);
      session.authPrompts.set(serverId, elicitationId);
    }
    const url = `${session.baseUrl}/authorize/upstream?elicitationId=${elicitationId}&server_id=${encodeURIComponent(serverId)}`;
    const message = `server "${serverId}" needs your own authorization${why ? ` (${why})` : ''}`;
    if (session.server.getClientCapabilities()?.elicitation?.url !== undefined) {
      return new AuthorizationRequired(
        URL_ELICITATION_REQUIRED,
        `${message}; complete the authorization in your browser, then call again`,
        {
          elicitations: [
            {
              mode: 'url',
              elicitationId,
              url,
              message: `Authorize the MCP server "${serverId}" to act as you (opens its sign-in page).`,
            },
          ],
        },
        url,
      );
    }
    return new AuthorizationRequired(
      ErrorCode.InvalidRequest,
      `${message}: open ${url} in your browser, then call again`,
      undefined,
      url,
    );
  }

  /**
   * Starts the user's authorization of `serverId` from the prompt's page: the URL of the upstream's
   * authorization server to send the browser to, bound to that browser by `browserNonce` (its cookie).
   * Throws when the session's user may not or need not.
   */
  async startUserAuthorization(
    session: PortalSession,
    serverId: string,
    callbackBase: string,
    browserNonce: string,
  ): Promise<string> {
    const p = session.principal;
    const view = this.allowedServers(session.portalId, session.ctx).find((v) => v.server.id === serverId);
    if (p.kind !== 'user' || !view || !this.perUser(view)) {
      throw new Error(`server "${serverId}" is not one you authorise yourself in this portal`);
    }
    if (!this.opts.userAuth) throw new Error('this portal cannot authorise users at upstream servers');
    return this.opts.userAuth.authorizeUser(serverId, p.userId, callbackBase, browserNonce);
  }

  /** Revokes `userId`'s own grants at every per-user server of a portal (they signed out of it). */
  async revokeUserGrants(portalId: string, userId: string): Promise<void> {
    const userAuth = this.opts.userAuth;
    if (!userAuth) return;
    const views = this.catalog(portalId)?.servers.filter((v) => this.perUser(v)) ?? [];
    await Promise.all(views.map((v) => userAuth.revokeUser(v.server.id, userId)));
  }

  /** Refreshes the user's grant at `serverId` at once (the upstream refused its token). */
  refreshUserGrant(session: PortalSession, serverId: string): Promise<Freshness> {
    const p = session.principal;
    if (p.kind !== 'user' || !this.opts.userAuth) return Promise.resolve('none');
    return this.opts.userAuth.ensureFresh(serverId, true, p.userId);
  }

  /**
   * A user's grant changed: every session of theirs reconnects to the server with the new token (or none),
   * sees the change (`list_changed`), and a stored grant completes their prompts to authorise it.
   */
  private onUserGrant(e: UserGrantEvent): void {
    this.granted.set(`${e.userId} ${e.serverId}`, e.kind === 'connected');
    for (const s of [...this.sessions.values()]) {
      if (s.principal.kind !== 'user' || s.principal.userId !== e.userId) continue;
      s.links.drop(e.serverId);
      const prompt = s.authPrompts.get(e.serverId);
      if (e.kind === 'connected' && prompt) {
        s.authPrompts.delete(e.serverId);
        void this.completeElicitation(prompt).finally(() => this.elicitations.delete(prompt));
      }
      void this.refresh(s);
    }
  }

  /** The servers of a portal that `ctx` may use, ready or not. */
  allowedServers(portalId: string, ctx: AccessContext): ServerView[] {
    const catalog = this.catalog(portalId);
    return catalog ? catalog.servers.filter((v) => this.refusal(v, ctx) === undefined) : [];
  }

  /** What `ctx` can see in this session now, with fingerprints of each list. */
  visible(session: PortalSession, ctx: AccessContext): Visible {
    const catalog = this.catalog(session.portalId);
    const on = this.allowedServers(session.portalId, ctx).filter(
      (v) => !session.disabled.has(v.server.id) && !session.loggedOut.has(v.server.id),
    );
    const needsAuth = new Set(on.filter((v) => this.needsUserAuth(v, ctx)).map((v) => v.server.id));
    const mark = (id: string) => (needsAuth.has(id) ? ':auth' : '');
    return {
      servers: on,
      needsAuth,
      toolsPrint: on
        .map((v) => `${v.server.id}:${catalog?.toolPrints.get(v.server.id)}${mark(v.server.id)}`)
        .join('|'),
      promptsPrint: on.map((v) => `${v.server.id}:${catalog?.promptPrints.get(v.server.id)}`).join('|'),
      resourcesPrint: on.map((v) => `${v.server.id}:${catalog?.resourcePrints.get(v.server.id)}`).join('|'),
    };
  }

  /** Sends `list_changed` for each list whose visible content changed since the client last saw it. */
  private async refresh(session: PortalSession, extra?: Extra): Promise<void> {
    if (session.isClosed || !session.id) return;
    const v = this.visible(session, session.ctx);
    // A server the session may no longer use (Access changed, removed from the portal) is disconnected:
    // nothing of it reaches the client any more (notifications, subscriptions).
    session.links.keepOnly(new Set(v.servers.map((s) => s.server.id)));
    const send = (method: string) =>
      extra
        ? extra.sendNotification({ method } as never)
        : method.includes('tools')
          ? session.server.sendToolListChanged()
          : method.includes('prompts')
            ? session.server.sendPromptListChanged()
            : session.server.sendResourceListChanged();
    try {
      if (shownTools(session.mode, v) !== session.sent.tools) {
        session.sent.tools = shownTools(session.mode, v);
        await send('notifications/tools/list_changed');
      }
      if (v.promptsPrint !== session.sent.prompts) {
        session.sent.prompts = v.promptsPrint;
        await send('notifications/prompts/list_changed');
      }
      if (v.resourcesPrint !== session.sent.resources) {
        session.sent.resources = v.resourcesPrint;
        await send('notifications/resources/list_changed');
      }
    } catch {
      // The client has no open stream to notify on: it sees the change at its next list.
    }
  }

  private onChanges(changes: readonly Change[]): void {
    const any = (...kinds: Change['kind'][]) => changes.some((c) => kinds.includes(c.kind));
    if (changes.some((c) => c.kind !== 'server')) this.opts.access.invalidate();
    if (any('server', 'portal', 'external')) this.catalogs.clear();
    if (any('portal', 'external')) this.hosts.clear();
    const users = any('user', 'external');
    for (const session of [...this.sessions.values()]) {
      if (!this.catalog(session.portalId) || (users && !this.reloadUser(session))) void session.close();
      else void this.refresh(session);
    }
  }

  /**
   * Re-reads the user behind a session (groups or email may have changed); false when the user is gone or
   * disabled. The next request would re-read it anyway; this is so `list_changed` goes out now.
   */
  private reloadUser(session: PortalSession): boolean {
    const p = session.ctx.principal;
    if (p.kind !== 'user') return true;
    const user = this.opts.repo.users.get(p.userId);
    if (!user || user.disabled) return false;
    session.ctx = { ...session.ctx, principal: { ...p, email: user.email, groups: user.groups } };
    return true;
  }

  /** Runs one request of a session, however it arrived (`dispatch.ts`). */
  dispatch(session: PortalSession, req: DirectRequest, ctx: Extra): Promise<Reply> {
    return dispatch(this.handlers, session, req, ctx);
  }

  // ---- sessions ----

  async openSession(
    portal: PortalRecord,
    ctx: AccessContext,
    baseUrl: string,
    mode: ContextMode = 'full',
  ): Promise<PortalSession> {
    const user = ctx.principal.kind === 'user' ? ctx.principal.userId : undefined;
    const budget = budgetKey(ctx);
    const session = new PortalSession({
      portalId: portal.id,
      portalName: portal.name,
      baseUrl,
      mode,
      ctx,
      loggedOut: user ? this.opts.repo.oauth.loggedOutServers(portal.id, user) : [],
      handlers: this.handlers,
      upstream: {
        repo: this.opts.repo,
        subjectOf: (serverId) => this.linkSubject(portal.id, ctx, serverId),
        connectTimeoutMs: this.opts.connectTimeoutMs ?? 10_000,
        ...(this.opts.egress ? { egress: this.opts.egress } : {}),
        onListChanged: (id) => this.opts.sync?.schedule(id),
      },
      now: this.now,
      onInitialized: (s) => {
        if (!s.id) return;
        this.sessions.set(s.id, s);
        this.admitWithinBudget(s, budget);
        const v = this.visible(s, s.ctx);
        s.sent = { tools: shownTools(mode, v), prompts: v.promptsPrint, resources: v.resourcesPrint };
        this.opts.logger.record({
          status: 'ok',
          portalId: portal.id,
          method: 'initialize',
          durationMs: 0,
          user: principalLabel(ctx.principal),
          sessionId: s.id,
        });
      },
      onClosed: (s) => {
        if (s.id) this.sessions.delete(s.id);
        const mine = this.byPrincipal.get(budget);
        if (mine?.delete(s) && mine.size === 0) this.byPrincipal.delete(budget);
        for (const [id, owner] of this.elicitations) if (owner === s) this.elicitations.delete(id);
      },
    });
    await session.start();
    return session;
  }

  session(id: string): PortalSession | undefined {
    return this.sessions.get(id);
  }

  /** Live sessions (for tests and shutdown). */
  get liveSessions(): number {
    return this.sessions.size;
  }

  /**
   * Counts a new session against its principal's budget; over the cap, the principal's least recently
   * used sessions are closed (their streams end, their ids answer 404 and clients start a new session).
   */
  private admitWithinBudget(session: PortalSession, budget: string): void {
    let mine = this.byPrincipal.get(budget);
    if (!mine) {
      mine = new Set();
      this.byPrincipal.set(budget, mine);
    }
    mine.add(session);
    while (mine.size > this.maxPerPrincipal) {
      let oldest: PortalSession | undefined;
      for (const s of mine) if (s !== session && (!oldest || s.lastActive < oldest.lastActive)) oldest = s;
      if (!oldest) break;
      mine.delete(oldest);
      void oldest.close();
    }
  }

  private expireIdle(): void {
    const cutoff = this.now() - this.idleMs;
    for (const s of [...this.sessions.values()]) if (s.lastActive < cutoff) void s.close();
  }

  async close(): Promise<void> {
    clearInterval(this.sweeper);
    this.unsubscribe();
    this.unsubscribeGrants();
    await Promise.allSettled([...this.sessions.values()].map((s) => s.close()));
  }

  // ---- built-in tools and the selection page ----

  summaries(session: PortalSession, ctx: AccessContext = session.ctx): ServerSummary[] {
    return this.allowedServers(session.portalId, ctx).map((v) => ({
      id: v.server.id,
      name: v.server.name,
      status: v.server.status,
      enabled: !session.disabled.has(v.server.id) && !session.loggedOut.has(v.server.id),
      logged_out: session.loggedOut.has(v.server.id),
      needs_authorization: this.needsUserAuth(v, ctx),
      tools: v.tools.length,
      prompts: v.prompts.length,
      ...(v.server.status !== 'ready' && v.server.error ? { error: v.server.error } : {}),
    }));
  }

  /** Turns a server on or off in one session; false when the caller may not use it. */
  async setEnabled(
    session: PortalSession,
    serverId: string,
    enabled: boolean,
    extra?: Extra,
  ): Promise<boolean> {
    if (!this.summaries(session).some((s) => s.id === serverId)) return false;
    if (enabled) session.disabled.delete(serverId);
    else {
      session.disabled.add(serverId);
      session.links.drop(serverId);
    }
    await this.refresh(session, extra);
    return true;
  }

  /**
   * Logs the session's user out of a server in this portal (or back in): stored, applied to every live
   * session of that user in the portal, and their connections to the server are closed. Logging out also
   * revokes the user's own OAuth grant at the server, if they hold one (they authorise again to use it).
   */
  async setLoggedOut(session: PortalSession, serverId: string, loggedOut: boolean): Promise<boolean> {
    const p = session.principal;
    if (p.kind !== 'user' || !this.summaries(session).some((s) => s.id === serverId)) return false;
    const at = new Date(this.now()).toISOString();
    this.opts.repo.transaction(() =>
      this.opts.repo.oauth.setLoggedOut(session.portalId, p.userId, serverId, loggedOut, at),
    );
    if (loggedOut) await this.opts.userAuth?.revokeUser(serverId, p.userId);
    for (const s of this.sessions.values()) {
      if (s.portalId !== session.portalId || s.key !== session.key) continue;
      if (loggedOut) {
        s.loggedOut.add(serverId);
        s.links.drop(serverId);
      } else s.loggedOut.delete(serverId);
      await this.refresh(s);
    }
    return true;
  }

  newElicitation(session: PortalSession): { url: string; elicitationId: string } | undefined {
    if (session.principal.kind !== 'user') return undefined;
    const elicitationId = this.registerElicitation(session);
    return { elicitationId, url: `${session.baseUrl}/authorize?elicitationId=${elicitationId}` };
  }

  /** A new elicitation id (unguessable) belonging to `session`, for the pages it opens. */
  private registerElicitation(session: PortalSession): string {
    const elicitationId = randomBytes(18).toString('base64url');
    this.elicitations.set(elicitationId, session);
    return elicitationId;
  }

  /** The live session a selection-page id belongs to. */
  elicitation(id: string): PortalSession | undefined {
    const s = this.elicitations.get(id);
    return s && !s.isClosed ? s : undefined;
  }

  /** Tells the client the selection page is done (`notifications/elicitation/complete`). */
  async completeElicitation(id: string): Promise<void> {
    const s = this.elicitation(id);
    // Only a client that declared URL elicitation is told (the SDK throws at once for any other).
    if (!s || s.server.getClientCapabilities()?.elicitation?.url === undefined) return;
    await s.server
      .createElicitationCompletionNotifier(id)()
      .catch(() => undefined);
  }

  /** What the built-in tools of `session` act on. */
  builtinHost(session: PortalSession, ctx: AccessContext): BuiltinHost {
    return {
      servers: () => this.summaries(session, ctx),
      setEnabled: (id, enabled, extra) => this.setEnabled(session, id, enabled, extra),
      selectionUrl: () => this.newElicitation(session),
      supportsUrlElicitation: () => session.server.getClientCapabilities()?.elicitation?.url !== undefined,
    };
  }
}
