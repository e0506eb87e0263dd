/**
 * Forwarding one `tools/call` or `prompts/get` to its upstream under the original name: progress
 * notifications are relayed under the client's progress token, the client's cancellation cancels the
 * upstream request, a timeout (reset by progress) becomes a JSON-RPC timeout error, an upstream JSON-RPC
 * error passes through with its code, message and data, and a transport failure drops the connection.
 * A call with no progress to relay goes out as one lean POST on the link's session (`upstream-rpc.ts`);
 * one with a progress token, or over the legacy SSE transport, goes through the SDK client.
 */
import { StreamableHTTPError } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { RequestHandlerExtra } from '@modelcontextprotocol/sdk/shared/protocol.js';
import {
  ErrorCode,
  McpError,
  type ServerNotification,
  type ServerRequest,
} from '@modelcontextprotocol/sdk/types.js';
import { z } from 'zod';
import type { LogStatus, ServerRecord } from '../store/repository.js';
import { classify } from '../sync/classify.js';
import { redact } from '../sync/failure.js';
import { displayUrl } from '../sync/transport-plan.js';
import { RpcRedirected, rpcRequest } from './upstream-rpc.js';
import { type UpstreamConnection, type UpstreamLinks, UpstreamUnavailableError } from './upstreams.js';

export type Extra = RequestHandlerExtra<ServerRequest, ServerNotification>;

/** Any result, kept exactly as the upstream sent it. */
const AnyResult = z.looseObject({});

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

/** The message an McpError was built from (the SDK prefixes "MCP error <code>: "). */
export function originalMessage(err: McpError): string {
  return err.message.replace(/^MCP error -?\d+: /, '');
}

export interface ForwardRequest {
  server: ServerRecord;
  method: 'tools/call' | 'prompts/get';
  /** The request params with `name` already set to the upstream's name. */
  params: Record<string, unknown> & { name: string };
  timeoutMs: number;
}

/**
 * Sends the request upstream and returns the result. Throws RpcError (to be sent to the client) or
 * UpstreamUnavailableError (the upstream cannot be reached; the caller decides how to report it).
 */
export async function forward(
  links: UpstreamLinks,
  req: ForwardRequest,
  extra: Extra,
): Promise<Record<string, unknown>> {
  try {
    return await forwardOnce(links, req, extra);
  } catch (err) {
    if (!(err instanceof SessionLost)) throw err;
    return forwardOnce(links, req, extra);
  }
}

/** The upstream no longer knows our session (HTTP 404): the request was not processed. */
class SessionLost extends Error {}

async function forwardOnce(
  links: UpstreamLinks,
  req: ForwardRequest,
  extra: Extra,
): Promise<Record<string, unknown>> {
  const { server } = req;
  const connection = await links.get(server);
  const { _meta, ...rest } = req.params as { _meta?: Record<string, unknown> } & Record<string, unknown>;
  const { progressToken, ...meta } = _meta ?? {};
  const params = Object.keys(meta).length > 0 ? { ...rest, _meta: meta } : rest;
  try {
    if (progressToken === undefined && connection.rpc) {
      try {
        return await rpcRequest(connection.rpc, req.method, params, {
          signal: extra.signal,
          timeoutMs: req.timeoutMs,
        });
      } catch (err) {
        // A redirect was not processed upstream: the SDK client follows it (within the origin).
        if (!(err instanceof RpcRedirected)) throw err;
      }
    }
    return await viaClient(connection, req, params, progressToken, extra);
  } catch (err) {
    const secrets = links.secretsOf(server.id);
    if (extra.signal.aborted)
      throw new RpcError(ErrorCode.RequestTimeout, 'cancelled by the client', undefined, 'cancelled');
    if (err instanceof McpError) {
      if (err.code === ErrorCode.RequestTimeout) {
        throw new RpcError(
          ErrorCode.RequestTimeout,
          `upstream "${server.id}" did not answer within ${req.timeoutMs} ms`,
          undefined,
          'timeout',
        );
      }
      if (err.code === ErrorCode.ConnectionClosed) links.drop(server.id);
      throw new RpcError(err.code, redact(originalMessage(err), secrets), err.data);
    }
    // Anything else is the transport failing under us: the next call reconnects.
    links.drop(server.id);
    if (err instanceof StreamableHTTPError && err.code === 404) throw new SessionLost();
    const failure = classify(err, {
      where: displayUrl(new URL(server.hostname)),
      transport: 'streamable-http',
      method: req.method,
    });
    throw new UpstreamUnavailableError(
      server.id,
      `upstream "${server.id}" is unavailable: ${redact(failure.message, secrets)}`,
    );
  }
}

/** Sends the request through the SDK client, relaying progress under the client's token. */
function viaClient(
  connection: UpstreamConnection,
  req: ForwardRequest,
  params: Record<string, unknown>,
  progressToken: unknown,
  extra: Extra,
): Promise<Record<string, unknown>> {
  return connection.client.request({ method: req.method, params } as never, AnyResult, {
    // A closed connection rejects its pending requests itself; only the client's cancellation is needed here.
    signal: extra.signal,
    timeout: req.timeoutMs,
    resetTimeoutOnProgress: true,
    ...(progressToken !== undefined
      ? {
          onprogress: (p) => {
            void extra
              .sendNotification({
                method: 'notifications/progress',
                params: { ...p, progressToken },
              } as never)
              .catch(() => undefined);
          },
        }
      : {}),
  });
}
