/**
 * Capability sync for one upstream MCP server: detect the transport (Cloudflare's order), connect an SDK
 * `Client` with the server's credentials (for `oauth`, the access token the caller passes), list tools and
 * prompts, and return a `SyncOutcome`. Never throws and never touches the store; every socket is closed
 * before it returns.
 */
import { ErrorCode, McpError } from '@modelcontextprotocol/sdk/types.js';
import type { ServerCapability } from '../../schemas/generated/wire.js';
import { RELAYABLE_CAPABILITIES } from '../gateway/relay.js';
import { classify, type FailureContext } from './classify.js';
import { type Connection, connectAttempt, untilAborted } from './connect.js';
import { resolveCredentials } from './credentials.js';
import { redact, SyncAbortedError, SyncFailure, SyncTimeoutError } from './failure.js';
import { createSyncHttp, type SyncHttp } from './http.js';
import { type ListLimits, listAll } from './list.js';
import { displayUrl, FALL_THROUGH_STATUSES, type TransportAttempt, transportPlan } from './transport-plan.js';
import type { SyncFn, SyncOptions, SyncOutcome } from './types.js';

export { mapWithConcurrency } from './concurrency.js';
export type { SyncFn, SyncOptions, SyncOutcome, UpstreamConnection } from './types.js';

export const DEFAULT_CONNECT_TIMEOUT_MS = 10_000;
export const DEFAULT_SYNC_TIMEOUT_MS = 60_000;

/** Syncs one upstream. See `SyncOutcome`; failures carry Cloudflare-shaped `errorDetails`. */
export const syncServer: SyncFn = async (conn, opts = {}) => {
  let secrets: string[] = conn.credentials ? [conn.credentials] : [];
  try {
    const url = parseUpstreamUrl(conn.url);
    if (url.password) secrets.push(url.password, decodeURIComponent(url.password));
    const creds = resolveCredentials(conn);
    secrets = [...secrets, ...creds.secrets];
    return await runSync(url, creds.headers, opts);
  } catch (err) {
    const failure =
      err instanceof SyncFailure
        ? err
        : classify(err, { where: '(unknown)', transport: 'streamable-http', method: 'sync' });
    return {
      status: 'error',
      error: redact(failure.message, secrets),
      errorDetails: { ...failure.details, cause: redact(failure.details.cause, secrets) },
    };
  }
};

/** The transport attempts, then listing over the first that connects. Throws `SyncFailure`. */
async function runSync(url: URL, headers: Record<string, string>, opts: SyncOptions): Promise<SyncOutcome> {
  const timeoutMs = positive(opts.timeoutMs, DEFAULT_SYNC_TIMEOUT_MS);
  const connectTimeoutMs = positive(opts.connectTimeoutMs, DEFAULT_CONNECT_TIMEOUT_MS);
  const overall = new AbortController();
  const timer = setTimeout(() => overall.abort(new SyncTimeoutError(timeoutMs)), timeoutMs);
  const onCallerAbort = () => overall.abort(new SyncAbortedError());
  opts.signal?.addEventListener('abort', onCallerAbort, { once: true });
  if (opts.signal?.aborted) onCallerAbort();
  const http = createSyncHttp({ connectTimeoutMs, fetch: opts.fetch, egress: opts.egress });
  try {
    const plan = transportPlan(url);
    const env = {
      http,
      headers,
      overall: overall.signal,
      connectTimeoutMs,
      requestTimeoutMs: Math.min(2 * timeoutMs, 2 ** 31 - 1),
      // Every client capability the portal relays, so servers list the tools they offer only to such clients.
      capabilities: RELAYABLE_CAPABILITIES,
    };
    for (const [i, attempt] of plan.entries()) {
      const ctx = contextOf(attempt, 'initialize');
      let connection: Connection;
      try {
        connection = await connectAttempt(attempt, env);
      } catch (err) {
        const failure = classify(err, { ...ctx, networkError: http.lastNetworkError() });
        const status = failure.details.status_code;
        const fallsThrough =
          status !== undefined && FALL_THROUGH_STATUSES.has(status) && failure.details.is_upstream;
        if (fallsThrough && i < plan.length - 1) continue;
        if (fallsThrough && plan.length > 1) throw exhausted(url, failure);
        throw failure;
      }
      try {
        return await listCapabilities(connection, attempt, http, {});
      } finally {
        await connection.close();
      }
    }
    throw new Error('empty transport plan'); // unreachable: a plan has at least one attempt
  } finally {
    clearTimeout(timer);
    opts.signal?.removeEventListener('abort', onCallerAbort);
    await http.close();
  }
}

/** Lists tools and prompts over an open connection. A server without prompts syncs with `prompts: []`. */
async function listCapabilities(
  connection: Connection,
  attempt: TransportAttempt,
  http: SyncHttp,
  limits: ListLimits,
): Promise<SyncOutcome> {
  const { client, signal } = connection;
  const caps = client.getServerCapabilities() ?? {};
  const request = { signal, timeout: 2 ** 31 - 1 };
  const list = async (kind: 'tools' | 'prompts'): Promise<ServerCapability[]> => {
    if (!caps[kind]) return [];
    try {
      return await untilAborted(listAll(client, kind, request, limits), signal);
    } catch (err) {
      const reason = signal.aborted ? signal.reason : err;
      if (reason instanceof McpError && reason.code === ErrorCode.MethodNotFound) return [];
      throw classify(reason, {
        ...contextOf(attempt, `${kind}/list`),
        networkError: http.lastNetworkError(),
      });
    }
  };
  const tools = await list('tools');
  const prompts = await list('prompts');
  return { status: 'ready', tools, prompts, transport: attempt.transport };
}

function contextOf(attempt: TransportAttempt, method: string): FailureContext {
  return { where: displayUrl(attempt.url), transport: attempt.transport, method };
}

/** Every attempt of a four-step plan answered 404/405/406. */
function exhausted(url: URL, last: SyncFailure): SyncFailure {
  const message =
    `no MCP endpoint found at ${displayUrl(url)}: tried Streamable HTTP and SSE on the URL, ` +
    `then on /mcp and /sse (last answer HTTP ${last.details.status_code})`;
  return new SyncFailure(message, { ...last.details, cause: 'no_mcp_endpoint' });
}

function parseUpstreamUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new SyncFailure('invalid upstream URL: not an absolute URL', {
      cause: 'invalid_url',
      is_upstream: false,
      retryable: false,
    });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new SyncFailure(`invalid upstream URL: scheme ${url.protocol} is not http or https`, {
      cause: 'invalid_url',
      is_upstream: false,
      retryable: false,
    });
  }
  return url;
}

function positive(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) && value > 0 ? value : fallback;
}
