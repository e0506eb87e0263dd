/**
 * What each MCP request of a portal session does: `tools/list` and `prompts/list` show what the session can
 * see; `tools/call` and `prompts/get` run a built-in tool or are checked (Access, log-out, toggle) and
 * forwarded to the upstream under the original name (a tool whose upstream requires a task runs as one:
 * `tasks.ts`; a client's own `task` is ignored). A server the user must authorise themselves (`on_behalf`
 * OAuth) is listed with its tools marked, and a request to it before then (or after the grant ended) gets
 * the authorization prompt; an upstream refusing the user's token gets one refresh and retry, then the
 * prompt. Every request is logged with its outcome; errors reach the client as JSON-RPC errors, and an
 * unreachable upstream as a tool error result. Resource URIs in forwarded
 * results are namespaced; `resources/*` requests are `resources.ts`'s, with the same checks and log.
 */
import type { CallToolResult, Tool } from '@modelcontextprotocol/sdk/types.js';
import { ErrorCode } from '@modelcontextprotocol/sdk/types.js';
import { type ContextMode, toolsForMode } from '../../schemas/context-modes.js';
import { type AccessContext, principalLabel } from '../access/principal.js';
import { identifierMap } from '../codemode/identifiers.js';
import { ToolSearchIndex } from '../codemode/tool-search.js';
import type { RequestLogger } from '../logs/request-log.js';
import type { LogStatus, ServerRecord } from '../store/repository.js';
import type { Freshness } from '../upstream-auth/upstream-auth.js';
import { BUILTIN_NAMES, type BuiltinHost, callBuiltin } from './builtins.js';
import type { ServerView } from './catalog.js';
import { CompletionRequests } from './completions.js';
import { type Callable, ContextTools, callableOf, modeToolOf, type VisibleTools } from './context-tools.js';
import { type Extra, forward, RpcError } from './forward.js';
import type { Catalog, Visible } from './gateway.js';
import { asRpcError } from './handler-host.js';
import { undeclared } from './relay.js';
import { exposeResultUris } from './resource-uri.js';
import { ResourceRequests } from './resources.js';
import type { PortalSession, SessionHandlers } from './session.js';
import { callAsTask } from './tasks.js';
import { UpstreamUnavailableError } from './upstreams.js';
import { AuthorizationRequired, NEEDS_AUTHORIZATION_PREFIX, URL_ELICITATION_REQUIRED } from './user-auth.js';

/** JSON-RPC error code of "Access denies this server to you". */
export const ACCESS_DENIED_CODE = -32003;

/** What the handlers need from the gateway. */
export interface RequestHost {
  catalog(portalId: string): Catalog | undefined;
  refusal(view: ServerView, ctx: AccessContext): string | undefined;
  visible(session: PortalSession, ctx: AccessContext): Visible;
  builtinHost(session: PortalSession, ctx: AccessContext): BuiltinHost;
  needsUserAuth(view: ServerView, ctx: AccessContext): boolean;
  authorizationRequired(session: PortalSession, serverId: string, why?: string): AuthorizationRequired;
  refreshUserGrant(session: PortalSession, serverId: string): Promise<Freshness>;
}

/**
 * The fingerprint of the tool list a session in `mode` is shown: in the modes that list no upstream tool it
 * never changes, so toggles and syncs send no `tools/list_changed` there.
 */
export const shownTools = (mode: ContextMode, v: Visible): string =>
  mode === 'search_and_execute' || mode === 'code' ? mode : v.toolsPrint;

/** Distinct visible sets whose list JSON a catalog keeps (each is one set of servers a session sees). */
const MAX_CACHED_LISTS = 64;

/** The upstream tools of a visible set, as the full list shows them (marked where the user must authorise). */
const upstreamTools = (v: Visible): Tool[] =>
  v.servers.flatMap((s) =>
    v.needsAuth.has(s.server.id)
      ? s.tools.map((t) => ({
          ...(t.definition as Tool),
          description: `${NEEDS_AUTHORIZATION_PREFIX}${t.definition.description ?? ''}`,
        }))
      : s.tools.map((t) => t.definition as Tool),
  );
const promptsResult = (v: Visible) => ({
  prompts: v.servers.flatMap((s) => s.prompts.map((p) => p.definition)),
});

/**
 * Why a failed call of tool `original` (exposed as `exposed`) failed, when the reason is that the upstream
 * does not offer the tool to this client: the capability sync lists tools as a client with every
 * capability the portal relays, and a server may offer some tools only to such clients (server-everything
 * offers its sampling tool only to clients with sampling). Undefined when this client declared all of
 * those, or the upstream's list for this session has the tool (the failure is the tool's own).
 */
async function notOffered(
  session: PortalSession,
  server: ServerRecord,
  exposed: string,
  original: string,
  timeoutMs: number,
): Promise<string | undefined> {
  const missing = undeclared(session.server.getClientCapabilities());
  if (missing.length === 0) return undefined;
  try {
    const { rpc } = await session.links.get(server);
    let cursor: string | undefined;
    for (let page = 0; page < 20; page++) {
      const listed = await rpc.request('tools/list', cursor !== undefined ? { cursor } : {}, { timeoutMs });
      const tools = Array.isArray(listed.tools) ? (listed.tools as { name?: unknown }[]) : [];
      if (tools.some((t) => t.name === original)) return undefined;
      cursor =
        typeof listed.nextCursor === 'string' && listed.nextCursor !== '' ? listed.nextCursor : undefined;
      if (cursor === undefined) break;
    }
  } catch {
    return undefined;
  }
  return (
    `tool "${exposed}" is not offered to this client: server "${server.id}" offers it only to clients that ` +
    `declare capabilities this one did not (it lacks: ${missing.join(', ')})`
  );
}

/** The access context a request carries (set by the HTTP layer), or the session's latest. */
function ctxOf(session: PortalSession, extra: Extra): AccessContext {
  const ctx = extra.authInfo?.extra?.ctx as AccessContext | undefined;
  return ctx ?? session.ctx;
}

export class RequestHandlers implements SessionHandlers {
  constructor(
    private readonly host: RequestHost,
    private readonly logger: RequestLogger,
    private readonly callTimeoutMs: number,
  ) {}

  /** `resources/*` requests (`resources.ts`), checked and logged as tools are. */
  readonly resources: ResourceRequests = new ResourceRequests({
    catalog: (portalId) => this.host.catalog(portalId),
    visible: (session, ctx) => this.host.visible(session, ctx),
    check: (session, ctx, catalog, serverId) => this.check(session, ctx, catalog, serverId),
    ctxOf,
    log: (session, ctx, started, status, fields) => this.log(session, ctx, started, status, fields),
    timeoutMs: () => this.callTimeoutMs,
  });

  /** The tools of the context modes (`context-tools.ts`); their tool calls take `call` below. */
  private readonly contextTools = new ContextTools({
    visibleTools: (session, extra) => this.visibleTools(session, ctxOf(session, extra)),
    callTool: (session, name, args, extra, executionId, meta) =>
      this.call(
        session,
        'tools/call',
        { name, arguments: args, ...(meta ? { _meta: meta } : {}) },
        extra,
        executionId,
      ),
    timeoutMs: () => this.callTimeoutMs,
  });

  /** The upstream tools `ctx` sees in this session, with their search index and code-mode identifiers. */
  private visibleTools(session: PortalSession, ctx: AccessContext): VisibleTools {
    const v = this.host.visible(session, ctx);
    const catalog = this.host.catalog(session.portalId);
    const cached = catalog?.views.get(v.toolsPrint);
    if (cached) return cached;
    const tools = upstreamTools(v);
    let index: ToolSearchIndex | undefined;
    let ids: ReturnType<typeof identifierMap> | undefined;
    let callable: Callable | undefined;
    const view: VisibleTools = {
      tools,
      index: () => {
        index ??= new ToolSearchIndex(tools);
        return index;
      },
      identifiers: () => {
        ids ??= identifierMap(tools.map((t) => t.name));
        return ids;
      },
      callable: () => {
        callable ??= callableOf(tools, view.identifiers());
        return callable;
      },
    };
    if (catalog) {
      if (catalog.views.size >= MAX_CACHED_LISTS) catalog.views.clear();
      catalog.views.set(v.toolsPrint, view);
    }
    return view;
  }

  /** `completion/complete` (`completions.ts`), checked and logged as prompts are. */
  readonly completions: CompletionRequests = new CompletionRequests({
    catalog: (portalId) => this.host.catalog(portalId),
    check: (session, ctx, catalog, serverId) => this.check(session, ctx, catalog, serverId),
    ctxOf,
    log: (session, ctx, started, status, fields) => this.log(session, ctx, started, status, fields),
    timeoutMs: () => this.callTimeoutMs,
  });

  /** Throws the RpcError that refuses `ctx` the use of `serverId` in this session, if any. */
  private check(session: PortalSession, ctx: AccessContext, catalog: Catalog, serverId: string): void {
    const view = catalog.servers.find((v) => v.server.id === serverId);
    const refusal = view ? this.host.refusal(view, ctx) : 'not in this portal';
    if (refusal !== undefined) {
      throw new RpcError(
        ACCESS_DENIED_CODE,
        `access to server "${serverId}" is denied by your Zero Trust policies (${refusal})`,
        undefined,
        'denied',
      );
    }
    if (session.loggedOut.has(serverId)) {
      throw new RpcError(
        ErrorCode.InvalidRequest,
        `you are logged out of server "${serverId}"; log in again on the server selection page (portal_toggle_servers)`,
      );
    }
    if (session.disabled.has(serverId)) {
      throw new RpcError(
        ErrorCode.InvalidRequest,
        `server "${serverId}" is off in this session; turn it on with portal_toggle_single_server`,
      );
    }
    if (view && this.host.needsUserAuth(view, ctx)) throw this.host.authorizationRequired(session, serverId);
  }

  private log(
    session: PortalSession,
    ctx: AccessContext,
    started: number,
    status: LogStatus,
    fields: {
      method: string;
      serverId?: string;
      capability?: string;
      error?: string;
      executionId?: string;
      payload?: { arguments?: unknown; result?: unknown };
    },
  ): void {
    this.logger.record({
      status,
      portalId: session.portalId,
      serverId: fields.serverId ?? null,
      method: fields.method,
      capability: fields.capability ?? null,
      durationMs: performance.now() - started,
      user: principalLabel(ctx.principal),
      sessionId: session.id ?? null,
      error: fields.error ?? null,
      // One shape for every row (no conditional spreads): `record` treats undefined as absent.
      executionId: fields.executionId,
      payload: fields.payload,
    });
  }

  async listTools(session: PortalSession, extra: Extra): Promise<Record<string, unknown>> {
    return toolsForMode(session.mode, upstreamTools(this.listed(session, extra, 'tools/list')));
  }

  async listPrompts(session: PortalSession, extra: Extra): Promise<Record<string, unknown>> {
    return promptsResult(this.listed(session, extra, 'prompts/list'));
  }

  /**
   * The `tools/list` / `prompts/list` result as UTF-8 JSON, kept per visible set in the portal's catalog:
   * sessions that see the same servers share one serialisation, so building a list costs the same however
   * many tools it holds (until the catalog changes); only the bytes sent grow.
   */
  async listJson(
    session: PortalSession,
    extra: Extra,
    method: 'tools/list' | 'prompts/list',
  ): Promise<Buffer> {
    const v = this.listed(session, extra, method);
    const catalog = this.host.catalog(session.portalId);
    const key =
      method === 'tools/list' ? `${method}|${session.mode}|${v.toolsPrint}` : `${method}|${v.promptsPrint}`;
    let json = catalog?.lists.get(key);
    if (json === undefined) {
      const result =
        method === 'tools/list' ? toolsForMode(session.mode, upstreamTools(v)) : promptsResult(v);
      json = Buffer.from(JSON.stringify(result));
      if (catalog) {
        if (catalog.lists.size >= MAX_CACHED_LISTS) catalog.lists.clear();
        catalog.lists.set(key, json);
      }
    }
    return json;
  }

  /** What the session sees now; records that the client was shown this list, and logs the request. */
  private listed(session: PortalSession, extra: Extra, method: 'tools/list' | 'prompts/list'): Visible {
    const started = performance.now();
    const ctx = ctxOf(session, extra);
    const v = this.host.visible(session, ctx);
    if (method === 'tools/list') session.sent.tools = shownTools(session.mode, v);
    else session.sent.prompts = v.promptsPrint;
    this.log(session, ctx, started, 'ok', { method });
    return v;
  }

  /**
   * Runs `run` (a request to `server`); on a server the user authorises themselves, a link that cannot
   * open without their grant prompts for it, and an upstream refusing their token (401) gets one forced
   * refresh and one retry, then the prompt (the grant is gone or dead: it is never failed silently).
   */
  private async withUserGrant<T>(
    session: PortalSession,
    ctx: AccessContext,
    catalog: Catalog,
    server: ServerRecord,
    run: () => Promise<T>,
  ): Promise<T> {
    const view = catalog.servers.find((v) => v.server.id === server.id);
    const perUser = view?.mapping.on_behalf === true && server.auth_type === 'oauth';
    try {
      return await run();
    } catch (err) {
      if (!perUser || !(err instanceof UpstreamUnavailableError) || ctx.principal.kind !== 'user') throw err;
      if (err.needsUserAuth) throw this.host.authorizationRequired(session, server.id);
      if (err.status !== 401) throw err;
      const fresh = await this.host.refreshUserGrant(session, server.id);
      if (fresh !== 'ok') {
        throw this.host.authorizationRequired(
          session,
          server.id,
          'your authorization expired or was revoked',
        );
      }
      session.links.drop(server.id);
      try {
        return await run();
      } catch (again) {
        if (again instanceof UpstreamUnavailableError && (again.status === 401 || again.needsUserAuth)) {
          throw this.host.authorizationRequired(session, server.id, 'the server refused your authorization');
        }
        throw again;
      }
    }
  }

  callTool(session: PortalSession, params: Record<string, unknown> & { name: string }, extra: Extra) {
    return this.call(session, 'tools/call', params, extra);
  }

  getPrompt(session: PortalSession, params: Record<string, unknown> & { name: string }, extra: Extra) {
    return this.call(session, 'prompts/get', params, extra);
  }

  /**
   * One tool call or prompt get, however it came: from the client, or from a context-mode tool
   * (`executionId` is then that execution's, and goes on this call's log row).
   */
  private async call(
    session: PortalSession,
    method: 'tools/call' | 'prompts/get',
    params: Record<string, unknown> & { name: string },
    extra: Extra,
    executionId?: string,
  ): Promise<Record<string, unknown>> {
    const started = performance.now();
    const ctx = ctxOf(session, extra);
    const args = params.arguments;
    const fields: { method: string; serverId?: string; capability?: string; executionId?: string } = {
      method,
      capability: params.name,
      ...(executionId ? { executionId } : {}),
    };
    /** The row's fields: `fields` itself (no copy per call), with the payload when payloads are captured. */
    const logFields = (result: unknown) =>
      this.logger.capturesPayloads ? { ...fields, payload: { arguments: args, result } } : fields;
    try {
      const modeTool = method === 'tools/call' ? modeToolOf(session.mode, params.name) : undefined;
      if (modeTool !== undefined && executionId === undefined) {
        const own = ContextTools.newExecutionId();
        fields.capability = modeTool;
        fields.executionId = own;
        const input = args === undefined ? {} : args;
        if (typeof input !== 'object' || input === null || Array.isArray(input)) {
          throw new RpcError(ErrorCode.InvalidParams, `${modeTool}: arguments must be an object`);
        }
        const result = await this.contextTools.run(
          session,
          modeTool,
          input as Record<string, unknown>,
          extra,
          own,
        );
        // The run's row says how it ended: cancelled by the client, or the first line of its error.
        const status = extra.signal.aborted ? 'cancelled' : result.isError ? 'error' : 'ok';
        const first = result.content?.[0];
        const error = result.isError && first?.type === 'text' ? first.text.split('\n')[0] : undefined;
        this.log(session, ctx, started, status, { ...logFields(result), ...(error ? { error } : {}) });
        return result;
      }
      if (method === 'tools/call' && BUILTIN_NAMES.has(params.name)) {
        const result = await callBuiltin(
          this.host.builtinHost(session, ctx),
          params.name,
          (args ?? {}) as Record<string, unknown>,
          extra,
        );
        this.log(session, ctx, started, result.isError ? 'error' : 'ok', logFields(result));
        return result;
      }
      const catalog = this.host.catalog(session.portalId);
      const entry =
        method === 'tools/call' ? catalog?.tools.get(params.name) : catalog?.prompts.get(params.name);
      if (!catalog || !entry) {
        const kind = method === 'tools/call' ? 'tool' : 'prompt';
        throw new RpcError(ErrorCode.InvalidParams, `unknown ${kind} "${params.name}"`);
      }
      fields.serverId = entry.serverId;
      fields.capability = entry.original;
      this.check(session, ctx, catalog, entry.serverId);
      const server = catalog.servers.find((v) => v.server.id === entry.serverId)?.server;
      if (!server) throw new RpcError(ErrorCode.InvalidParams, `unknown server "${entry.serverId}"`);
      let result: Record<string, unknown>;
      // The portal declares no `tasks`: a client's task augmentation is ignored (MCP: processed normally).
      const { task: _task, ...plain } = params;
      plain.name = entry.original;
      const timeoutMs = this.callTimeoutMs;
      const run = () =>
        method === 'tools/call' && catalog.taskRequired.has(params.name)
          ? callAsTask(session.links, { server, params: plain, timeoutMs }, extra)
          : forward(session.links, { server, method, params: plain, timeoutMs }, extra);
      try {
        result = await this.withUserGrant(session, ctx, catalog, server, run);
        if (method === 'tools/call' && result.isError === true) {
          const why = await notOffered(session, server, params.name, entry.original, this.callTimeoutMs);
          if (why !== undefined) result = { isError: true, content: [{ type: 'text', text: why }] };
        }
      } catch (err) {
        if (err instanceof RpcError && err.code === ErrorCode.InvalidParams && method === 'tools/call') {
          const why = await notOffered(session, server, params.name, entry.original, this.callTimeoutMs);
          if (why !== undefined) throw new RpcError(ErrorCode.InvalidParams, why);
        }
        if (!(err instanceof UpstreamUnavailableError)) throw err;
        if (method === 'prompts/get') throw new RpcError(ErrorCode.InternalError, err.message);
        const failed: CallToolResult = { isError: true, content: [{ type: 'text', text: err.message }] };
        this.log(session, ctx, started, 'error', { ...logFields(failed), error: err.message });
        return failed;
      }
      const isError = (result as { isError?: unknown }).isError === true;
      this.log(session, ctx, started, isError ? 'error' : 'ok', logFields(result));
      return exposeResultUris(entry.serverId, result);
    } catch (err) {
      if (
        err instanceof AuthorizationRequired &&
        method === 'tools/call' &&
        err.code !== URL_ELICITATION_REQUIRED
      ) {
        // A client without URL elicitation: a tool error its user reads, with the link to open.
        const failed: CallToolResult = { isError: true, content: [{ type: 'text', text: err.message }] };
        this.log(session, ctx, started, 'error', { ...fields, error: err.message });
        return failed;
      }
      const rpc = asRpcError(err);
      this.log(session, ctx, started, rpc.status, { ...fields, error: rpc.message });
      throw rpc;
    }
  }
}
