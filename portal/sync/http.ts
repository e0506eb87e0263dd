/**
 * The HTTP side of one sync: a private undici connection pool (TCP connect timeout, the egress policy on
 * every socket, destroyed when the sync ends, so no socket outlives it) and per-attempt fetch functions
 * for the SDK transports that honour the attempt's abort signal, follow redirects only within the origin,
 * and remember the last network error (SSE errors lose it).
 */
import { Agent, fetch as undiciFetch } from 'undici';
import { DEFAULT_EGRESS, type EgressPolicy, egressConnector } from '../egress/policy.js';
import { withinOrigin } from '../egress/redirects.js';

type FetchLike = (url: string | URL, init?: RequestInit) => Promise<Response>;

export interface SyncHttp {
  /** A fetch bound to `signal`; network errors it sees are kept for `lastNetworkError`. */
  fetchFor(signal: AbortSignal): FetchLike;
  /** The last fetch rejection that was not caused by an abort. */
  lastNetworkError(): unknown;
  /** Destroys the pool: every socket of this sync is closed. */
  close(): Promise<void>;
}

export function createSyncHttp(opts: {
  connectTimeoutMs: number;
  fetch?: typeof fetch;
  egress?: EgressPolicy;
}): SyncHttp {
  const egress = opts.egress ?? DEFAULT_EGRESS;
  const agent = opts.fetch
    ? undefined
    : new Agent({ connect: egressConnector(egress, { timeout: opts.connectTimeoutMs }) });
  const base: FetchLike = withinOrigin(
    opts.fetch ??
      // undici's fetch and the global one differ only in their declared types.
      ((url, init) =>
        undiciFetch(url, { ...(init as object), dispatcher: agent }) as unknown as Promise<Response>),
  );
  let lastError: unknown;
  return {
    fetchFor(signal) {
      return async (url, init) => {
        const merged = init?.signal ? AbortSignal.any([init.signal, signal]) : signal;
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
      await agent?.destroy();
    },
  };
}
