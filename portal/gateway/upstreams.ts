/**
 * A portal session's connections to its upstream servers: one SDK `Client` per server, opened on first use
 * (the capability sync's transport detection, credentials and connect code; an `oauth` server mapped
 * `on_behalf` sends the session user's own token, never the admin's) declaring the client's relayable
 * capabilities, reopened when the server's URL, credentials or those capabilities change, dropped after a
 * transport failure, closed with the session. Requests go through the link's `UpstreamRpc`; what an
 * upstream sends outside calls goes to the client's standalone stream (`relay.ts`), tools/prompts
 * `list_changed` to a capability sync; the session's log level and roots changes reach every link.
 */
import { ErrorCode, type LoggingLevel } from '@modelcontextprotocol/sdk/types.js';
import type { EgressPolicy } from '../egress/policy.js';
import type { Repository, ServerRecord } from '../store/repository.js';
import { classify } from '../sync/classify.js';
import { type Connection, connectAttempt } from '../sync/connect.js';
import { resolveCredentials } from '../sync/credentials.js';
import { redact, SyncFailure } from '../sync/failure.js';
import { displayUrl, FALL_THROUGH_STATUSES, transportPlan } from '../sync/transport-plan.js';
import { grantBearer } from '../upstream-auth/bearer.js';
import { type ClientSide, relayedCapabilities, relayedNotification, relayRequest } from './relay.js';
import { createUpstreamHttp, type UpstreamHttp } from './upstream-http.js';
import { type UpstreamRpc, UpstreamSession, UpstreamWireError } from './upstream-rpc.js';
import { HttpWire, TransportWire } from './upstream-wire.js';

/** The upstream could not be reached or refused the connection; the message is safe to show. */
export class UpstreamUnavailableError extends Error {
  override readonly name = 'UpstreamUnavailableError';
  constructor(
    readonly serverId: string,
    message: string,
    /** The HTTP status the upstream answered the connection with, when it did (401: token refused). */
    readonly status?: number,
    /** The session's user holds no grant of their own for this server (they must authorise it). */
    readonly needsUserAuth = false,
  ) {
    super(message);
  }
}

export interface UpstreamOptions {
  repo: Repository;
  connectTimeoutMs: number;
  /** Which upstream addresses may be connected to (default: the default egress policy). */
  egress?: EgressPolicy;
  /** Called when an upstream says its tools or prompts changed. */
  onListChanged?: (serverId: string) => void;
  /**
   * Whose OAuth grant a link to an `oauth` server uses: a user id (the session user's own grant), undefined
   * (the admin's), or null (a per-user server with no user to act for: not connected).
   */
  subjectOf?: (serverId: string) => string | null | undefined;
  /** The session's client: its capabilities are declared upstream, and unrelated traffic goes to it. */
  client?: ClientSide;
  /** Called once a new upstream session is open (to send the session's resource subscriptions again). */
  onOpened?: (serverId: string, connection: UpstreamConnection) => Promise<void>;
}

/** An open link: the SDK client that opened it, and the session to send requests on. */
export interface UpstreamConnection extends Connection {
  rpc: UpstreamRpc;
  /** Whether the upstream was told the client has roots (it is sent roots `list_changed`). */
  roots?: boolean;
}

const LIST_CHANGED = new Set(['notifications/tools/list_changed', 'notifications/prompts/list_changed']);

interface Link {
  /** Identity of the configuration the link was opened with. */
  key: string;
  connection: Promise<UpstreamConnection>;
  /** The secrets used, to redact error messages. */
  secrets: string[];
  abort: AbortController;
  /** Set once connected. */
  open?: UpstreamConnection;
}

const linkKey = (s: ServerRecord, caps: string) =>
  `${s.created_at}|${s.hostname}|${s.generation}|${s.credentials_version}|${caps}`;

export class UpstreamLinks {
  private readonly links = new Map<string, Link>();
  private readonly http: UpstreamHttp;
  private closed = false;
  private capsJson: string | undefined;

  constructor(private readonly opts: UpstreamOptions) {
    this.http = createUpstreamHttp(opts.connectTimeoutMs, opts.egress);
  }

  /** The session's client (capabilities, log level, standalone stream), if the links have one. */
  get client(): ClientSide | undefined {
    return this.opts.client;
  }

  /** The capabilities a new link declares, as JSON (part of the link's identity). */
  private capsKey(): string {
    if (this.capsJson !== undefined) return this.capsJson;
    const caps = this.opts.client?.capabilities();
    const json = JSON.stringify(relayedCapabilities(caps));
    // Fixed once the client has initialized: computed once, not per request.
    if (caps !== undefined) this.capsJson = json;
    return json;
  }

  /**
   * A notification of `serverId` related to no call (or not relayable on the call's stream): tools/prompts
   * `list_changed` schedule a capability sync; what `relay.ts` relays goes to the standalone stream.
   */
  unrelated(serverId: string, method: string, params: Record<string, unknown>): void {
    if (LIST_CHANGED.has(method)) {
      this.opts.onListChanged?.(serverId);
      return;
    }
    const client = this.opts.client;
    const n = client && relayedNotification(serverId, method, params, client);
    if (n) client.notify(n.method, n.params ?? {});
  }

  /** Tells every open link whose upstream declared logging the session's new level (best effort). */
  setLogLevel(level: LoggingLevel): void {
    for (const link of this.links.values()) if (link.open) void this.sendLevel(link.open, level);
  }

  /** Passes the client's `notifications/roots/list_changed` to every open link told it has roots. */
  rootsChanged(): void {
    for (const link of this.links.values()) {
      if (link.open?.roots) link.open.rpc.notify('notifications/roots/list_changed');
    }
  }

  private async sendLevel(connection: UpstreamConnection, level: LoggingLevel): Promise<void> {
    if (!connection.client.getServerCapabilities()?.logging) return;
    await connection.rpc
      .request('logging/setLevel', { level }, { timeoutMs: this.opts.connectTimeoutMs })
      .catch(() => undefined);
  }

  /** The open connection to `server`, connecting first if needed. Throws UpstreamUnavailableError. */
  async get(server: ServerRecord): Promise<UpstreamConnection> {
    if (this.closed) throw new UpstreamUnavailableError(server.id, 'the session is closed');
    let link = this.links.get(server.id);
    // Whose grant it uses is part of its identity: a mapping switched to or from on_behalf reconnects.
    const subject = server.auth_type === 'oauth' ? this.opts.subjectOf?.(server.id) : undefined;
    const key = `${linkKey(server, this.capsKey())}|${subject === null ? '-' : (subject ?? '')}`;
    if (link && link.key !== key) {
      this.drop(server.id);
      link = undefined;
    }
    if (!link) {
      link = this.open(server, key);
      this.links.set(server.id, link);
    }
    try {
      return await link.connection;
    } catch (err) {
      if (this.links.get(server.id) === link) this.links.delete(server.id);
      throw err;
    }
  }

  /** Secrets of the current link to a server, for redacting messages about it. */
  secretsOf(serverId: string): string[] {
    return this.links.get(serverId)?.secrets ?? [];
  }

  /** Closes the links to every server not in `serverIds` (ones the session may no longer use). */
  keepOnly(serverIds: ReadonlySet<string>): void {
    for (const id of [...this.links.keys()]) if (!serverIds.has(id)) this.drop(id);
  }

  /** Closes the link to one server (the next call reconnects). */
  drop(serverId: string): void {
    const link = this.links.get(serverId);
    if (!link) return;
    this.links.delete(serverId);
    void this.shut(link, 'link dropped');
  }

  async close(): Promise<void> {
    this.closed = true;
    const links = [...this.links.values()];
    this.links.clear();
    await Promise.allSettled(links.map((l) => this.shut(l, 'session closed')));
    await this.http.close();
  }

  /** Ends an open connection politely; a connection still being opened is aborted. */
  private async shut(link: Link, why: string): Promise<void> {
    if (link.open) await link.open.close().catch(() => undefined);
    link.abort.abort(new Error(why));
  }

  private open(server: ServerRecord, key: string): Link {
    const abort = new AbortController();
    const secrets: string[] = [];
    const link: Link = {
      key,
      connection: this.connect(server, abort.signal, secrets),
      secrets,
      abort,
    };
    link.connection.then(
      (c) => {
        link.open = c;
      },
      () => undefined,
    );
    return link;
  }

  private async connect(
    server: ServerRecord,
    overall: AbortSignal,
    secrets: string[],
  ): Promise<UpstreamConnection> {
    const unavailable = (message: string, status?: number) =>
      new UpstreamUnavailableError(
        server.id,
        `upstream "${server.id}" is unavailable: ${redact(message, secrets)}`,
        status,
      );
    const subject = server.auth_type === 'oauth' ? this.opts.subjectOf?.(server.id) : undefined;
    if (
      subject === null ||
      (subject !== undefined && !this.opts.repo.upstreamGrants.hasTokens(server.id, subject))
    ) {
      throw new UpstreamUnavailableError(
        server.id,
        `server "${server.id}" needs your own authorization before it can be used`,
        undefined,
        true,
      );
    }
    let headers: Record<string, string>;
    let url: URL;
    try {
      const credentials = this.opts.repo.servers.secrets(server.id).auth_credentials;
      if (credentials) secrets.push(credentials);
      url = new URL(server.hostname);
      if (url.password) secrets.push(url.password, decodeURIComponent(url.password));
      const resolved = resolveCredentials(
        {
          id: server.id,
          url: server.hostname,
          authType: server.auth_type,
          ...(credentials !== undefined ? { credentials } : {}),
          ...(subject !== undefined
            ? { oauth: grantBearer(this.opts.repo.upstreamGrants, server.id, subject) }
            : {}),
        },
        this.opts.repo,
      );
      secrets.push(...resolved.secrets);
      headers = resolved.headers;
    } catch (err) {
      throw unavailable(err instanceof SyncFailure ? err.message : 'its stored credentials cannot be read');
    }
    const plan = transportPlan(url);
    const capabilities = relayedCapabilities(this.opts.client?.capabilities());
    for (const [i, attempt] of plan.entries()) {
      try {
        const connection = await connectAttempt(attempt, {
          http: this.http,
          headers,
          overall,
          connectTimeoutMs: this.opts.connectTimeoutMs,
          requestTimeoutMs: 2 ** 31 - 1,
          capabilities,
        });
        const open = this.session(server.id, connection, attempt.url, headers);
        open.roots = capabilities.roots !== undefined;
        // A level the client set before this link opened applies to it too.
        const level = this.opts.client?.logLevel();
        if (level !== undefined) await this.sendLevel(open, level);
        // Subscriptions go out in the background: the request that opened the link does not wait for them.
        void this.opts.onOpened?.(server.id, open).catch(() => undefined);
        return open;
      } catch (err) {
        const failure = classify(err, {
          where: displayUrl(attempt.url),
          transport: attempt.transport,
          method: 'initialize',
          networkError: this.http.lastNetworkError(),
        });
        const status = failure.details.status_code;
        const next = status !== undefined && FALL_THROUGH_STATUSES.has(status) && failure.details.is_upstream;
        if (next && i < plan.length - 1) continue;
        throw unavailable(failure.message, status);
      }
    }
    throw unavailable('no transport to try');
  }

  /**
   * The link's `UpstreamRpc`: Streamable HTTP requests go out as lean POSTs on the pool; the legacy SSE
   * transport's go through it. Either way the transport's incoming messages (the standalone or SSE
   * stream) are routed by the session, and its closing fails what is pending with a clear error.
   */
  private session(
    serverId: string,
    connection: Connection,
    url: URL,
    headers: Record<string, string>,
  ): UpstreamConnection {
    const transport = connection.streamable ?? connection.client.transport;
    const t = connection.streamable;
    const wire = t
      ? new HttpWire({
          url,
          headers,
          sessionId: () => t.sessionId,
          protocolVersion: () => t.protocolVersion,
          dispatcher: this.http.direct,
        })
      : transport
        ? new TransportWire(transport)
        : undefined;
    if (!wire) throw new Error('the upstream connection has no transport');
    const client = this.opts.client;
    const rpc = new UpstreamSession(wire, {
      onNotification: (method, params) => this.unrelated(serverId, method, params),
      // A request related to no call (standalone GET stream, legacy SSE) goes to the client's standalone stream.
      onServerRequest: (request, signal) =>
        relayRequest(serverId, client?.capabilities(), request, (r) => {
          if (!client) throw Object.assign(new Error('Method not found'), { code: ErrorCode.MethodNotFound });
          return client.request(r, signal);
        }),
    });
    const open: UpstreamConnection = { ...connection, rpc };
    if (transport) transport.onmessage = (message: unknown) => rpc.receive(message as never);
    connection.client.onclose = () => {
      rpc.close(new UpstreamWireError('the upstream closed the session', { delivered: true }));
      if (this.links.get(serverId)?.open === open) this.drop(serverId);
    };
    return open;
  }
}
