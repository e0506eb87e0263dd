/**
 * Opens an SDK `Client` over one transport attempt (Streamable HTTP or SSE) with the credential headers,
 * bounded by the connect timeout and the sync's overall signal, declaring the client capabilities it is
 * given (none for the capability sync). The returned `close` ends the MCP session politely (best effort)
 * and always closes the client and transport.
 */
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { SSEClientTransport } from '@modelcontextprotocol/sdk/client/sse.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { ClientCapabilities } from '@modelcontextprotocol/sdk/types.js';
import type { jsonSchemaValidator } from '@modelcontextprotocol/sdk/validation/types.js';
import { ConnectTimeoutError } from './failure.js';
import type { SyncHttp } from './http.js';
import type { TransportAttempt } from './transport-plan.js';

export interface AttemptEnv {
  http: SyncHttp;
  headers: Record<string, string>;
  /** Aborts on overall timeout or caller abort. */
  overall: AbortSignal;
  connectTimeoutMs: number;
  /** SDK per-request timeout; set above the overall timeout so our own reasons win. */
  requestTimeoutMs: number;
  /**
   * Client capabilities to declare in `initialize` (default none). The gateway declares those of the
   * portal session's client, whose requests it relays; the SDK client itself never answers them.
   */
  capabilities?: ClientCapabilities;
}

export interface Connection {
  client: Client;
  /** The Streamable HTTP transport the client talks over (undefined for the legacy SSE transport). */
  streamable?: StreamableHTTPClientTransport;
  /** Aborts when the attempt must stop; its reason says why. Pass to every request. */
  signal: AbortSignal;
  close(): Promise<void>;
}

const CLIENT_INFO = { name: 'mcp-portals-sync', version: '1.0.0' };

/**
 * Sync lists tools but never calls them, so tool output schemas are never validated. Passing this
 * spares each `Client` the Ajv instance it would otherwise build (a large share of a sync's CPU).
 */
const UNUSED_VALIDATOR: jsonSchemaValidator = {
  getValidator: () => () => ({
    valid: false,
    data: undefined,
    errorMessage: 'sync does not validate tool output',
  }),
};
/** Budget for the session-terminating DELETE after a successful sync. */
const TERMINATE_BUDGET_MS = 2000;

/** Connects (transport start + `initialize`); on failure everything is closed and the cause rethrown. */
export async function connectAttempt(attempt: TransportAttempt, env: AttemptEnv): Promise<Connection> {
  const ctl = new AbortController();
  const unlink = follow(env.overall, ctl);
  const timer = setTimeout(
    () => ctl.abort(new ConnectTimeoutError(env.connectTimeoutMs)),
    env.connectTimeoutMs,
  );
  const fetch = env.http.fetchFor(ctl.signal);
  const requestInit = { headers: env.headers };
  const transport =
    attempt.transport === 'sse'
      ? new SSEClientTransport(attempt.url, { requestInit, fetch })
      : new StreamableHTTPClientTransport(attempt.url, {
          requestInit,
          fetch,
          // A sync is one short exchange: never schedule reconnects of a dropped GET stream.
          reconnectionOptions: {
            maxRetries: 0,
            initialReconnectionDelay: 1000,
            maxReconnectionDelay: 1000,
            reconnectionDelayGrowFactor: 1,
          },
        });
  const client = new Client(CLIENT_INFO, {
    capabilities: env.capabilities ?? {},
    jsonSchemaValidator: UNUSED_VALIDATOR,
  });
  // Transport errors also reject the request in flight, which is where we classify them.
  client.onerror = () => {};
  const close = async () => {
    clearTimeout(timer);
    if (transport instanceof StreamableHTTPClientTransport && transport.sessionId && !ctl.signal.aborted) {
      const budget = setTimeout(
        () => ctl.abort(new Error('session termination skipped')),
        TERMINATE_BUDGET_MS,
      );
      await transport.terminateSession().catch(() => {});
      clearTimeout(budget);
    }
    ctl.abort(new Error('connection closed'));
    await client.close().catch(() => {});
    await transport.close().catch(() => {});
    unlink();
  };
  try {
    await untilAborted(
      client.connect(transport, { signal: ctl.signal, timeout: env.requestTimeoutMs }),
      ctl.signal,
    );
  } catch (err) {
    const reason = ctl.signal.aborted ? ctl.signal.reason : err;
    await close();
    throw reason;
  }
  clearTimeout(timer);
  return {
    client,
    signal: ctl.signal,
    close,
    ...(transport instanceof StreamableHTTPClientTransport ? { streamable: transport } : {}),
  };
}

/** Rejects with the signal's reason as soon as it aborts (SSE's start() takes no signal). */
export function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  promise.catch(() => {}); // a late rejection after we gave up is expected
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (err: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(err);
      },
    );
  });
}

/** Aborts `ctl` with `parent`'s reason when `parent` aborts; returns the unsubscribe function. */
function follow(parent: AbortSignal, ctl: AbortController): () => void {
  if (parent.aborted) {
    ctl.abort(parent.reason);
    return () => {};
  }
  const onAbort = () => ctl.abort(parent.reason);
  parent.addEventListener('abort', onAbort, { once: true });
  return () => parent.removeEventListener('abort', onAbort);
}
