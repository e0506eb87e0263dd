/**
 * The contract between capability sync (which talks to one upstream MCP server) and the store and
 * scheduler that call it. Sync never touches the store: it takes a connection and returns an outcome.
 */
import type { ServerCapability, ServerErrorDetails } from '../../schemas/generated/wire.js';
import type { EgressPolicy } from '../egress/policy.js';
import type { OAuthBearerSource } from '../upstream-auth/bearer.js';

/** What sync needs to reach one upstream. `credentials` is the decrypted `auth_credentials`, if any. */
export interface UpstreamConnection {
  /** The server's id, for logs only. */
  id: string;
  /** The full upstream URL (the API's `hostname`). */
  url: string;
  authType: 'unauthenticated' | 'bearer' | 'oauth';
  /** A raw bearer token, or a JSON string `{"headers": {...}}` (custom headers). Never logged. */
  credentials?: string;
  /** For `oauth`: where the admin grant's current access token comes from. Never logged. */
  oauth?: OAuthBearerSource;
}

export interface SyncOptions {
  /** Connect timeout in ms (default 10 s). */
  connectTimeoutMs?: number;
  /** Overall timeout for the whole sync in ms (default 60 s). */
  timeoutMs?: number;
  /** Aborts the sync (e.g. on shutdown). */
  signal?: AbortSignal;
  /** Which upstream addresses may be connected to (default: the default egress policy). */
  egress?: EgressPolicy;
  /** Injected fetch, for tests of transport behaviour (the egress policy is not applied to it). */
  fetch?: typeof fetch;
}

/** The result of one sync attempt: either the discovered capabilities, or the error that stopped it. */
export type SyncOutcome =
  | {
      status: 'ready';
      tools: ServerCapability[];
      prompts: ServerCapability[];
      transport: 'streamable-http' | 'sse';
    }
  | { status: 'error'; error: string; errorDetails: ServerErrorDetails };

export type SyncFn = (conn: UpstreamConnection, opts?: SyncOptions) => Promise<SyncOutcome>;
