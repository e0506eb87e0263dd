/**
 * The one place Express meets the portal: the SDK's OAuth handlers (authorize, token, DCR register, revoke,
 * and the RFC 8414 / RFC 9728 metadata documents) are Express routers, so each portal gets a small Express
 * app built from them, mounted under the portal's base path, with metadata that names the portal's own
 * endpoints (the SDK's `mcpAuthRouter` assumes the issuer sits at the root, which `/portals/<id>` is not).
 * The Hono data plane hands the raw Node request to it (`handOff`). Apps are cached per portal and origin.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { authorizationHandler } from '@modelcontextprotocol/sdk/server/auth/handlers/authorize.js';
import { metadataHandler } from '@modelcontextprotocol/sdk/server/auth/handlers/metadata.js';
import { clientRegistrationHandler } from '@modelcontextprotocol/sdk/server/auth/handlers/register.js';
import { revocationHandler } from '@modelcontextprotocol/sdk/server/auth/handlers/revoke.js';
import { tokenHandler } from '@modelcontextprotocol/sdk/server/auth/handlers/token.js';
import type { OAuthServerProvider } from '@modelcontextprotocol/sdk/server/auth/provider.js';
import type { OAuthMetadata, OAuthProtectedResourceMetadata } from '@modelcontextprotocol/sdk/shared/auth.js';
import express from 'express';

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

export interface OAuthAppOptions {
  urls: PortalUrls;
  portalName: string;
  provider: OAuthServerProvider;
  /** The SDK handlers' per-IP rate limits (default on). */
  rateLimit?: boolean;
}

export type NodeHandler = (req: IncomingMessage, res: ServerResponse) => void;

export function createOAuthApp(opts: OAuthAppOptions): NodeHandler {
  const { urls, provider } = opts;
  const limit = opts.rateLimit === false ? { rateLimit: false as const } : {};
  const base = urls.basePath;
  const app = express();
  app.disable('x-powered-by');
  app.use(`${base}/authorize`, authorizationHandler({ provider, ...limit }));
  app.use(`${base}/token`, tokenHandler({ provider, ...limit }));
  app.use(`${base}/register`, clientRegistrationHandler({ clientsStore: provider.clientsStore, ...limit }));
  app.use(`${base}/revoke`, revocationHandler({ provider, ...limit }));
  const prm = metadataHandler(protectedResourceMetadata(urls, opts.portalName));
  app.use(`/.well-known/oauth-protected-resource${base}/mcp`, prm);
  if (base === '') app.use('/.well-known/oauth-protected-resource', prm);
  app.use(
    `/.well-known/oauth-authorization-server${base}`,
    metadataHandler(authorizationServerMetadata(urls)),
  );
  app.use((_req, res) => {
    res.status(404).json({ error: 'not_found', error_description: 'no such OAuth endpoint' });
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
