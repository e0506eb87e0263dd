/**
 * API token authentication, Cloudflare style: `Authorization: Bearer <token>` (or the legacy
 * `X-Auth-Key`, with any `X-Auth-Email`). No credentials -> 401 code 9106; wrong ones -> 403 code 10000;
 * a path naming another account -> 403 code 9109. Tokens are compared in constant time.
 */
import { hash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { AccountAccessError, AuthenticationError, MissingAuthError } from './errors.js';

const digest = (value: string) => hash('sha256', value, 'buffer');

/** The credential a request presents, or undefined. */
export function presentedToken(headers: { get(name: string): string | undefined }): string | undefined {
  const authorization = headers.get('authorization')?.trim();
  if (authorization) {
    const match = /^Bearer\s+(.+)$/i.exec(authorization.trim());
    return match?.[1]?.trim() ?? authorization;
  }
  return headers.get('x-auth-key')?.trim() || undefined;
}

export function requireToken(apiToken: string): MiddlewareHandler {
  const expected = digest(apiToken);
  return async (c, next) => {
    const token = presentedToken({ get: (name) => c.req.header(name) });
    if (token === undefined) {
      throw new MissingAuthError('Missing X-Auth-Key, X-Auth-Email or Authorization headers');
    }
    if (!timingSafeEqual(digest(token), expected)) throw new AuthenticationError('Authentication error');
    await next();
  };
}

/** Refuses paths under /accounts/{account_id} for any account but this portal's one. */
export function requireAccount(accountId: string): MiddlewareHandler {
  return async (c, next) => {
    const account = c.req.param('account_id');
    if (account !== accountId) {
      throw new AccountAccessError(`Unauthorized to access requested resource (account ${account})`);
    }
    await next();
  };
}
