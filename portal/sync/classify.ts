/**
 * Maps whatever stopped a sync (SDK transport errors, fetch/socket errors, JSON-RPC errors, our own abort
 * reasons) to a `SyncFailure` with Cloudflare-shaped `error_details`: `is_upstream` says whether the
 * upstream answered with an error, `retryable` whether trying again later may help. Pure; never throws.
 */
import { SseError } from '@modelcontextprotocol/sdk/client/sse.js';
import { StreamableHTTPError } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { ErrorCode, McpError } from '@modelcontextprotocol/sdk/types.js';
import { ConnectTimeoutError, SyncAbortedError, SyncFailure, SyncTimeoutError } from './failure.js';
import type { TransportKind } from './transport-plan.js';

export interface FailureContext {
  /** Where the failing attempt went, already safe to display. */
  where: string;
  transport: TransportKind;
  /** The MCP method in flight (`initialize`, `tools/list`, ...). */
  method: string;
  /** The last fetch/socket error seen by this attempt (SSE errors do not carry it). */
  networkError?: unknown;
}

/** Classifies `err`; a `SyncFailure` passes through unchanged. */
export function classify(err: unknown, ctx: FailureContext): SyncFailure {
  if (err instanceof SyncFailure) return err;
  const refused = findRefusal(err);
  if (refused) return egressFailure(refused, ctx);
  if (err instanceof SyncTimeoutError)
    return failure(`${err.message} (during ${ctx.method})`, 'timeout', false, true);
  if (err instanceof ConnectTimeoutError) {
    return failure(`cannot reach upstream at ${ctx.where}: ${err.message}`, 'connect_timeout', false, true);
  }
  if (err instanceof SyncAbortedError) return failure(err.message, 'aborted', false, true);
  if (err instanceof StreamableHTTPError) {
    const status = err.code ?? -1;
    if (status > 0) return httpFailure(status, ctx, stripPrefix(err.message));
    return failure(
      `invalid response from upstream at ${ctx.where}: ${stripPrefix(err.message)}`,
      'invalid_response',
    );
  }
  if (err instanceof SseError) {
    if (typeof err.code === 'number' && err.code >= 300) return httpFailure(err.code, ctx, '');
    if (typeof err.code === 'number') {
      return failure(
        `invalid SSE response from upstream at ${ctx.where}: ${stripPrefix(err.message)}`,
        'invalid_response',
      );
    }
    return networkFailure(ctx.networkError ?? err, ctx);
  }
  if (err instanceof McpError) return mcpFailure(err, ctx);
  if (err instanceof Error) {
    // SSEClientTransport.send throws a plain Error naming the status.
    const posted = /Error POSTing to endpoint \(HTTP (\d{3})\):?\s*(.*)$/s.exec(err.message);
    if (posted) return httpFailure(Number(posted[1]), ctx, posted[2] ?? '');
    if (err.name === 'ZodError' || err.message.startsWith('Server sent invalid initialize result')) {
      return failure(`invalid ${ctx.method} response from upstream at ${ctx.where}`, 'invalid_response');
    }
    if (err.message.startsWith("Server's protocol version is not supported")) {
      return failure(`upstream at ${ctx.where}: ${err.message}`, 'unsupported_protocol');
    }
  }
  if (networkCode(err) !== undefined) return networkFailure(err, ctx);
  const text = describe(err);
  if (text === 'fetch failed: bad port') {
    return failure(
      `upstream URL ${ctx.where} uses a port that fetch refuses to connect to`,
      'blocked_port',
      false,
    );
  }
  if (err instanceof TypeError && err.message === 'fetch failed') return networkFailure(err, ctx);
  return new SyncFailure(`sync failed during ${ctx.method} at ${ctx.where}: ${text}`, {
    cause: 'internal',
    is_upstream: false,
    retryable: true,
  });
}

/** HTTP status → failure. 404/405/406 only get here when no attempt is left. */
export function httpFailure(status: number, ctx: FailureContext, detail: string): SyncFailure {
  const at = `at ${ctx.where} (${ctx.transport})`;
  const tail = detail.trim() ? `: ${oneLine(detail)}` : '';
  const upstream = (message: string, cause: string, retryable: boolean) =>
    new SyncFailure(message, { cause, is_upstream: true, retryable, status_code: status });
  if (status === 401)
    return upstream(`upstream rejected the credentials (HTTP 401) ${at}`, 'unauthorized', false);
  if (status === 403) return upstream(`upstream refused access (HTTP 403) ${at}`, 'forbidden', false);
  if (status === 404 || status === 405 || status === 406) {
    return upstream(`no MCP endpoint (HTTP ${status}) ${at}`, 'no_mcp_endpoint', false);
  }
  if (status === 408)
    return upstream(`upstream timed out the request (HTTP 408) ${at}${tail}`, 'upstream_timeout', true);
  if (status === 429) return upstream(`upstream is rate limiting (HTTP 429) ${at}`, 'rate_limited', true);
  if (status >= 500)
    return upstream(`upstream failed (HTTP ${status}) ${at}${tail}`, 'upstream_unavailable', true);
  if (status >= 300 && status < 400)
    return upstream(`upstream redirected (HTTP ${status}) ${at}${tail}`, 'redirect', false);
  return upstream(`upstream answered HTTP ${status} ${at}${tail}`, 'http_error', false);
}

/** JSON-RPC errors the upstream returned (and the two the SDK raises locally). */
function mcpFailure(err: McpError, ctx: FailureContext): SyncFailure {
  const text = stripPrefix(err.message);
  if (err.code === ErrorCode.ConnectionClosed && text === 'Connection closed') {
    return failure(
      `upstream at ${ctx.where} closed the connection during ${ctx.method}`,
      'connection_closed',
      false,
      true,
    );
  }
  if (err.code === ErrorCode.RequestTimeout && text === 'Request timed out') {
    return failure(`upstream at ${ctx.where} did not answer ${ctx.method} in time`, 'timeout', false, true);
  }
  return new SyncFailure(`upstream returned MCP error ${err.code} on ${ctx.method}: ${oneLine(text)}`, {
    cause: 'upstream_error',
    is_upstream: true,
    // Internal errors are often transient; invalid request/params/method will fail the same way again.
    retryable: err.code === ErrorCode.InternalError,
    mcp_code: err.code,
  });
}

const NETWORK_CODES: Record<string, [cause: string, text: string]> = {
  ECONNREFUSED: ['connection_refused', 'connection refused'],
  ENOTFOUND: ['dns', 'host not found'],
  EAI_AGAIN: ['dns', 'DNS lookup failed'],
  EAI_NONAME: ['dns', 'host not found'],
  UND_ERR_CONNECT_TIMEOUT: ['connect_timeout', 'connect timed out'],
  ETIMEDOUT: ['connect_timeout', 'connect timed out'],
  EHOSTUNREACH: ['unreachable', 'host unreachable'],
  ENETUNREACH: ['unreachable', 'network unreachable'],
  EADDRNOTAVAIL: ['unreachable', 'address not available'],
  ECONNRESET: ['connection_reset', 'connection reset'],
  EPIPE: ['connection_reset', 'connection reset'],
  UND_ERR_SOCKET: ['connection_reset', 'connection closed by the upstream'],
  UND_ERR_CLOSED: ['connection_reset', 'connection closed'],
  UND_ERR_HEADERS_TIMEOUT: ['timeout', 'upstream sent no response headers in time'],
  UND_ERR_BODY_TIMEOUT: ['timeout', 'upstream stopped sending the response'],
};

/** Could not reach (or stay connected to) the upstream: `is_upstream` false. */
function networkFailure(err: unknown, ctx: FailureContext): SyncFailure {
  const refused = findRefusal(err);
  if (refused) return egressFailure(refused, ctx);
  const code = networkCode(err);
  const known = code ? NETWORK_CODES[code] : undefined;
  if (known) return failure(`cannot reach upstream at ${ctx.where}: ${known[1]}`, known[0], false, true);
  if (code && /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_/.test(code)) {
    return failure(`TLS handshake with upstream at ${ctx.where} failed: ${code}`, 'tls', false, false);
  }
  const text = stripPrefix(describe(err));
  return failure(
    `cannot reach upstream at ${ctx.where}: ${code ?? oneLine(text)}`,
    'unreachable',
    false,
    true,
  );
}

/** The portal's egress policy refused the address: not retryable until the URL or the policy changes. */
function egressFailure(refused: Error, ctx: FailureContext): SyncFailure {
  return failure(`cannot connect to upstream at ${ctx.where}: ${refused.message}`, 'egress_refused', false);
}

/** An egress refusal anywhere in `err`'s cause chain (fetch wraps connector errors in "fetch failed"). */
function findRefusal(err: unknown, depth = 0): Error | undefined {
  if (!(err instanceof Error) || depth > 6) return undefined;
  if ((err as { code?: unknown }).code === 'EGRESS_REFUSED') return err;
  return findRefusal(err.cause, depth + 1);
}

/** The first `code` string on `err`, its `cause` chain or an AggregateError's members. */
export function networkCode(err: unknown, depth = 0): string | undefined {
  if (typeof err !== 'object' || err === null || depth > 6) return undefined;
  const code = (err as { code?: unknown }).code;
  if (typeof code === 'string' && /^[A-Z][A-Z0-9_]+$/.test(code)) return code;
  const cause = networkCode((err as { cause?: unknown }).cause, depth + 1);
  if (cause) return cause;
  const members = (err as { errors?: unknown }).errors;
  if (Array.isArray(members)) {
    for (const m of members) {
      const c = networkCode(m, depth + 1);
      if (c) return c;
    }
  }
  return undefined;
}

function failure(message: string, cause: string, isUpstream = true, retryable = false): SyncFailure {
  return new SyncFailure(message, { cause, is_upstream: isUpstream, retryable });
}

/** Drops the SDK's "Streamable HTTP error: ", "SSE error: ", "MCP error -32601: " style prefixes. */
function stripPrefix(message: string): string {
  let out = message;
  for (let prev = ''; prev !== out; ) {
    prev = out;
    out = out.replace(
      /^(Streamable HTTP error|SSE error|MCP error -?\d+|Error POSTing to endpoint|Failed to open SSE stream):\s*/,
      '',
    );
  }
  return out;
}

/** `err`'s message followed by its causes' messages (`fetch failed: bad port`). */
function describe(err: unknown, depth = 0): string {
  if (!(err instanceof Error)) return String(err);
  const cause = err.cause instanceof Error && depth < 3 ? `: ${describe(err.cause, depth + 1)}` : '';
  return `${err.message}${cause}`;
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 200 ? `${flat.slice(0, 199)}…` : flat;
}
