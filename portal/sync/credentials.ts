/**
 * Turns a server's credentials into HTTP request headers: a raw bearer token becomes `Authorization: Bearer
 * <token>`; a JSON string `{"headers": {"Name": "value"}}` becomes those headers; an `oauth` server sends the
 * admin grant's current access token (read at each request, so refreshed tokens apply to open links).
 * Returns the secret values too, so messages can be redacted. Never puts a secret in an error message.
 */

import type { UpstreamGrantStore } from '../store/repository.js';
import { grantBearer, type OAuthBearerSource } from '../upstream-auth/bearer.js';
import { SyncFailure } from './failure.js';
import type { UpstreamConnection } from './types.js';

export interface ResolvedCredentials {
  headers: Record<string, string>;
  /** Every secret value (the raw credentials string and each header value), for redaction. */
  secrets: string[];
}

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** Headers the MCP transports own; a credential may not override them. */
const RESERVED = new Set([
  'accept',
  'connection',
  'content-length',
  'content-type',
  'host',
  'last-event-id',
  'mcp-protocol-version',
  'mcp-session-id',
  'transfer-encoding',
]);

/**
 * Headers for `conn`. `unauthenticated` sends none (stored credentials are ignored); `bearer` sends the
 * token or the custom headers (none when no credentials are stored: the upstream decides); `oauth` sends
 * `Authorization: Bearer` with the access token of `conn.oauth`, else of the admin grant in `grants`, and
 * fails with `authentication_required` when there is none (the server was never authorised, or is stale).
 */
export function resolveCredentials(
  conn: UpstreamConnection,
  grants?: Pick<{ upstreamGrants: UpstreamGrantStore }, 'upstreamGrants'>,
): ResolvedCredentials {
  if (conn.authType === 'oauth') {
    const source = conn.oauth ?? (grants ? grantBearer(grants.upstreamGrants, conn.id) : undefined);
    return oauthHeaders(conn.id, source);
  }
  const raw = conn.credentials;
  if (conn.authType !== 'bearer' || raw === undefined || raw.trim() === '')
    return { headers: {}, secrets: [] };
  if (!raw.trimStart().startsWith('{')) {
    const token = raw.trim();
    if (/[\r\n]/.test(token)) throw invalid('the bearer token contains a line break');
    return { headers: { Authorization: `Bearer ${token}` }, secrets: [raw, token] };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw invalid('credentials look like JSON but do not parse (expected {"headers": {"Name": "value"}})');
  }
  const headers = (parsed as { headers?: unknown } | null)?.headers;
  if (typeof headers !== 'object' || headers === null || Array.isArray(headers)) {
    throw invalid('JSON credentials need a "headers" object of header names to string values');
  }
  const out: Record<string, string> = {};
  const secrets = [raw];
  for (const [name, value] of Object.entries(headers)) {
    if (!TOKEN.test(name))
      throw invalid(`header name "${name.slice(0, 64)}" is not a valid HTTP header name`);
    if (RESERVED.has(name.toLowerCase())) throw invalid(`header "${name}" is set by the MCP transport`);
    if (typeof value !== 'string') throw invalid(`the value of header "${name}" is not a string`);
    if (/[\r\n\0]/.test(value)) throw invalid(`the value of header "${name}" contains a line break`);
    out[name] = value;
    secrets.push(value, value.replace(/^Bearer\s+/i, ''));
  }
  if (Object.keys(out).length === 0) throw invalid('the "headers" object is empty');
  return { headers: out, secrets };
}

/**
 * `Authorization` as a getter: the SDK transports and the gateway's wire copy the headers at each request,
 * so every request carries the grant's current access token.
 */
function oauthHeaders(serverId: string, source: OAuthBearerSource | undefined): ResolvedCredentials {
  const first = source?.current();
  if (!source || first === undefined) throw oauthNotConnected(serverId);
  const headers: Record<string, string> = {};
  Object.defineProperty(headers, 'Authorization', {
    enumerable: true,
    get: () => `Bearer ${source.current() ?? first}`,
  });
  return { headers, secrets: [first] };
}

/** An `oauth` server without a usable admin credential. */
export function oauthNotConnected(serverId: string): SyncFailure {
  return new SyncFailure(
    `authentication required: this server uses OAuth and has no connected admin credential; ` +
      `authorise it with: portalctl server authorize ${serverId}`,
    { cause: 'authentication_required', is_upstream: false, retryable: false },
  );
}

function invalid(why: string): SyncFailure {
  return new SyncFailure(`invalid credentials: ${why}`, {
    cause: 'invalid_credentials',
    is_upstream: false,
    retryable: false,
  });
}
