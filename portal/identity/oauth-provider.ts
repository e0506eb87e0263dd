/**
 * The portal as an OAuth 2.1 authorization server for MCP clients: the SDK's `OAuthServerProvider`
 * contract, one provider per portal over shared state. Clients register dynamically (stored per portal);
 * `authorize` sends the browser to the portal's login page (or, already signed in, straight back with a
 * code); codes are single-use, PKCE-bound and short-lived (memory); access and refresh tokens are opaque
 * random strings stored only as SHA-256 hashes, and a refresh rotates both.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { OAuthRegisteredClientsStore } from '@modelcontextprotocol/sdk/server/auth/clients.js';
import {
  InvalidGrantError,
  InvalidTargetError,
  InvalidTokenError,
} from '@modelcontextprotocol/sdk/server/auth/errors.js';
import type {
  AuthorizationParams,
  OAuthServerProvider,
} from '@modelcontextprotocol/sdk/server/auth/provider.js';
import type { AuthInfo } from '@modelcontextprotocol/sdk/server/auth/types.js';
import type { OAuthClientInformationFull, OAuthTokens } from '@modelcontextprotocol/sdk/shared/auth.js';
import type { Response } from 'express';
import type { Repository } from '../store/repository.js';

export const ACCESS_TOKEN_PREFIX = 'mcpp_at_';
export const REFRESH_TOKEN_PREFIX = 'mcpp_rt_';

export const tokenHash = (value: string) => createHash('sha256').update(value, 'utf8').digest('hex');
const randomToken = (prefix: string) => `${prefix}${randomBytes(32).toString('base64url')}`;

export interface OAuthOptions {
  now?: () => Date;
  /** Access token lifetime (default 1 h). */
  accessTtlSeconds?: number;
  /** Refresh token lifetime (default 30 days). */
  refreshTtlSeconds?: number;
  /** Authorization code and pending-login lifetime (default 10 min). */
  codeTtlMs?: number;
}

/** An authorization request waiting for its user to sign in. */
export interface PendingAuthorization {
  portalId: string;
  client: OAuthClientInformationFull;
  params: AuthorizationParams;
  expires: number;
}

interface IssuedCode {
  portalId: string;
  clientId: string;
  userId: string;
  params: AuthorizationParams;
  expires: number;
}

/** The URLs and browser lookups a portal's provider needs from the HTTP layer. */
export interface PortalEndpoints {
  portalId: string;
  /** The portal's MCP endpoint (the protected resource). */
  resourceUrl: string;
  /** Where to send a browser to sign in for pending request `id`. */
  loginUrl(requestId: string): string;
  /** The signed-in user of the browser making this request, if any. */
  browserUser(cookieHeader: string | undefined): string | undefined;
}

export class PortalOAuth {
  private readonly pending = new Map<string, PendingAuthorization>();
  private readonly codes = new Map<string, IssuedCode>();
  private readonly now: () => Date;
  private readonly accessTtl: number;
  private readonly refreshTtl: number;
  private readonly codeTtl: number;

  constructor(
    private readonly repo: Repository,
    opts: OAuthOptions = {},
  ) {
    this.now = opts.now ?? (() => new Date());
    this.accessTtl = opts.accessTtlSeconds ?? 3600;
    this.refreshTtl = opts.refreshTtlSeconds ?? 30 * 24 * 3600;
    this.codeTtl = opts.codeTtlMs ?? 10 * 60_000;
  }

  private sweep(): void {
    const t = this.now().getTime();
    for (const [id, p] of this.pending) if (p.expires <= t) this.pending.delete(id);
    for (const [code, c] of this.codes) if (c.expires <= t) this.codes.delete(code);
  }

  /** A pending request of this portal, if it exists and has not expired. */
  pendingRequest(portalId: string, requestId: string): PendingAuthorization | undefined {
    this.sweep();
    const p = this.pending.get(requestId);
    return p && p.portalId === portalId ? p : undefined;
  }

  /** Issues a code for a signed-in user and returns the client redirect carrying it. */
  complete(portalId: string, requestId: string, userId: string): string | undefined {
    const p = this.pendingRequest(portalId, requestId);
    if (!p) return undefined;
    this.pending.delete(requestId);
    return this.redirectWithCode(p.portalId, p.client, p.params, userId);
  }

  private redirectWithCode(
    portalId: string,
    client: OAuthClientInformationFull,
    params: AuthorizationParams,
    userId: string,
  ): string {
    const code = randomBytes(24).toString('base64url');
    this.codes.set(code, {
      portalId,
      clientId: client.client_id,
      userId,
      params,
      expires: this.now().getTime() + this.codeTtl,
    });
    const url = new URL(params.redirectUri);
    url.searchParams.set('code', code);
    if (params.state !== undefined) url.searchParams.set('state', params.state);
    return url.href;
  }

  private issue(
    portalId: string,
    clientId: string,
    userId: string,
    scopes: string[],
    resource?: string,
  ): OAuthTokens {
    const nowSec = Math.floor(this.now().getTime() / 1000);
    const access = randomToken(ACCESS_TOKEN_PREFIX);
    const refresh = randomToken(REFRESH_TOKEN_PREFIX);
    const created_at = this.now().toISOString();
    const common = {
      portal_id: portalId,
      client_id: clientId,
      user_id: userId,
      scopes,
      resource: resource ?? null,
      created_at,
    };
    this.repo.transaction(() => {
      this.repo.oauth.insertToken({
        ...common,
        token_hash: tokenHash(access),
        kind: 'access',
        expires_at: nowSec + this.accessTtl,
      });
      this.repo.oauth.insertToken({
        ...common,
        token_hash: tokenHash(refresh),
        kind: 'refresh',
        expires_at: nowSec + this.refreshTtl,
      });
    });
    return {
      access_token: access,
      token_type: 'Bearer',
      expires_in: this.accessTtl,
      refresh_token: refresh,
      ...(scopes.length > 0 ? { scope: scopes.join(' ') } : {}),
    };
  }

  /** The user id an access token was issued to, for this portal; throws InvalidTokenError otherwise. */
  verify(portalId: string, token: string): AuthInfo & { userId: string } {
    const rec = this.repo.oauth.getToken(tokenHash(token));
    const nowSec = Math.floor(this.now().getTime() / 1000);
    if (rec?.kind !== 'access' || rec.portal_id !== portalId) {
      throw new InvalidTokenError('the access token is not valid for this portal');
    }
    if (rec.expires_at <= nowSec) throw new InvalidTokenError('the access token has expired');
    return {
      token,
      clientId: rec.client_id,
      scopes: rec.scopes,
      expiresAt: rec.expires_at,
      ...(rec.resource ? { resource: new URL(rec.resource) } : {}),
      userId: rec.user_id,
    };
  }

  /** The SDK provider for one portal. */
  provider(endpoints: PortalEndpoints): OAuthServerProvider {
    const { portalId } = endpoints;
    const repo = this.repo;
    const checkResource = (resource: URL | undefined) => {
      if (
        resource &&
        resource.href !== endpoints.resourceUrl &&
        !endpoints.resourceUrl.startsWith(resource.href)
      ) {
        throw new InvalidTargetError(
          `this authorization server issues tokens for ${endpoints.resourceUrl} only`,
        );
      }
    };
    const clientsStore: OAuthRegisteredClientsStore = {
      getClient: (clientId) => {
        const found = repo.oauth.getClient(clientId);
        return found && found.portal_id === portalId ? found.client : undefined;
      },
      registerClient: (client) => {
        const full = client as OAuthClientInformationFull;
        repo.transaction(() => repo.oauth.insertClient(portalId, full, this.now().toISOString()));
        return full;
      },
    };
    return {
      clientsStore,
      authorize: async (client, params, res: Response) => {
        checkResource(params.resource);
        const userId = endpoints.browserUser(res.req.headers.cookie);
        if (userId) {
          res.redirect(302, this.redirectWithCode(portalId, client, params, userId));
          return;
        }
        this.sweep();
        const id = randomBytes(18).toString('base64url');
        this.pending.set(id, { portalId, client, params, expires: this.now().getTime() + this.codeTtl });
        res.redirect(302, endpoints.loginUrl(id));
      },
      challengeForAuthorizationCode: async (client, code) => {
        this.sweep();
        const c = this.codes.get(code);
        if (!c || c.clientId !== client.client_id || c.portalId !== portalId) {
          throw new InvalidGrantError('invalid or expired authorization code');
        }
        return c.params.codeChallenge;
      },
      exchangeAuthorizationCode: async (client, code, _verifier, redirectUri, resource) => {
        this.sweep();
        const c = this.codes.get(code);
        if (!c || c.clientId !== client.client_id || c.portalId !== portalId) {
          throw new InvalidGrantError('invalid or expired authorization code');
        }
        this.codes.delete(code);
        if (redirectUri !== undefined && redirectUri !== c.params.redirectUri) {
          throw new InvalidGrantError('redirect_uri does not match the authorization request');
        }
        checkResource(resource);
        if (!repo.users.get(c.userId) || repo.users.get(c.userId)?.disabled) {
          throw new InvalidGrantError('the user is disabled or no longer exists');
        }
        return this.issue(
          portalId,
          client.client_id,
          c.userId,
          c.params.scopes ?? [],
          (resource ?? c.params.resource)?.href,
        );
      },
      exchangeRefreshToken: async (client, refreshToken, scopes, resource) => {
        const hash = tokenHash(refreshToken);
        const rec = repo.oauth.getToken(hash);
        const nowSec = Math.floor(this.now().getTime() / 1000);
        if (rec?.kind !== 'refresh' || rec.client_id !== client.client_id || rec.portal_id !== portalId) {
          throw new InvalidGrantError('invalid refresh token');
        }
        if (rec.expires_at <= nowSec) throw new InvalidGrantError('the refresh token has expired');
        if (repo.users.get(rec.user_id)?.disabled) throw new InvalidGrantError('the user is disabled');
        checkResource(resource);
        const granted =
          scopes && scopes.length > 0 ? scopes.filter((s) => rec.scopes.includes(s)) : rec.scopes;
        repo.transaction(() => repo.oauth.deleteToken(hash));
        return this.issue(
          portalId,
          client.client_id,
          rec.user_id,
          granted,
          resource?.href ?? rec.resource ?? undefined,
        );
      },
      verifyAccessToken: async (token) => this.verify(portalId, token),
      revokeToken: async (client, request) => {
        const hash = tokenHash(request.token);
        const rec = repo.oauth.getToken(hash);
        if (rec && rec.client_id === client.client_id) repo.transaction(() => repo.oauth.deleteToken(hash));
      },
    };
  }
}
