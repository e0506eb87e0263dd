/**
 * Forwarding one request (`tools/call`, `prompts/get`, ...) to its upstream under the original name through
 * the link's `UpstreamRpc`: progress under the client's token; what the upstream asks or notifies during the
 * call goes to the client on the call's stream (`relay.ts`); the client's cancellation cancels upstream; a
 * timeout (restarted by progress) and an upstream JSON-RPC error become JSON-RPC errors. A stale upstream
 * session is re-initialised and the request sent again once; after a transport failure, only when that is
 * safe. Other failures name the upstream, whatever the request carried.
 */
import { StreamableHTTPError } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { RequestHandlerExtra } from '@modelcontextprotocol/sdk/shared/protocol.js';
import {
  ErrorCode,
  ResultSchema,
  type ServerNotification,
  type ServerRequest,
} from '@modelcontextprotocol/sdk/types.js';
import type { LogStatus, ServerRecord } from '../store/repository.js';
import { classify } from '../sync/classify.js';
import { redact } from '../sync/failure.js';
import { displayUrl } from '../sync/transport-plan.js';
import { cancellationOf } from './cancellation.js';
import { RELAY_TIMEOUT_MS, relayedNotification, relayRequest } from './relay.js';
import {
  type RequestOptions,
  UpstreamRpcError,
  UpstreamTimeoutError,
  UpstreamWireError,
} from './upstream-rpc.js';
import { type UpstreamLinks, UpstreamUnavailableError } from './upstreams.js';

export type Extra = RequestHandlerExtra<ServerRequest, ServerNotification>;

/** A JSON-RPC error to send as is (code, message and data unchanged). */
export class RpcError extends Error {
  constructor(
    readonly code: number,
    message: string,
    readonly data?: unknown,
    /** How the request is logged. */
    readonly status: LogStatus = 'error',
  ) {
    super(message);
  }
}

export interface ForwardRequest {
  server: ServerRecord;
  /** Any request the upstream serves (`tools/call`, `prompts/get`, `resources/read`, `tasks/result`...). */
  method: string;
  /** The request params, with names and URIs already the upstream's own. */
  params: Record<string, unknown>;
  /** Keep relaying progress under the request's token after the answer, until this aborts (a task's). */
  progressUntil?: AbortSignal;
  timeoutMs: number;
}

/** Methods that only read: sent again after a transport failure even if the upstream may have seen them. */
const SAFE_TO_REPEAT = new Set([
  'ping',
  'tools/list',
  'prompts/list',
  'prompts/get',
  'resources/list',
  'resources/templates/list',
  'resources/read',
  'completion/complete',
]);

/**
 * Sends the request upstream and returns the result. Throws RpcError (to be sent to the client) or
 * UpstreamUnavailableError (the upstream cannot be reached; the caller decides how to report it).
 */
export async function forward(
  links: UpstreamLinks,
  req: ForwardRequest,
  extra: Extra,
): Promise<Record<string, unknown>> {
  const { server } = req;
  // The client's progress token stays here (the upstream gets its own); other `_meta` goes on. Without
  // `_meta` (most calls) the params go as they are, uncopied.
  let params = req.params;
  let progressToken: unknown;
  if (params._meta !== undefined) {
    const { _meta, ...rest } = params as { _meta?: Record<string, unknown> } & Record<string, unknown>;
    const { progressToken: token, ...meta } = _meta ?? {};
    progressToken = token;
    params = Object.keys(meta).length > 0 ? { ...rest, _meta: meta } : rest;
  }
  const client = links.client;
  const cancelled = cancellationOf(extra);
  // One literal of fixed shape, made once for every attempt (absent options are undefined).
  const options: RequestOptions = {
    signal: cancelled,
    timeoutMs: req.timeoutMs,
    // What the upstream sends about this call goes to the client on the call's own stream.
    onServerRequest: (request, signal) =>
      relayRequest(server.id, client?.capabilities(), request, (r) =>
        extra.sendRequest(r as never, ResultSchema, { signal, timeout: RELAY_TIMEOUT_MS }),
      ),
    onNotification: (method, p) => {
      const n = client && relayedNotification(server.id, method, p, client);
      if (n) void extra.sendNotification(n as never).catch(() => undefined);
      else links.unrelated(server.id, method, p);
    },
    progressUntil: req.progressUntil,
    onProgress:
      progressToken === undefined
        ? undefined
        : (p) => {
            void extra
              .sendNotification({
                method: 'notifications/progress',
                params: { ...p, progressToken },
              } as never)
              .catch(() => undefined);
          },
  };
  for (let attempt = 0; ; attempt++) {
    const connection = await links.get(server);
    const secrets = links.secretsOf(server.id);
    try {
      return await connection.rpc.request(req.method, params, options);
    } catch (err) {
      if (cancelled.aborted) {
        throw new RpcError(ErrorCode.RequestTimeout, 'cancelled by the client', undefined, 'cancelled');
      }
      if (err instanceof UpstreamRpcError)
        throw new RpcError(err.code, redact(err.message, secrets), err.data);
      if (err instanceof UpstreamTimeoutError) {
        throw new RpcError(
          ErrorCode.RequestTimeout,
          `upstream "${server.id}" did not answer within ${req.timeoutMs} ms`,
          undefined,
          'timeout',
        );
      }
      // The transport failed under us: the next request reconnects (a new upstream session).
      links.drop(server.id);
      const wire = err instanceof UpstreamWireError ? err : undefined;
      if (attempt === 0 && wire && (wire.stale || !wire.delivered || SAFE_TO_REPEAT.has(req.method)))
        continue;
      throw unavailable(server, req.method, err, secrets);
    }
  }
}

/** The error naming the upstream that a transport failure becomes. */
function unavailable(
  server: ServerRecord,
  method: string,
  err: unknown,
  secrets: string[],
): UpstreamUnavailableError {
  const cause =
    err instanceof UpstreamWireError
      ? err.status !== undefined
        ? new StreamableHTTPError(err.status, err.message)
        : (err.cause ?? new StreamableHTTPError(-1, err.message))
      : err;
  const failure = classify(cause, {
    where: displayUrl(new URL(server.hostname)),
    transport: 'streamable-http',
    method,
  });
  return new UpstreamUnavailableError(
    server.id,
    `upstream "${server.id}" is unavailable: ${redact(failure.message, secrets)}`,
    failure.details.status_code,
  );
}
