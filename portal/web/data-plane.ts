/**
 * The data plane's HTTP routes as one Hono app after the management API: resolves the portal (path or Host),
 * refuses (403) a Host that is none of its names (`allowed-hosts.ts`), then dispatches `/mcp` (live-session
 * POSTs: `session-post.ts`), the login, consent, home and selection pages, and the OAuth endpoints and
 * metadata (the SDK's handlers in an Express app, `oauth-router.ts`), and `/servers-callback` of upstream
 * OAuth (`servers-callback.ts`). An error no route handles is logged and answered in the route's form
 * (`error-boundary.ts`), on this app and on the fast path alike.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HttpBindings } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { RESPONSE_ALREADY_SENT } from '@hono/node-server/utils/response';
import { type Context, Hono } from 'hono';
import {
  consentPost,
  consentRevokePost,
  home,
  loginGet,
  loginPost,
  logoutPost,
  selectionGet,
  selectionPost,
  upstreamAuthorizeGet,
} from './browser-routes.js';
import { writeCoalesced } from './coalesced-response.js';
import { type DataPlaneDeps, logOf, type Target } from './deps.js';
import { errorResponse, writeErrorResponse } from './error-boundary.js';
import { handleMcp } from './mcp-endpoint.js';
import { createOAuthApp, handOff, issuerOf, resourceOf, rootWellKnown } from './oauth-router.js';
import { type RequestUrl, resolveTarget } from './resolve.js';
import { CALLBACK_PATH, serversCallback } from './servers-callback.js';
import { handleSessionPost } from './session-post.js';

const OAUTH_PATHS = new Set(['/authorize', '/token', '/register', '/revoke']);

/** 403 for a `Host` that is none of the portal's names (the Host is not echoed back). */
function hostRefused(): Response {
  const description =
    "this Host is not one of the portal's names; serve it with portalctl portal serve --allowed-host <name>";
  return new Response(JSON.stringify({ error: 'forbidden', error_description: description }), {
    status: 403,
    headers: { 'content-type': 'application/json' },
  });
}

function notFound(): Response {
  return new Response(JSON.stringify({ error: 'not_found', error_description: 'no portal or page here' }), {
    status: 404,
    headers: { 'content-type': 'application/json' },
  });
}

function clientIp(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? '';
  } catch {
    return '';
  }
}

/**
 * The URL as the client addressed it: the connection's scheme and `Host`, or the proxy's
 * `X-Forwarded-Proto` / `X-Forwarded-Host` (first value) when it is trusted.
 */
function addressedUrl(
  header: (name: string) => string | undefined,
  trustProxy: boolean,
  own: { protocol: string; host: string },
  pathname: string,
): RequestUrl {
  const first = (name: string) => (trustProxy ? header(name)?.split(',')[0]?.trim() : undefined);
  const forwarded = first('x-forwarded-proto')?.toLowerCase();
  const proto = forwarded === 'http' || forwarded === 'https' ? forwarded : undefined;
  return {
    protocol: proto ? `${proto}:` : own.protocol,
    host: first('x-forwarded-host') || header('host') || own.host,
    pathname,
  };
}

function requestUrl(c: Context, trustProxy: boolean): RequestUrl {
  const url = new URL(c.req.url);
  return addressedUrl((name) => c.req.header(name), trustProxy, url, url.pathname);
}

/** Hands the request to the portal's OAuth Express app. */
async function oauthEndpoint(
  deps: DataPlaneDeps,
  c: Context<{ Bindings: HttpBindings }>,
  t: Target,
): Promise<Response> {
  const { incoming, outgoing } = c.env ?? {};
  if (!incoming || !outgoing)
    return new Response('OAuth endpoints need the Node HTTP server', { status: 501 });
  const key = `${issuerOf(t)}|${t.portal.id}|${t.portal.modified_at}`;
  const app = deps.oauthApps.get(key, () =>
    createOAuthApp({
      urls: t,
      portalName: t.portal.name,
      rateLimit: deps.oauthRateLimit,
      registrationLimit: (ip) => deps.oauth.registrations.take(`${t.portal.id}\n${ip}`),
      provider: deps.oauth.provider({
        portalId: t.portal.id,
        resourceUrl: resourceOf(t),
        loginUrl: (id) => `${t.basePath}/login?request=${encodeURIComponent(id)}`,
        browserUser: (cookie) => deps.browsers.user(t.portal.id, cookie),
      }),
    }),
  );
  await handOff(app, incoming, outgoing);
  return RESPONSE_ALREADY_SENT;
}

/**
 * The Node request listener's shortcut for the data plane's hot path: a POST to a live session's `/mcp`
 * (`mcp-session-id` set) goes to `handleSessionPost` without building a Web request or routing through
 * Hono. Returns false for anything else, which the Hono app then serves.
 */
export function sessionPostShortcut(
  deps: DataPlaneDeps,
): (req: IncomingMessage, res: ServerResponse) => boolean {
  return (req, res) => {
    if (req.method !== 'POST' || req.headers['mcp-session-id'] === undefined) return false;
    const raw = req.url ?? '/';
    const q = raw.indexOf('?');
    const pathname = q < 0 ? raw : raw.slice(0, q);
    if (!pathname.endsWith('/mcp')) return false;
    const header = (name: string) => {
      const v = req.headers[name];
      return Array.isArray(v) ? v[0] : v;
    };
    const own = { protocol: 'encrypted' in req.socket ? 'https:' : 'http:', host: '' };
    const url = addressedUrl(header, deps.trustProxy, own, pathname);
    const t = resolveTarget(deps.gateway, url);
    if (!t || t.wellKnown || t.sub !== '/mcp') return false;
    // A Host that is not the portal's: the Hono route answers the 403.
    if (!deps.allowedHosts.allows(url.host, t.portal.hostname)) return false;
    const search = q < 0 ? undefined : new URLSearchParams(raw.slice(q + 1));
    const query = (name: string) => search?.get(name) ?? undefined;
    handleSessionPost(deps, t, req.socket.remoteAddress ?? '', req, res, query).catch((err) =>
      writeErrorResponse(logOf(deps), 'POST', pathname, req, res, err),
    );
    return true;
  };
}

export function dataPlaneRoutes(deps: DataPlaneDeps): Hono<{ Bindings: HttpBindings }> {
  const app = new Hono<{ Bindings: HttpBindings }>();
  app.onError((err, c) => errorResponse(logOf(deps), c.req.raw, err));
  app.all('*', async (c) => {
    const url = requestUrl(c, deps.trustProxy);
    const t = resolveTarget(deps.gateway, url);
    // DNS rebinding: only the portal's hostname and the listener's own names are served, on every route.
    if (!deps.allowedHosts.allows(url.host, t?.portal.hostname)) return hostRefused();
    if (url.pathname === CALLBACK_PATH)
      return serversCallback(
        deps.serversCallback,
        c.req.method,
        new URL(c.req.url).searchParams,
        c.req.header('cookie'),
      );
    if (!t) return rootWellKnown(url.pathname, `${url.protocol}//${url.host}`) ?? notFound();
    if (t.wellKnown) return oauthEndpoint(deps, c, t);
    const method = c.req.method;
    const ip = clientIp(c);
    switch (t.sub) {
      case '/mcp': {
        const response = await handleMcp(deps, c, t, ip);
        const out = c.env?.outgoing;
        if (method !== 'POST' || !out) return response;
        await writeCoalesced(out, response);
        return RESPONSE_ALREADY_SENT;
      }
      case '/':
        return method === 'GET' ? home(deps, c, t) : notFound();
      case '/login':
        if (method === 'GET') return loginGet(deps, c, t);
        return method === 'POST' ? loginPost(deps, c, t, ip) : notFound();
      case '/logout':
        return method === 'POST' ? logoutPost(deps, c, t) : notFound();
      case '/consent':
        return method === 'POST' ? consentPost(deps, c, t) : notFound();
      case '/consents/revoke':
        return method === 'POST' ? consentRevokePost(deps, c, t) : notFound();
      case '/authorize/servers':
        return method === 'POST' ? selectionPost(deps, c, t) : notFound();
      case '/authorize/upstream': {
        const elicitationId = c.req.query('elicitationId');
        return method === 'GET' && elicitationId
          ? upstreamAuthorizeGet(deps, c, t, elicitationId)
          : notFound();
      }
      case '/authorize': {
        const elicitationId = c.req.query('elicitationId');
        if (method === 'GET' && elicitationId) return selectionGet(deps, c, t, elicitationId);
        return oauthEndpoint(deps, c, t);
      }
      default:
        return OAUTH_PATHS.has(t.sub) ? oauthEndpoint(deps, c, t) : notFound();
    }
  });
  return app;
}
