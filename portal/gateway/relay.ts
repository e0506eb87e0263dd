/**
 * What an upstream sends towards the portal session's client: its requests (sampling, elicitation, roots)
 * relayed to the client that made the call (on that call's stream) or, when related to no call, on the
 * client's standalone stream, each checked against the capabilities that client declared and bounded by
 * RELAY_TIMEOUT_MS; its notifications (logging filtered by the session's level and named after the
 * server, resource URIs namespaced, elicitation completion, resource list changes) mapped for the client.
 */
import {
  type ClientCapabilities,
  ErrorCode,
  type LoggingLevel,
  LoggingLevelSchema,
  McpError,
  RELATED_TASK_META_KEY,
} from '@modelcontextprotocol/sdk/types.js';
import { exposeUri } from './resource-uri.js';
import type { Params, ServerRequest } from './upstream-rpc.js';

/**
 * How long a relayed request may wait for the client's answer: a person may be answering an elicitation
 * or reviewing a sampling request, so the call's own timeout is paused meanwhile (`upstream-rpc.ts`) and
 * this bound applies instead (the same ten minutes server-everything gives a URL elicitation).
 */
export const RELAY_TIMEOUT_MS = 10 * 60_000;

/** The portal session's client, as the upstream links see it (`session.ts` implements it). */
export interface ClientSide {
  /** What the client declared in `initialize` (undefined before it did). */
  capabilities(): ClientCapabilities | undefined;
  /** The level set with `logging/setLevel` (undefined: everything is relayed). */
  logLevel(): LoggingLevel | undefined;
  /**
   * Whether the client is subscribed to resource `uri` (the upstream's own) of `serverId` and the portal's
   * resource rules expose it: only then is its `notifications/resources/updated` relayed.
   */
  watches(serverId: string, uri: string): boolean;
  /** Sends a request on the client's standalone stream and returns the client's result. */
  request(request: ServerRequest, signal: AbortSignal): Promise<Params>;
  /** Sends a notification on the client's standalone stream (best effort). */
  notify(method: string, params: Params): void;
}

/** The MCP Apps extension (`ui://` resources rendered by the host), which the portal passes through. */
export const MCP_APPS_EXTENSION = 'io.modelcontextprotocol/ui';

/**
 * What the capability sync declares in `initialize`: every client capability the portal relays to its
 * clients, so servers that offer some tools only to clients able to answer sampling,
 * elicitation or roots requests (server-everything does) list them. A session whose client lacks one
 * gets a clear error when such a tool asks. Never tasks: the portal does not relay task-augmented
 * requests to its clients. The sync client answers no requests itself (the SDK replies "method not found").
 */
export const RELAYABLE_CAPABILITIES = {
  sampling: {},
  elicitation: { form: {}, url: {} },
  roots: { listChanged: true },
  // MCP Apps: servers register their UI tools only for hosts that declare it.
  extensions: { [MCP_APPS_EXTENSION]: { mimeTypes: ['text/html;profile=mcp-app'] } },
};

/** The client capabilities an upstream is told about: those the client declared that the portal relays. */
export function relayedCapabilities(caps: ClientCapabilities | undefined): ClientCapabilities {
  const out: ClientCapabilities = {};
  if (caps?.sampling) out.sampling = caps.sampling;
  if (caps?.elicitation) out.elicitation = caps.elicitation;
  if (caps?.roots) out.roots = caps.roots;
  const ui = caps?.extensions?.[MCP_APPS_EXTENSION];
  if (ui !== undefined) out.extensions = { [MCP_APPS_EXTENSION]: ui };
  return out;
}

/**
 * What `RELAYABLE_CAPABILITIES` (declared by the capability sync) has that this client did not declare: a
 * server may offer some of its tools only to such clients. Empty when none. Kept beside that constant.
 */
export function undeclared(caps: ClientCapabilities | undefined): string[] {
  const out: string[] = [];
  if (!caps?.sampling) out.push('sampling');
  if (!caps?.elicitation) out.push('elicitation');
  else if (!caps.elicitation.url) out.push('URL-mode elicitation');
  if (!caps?.roots) out.push('roots');
  if (caps?.extensions?.[MCP_APPS_EXTENSION] === undefined) out.push(`the ${MCP_APPS_EXTENSION} extension`);
  return out;
}

/** Why `caps` cannot take `request` (undefined when it can, or the method needs no capability). */
export function missingCapability(
  caps: ClientCapabilities | undefined,
  request: ServerRequest,
): string | undefined {
  switch (request.method) {
    case 'sampling/createMessage':
      if (!caps?.sampling) return 'the client did not declare the sampling capability';
      if (request.params.tools !== undefined && !caps.sampling.tools) {
        return 'the client did not declare sampling with tools';
      }
      return undefined;
    case 'elicitation/create': {
      if (!caps?.elicitation) return 'the client did not declare the elicitation capability';
      const mode = request.params.mode ?? 'form';
      const e = caps.elicitation as { form?: object; url?: object };
      if (mode === 'url') return e.url ? undefined : 'the client supports no URL-mode elicitation';
      if (mode !== 'form') return `elicitation mode ${JSON.stringify(mode)} is unknown`;
      // A client that declares `elicitation: {}` supports form mode (MCP 2025-11-25).
      return e.form || !e.url ? undefined : 'the client supports no form-mode elicitation';
    }
    case 'roots/list':
      return caps?.roots ? undefined : 'the client did not declare the roots capability';
    default:
      return undefined;
  }
}

/** The requests the portal relays to clients. */
const RELAYED = new Set(['sampling/createMessage', 'elicitation/create', 'roots/list']);

/**
 * Relays `request` of upstream `serverId` with `send` (the call's stream or the standalone one), after the
 * capability check. `ping` is answered here. A refusal is a JSON-RPC error the upstream gets (its tool then
 * reports it); the client's own error passes through with its code, message and data.
 */
export async function relayRequest(
  serverId: string,
  caps: ClientCapabilities | undefined,
  request: ServerRequest,
  send: (request: ServerRequest) => Promise<Params>,
): Promise<Params> {
  if (request.method === 'ping') return {};
  if (!RELAYED.has(request.method)) {
    throw rpcError(ErrorCode.MethodNotFound, `the portal does not relay ${request.method} to clients`);
  }
  const missing = missingCapability(caps, request);
  if (missing !== undefined) {
    throw rpcError(
      ErrorCode.InvalidRequest,
      `the portal cannot relay ${request.method} from "${serverId}": ${missing}`,
    );
  }
  try {
    return await send(withoutRelatedTaskOf(request));
  } catch (err) {
    throw clientError(err);
  }
}

/**
 * `params` without the upstream's task id in `_meta`: the client made no task and knows none (a client
 * with a task store of its own would look that task up and refuse the message).
 */
export function withoutRelatedTask<T extends Params>(params: T): T {
  const meta = params._meta;
  if (typeof meta !== 'object' || meta === null || !(RELATED_TASK_META_KEY in meta)) return params;
  const { [RELATED_TASK_META_KEY]: _, ...rest } = meta as Params;
  const { _meta: __, ...others } = params;
  return (Object.keys(rest).length > 0 ? { ...others, _meta: rest } : others) as T;
}

const withoutRelatedTaskOf = (request: ServerRequest): ServerRequest => {
  const params = withoutRelatedTask(request.params);
  return params === request.params ? request : { ...request, params };
};

/** A JSON-RPC error for the upstream (code, message and data as given). */
const rpcError = (code: number, message: string, data?: unknown) =>
  Object.assign(new Error(message), { code, ...(data !== undefined ? { data } : {}) });

/**
 * The error the upstream gets for the client's failure: the client's code, message and data (the SDK
 * puts "MCP error <code>: " in front of the message it received; that is taken off again), or a timeout.
 */
function clientError(err: unknown): Error {
  if (!(err instanceof McpError)) {
    const message = err instanceof Error ? err.message : String(err);
    return rpcError(ErrorCode.InternalError, `the client could not be asked: ${message}`);
  }
  const prefix = `MCP error ${err.code}: `;
  const message = err.message.startsWith(prefix) ? err.message.slice(prefix.length) : err.message;
  if (err.code === ErrorCode.RequestTimeout && message.startsWith('Request timed out')) {
    return rpcError(err.code, `the client did not answer within ${RELAY_TIMEOUT_MS} ms`, err.data);
  }
  return rpcError(err.code, message, err.data);
}

const SEVERITY = new Map(LoggingLevelSchema.options.map((level, i) => [level, i]));

/** The level named by `value`, or undefined when it is none. */
export function loggingLevel(value: unknown): LoggingLevel | undefined {
  return typeof value === 'string' && SEVERITY.has(value as LoggingLevel)
    ? (value as LoggingLevel)
    : undefined;
}

/**
 * The notification of upstream `serverId` as the client gets it, or undefined when it is not relayed:
 * `notifications/message` below `level` is dropped and its `logger` becomes `<server id>` or
 * `<server id>/<logger>`; `notifications/resources/updated` gets the exposed URI; elicitation completion
 * and `resources/list_changed` pass as they are. Tools/prompts `list_changed` (a capability sync), progress
 * of unknown requests and anything else are not relayed.
 */
export function relayedNotification(
  serverId: string,
  method: string,
  received: Params,
  client: Pick<ClientSide, 'logLevel' | 'watches'>,
): { method: string; params?: Params } | undefined {
  const level = client.logLevel();
  const params = withoutRelatedTask(received);
  switch (method) {
    case 'notifications/message': {
      const at = SEVERITY.get(params.level as LoggingLevel);
      if (at === undefined) return undefined;
      if (level !== undefined && at < (SEVERITY.get(level) ?? 0)) return undefined;
      const logger =
        typeof params.logger === 'string' && params.logger !== '' ? `${serverId}/${params.logger}` : serverId;
      return { method, params: { ...params, logger } };
    }
    case 'notifications/resources/updated': {
      const uri =
        typeof params.uri === 'string' && client.watches(serverId, params.uri)
          ? exposeUri(serverId, params.uri)
          : undefined;
      return uri === undefined ? undefined : { method, params: { ...params, uri } };
    }
    case 'notifications/elicitation/complete':
      return typeof params.elicitationId === 'string' ? { method, params } : undefined;
    case 'notifications/resources/list_changed':
      return { method };
    default:
      return undefined;
  }
}
