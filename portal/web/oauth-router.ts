/**
 * The one place Express meets the portal: the SDK's OAuth handlers (authorize, token, DCR register, revoke,
 * and the RFC 8414 / RFC 9728 metadata documents) are Express routers, so each portal gets a small Express
 * app built from them, mounted under the portal's base path, with metadata that names the portal's own
 * endpoints (the SDK's `mcpAuthRouter` assumes the issuer sits at the root, which `/portals/<id>` is not).
 * Metadata answers at every discovery URL the MCP SDK client and mcp-remote try for a path-style portal.
 * The Hono data plane hands the raw Node request to it (`handOff`). Apps are cached per portal and origin,
 * so limits that must hold per portal (client registration) live outside the app and are passed in. Bodies
 * are read here first, streamed with a byte limit (413 at once, whether or not a length is declared: the
 * SDK's parsers would drain an oversized body before answering); errors answer as OAuth errors.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { TooManyRequestsError } from '@modelcontextprotocol/sdk/server/auth/errors.js';
import { authorizationHandler } from '@modelcontextprotocol/sdk/server/auth/handlers/authorize.js';
import { metadataHandler } from '@modelcontextprotocol/sdk/server/auth/handlers/metadata.js';
import { clientRegistrationHandler } from '@modelcontextprotocol/sdk/server/auth/handlers/register.js';
import { revocationHandler } from '@modelcontextprotocol/sdk/server/auth/handlers/revoke.js';
import { tokenHandler } from '@modelcontextprotocol/sdk/server/auth/handlers/token.js';
import type { OAuthServerProvider } from '@modelcontextprotocol/sdk/server/auth/provider.js';
import type { OAuthMetadata, OAuthProtectedResourceMetadata } from '@modelcontextprotocol/sdk/shared/auth.js';
import express, { type NextFunction, type Request, type Response } from 'express';

export interface PortalUrls {
  /** `http://127.0.0.1:8787` or `https://mcp.example.com`. */
  origin: string;
  /** `` (hostname routing) or `/portals/<id>`. */
  basePath: string;
}

export const issuerOf = (u: PortalUrls) => `${u.origin}${u.basePath}`;
export const resourceOf = (u: PortalUrls) => `${u.origin}${u.basePath}/mcp`;
export const resourceMetadataUrlOf = (u: PortalUrls) =>
  `${u.origin}/.well-known/oauth-protected-resource${u.basePath}/mcp`;

export function authorizationServerMetadata(u: PortalUrls): OAuthMetadata {
  const issuer = issuerOf(u);
  return {
    issuer,
    authorization_endpoint: `${issuer}/authorize`,
    token_endpoint: `${issuer}/token`,
    registration_endpoint: `${issuer}/register`,
    revocation_endpoint: `${issuer}/revoke`,
    response_types_supported: ['code'],
    grant_types_supported: ['authorization_code', 'refresh_token'],
    code_challenge_methods_supported: ['S256'],
    token_endpoint_auth_methods_supported: ['client_secret_post', 'none'],
    revocation_endpoint_auth_methods_supported: ['client_secret_post'],
  };
}

export function protectedResourceMetadata(u: PortalUrls, portalName: string): OAuthProtectedResourceMetadata {
  return {
    resource: resourceOf(u),
    authorization_servers: [issuerOf(u)],
    bearer_methods_supported: ['header'],
    resource_name: portalName,
  };
}

/** Where the portal's authorization server metadata is (RFC 8414 path insertion). */
export const authorizationServerMetadataUrlOf = (u: PortalUrls) =>
  `${u.origin}/.well-known/oauth-authorization-server${u.basePath}`;

type Handler = (req: Request, res: Response, next: NextFunction) => void;

/** A mounted handler for its mount path only (`app.use` also matches paths below it). */
const exactly =
  (handler: Handler): Handler =>
  (req, res, next) =>
    req.path === '/' ? handler(req, res, next) : next();

/** OpenID Discovery (`openid-configuration`): 404, naming the OAuth metadata the portal does publish. */
function notAnOpenIdProvider(u: PortalUrls): Handler {
  const description =
    'this portal is an OAuth 2.0 authorization server, not an OpenID provider (it issues no ID tokens); ' +
    `its metadata (RFC 8414) is at ${authorizationServerMetadataUrlOf(u)}`;
  return (_req, res) => {
    // Readable from a web page, as the metadata documents are (the SDK's handlers allow any origin).
    res.setHeader('access-control-allow-origin', '*');
    res.status(404).json({ error: 'not_found', error_description: description });
  };
}

/**
 * The answer to a well-known metadata URL at the root of a listener that serves portals by path
 * (`/.well-known/oauth-protected-resource` with no portal after it): the root names no portal, so 404
 * (RFC 9728 section 3.1 and RFC 8414 section 3.1 put a resource's or issuer's metadata under its path),
 * naming where each portal's documents are. `undefined` for any other path.
 */
export function rootWellKnown(pathname: string, origin: string): globalThis.Response | undefined {
  const kind =
    /^\/\.well-known\/(oauth-protected-resource|oauth-authorization-server|openid-configuration)\/?$/.exec(
      pathname,
    )?.[1];
  if (!kind) return undefined;
  const description =
    "this listener serves portals by path, and the root names none: a portal's protected resource metadata " +
    `is at ${origin}/.well-known/oauth-protected-resource/portals/<portal id>/mcp and its authorization ` +
    `server metadata at ${origin}/.well-known/oauth-authorization-server/portals/<portal id> (the 401 ` +
    'from /portals/<portal id>/mcp names the first in its WWW-Authenticate resource_metadata)';
  return new globalThis.Response(JSON.stringify({ error: 'not_found', error_description: description }), {
    status: 404,
    headers: { 'content-type': 'application/json', 'access-control-allow-origin': '*' },
  });
}

export interface OAuthAppOptions {
  urls: PortalUrls;
  portalName: string;
  provider: OAuthServerProvider;
  /** The SDK handlers' per-IP rate limits and `registrationLimit` (default on). */
  rateLimit?: boolean;
  /**
   * The portal's one registration limiter, shared by every app of the portal whatever the Host: takes one
   * registration for a client address and returns the milliseconds to wait (0: allowed).
   */
  registrationLimit?: (ip: string) => number;
}

export type NodeHandler = (req: IncomingMessage, res: ServerResponse) => void;

/** OAuth request bodies are small; the SDK's own parsers allow 100 KiB. */
export const OAUTH_BODY_LIMIT = 100 * 1024;

function tooLarge(res: Response): void {
  res.setHeader('connection', 'close');
  res.status(413).json({ error: 'invalid_request', error_description: 'request body too large' });
}

/**
 * Reads a POST body with a byte limit and parses it (JSON or urlencoded) into `req.body`, marking it read
 * so the SDK's body parsers skip it. Over the limit: 413 and the connection is closed, nothing more read.
 */
function boundedBody(limit: number) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'POST') return next();
    const declared = Number(req.headers['content-length'] ?? Number.NaN);
    if (Number.isFinite(declared) && declared > limit) return tooLarge(res);
    const chunks: Buffer[] = [];
    let total = 0;
    let over = false;
    const onData = (chunk: Buffer) => {
      total += chunk.length;
      if (total > limit) {
        over = true;
        req.off('data', onData);
        req.pause();
        tooLarge(res);
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('error', () => undefined);
    req.once('end', () => {
      if (over) return;
      const text = Buffer.concat(chunks).toString('utf8');
      const type = String(req.headers['content-type'] ?? '');
      let body: unknown = {};
      try {
        if (type.includes('json')) body = text ? JSON.parse(text) : {};
        else if (type.includes('x-www-form-urlencoded')) body = Object.fromEntries(new URLSearchParams(text));
      } catch {
        res.status(400).json({ error: 'invalid_request', error_description: 'the body is not valid JSON' });
        return;
      }
      Object.assign(req, { body, _body: true });
      next();
    });
  };
}

export function createOAuthApp(opts: OAuthAppOptions): NodeHandler {
  const { urls, provider } = opts;
  const limit = opts.rateLimit === false ? { rateLimit: false as const } : {};
  const base = urls.basePath;
  const app = express();
  app.disable('x-powered-by');
  app.use(boundedBody(OAUTH_BODY_LIMIT));
  app.use(`${base}/authorize`, authorizationHandler({ provider, ...limit }));
  app.use(`${base}/token`, tokenHandler({ provider, ...limit }));
  if (opts.rateLimit !== false && opts.registrationLimit) {
    const take = opts.registrationLimit;
    app.post(`${base}/register`, (req: Request, res: Response, next: NextFunction) => {
      const waitMs = take(req.socket.remoteAddress ?? '');
      if (waitMs <= 0) return next();
      res.setHeader('retry-after', String(Math.ceil(waitMs / 1000)));
      res
        .status(429)
        .json(
          new TooManyRequestsError(
            'too many client registrations at this portal; try again later',
          ).toResponseObject(),
        );
    });
  }
  // The portal's own limiter above replaces the SDK's, which is per app and so per Host.
  app.use(
    `${base}/register`,
    clientRegistrationHandler({
      clientsStore: provider.clientsStore,
      ...(opts.registrationLimit ? { rateLimit: false as const } : limit),
    }),
  );
  app.use(`${base}/revoke`, revocationHandler({ provider, ...limit }));
  // Every URL the MCP SDK client and mcp-remote try (discovery.test.ts): the documents where RFC 9728 /
  // RFC 8414 put them, the authorization server's also path-appended; OpenID Discovery answers 404 naming
  // the OAuth document (the portal issues no ID tokens), which both clients read as "try the next URL".
  // Below a document's own path nothing is served: no document claims an issuer it is not fetched for.
  const prm = metadataHandler(protectedResourceMetadata(urls, opts.portalName));
  app.use(`/.well-known/oauth-protected-resource${base}/mcp`, prm);
  if (base === '') app.use('/.well-known/oauth-protected-resource', prm);
  const asm = metadataHandler(authorizationServerMetadata(urls));
  app.use(`/.well-known/oauth-authorization-server${base}`, exactly(asm));
  if (base !== '') app.use(`${base}/.well-known/oauth-authorization-server`, exactly(asm));
  const notOidc = notAnOpenIdProvider(urls);
  app.use(`/.well-known/openid-configuration${base}`, exactly(notOidc));
  if (base !== '') app.use(`${base}/.well-known/openid-configuration`, exactly(notOidc));
  app.use((_req, res) => {
    res.status(404).json({ error: 'not_found', error_description: 'no such OAuth endpoint' });
  });
  // Body-parser errors (413 over the limit, 400 malformed): a short OAuth-style answer, never a stack trace.
  app.use((err: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const status = (err as { status?: unknown }).status;
    const code = typeof status === 'number' && status >= 400 && status < 500 ? status : 500;
    if (res.headersSent) return res.end();
    if (code === 413) res.setHeader('connection', 'close');
    res.status(code).json({
      error: code === 500 ? 'server_error' : 'invalid_request',
      error_description: code === 413 ? 'request body too large' : 'the request could not be read',
    });
  });
  return app as unknown as NodeHandler;
}

/** Hands a Node request to `handler` and resolves once the response is finished or the socket closed. */
export function handOff(handler: NodeHandler, req: IncomingMessage, res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    res.once('finish', () => resolve());
    res.once('close', () => resolve());
    handler(req, res);
  });
}

/** A small cache of OAuth apps, keyed by origin, base path and portal version. */
export class OAuthApps {
  private readonly apps = new Map<string, NodeHandler>();
  constructor(private readonly max = 64) {}

  get(key: string, build: () => NodeHandler): NodeHandler {
    let app = this.apps.get(key);
    if (!app) {
      if (this.apps.size >= this.max) {
        const oldest = this.apps.keys().next().value;
        if (oldest !== undefined) this.apps.delete(oldest);
      }
      app = build();
      this.apps.set(key, app);
    }
    return app;
  }
}
