/**
 * The portal as an OAuth 2.1 authorization server for MCP clients: the SDK's `OAuthServerProvider`
 * contract, one provider per portal over shared state. Clients register dynamically (stored per portal;
 * redirect URIs must be https, loopback http or an app's own scheme). `authorize` sends the browser to the
 * portal's login page, which asks the user to approve a client they have not approved at this portal before
 * any code is issued (approvals are remembered per portal, user and client). Codes are single-use, PKCE-bound
 * and short-lived (memory); tokens are opaque random strings stored only as SHA-256 hashes; a refresh
 * rotates both, and replaying a spent refresh token revokes its whole family (OAuth 2.1 §4.3.1).
 */
import { hash, randomBytes } from 'node:crypto';
import type { OAuthRegisteredClientsStore } from '@modelcontextprotocol/sdk/server/auth/clients.js';
import {
  InvalidClientMetadataError,
  InvalidGrantError,
  InvalidRequestError,
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
import type { OAuthTokenRecord, Repository, UserRecord } from '../store/repository.js';
import { WindowLimiter } from './throttle.js';

export const ACCESS_TOKEN_PREFIX = 'mcpp_at_';
export const REFRESH_TOKEN_PREFIX = 'mcpp_rt_';

export const tokenHash = (value: string) => hash('sha256', value, 'hex');
/** Access tokens whose hash `PortalOAuth` keeps at most. */
const MAX_PRESENTED = 10_000;
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
  familyId: string;
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

const LOOPBACK_HOSTS = new Set(['127.0.0.1', '[::1]', 'localhost']);
/** Schemes a browser must never be sent to with a code (RFC 8252 allows apps' own private-use schemes). */
const REFUSED_SCHEMES = new Set([
  'file:',
  'javascript:',
  'data:',
  'vbscript:',
  'about:',
  'blob:',
  'filesystem:',
  'ftp:',
  'ws:',
  'wss:',
  'mailto:',
  'view-source:',
]);

/** Why a redirect URI may not receive codes, or undefined when it may (RFC 8252 §7, OAuth 2.1 §2.3.1). */
export function redirectUriProblem(raw: string): string | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return `redirect URI "${raw}" is not a valid URL`;
  }
  if (raw.includes('#')) return `redirect URI "${raw}" must not contain a fragment`;
  if (url.protocol === 'https:') return undefined;
  if (url.protocol === 'http:') {
    return LOOPBACK_HOSTS.has(url.hostname)
      ? undefined
      : `redirect URI "${raw}" uses http:// on a host other than loopback; use https://`;
  }
  if (REFUSED_SCHEMES.has(url.protocol)) return `redirect URI scheme "${url.protocol}" is not allowed`;
  return undefined;
}

/** Most authorization requests waiting for sign-in or consent at once (all portals). */
const MAX_PENDING = 10_000;

/** Client registrations per portal and client address per hour (the SDK's own default is 20 per address). */
export const REGISTRATIONS_PER_HOUR = 20;

export class PortalOAuth {
  /** One registration limiter for every portal, keyed by portal and client address (not by Host). */
  readonly registrations: WindowLimiter;
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
    this.registrations = new WindowLimiter(REGISTRATIONS_PER_HOUR, 3600_000, () => this.now().getTime());
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

  /** Whether this user has approved this client at this portal (and it still exists there). */
  approved(portalId: string, userId: string, clientId: string): boolean {
    return this.repo.oauth.hasConsent(portalId, userId, clientId);
  }

  /**
   * Issues a code for a signed-in user who has approved the request's client, and returns the client
   * redirect carrying it; undefined when the request is gone or the client is not approved (consent first).
   */
  complete(portalId: string, requestId: string, userId: string): string | undefined {
    const p = this.pendingRequest(portalId, requestId);
    if (!p || !this.approved(portalId, userId, p.client.client_id)) return undefined;
    this.pending.delete(requestId);
    return this.redirectWithCode(p.portalId, p.client, p.params, userId);
  }

  /** Records the user's approval of the request's client (the consent page's "Allow"), then completes it. */
  approve(portalId: string, requestId: string, userId: string): string | undefined {
    const p = this.pendingRequest(portalId, requestId);
    if (!p) return undefined;
    const at = this.now().toISOString();
    this.repo.transaction(() => this.repo.oauth.setConsent(portalId, userId, p.client.client_id, at));
    return this.complete(portalId, requestId, userId);
  }

  /** The user declined: the client redirect carrying `error=access_denied` (RFC 6749 §4.1.2.1). */
  deny(portalId: string, requestId: string): string | undefined {
    const p = this.pendingRequest(portalId, requestId);
    if (!p) return undefined;
    this.pending.delete(requestId);
    const url = new URL(p.params.redirectUri);
    url.searchParams.set('error', 'access_denied');
    url.searchParams.set('error_description', 'the user did not approve this client');
    if (p.params.state !== undefined) url.searchParams.set('state', p.params.state);
    return url.href;
  }

  /** Withdraws a user's approval of a client at a portal and revokes the tokens it holds for them. */
  revokeConsent(portalId: string, userId: string, clientId: string): boolean {
    return this.repo.transaction(() => {
      const had = this.repo.oauth.deleteConsent(portalId, userId, clientId);
      this.repo.oauth.deleteClientTokens(portalId, userId, clientId);
      return had;
    });
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
      familyId: randomBytes(18).toString('base64url'),
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
    familyId: string,
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
      family_id: familyId,
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

  /**
   * Hashes of access tokens recently presented: a client sends the same token on every call, and hashing
   * it was a few µs of each. Bounded (emptied when full); in memory only, as any request's token is.
   */
  private readonly presented = new Map<string, string>();

  /**
   * An access token of this portal, unexpired, with the user it was issued to (undefined when the user is
   * gone), in one read; throws InvalidTokenError otherwise.
   */
  private access(portalId: string, token: string): { rec: OAuthTokenRecord; user: UserRecord | undefined } {
    let h = this.presented.get(token);
    if (h === undefined) {
      h = tokenHash(token);
      if (this.presented.size >= MAX_PRESENTED) this.presented.clear();
      this.presented.set(token, h);
    }
    const found = this.repo.oauth.getTokenWithUser(h);
    const nowSec = Math.floor(this.now().getTime() / 1000);
    if (found?.token.kind !== 'access' || found.token.portal_id !== portalId) {
      throw new InvalidTokenError('the access token is not valid for this portal');
    }
    if (found.token.expires_at <= nowSec) throw new InvalidTokenError('the access token has expired');
    return { rec: found.token, user: found.user };
  }

  /**
   * The user an access token was issued to, for this portal (undefined when the user is gone); throws
   * InvalidTokenError for a token that is not valid here. The data plane's check of every request
   * (web/authenticate.ts): token and user in one read.
   */
  bearer(portalId: string, token: string): UserRecord | undefined {
    return this.access(portalId, token).user;
  }

  /** The user id an access token was issued to, for this portal; throws InvalidTokenError otherwise. */
  verify(portalId: string, token: string): AuthInfo & { userId: string } {
    const { rec } = this.access(portalId, token);
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
        for (const uri of full.redirect_uris ?? []) {
          const problem = redirectUriProblem(String(uri));
          if (problem) throw new InvalidClientMetadataError(problem);
        }
        repo.transaction(() => repo.oauth.insertClient(portalId, full, this.now().toISOString()));
        return full;
      },
    };
    return {
      clientsStore,
      authorize: async (client, params, res: Response) => {
        const problem = redirectUriProblem(params.redirectUri);
        if (problem) {
          // Never redirect to a URI we refuse: answer the browser directly.
          res.status(400).json(new InvalidRequestError(problem).toResponseObject());
          return;
        }
        checkResource(params.resource);
        const userId = endpoints.browserUser(res.req.headers.cookie);
        if (userId && this.approved(portalId, userId, client.client_id)) {
          res.redirect(302, this.redirectWithCode(portalId, client, params, userId));
          return;
        }
        this.sweep();
        // Bounded: anyone may start authorizations, so the oldest pending one goes first at the cap.
        if (this.pending.size >= MAX_PENDING) {
          const oldest = this.pending.keys().next().value;
          if (oldest !== undefined) this.pending.delete(oldest);
        }
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
          c.familyId,
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
        if (rec.used) {
          // A spent refresh token presented again: it leaked. Revoke everything issued from this grant.
          repo.transaction(() => repo.oauth.deleteTokenFamily(rec.family_id));
          throw new InvalidGrantError('refresh token reuse detected; every token of this grant is revoked');
        }
        if (rec.expires_at <= nowSec) throw new InvalidGrantError('the refresh token has expired');
        if (repo.users.get(rec.user_id)?.disabled) throw new InvalidGrantError('the user is disabled');
        checkResource(resource);
        const granted =
          scopes && scopes.length > 0 ? scopes.filter((s) => rec.scopes.includes(s)) : rec.scopes;
        return repo.transaction(() => {
          repo.oauth.markTokenUsed(hash);
          return this.issue(
            portalId,
            client.client_id,
            rec.user_id,
            rec.family_id ?? rec.token_hash,
            granted,
            resource?.href ?? rec.resource ?? undefined,
          );
        });
      },
      verifyAccessToken: async (token) => this.verify(portalId, token),
      revokeToken: async (client, request) => {
        const hash = tokenHash(request.token);
        const rec = repo.oauth.getToken(hash);
        if (rec?.client_id !== client.client_id || rec.portal_id !== portalId) return;
        // Revoking a refresh token also revokes the access tokens of its grant (RFC 7009 §2.1).
        repo.transaction(() =>
          rec.kind === 'refresh' ? repo.oauth.deleteTokenFamily(rec.family_id) : repo.oauth.deleteToken(hash),
        );
      },
    };
  }
}
