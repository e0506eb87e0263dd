/**
 * A portal session's connections to its upstream servers: one SDK `Client` per server, opened on first use
 * with the server's stored credential (the capability sync's transport detection, credential headers and
 * connect code), reopened when the server's URL or credentials change, dropped after a transport failure,
 * and all closed with the session. The SDK client only opens the session (initialize) and closes it; every
 * request after that goes through the link's `UpstreamRpc` (`upstream-rpc.ts`), which takes over the
 * transport's incoming messages. Upstream `list_changed` notifications trigger a capability sync.
 */
import type { EgressPolicy } from '../egress/policy.js';
import type { Repository, ServerRecord } from '../store/repository.js';
import { classify } from '../sync/classify.js';
import { type Connection, connectAttempt } from '../sync/connect.js';
import { resolveCredentials } from '../sync/credentials.js';
import { redact, SyncFailure } from '../sync/failure.js';
import { displayUrl, FALL_THROUGH_STATUSES, transportPlan } from '../sync/transport-plan.js';
import { createUpstreamHttp, type UpstreamHttp } from './upstream-http.js';
import { type UpstreamRpc, UpstreamSession, UpstreamWireError } from './upstream-rpc.js';
import { HttpWire, TransportWire } from './upstream-wire.js';

/** The upstream could not be reached or refused the connection; the message is safe to show. */
export class UpstreamUnavailableError extends Error {
  override readonly name = 'UpstreamUnavailableError';
  constructor(
    readonly serverId: string,
    message: string,
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
}

/** An open link: the SDK client that opened it, and the session to send requests on. */
export interface UpstreamConnection extends Connection {
  rpc: UpstreamRpc;
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

const linkKey = (s: ServerRecord) => `${s.created_at}|${s.hostname}|${s.generation}|${s.credentials_version}`;

export class UpstreamLinks {
  private readonly links = new Map<string, Link>();
  private readonly http: UpstreamHttp;
  private closed = false;

  constructor(private readonly opts: UpstreamOptions) {
    this.http = createUpstreamHttp(opts.connectTimeoutMs, opts.egress);
  }

  /** The open connection to `server`, connecting first if needed. Throws UpstreamUnavailableError. */
  async get(server: ServerRecord): Promise<UpstreamConnection> {
    if (this.closed) throw new UpstreamUnavailableError(server.id, 'the session is closed');
    let link = this.links.get(server.id);
    if (link && link.key !== linkKey(server)) {
      this.drop(server.id);
      link = undefined;
    }
    if (!link) {
      link = this.open(server);
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

  private open(server: ServerRecord): Link {
    const abort = new AbortController();
    const secrets: string[] = [];
    const link: Link = {
      key: linkKey(server),
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
    const unavailable = (message: string) =>
      new UpstreamUnavailableError(
        server.id,
        `upstream "${server.id}" is unavailable: ${redact(message, secrets)}`,
      );
    let headers: Record<string, string>;
    let url: URL;
    try {
      const credentials = this.opts.repo.servers.secrets(server.id).auth_credentials;
      if (credentials) secrets.push(credentials);
      url = new URL(server.hostname);
      if (url.password) secrets.push(url.password, decodeURIComponent(url.password));
      const resolved = resolveCredentials({
        id: server.id,
        url: server.hostname,
        authType: server.auth_type,
        ...(credentials !== undefined ? { credentials } : {}),
      });
      secrets.push(...resolved.secrets);
      headers = resolved.headers;
    } catch (err) {
      throw unavailable(err instanceof SyncFailure ? err.message : 'its stored credentials cannot be read');
    }
    const plan = transportPlan(url);
    for (const [i, attempt] of plan.entries()) {
      try {
        const connection = await connectAttempt(attempt, {
          http: this.http,
          headers,
          overall,
          connectTimeoutMs: this.opts.connectTimeoutMs,
          requestTimeoutMs: 2 ** 31 - 1,
        });
        const open = this.session(server.id, connection, attempt.url, headers);
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
        throw unavailable(failure.message);
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
    const rpc = new UpstreamSession(wire, (method) => {
      if (LIST_CHANGED.has(method)) this.opts.onListChanged?.(serverId);
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
