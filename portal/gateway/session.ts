/**
 * One MCP session on a portal: a low-level SDK `Server` on a web-standard Streamable HTTP transport, bound
 * to the principal who opened it. It keeps the session's server toggles, its upstream connections and
 * what it last told the client it can see (a fingerprint per list), so `list_changed` goes out only
 * when the visible set really changes. Requests that reach the SDK server go through the same
 * `dispatch` as the fast path (`dispatch.ts`); the server only frames what it returns. It is the upstream
 * links' client side (`relay.ts`): the capabilities its client declared, its log level, and requests
 * relayed to the client with the session's own ids on either path (`client-requests.ts`).
 */
import { randomUUID } from 'node:crypto';
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { WebStandardStreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js';
import {
  CallToolRequestSchema,
  CompleteRequestSchema,
  ErrorCode,
  GetPromptRequestSchema,
  ListPromptsRequestSchema,
  ListResourcesRequestSchema,
  ListResourceTemplatesRequestSchema,
  ListToolsRequestSchema,
  type LoggingLevel,
  ReadResourceRequestSchema,
  type RequestId,
  RootsListChangedNotificationSchema,
  SetLevelRequestSchema,
  SubscribeRequestSchema,
  UnsubscribeRequestSchema,
} from '@modelcontextprotocol/sdk/types.js';
import type { jsonSchemaValidator } from '@modelcontextprotocol/sdk/validation/types.js';
import * as z from 'zod/v4';
import {
  CODE_EXECUTE_TOOL,
  CODE_SEARCH_TOOL,
  type ContextMode,
  EXECUTE_TOOL,
  QUERY_TOOL,
} from '../../schemas/context-modes.js';
import { type AccessContext, type Principal, principalKey } from '../access/principal.js';
import { ClientRequests } from './client-requests.js';
import type { DirectRequest } from './direct.js';
import { type DispatchHandlers, dispatch } from './dispatch.js';
import type { Extra } from './forward.js';
import { type ClientSide, RELAY_TIMEOUT_MS } from './relay.js';
import { withoutTaskAugmentation } from './tasks.js';
import { UpstreamLinks, type UpstreamOptions } from './upstreams.js';

export const PORTAL_VERSION = '0.1.0';

/** The portal never validates form elicitation answers (it only sends URL elicitations). */
const NO_VALIDATION: jsonSchemaValidator = {
  getValidator: () => () => ({ valid: false, data: undefined, errorMessage: 'not used by the portal' }),
};

type Params = Record<string, unknown>;

/** What the session's `instructions` add in each context mode. */
const MODE_INSTRUCTIONS: Record<ContextMode, string> = {
  full: '',
  minimize_tools: ` Tools are listed by name only: ${QUERY_TOOL} returns their descriptions and input schemas.`,
  search_and_execute: ` Find tools with ${QUERY_TOOL} and call them with ${EXECUTE_TOOL}.`,
  code: ` Find tools with ${CODE_SEARCH_TOOL} (TypeScript declarations), then run JavaScript that calls them with ${CODE_EXECUTE_TOOL}.`,
};

/** What the gateway does for each request of a session. */
export interface SessionHandlers {
  listTools(session: PortalSession, extra: Extra): Promise<Params>;
  callTool(session: PortalSession, params: Params & { name: string }, extra: Extra): Promise<Params>;
  listPrompts(session: PortalSession, extra: Extra): Promise<Params>;
  getPrompt(session: PortalSession, params: Params & { name: string }, extra: Extra): Promise<Params>;
}

export interface SessionInit {
  portalId: string;
  portalName: string;
  /** `https://host` or `http://127.0.0.1:port/portals/<id>`: where the session's pages live. */
  baseUrl: string;
  /** How the client sees the tools (`context-mode.ts`), for the session's life. */
  mode: ContextMode;
  ctx: AccessContext;
  /** Servers the user logged out of in this portal. */
  loggedOut: Iterable<string>;
  handlers: DispatchHandlers;
  upstream: UpstreamOptions;
  now: () => number;
  /** Called once the client's `initialize` was accepted (the session id exists). */
  onInitialized: (session: PortalSession) => void;
  onClosed: (session: PortalSession) => void;
}

export class PortalSession {
  readonly server: Server;
  readonly transport: WebStandardStreamableHTTPServerTransport;
  readonly links: UpstreamLinks;
  readonly portalId: string;
  readonly baseUrl: string;
  readonly mode: ContextMode;
  readonly principal: Principal;
  readonly key: string;
  /** The context of the latest request (principal details and IP). */
  ctx: AccessContext;
  /** Servers turned off in this session. */
  readonly disabled = new Set<string>();
  /** Servers the user logged out of (shared by the user's sessions in this portal). */
  readonly loggedOut: Set<string>;
  /** Server id -> the elicitation id of this session's pending prompt to authorise it (one per server). */
  readonly authPrompts = new Map<string, string>();
  /** Fingerprints of what the client was last shown (or told about). */
  sent: { tools: string; prompts: string; resources: string } = { tools: '', prompts: '', resources: '' };
  lastActive: number;
  /** The level the client set with `logging/setLevel` (undefined: all upstream log messages relayed). */
  logLevel: LoggingLevel | undefined;
  /** Requests the fast path relayed to the client on a call's stream, waiting for its answer. */
  readonly clientRequests = new ClientRequests();
  private closed = false;
  /** Requests answered by the gateway itself (`direct.ts`) still running, by id, to cancel them. */
  private readonly direct = new Map<string, { abort(reason: Error): void }>();

  constructor(private readonly init: SessionInit) {
    this.portalId = init.portalId;
    this.baseUrl = init.baseUrl;
    this.mode = init.mode;
    this.ctx = init.ctx;
    this.principal = init.ctx.principal;
    this.key = principalKey(init.ctx.principal);
    this.loggedOut = new Set(init.loggedOut);
    this.lastActive = init.now();
    const client: ClientSide = {
      capabilities: () => this.server.getClientCapabilities(),
      logLevel: () => this.logLevel,
      watches: (serverId, uri) => init.handlers.resources.watches(this, serverId, uri),
      request: (request, signal) => this.requestClient(request, { signal, timeoutMs: RELAY_TIMEOUT_MS }),
      notify: (method, params) => {
        if (this.closed) return;
        this.server.notification({ method, params } as never).catch(() => undefined);
      },
    };
    this.links = new UpstreamLinks({
      ...init.upstream,
      client,
      onOpened: (serverId, connection) => init.handlers.resources.resubscribe(this, serverId, connection),
    });
    this.server = new Server(
      { name: 'mcp-portals', title: init.portalName, version: PORTAL_VERSION },
      {
        capabilities: {
          tools: { listChanged: true },
          prompts: { listChanged: true },
          resources: { subscribe: true, listChanged: true },
          logging: {},
          completions: {},
        },
        instructions:
          `MCP portal "${init.portalName}". Tools and prompts are named {server_id}_{name}; ` +
          'resource URIs are {scheme}://{server_id}/{original URI}. ' +
          'portal_list_servers shows your servers; portal_toggle_single_server and portal_toggle_servers turn them on or off.' +
          MODE_INSTRUCTIONS[init.mode],
        jsonSchemaValidator: NO_VALIDATION,
      },
    );
    const via =
      (method: DirectRequest['method']) =>
      async (req: { params?: unknown }, extra: Extra): Promise<Params> => {
        const params = (req.params ?? {}) as Params;
        // Requests relayed to the client during this one go on its stream with the session's string ids.
        const ctx: Extra = {
          ...extra,
          sendRequest: (r, _schema, o) =>
            this.requestClient(
              r,
              { ...(o?.signal ? { signal: o.signal } : {}), timeoutMs: o?.timeout ?? RELAY_TIMEOUT_MS },
              extra.requestId,
            ) as never,
        };
        const reply = await dispatch(init.handlers, this, { id: extra.requestId, method, params }, ctx);
        // The SDK server sends a thrown error's code, message and data as they are.
        if (!reply.ok) throw Object.assign(new Error(reply.error.message), reply.error);
        const { result } = reply;
        return JSON.parse(typeof result === 'string' ? result : result.toString('utf8')) as Params;
      };
    // The SDK parses a request with its handler's schema and answers a mismatch with -32603 and zod's whole
    // report; the portal's handlers take any params of their method and check them here: -32602 naming the
    // field. (tools/call is checked by the SDK server before this, also with -32602.)
    const handle = (schema: z.ZodType, method: DirectRequest['method']) => {
      const run = via(method);
      this.server.setRequestHandler(
        z.looseObject({ method: z.literal(method) }) as never,
        (async (req: unknown, extra: Extra) => {
          const checked = schema.safeParse(req);
          if (!checked.success) {
            const why = checked.error.issues.map((i) => `${i.path.join('.') || '(request)'}: ${i.message}`);
            throw Object.assign(new Error(`Invalid ${method} request: ${why.join('; ')}`), {
              code: ErrorCode.InvalidParams,
            });
          }
          return run(checked.data as { params?: unknown }, extra);
        }) as never,
      );
    };
    handle(ListToolsRequestSchema, 'tools/list');
    handle(CallToolRequestSchema, 'tools/call');
    handle(ListPromptsRequestSchema, 'prompts/list');
    handle(GetPromptRequestSchema, 'prompts/get');
    handle(ListResourcesRequestSchema, 'resources/list');
    handle(ListResourceTemplatesRequestSchema, 'resources/templates/list');
    handle(ReadResourceRequestSchema, 'resources/read');
    handle(SubscribeRequestSchema, 'resources/subscribe');
    handle(UnsubscribeRequestSchema, 'resources/unsubscribe');
    handle(CompleteRequestSchema, 'completion/complete');
    // Replaces the SDK's own setLevel handler: the level is the session's, passed on to its upstreams.
    handle(SetLevelRequestSchema, 'logging/setLevel');
    this.server.setNotificationHandler(RootsListChangedNotificationSchema, () => this.links.rootsChanged());
    this.transport = new WebStandardStreamableHTTPServerTransport({
      sessionIdGenerator: () => randomUUID(),
      onsessioninitialized: () => init.onInitialized(this),
      onsessionclosed: () => void this.close(),
    });
    this.server.onclose = () => void this.close();
  }

  get id(): string | undefined {
    return this.transport.sessionId;
  }

  async start(): Promise<void> {
    await this.server.connect(this.transport);
    // Answers to requests the fast path relayed can also arrive through the SDK transport (a batch mixing
    // them with other messages, or a POST the fast path does not take): they are settled here.
    const onmessage = this.transport.onmessage;
    this.transport.onmessage = (message, extra) => {
      if (!this.clientRequests.settle(message)) onmessage?.(withoutTaskAugmentation(message), extra);
    };
  }

  /**
   * Sends a request to the client through the SDK transport, on the stream of request `related` (else the
   * standalone stream), and returns its result (`client-requests.ts`).
   */
  requestClient(
    request: { method: string; params?: Params },
    opts: { signal?: AbortSignal; timeoutMs: number },
    related?: RequestId,
  ): Promise<Params> {
    const on = related !== undefined ? { relatedRequestId: related } : undefined;
    return this.clientRequests.send(
      request,
      opts,
      (message) => !this.closed && this.transport.send(message as never, on),
      (cancel) => {
        if (this.closed) return;
        // The call's stream may be gone by now: then the standalone stream.
        this.transport
          .send(cancel as never, on)
          .catch(() => this.transport.send(cancel as never))
          .catch(() => undefined);
      },
    );
  }

  /** Sets the session's log level and passes it on to its upstreams that declared logging. */
  setLogLevel(level: LoggingLevel): void {
    this.logLevel = level;
    this.links.setLogLevel(level);
  }

  touch(ctx: AccessContext): void {
    this.ctx = ctx;
    this.lastActive = this.init.now();
  }

  /** Registers a running direct request; returns the function that unregisters it. */
  trackDirect(id: RequestId, ctl: { abort(reason: Error): void }): () => void {
    const key = `${typeof id}:${id}`;
    if (this.direct.has(key)) return () => {};
    this.direct.set(key, ctl);
    return () => this.direct.delete(key);
  }

  /** Cancels a running direct request; false when no such request runs. */
  cancelDirect(id: RequestId, reason: string): boolean {
    const ctl = this.direct.get(`${typeof id}:${id}`);
    ctl?.abort(new Error(reason));
    return ctl !== undefined;
  }

  get isClosed(): boolean {
    return this.closed;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.init.onClosed(this);
    for (const ctl of this.direct.values()) ctl.abort(new Error('the session was closed'));
    this.clientRequests.close(new Error('the session was closed'));
    await this.server.close().catch(() => undefined);
    await this.links.close();
  }
}
