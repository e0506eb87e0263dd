/**
 * The management API as one Hono app (mounted at `/client/v4`): rate limit (headers on every response),
 * body limit (1 MiB), token auth, fault injection, account check, then the resource routes. `onError` is the
 * single place errors become the Cloudflare failure envelope; unknown errors become 500 code 1000. The
 * portal's HTTP app adds the data plane (MCP endpoints, OAuth, pages) beside it when given one.
 */
import type { HttpBindings } from '@hono/node-server';
import { type ErrorHandler, Hono, type NotFoundHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Message } from '../../schemas/generated/wire.js';
import { lingerAfterRefusal } from '../http/bounded-body.js';
import { appRoutes } from './apps.js';
import { requireAccount, requireToken } from './auth.js';
import type { ApiDeps } from './deps.js';
import { dnsRecordRoutes } from './dns-records.js';
import { failure } from './envelope.js';
import { ApiError, InternalError, PayloadTooLargeError, RouteNotFoundError } from './errors.js';
import { type FaultConfig, injectFaults } from './faults.js';
import { groupRoutes } from './groups.js';
import { identityProviderRoutes } from './identity-providers.js';
import { logRoutes } from './logs.js';
import { policyRoutes } from './policies.js';
import { portalContextRoutes } from './portal-context.js';
import { portalRoutes } from './portals.js';
import { DEFAULT_RATE_LIMIT, type RateLimitConfig, type RateLimiter, rateLimit } from './rate-limit.js';
import { serverRoutes } from './servers.js';
import { serviceTokenRoutes } from './service-tokens.js';
import { tagRoutes } from './tags.js';

export const MAX_BODY_BYTES = 1024 * 1024;
export const API_BASE_PATH = '/client/v4';

export interface ApiOptions extends ApiDeps {
  accountId: string;
  apiToken: string;
  rateLimit?: RateLimitConfig;
  /** Overrides the limiter (e.g. with a fake clock in tests). */
  rateLimiter?: RateLimiter;
  faults?: FaultConfig;
  /** Where unexpected (500) errors are reported; default stderr. */
  log?: (line: string) => void;
}

export function createApi(options: ApiOptions): Hono {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const limits = options.rateLimit ?? DEFAULT_RATE_LIMIT;
  const api = new Hono();

  api.use('*', rateLimit(limits, options.rateLimiter));
  api.use(
    '*',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: () => {
        throw new PayloadTooLargeError(`the request body is larger than ${MAX_BODY_BYTES} bytes`);
      },
    }),
  );
  api.use('*', requireToken(options.apiToken));
  if (options.faults) api.use('*', injectFaults(options.faults));
  api.use('/accounts/:account_id/*', requireAccount(options.accountId));

  const mcp = '/accounts/:account_id/access/ai-controls/mcp';
  api.route(`${mcp}/servers`, logRoutes(options, 'server'));
  api.route(`${mcp}/portals`, logRoutes(options, 'portal'));
  api.route(`${mcp}/servers`, serverRoutes(options));
  api.route(`${mcp}/portals`, portalRoutes(options));
  api.route(`${mcp}/portals`, portalContextRoutes(options));
  api.route('/accounts/:account_id/access/service_tokens', serviceTokenRoutes(options));
  api.route('/accounts/:account_id/access/policies', policyRoutes(options));
  api.route('/accounts/:account_id/access/apps', appRoutes(options));
  api.route('/accounts/:account_id/access/groups', groupRoutes(options));
  api.route('/accounts/:account_id/access/tags', tagRoutes(options));
  api.route('/accounts/:account_id/access/identity_providers', identityProviderRoutes(options));
  // Zone-scoped, not account-scoped: any 32-hex zone id is a zone here (see dns-records.ts).
  api.route('/zones/:zone_id/dns_records', dnsRecordRoutes(options));

  api.notFound(notFound);
  api.onError(errorHandler(log));
  return api;
}

const notFound: NotFoundHandler = () => {
  throw new RouteNotFoundError('No route for that URI');
};

/** The one mapping of errors to the wire: ApiError as is, anything else as a logged 500. */
export function errorHandler(log: (line: string) => void): ErrorHandler {
  return (err, c) => {
    let apiError: ApiError;
    if (err instanceof ApiError) apiError = err;
    else {
      log(`management API: unexpected error on ${c.req.method} ${c.req.path}: ${err.stack ?? String(err)}`);
      apiError = new InternalError('Internal error', { cause: err });
    }
    for (const [name, value] of Object.entries(apiError.headers)) c.header(name, value);
    // A body refused as too large may still be arriving: the answer must reach the client all the same.
    const incoming = (c.env as Partial<HttpBindings> | undefined)?.incoming;
    if (apiError instanceof PayloadTooLargeError && incoming) lingerAfterRefusal(incoming);
    const [first, ...rest] = apiError.toResponseObject();
    const errors: [Message, ...Message[]] = [
      first ?? { code: apiError.code, message: apiError.message },
      ...rest,
    ];
    return c.json(failure(errors, apiError.result), apiError.status);
  };
}

/** The HTTP app of the embedded portal: the management API under `/client/v4`, then the data plane. */
export function createPortalApp(
  options: ApiOptions,
  dataPlane?: Hono<{ Bindings: HttpBindings }>,
): Hono<{ Bindings: HttpBindings }> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const root = new Hono<{ Bindings: HttpBindings }>();
  root.route(API_BASE_PATH, createApi(options));
  if (dataPlane) {
    root.all('*', (c) => {
      const path = c.req.path;
      if (path === API_BASE_PATH || path.startsWith(`${API_BASE_PATH}/`)) return c.notFound();
      return dataPlane.fetch(c.req.raw, c.env);
    });
  }
  root.notFound(notFound);
  root.onError(errorHandler(log));
  return root;
}
