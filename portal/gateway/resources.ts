/**
 * Resources through a portal, aggregated live from the session's upstream links (Cloudflare's API has no
 * resources, so nothing is stored): `resources/list` and `resources/templates/list` page across the
 * servers the session may use with one opaque cursor, `resources/read`, `subscribe` and `unsubscribe` go to
 * the server a namespaced URI names (`resource-uri.ts`), after the same checks as tools and the mapping's
 * resource rules (`resource-rules.ts`).
 */
import { ErrorCode } from '@modelcontextprotocol/sdk/types.js';
import { contributes } from '../../schemas/exposure.js';
import type { AccessContext } from '../access/principal.js';
import type { ServerView } from './catalog.js';
import { type Extra, forward, RpcError } from './forward.js';
import type { Visible } from './gateway.js';
import { asRpcError, type HandlerHost } from './handler-host.js';
import { resourceFilter } from './resource-rules.js';
import { exposeUri, resolveUri } from './resource-uri.js';
import type { PortalSession } from './session.js';
import { type UpstreamConnection, UpstreamUnavailableError } from './upstreams.js';

type Params = Record<string, unknown>;

const isObject = (v: unknown): v is Params => typeof v === 'object' && v !== null && !Array.isArray(v);

// ---- the cursor of the aggregated lists ----

type ListMethod = 'resources/list' | 'resources/templates/list';

/** Where the next page starts: the server (by id) and the upstream's own cursor there. */
interface Position {
  serverId: string;
  cursor?: string;
}

const LIST_KEY = { 'resources/list': 'r', 'resources/templates/list': 't' } as const;

function encodeCursor(method: ListMethod, pos: Position): string {
  const value = {
    m: LIST_KEY[method],
    s: pos.serverId,
    ...(pos.cursor !== undefined ? { c: pos.cursor } : {}),
  };
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** The position a cursor of `method` names; throws InvalidParams for anything this portal did not hand out. */
function decodeCursor(method: ListMethod, cursor: string): Position {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    value = undefined;
  }
  if (
    !isObject(value) ||
    value.m !== LIST_KEY[method] ||
    typeof value.s !== 'string' ||
    (value.c !== undefined && typeof value.c !== 'string')
  ) {
    throw new RpcError(ErrorCode.InvalidParams, `invalid ${method} cursor`);
  }
  return { serverId: value.s, ...(value.c !== undefined ? { cursor: value.c as string } : {}) };
}

// ---- requests ----

/** What the resource requests need from the request handlers (`requests.ts`). */
export interface ResourceHost extends HandlerHost {
  visible(session: PortalSession, ctx: AccessContext): Visible;
}

/** Servers whose list pages are fetched at once. */
const LIST_CONCURRENCY = 4;

const LIST_FIELD = {
  'resources/list': 'resources',
  'resources/templates/list': 'resourceTemplates',
} as const;
const URI_FIELD = { 'resources/list': 'uri', 'resources/templates/list': 'uriTemplate' } as const;

/** The URIs a session subscribed to on one server, and the connection they were last sent on. */
interface Subscriptions {
  uris: Set<string>;
  sentOn?: UpstreamConnection;
}

export class ResourceRequests {
  /** Per session, per server id. */
  private readonly subscriptions = new WeakMap<PortalSession, Map<string, Subscriptions>>();

  constructor(private readonly host: ResourceHost) {}

  /**
   * One page of `resources/list` or `resources/templates/list`: from the cursor's server on, one upstream
   * page of each server in id order (fetched `LIST_CONCURRENCY` at a time), up to and including the first
   * server with more pages; the next cursor points there. Servers that cannot be reached or fail are
   * skipped and logged; only ready servers the session may use that declared `resources` are asked.
   */
  async list(session: PortalSession, method: ListMethod, params: Params, extra: Extra): Promise<Params> {
    const started = performance.now();
    const ctx = this.host.ctxOf(session, extra);
    try {
      if (params.cursor !== undefined && typeof params.cursor !== 'string') {
        throw new RpcError(ErrorCode.InvalidParams, 'cursor must be a string');
      }
      const from = params.cursor === undefined ? undefined : decodeCursor(method, params.cursor);
      const visible = this.host.visible(session, ctx);
      // A first page is the client's view of the list (`list_changed` compares with it).
      if (from === undefined && method === 'resources/list') session.sent.resources = visible.resourcesPrint;
      const servers = visible.servers.filter((v) => contributes(v.server.status));
      const start = from ? servers.findIndex((v) => v.server.id >= from.serverId) : 0;
      const items: unknown[] = [];
      let next: string | undefined;
      for (let i = start < 0 ? servers.length : start; i < servers.length && next === undefined; ) {
        const batch = servers.slice(i, i + LIST_CONCURRENCY);
        const pages = await Promise.all(
          batch.map((view) => {
            const cursor = view.server.id === from?.serverId ? from.cursor : undefined;
            return this.page(session, ctx, view, method, cursor, extra);
          }),
        );
        for (const [j, page] of pages.entries()) {
          if (!page) continue;
          items.push(...page.items);
          if (page.next !== undefined) {
            next = encodeCursor(method, { serverId: (batch[j] as ServerView).server.id, cursor: page.next });
            break;
          }
        }
        i += batch.length;
      }
      this.host.log(session, ctx, started, 'ok', { method });
      return { [LIST_FIELD[method]]: items, ...(next !== undefined ? { nextCursor: next } : {}) };
    } catch (err) {
      throw this.failed(session, ctx, started, { method }, err);
    }
  }

  /** One upstream page, filtered and namespaced; undefined when the server was skipped (logged). */
  private async page(
    session: PortalSession,
    ctx: AccessContext,
    view: ServerView,
    method: ListMethod,
    cursor: string | undefined,
    extra: Extra,
  ): Promise<{ items: unknown[]; next?: string } | undefined> {
    const started = performance.now();
    const { server } = view;
    try {
      const connection = await session.links.get(server);
      if (!connection.client.getServerCapabilities()?.resources) return { items: [] };
      await this.resubscribe(session, view.server.id, connection);
      const result = await forward(
        session.links,
        { server, method, params: cursor !== undefined ? { cursor } : {}, timeoutMs: this.host.timeoutMs() },
        extra,
      );
      const listed = result[LIST_FIELD[method]];
      const filter = resourceFilter(view.mapping);
      const items: unknown[] = [];
      for (const item of Array.isArray(listed) ? listed : []) {
        const uri = isObject(item) ? item[URI_FIELD[method]] : undefined;
        if (typeof uri !== 'string' || !filter(uri)) continue;
        const exposed = exposeUri(server.id, uri);
        if (exposed !== undefined) items.push({ ...(item as Params), [URI_FIELD[method]]: exposed });
      }
      const next =
        typeof result.nextCursor === 'string' && result.nextCursor !== '' ? result.nextCursor : undefined;
      return { items, ...(next !== undefined ? { next } : {}) };
    } catch (err) {
      if (extra.signal.aborted || !(err instanceof RpcError || err instanceof UpstreamUnavailableError))
        throw err;
      const status = err instanceof RpcError ? err.status : 'error';
      this.host.log(session, ctx, started, status, { method, serverId: server.id, error: err.message });
      return undefined;
    }
  }

  /** `resources/read`: the upstream's contents, their URIs namespaced again. */
  async read(session: PortalSession, params: Params, extra: Extra): Promise<Params> {
    const started = performance.now();
    const ctx = this.host.ctxOf(session, extra);
    const fields: { method: string; serverId?: string; capability?: string } = { method: 'resources/read' };
    try {
      const { view, uri } = this.target(session, ctx, params, fields, true);
      const connection = await session.links.get(view.server);
      if (!connection.client.getServerCapabilities()?.resources) {
        throw new RpcError(ErrorCode.MethodNotFound, `server "${view.server.id}" has no resources to read`);
      }
      await this.resubscribe(session, view.server.id, connection);
      const result = await forward(
        session.links,
        {
          server: view.server,
          method: 'resources/read',
          params: { ...params, uri },
          timeoutMs: this.host.timeoutMs(),
        },
        extra,
      );
      const contents = Array.isArray(result.contents)
        ? result.contents.map((c) => {
            if (!isObject(c) || typeof c.uri !== 'string') return c;
            const exposed = exposeUri(view.server.id, c.uri);
            return exposed === undefined ? c : { ...c, uri: exposed };
          })
        : result.contents;
      this.host.log(session, ctx, started, 'ok', fields);
      return { ...result, contents };
    } catch (err) {
      throw this.failed(session, ctx, started, fields, err);
    }
  }

  /**
   * `resources/subscribe` / `resources/unsubscribe`, sent with the original URI to upstreams that declared
   * `resources.subscribe`. The session keeps its subscriptions per server, to send them again on a new
   * upstream session (`resubscribe`).
   */
  async subscription(
    session: PortalSession,
    method: 'resources/subscribe' | 'resources/unsubscribe',
    params: Params,
    extra: Extra,
  ): Promise<Params> {
    const started = performance.now();
    const ctx = this.host.ctxOf(session, extra);
    const fields: { method: string; serverId?: string; capability?: string } = { method };
    try {
      const subscribe = method === 'resources/subscribe';
      const { view, uri } = this.target(session, ctx, params, fields, subscribe);
      const connection = await session.links.get(view.server);
      if (!connection.client.getServerCapabilities()?.resources?.subscribe) {
        throw new RpcError(
          ErrorCode.MethodNotFound,
          `server "${view.server.id}" does not support resource subscriptions`,
        );
      }
      await this.resubscribe(session, view.server.id, connection);
      await forward(
        session.links,
        { server: view.server, method, params: { ...params, uri }, timeoutMs: this.host.timeoutMs() },
        extra,
      );
      const subs = this.subscriptionsOf(session, view.server.id);
      if (subscribe) subs.uris.add(uri);
      else subs.uris.delete(uri);
      subs.sentOn = connection;
      this.host.log(session, ctx, started, 'ok', fields);
      return {};
    } catch (err) {
      throw this.failed(session, ctx, started, fields, err);
    }
  }

  /**
   * Sends the session's subscriptions on `serverId` again when `connection` is a new upstream session (the
   * upstream restarted, or the link was dropped and reopened); URIs a rule now disables are left out.
   * Called before each resource request to that server, and fit for a hook on the link's opening (it
   * talks to `connection` directly). Failures are ignored: the request the client made still runs.
   */
  async resubscribe(session: PortalSession, serverId: string, connection: UpstreamConnection): Promise<void> {
    const subs = this.subscriptions.get(session)?.get(serverId);
    if (!subs || subs.sentOn === connection || subs.uris.size === 0) return;
    subs.sentOn = connection;
    if (!connection.client.getServerCapabilities()?.resources?.subscribe) return;
    const view = this.host.catalog(session.portalId)?.servers.find((v) => v.server.id === serverId);
    if (!view) return;
    const filter = resourceFilter(view.mapping);
    const timeoutMs = this.host.timeoutMs();
    await Promise.all(
      [...subs.uris]
        .filter(filter)
        .map((uri) =>
          connection.rpc.request('resources/subscribe', { uri }, { timeoutMs }).catch(() => undefined),
        ),
    );
  }

  /** Whether `session` subscribed to `uri` (the upstream's own) of `serverId` and the rules expose it. */
  watches(session: PortalSession, serverId: string, uri: string): boolean {
    if (!this.subscriptions.get(session)?.get(serverId)?.uris.has(uri)) return false;
    const view = this.host.catalog(session.portalId)?.servers.find((v) => v.server.id === serverId);
    return view !== undefined && resourceFilter(view.mapping)(uri);
  }

  private subscriptionsOf(session: PortalSession, serverId: string): Subscriptions {
    let mine = this.subscriptions.get(session);
    if (!mine) {
      mine = new Map();
      this.subscriptions.set(session, mine);
    }
    let subs = mine.get(serverId);
    if (!subs) {
      subs = { uris: new Set() };
      mine.set(serverId, subs);
    }
    return subs;
  }

  /**
   * The server and original URI a request's `uri` names, after the checks tools get (in the portal, Access,
   * log-out, toggle) and, when `ruled`, the mapping's resource rules: a disabled URI is refused even when
   * the client guesses it.
   */
  private target(
    session: PortalSession,
    ctx: AccessContext,
    params: Params,
    fields: { serverId?: string; capability?: string },
    ruled: boolean,
  ): { view: ServerView; uri: string } {
    if (typeof params.uri !== 'string') throw new RpcError(ErrorCode.InvalidParams, 'uri must be a string');
    const resolved = resolveUri(params.uri);
    const catalog = this.host.catalog(session.portalId);
    const view = resolved && catalog?.servers.find((v) => v.server.id === resolved.serverId);
    if (!resolved || !catalog || !view) {
      throw new RpcError(
        ErrorCode.InvalidParams,
        `unknown resource "${params.uri}": not a URI this portal exposes`,
      );
    }
    fields.serverId = resolved.serverId;
    fields.capability = resolved.uri;
    this.host.check(session, ctx, catalog, resolved.serverId);
    if (!contributes(view.server.status)) {
      throw new RpcError(
        ErrorCode.InternalError,
        `server "${view.server.id}" is not ready (${view.server.status})`,
      );
    }
    if (ruled && !resourceFilter(view.mapping)(resolved.uri)) {
      throw new RpcError(
        ErrorCode.InvalidParams,
        `resource "${params.uri}" is not exposed by this portal`,
        undefined,
        'denied',
      );
    }
    return { view, uri: resolved.uri };
  }

  /** Logs a failed request and returns the RpcError to send (an unreachable upstream named as for tools). */
  private failed(
    session: PortalSession,
    ctx: AccessContext,
    started: number,
    fields: { method: string; serverId?: string; capability?: string },
    err: unknown,
  ): RpcError {
    const rpc = asRpcError(err);
    this.host.log(session, ctx, started, rpc.status, { ...fields, error: rpc.message });
    return rpc;
  }
}
