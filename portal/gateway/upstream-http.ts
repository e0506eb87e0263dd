/**
 * The HTTP side of a session's upstream connections: one undici pool per session, and a lean `fetch` for
 * the SDK transports built on `undici.request`, so a JSON-RPC POST goes out as one write with a length (not
 * a chunked body stream) and a JSON reply is read whole. Event streams stay streams; a redirect is only
 * ever followed within the server's origin (credentials never leave it), and every socket passes the
 * egress policy. Implements the capability sync's `SyncHttp` so its connect code is reused, and exposes
 * the pool itself (redirects not followed) for the lean JSON-RPC POSTs of `upstream-wire.ts`.
 */
import { Readable } from 'node:stream';
import { Agent, type Dispatcher, request } from 'undici';
import { DEFAULT_EGRESS, type EgressPolicy, egressConnector } from '../egress/policy.js';
import { withinOrigin } from '../egress/redirects.js';
import type { SyncHttp } from '../sync/http.js';
import { oneAbortListener } from './abort-fanout.js';

type FetchLike = (url: string | URL, init?: RequestInit) => Promise<Response>;

const NULL_BODY = new Set([101, 103, 204, 205, 304]);

function abortError(signal: AbortSignal): unknown {
  return signal.reason instanceof Error
    ? signal.reason
    : new DOMException('The operation was aborted.', 'AbortError');
}

/**
 * `fetch` over `undici.request` for the MCP client transports (string bodies, JSON or SSE answers). It
 * never follows redirects (as `redirect: 'manual'`); wrap it in `withinOrigin` for callers that expect it.
 */
export function leanFetch(dispatcher: Dispatcher): FetchLike {
  return async (url, init = {}) => {
    const method = (init.method ?? 'GET').toUpperCase();
    const headers: Record<string, string> = {};
    new Headers(init.headers).forEach((value, name) => {
      headers[name] = value;
    });
    const signal = init.signal ?? undefined;
    if (signal?.aborted) throw abortError(signal);
    let res: Dispatcher.ResponseData;
    try {
      res = await request(url, {
        method: method as Dispatcher.HttpMethod,
        headers,
        body: init.body as string | Uint8Array | undefined,
        ...(signal ? { signal } : {}),
        dispatcher,
      });
    } catch (err) {
      if (signal?.aborted) throw abortError(signal);
      throw err;
    }
    const out = new Headers();
    for (const [name, value] of Object.entries(res.headers)) {
      if (Array.isArray(value)) for (const v of value) out.append(name, v);
      else if (value !== undefined) out.set(name, value);
    }
    const init2 = { status: res.statusCode, headers: out };
    if (NULL_BODY.has(res.statusCode) || method === 'HEAD') {
      await res.body.dump();
      return new Response(null, init2);
    }
    if ((out.get('content-type') ?? '').includes('text/event-stream')) {
      return new Response(Readable.toWeb(res.body) as ReadableStream<Uint8Array>, init2);
    }
    return new Response(Buffer.from(await res.body.arrayBuffer()), init2);
  };
}

export interface UpstreamHttp extends SyncHttp {
  /** The pool itself, for `undici.request`; redirects are not followed. */
  readonly direct: Dispatcher;
}

/** A `SyncHttp` for long-lived upstream connections (per session). */
export function createUpstreamHttp(
  connectTimeoutMs: number,
  egress: EgressPolicy = DEFAULT_EGRESS,
): UpstreamHttp {
  const agent = new Agent({
    connect: egressConnector(egress, { timeout: connectTimeoutMs }),
    keepAliveTimeout: 30_000,
  });
  // One abort listener on the transport's long-lived signal, however many calls run (abort-fanout.ts).
  const base = withinOrigin(oneAbortListener(leanFetch(agent)));
  let lastError: unknown;
  return {
    direct: agent,
    fetchFor(signal) {
      return async (url, init) => {
        // The transports pass their own signal; the connection's only matters while connecting.
        const own = init?.signal;
        const merged = own && !signal.aborted ? own : (own ?? signal);
        if (signal.aborted) throw abortError(signal);
        try {
          return await base(url, { ...init, signal: merged });
        } catch (err) {
          if (!merged.aborted) lastError = err;
          throw err;
        }
      };
    },
    lastNetworkError: () => lastError,
    close: async () => {
      await agent.destroy();
    },
  };
}
