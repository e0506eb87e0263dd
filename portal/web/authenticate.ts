/**
 * Who is calling a portal's MCP endpoint: a service token (`CF-Access-Client-Id` + `CF-Access-Client-Secret`),
 * an OAuth access token issued by this portal (`Authorization: Bearer`), or nobody. A credential that is
 * present but wrong is an error, never a silent fall back to anonymous: a bad access token gets the OAuth
 * challenge (401 `invalid_token`), a refused service token a 403 that says so and no challenge (signing in
 * would not fix it). The user's record is read with the token, and the read is reused only until anything
 * is written: a group change or a disabled account takes effect on the next request when the portal makes
 * it, and when another process does (`portalctl portal users`), as soon as the portal notices the write
 * (within a second; the same moment it tells sessions what changed). A service token's secret, once
 * verified against the token as the store holds it, is not hashed again while the store keeps that record
 * (until any write, at most a second); its state (enabled, expiry) is still checked on every request.
 */
import { hash, timingSafeEqual } from 'node:crypto';
import { InvalidTokenError } from '@modelcontextprotocol/sdk/server/auth/errors.js';
import type { AccessContext, Principal } from '../access/principal.js';
import { LOCAL_IDP_ID } from '../access/selectors.js';
import { ACCESS_DENIED_CODE } from '../gateway/requests.js';
import type { PortalOAuth } from '../identity/oauth-provider.js';
import {
  CLIENT_ID_HEADER,
  CLIENT_SECRET_HEADER,
  type TokenCheck,
  verifyServiceToken,
} from '../identity/service-tokens.js';
import type { Repository, ServiceTokenStore, UserRecord } from '../store/repository.js';

export type AuthResult =
  | { ok: true; ctx: AccessContext; token?: string }
  /** `credential`: which one was refused, which decides the answer (`authFailure`). */
  | { ok: false; error: string; credential: 'service-token' | 'bearer' };

export interface AuthDeps {
  repo: Repository;
  oauth: PortalOAuth;
  now: () => Date;
}

/** A request header by lower-case name (repeated headers joined with ", "). */
export type HeaderOf = (name: string) => string | undefined;

/**
 * Why a service token was refused. The token's own state (disabled, expired) is told only to a caller
 * that presented its secret (`verifyServiceToken` checks the secret first); a wrong id and a wrong secret
 * read the same.
 */
const SERVICE_TOKEN_REASONS = {
  unknown: 'the client id or secret is wrong, or the token was deleted',
  secret: 'the client id or secret is wrong, or the token was deleted',
  disabled: 'the token is disabled',
  expired: 'the token has expired',
} as const;

const serviceTokenError = (reason: string): AuthResult => ({
  ok: false,
  error: `the service token was refused: ${reason}`,
  credential: 'service-token',
});

const bearerError = (error: string): AuthResult => ({ ok: false, error, credential: 'bearer' });

/**
 * The answer to a refused service token: 403 with a JSON-RPC error carrying the reason, and no
 * `WWW-Authenticate`. A 401 would not do: OAuth-capable clients (the MCP SDK's transport with an auth
 * provider, hence mcp-remote) start a browser sign-in on any 401, challenge or not, and a sign-in cannot
 * repair a service token. Cloudflare Access, too, answers a request that fails a Service Auth policy with 403.
 */
export function serviceTokenRefused(message: string): Response {
  return new Response(
    JSON.stringify({ jsonrpc: '2.0', error: { code: ACCESS_DENIED_CODE, message }, id: null }),
    { status: 403, headers: { 'content-type': 'application/json' } },
  );
}

/**
 * The answer to a failed `authenticate`: `serviceTokenRefused` for a service token, else `challenge` (the
 * endpoint's 401 with the OAuth challenge, given the error).
 */
export function authFailure(
  failed: Extract<AuthResult, { ok: false }>,
  challenge: (error: string) => Response,
): Response {
  return failed.credential === 'service-token' ? serviceTokenRefused(failed.error) : challenge(failed.error);
}

type FoundToken = NonNullable<ReturnType<ServiceTokenStore['byClientId']>>;

/** A secret that matched a token record's current hash, with that record's state as numbers. */
interface Verified {
  secret: Buffer;
  enabled: boolean;
  expiresAt: number;
  seenAt: number;
}

/**
 * Secrets verified against the record `byClientId` returned, keyed by that very object: the store hands
 * out a new one after any write (rotation, disable, delete, touch among them) and at least once a second,
 * so an entry never outlives the record it was checked against.
 */
const verifiedSecrets = new WeakMap<FoundToken, Verified>();

/** `last_seen_at` is refreshed by a full verification once it is older than this (service-tokens.ts). */
const SEEN_FRESH_MS = 60_000;

/**
 * `verifyServiceToken`, without hashing a secret already verified against the same stored record. A hit
 * answers only "ok" (enabled, unexpired, no `last_seen_at` refresh due); anything else takes the full
 * check, which gives the reason. Only a match of the current secret is remembered, so a previous secret
 * (valid until its own expiry) is always checked in full.
 */
function checkServiceToken(repo: Repository, clientId: string, secret: string, now: Date): TokenCheck {
  const found = repo.serviceTokens.byClientId(clientId);
  const known = found && verifiedSecrets.get(found);
  if (found && known) {
    const presented = Buffer.from(secret, 'utf8');
    const t = now.getTime();
    if (
      presented.length === known.secret.length &&
      timingSafeEqual(presented, known.secret) &&
      known.enabled &&
      known.expiresAt > t &&
      t - known.seenAt <= SEEN_FRESH_MS
    ) {
      return { ok: true, token: found.token };
    }
  }
  const check = verifyServiceToken(repo, clientId, secret, now);
  if (
    check.ok &&
    found &&
    check.token === found.token &&
    hash('sha256', secret, 'hex') === found.secretHash
  ) {
    const { token } = found;
    verifiedSecrets.set(found, {
      secret: Buffer.from(secret, 'utf8'),
      enabled: token.enabled,
      expiresAt: Date.parse(token.expires_at),
      seenAt: token.last_seen_at ? Date.parse(token.last_seen_at) : 0,
    });
  }
  return check;
}

/**
 * The principal of a token or user record, made once per record: the store hands out a new record after any
 * write and at least once a second, so a principal never outlives what it was made from; Access keys its
 * decisions by it (`access-control.ts`).
 */
const principals = new WeakMap<object, Principal>();

function principalOf(record: object, make: () => Principal): Principal {
  let p = principals.get(record);
  if (!p) {
    p = Object.freeze(make());
    principals.set(record, p);
  }
  return p;
}

export function authenticate(deps: AuthDeps, portalId: string, header: HeaderOf, ip: string): AuthResult {
  const clientId = header(CLIENT_ID_HEADER)?.trim();
  const clientSecret = header(CLIENT_SECRET_HEADER)?.trim();
  if (clientId || clientSecret) {
    if (!clientId || !clientSecret) {
      return serviceTokenError('both CF-Access-Client-Id and CF-Access-Client-Secret are required');
    }
    const check = checkServiceToken(deps.repo, clientId, clientSecret, deps.now());
    if (!check.ok) return serviceTokenError(SERVICE_TOKEN_REASONS[check.reason]);
    const t = check.token;
    const principal = principalOf(t, () => ({
      kind: 'service',
      tokenId: t.id,
      clientId: t.client_id,
      name: t.name,
    }));
    return { ok: true, ctx: { principal, ip } };
  }
  const authorization = header('authorization')?.trim();
  if (!authorization) return { ok: true, ctx: { principal: { kind: 'anonymous' }, ip } };
  const match = /^Bearer\s+(\S+)$/i.exec(authorization);
  if (!match?.[1]) return bearerError('the Authorization header must be "Bearer <token>"');
  const token = match[1];
  let user: UserRecord | undefined;
  try {
    user = deps.oauth.bearer(portalId, token);
  } catch (err) {
    return bearerError(err instanceof InvalidTokenError ? err.message : 'invalid access token');
  }
  if (!user || user.disabled) return bearerError('the user is disabled or no longer exists');
  const principal = principalOf(user, () => ({
    kind: 'user',
    userId: user.id,
    email: user.email,
    groups: user.groups,
    loginMethod: LOCAL_IDP_ID,
  }));
  return { ok: true, token, ctx: { principal, ip } };
}
