/**
 * `oauth` example upstream: an MCP server (`whoami`, `echo`) behind its own OAuth 2.1 authorization server,
 * built from the SDK's server auth pieces (`mcpAuthRouter`, `requireBearerAuth`) over an in-memory provider:
 * RFC 9728 resource metadata and 401 challenge, RFC 8414 metadata, dynamic client registration, code + PKCE
 * S256, `resource` binding, rotating refresh tokens (replay revokes the grant), revocation, short lifetimes.
 * Consent is approved at once (localhost demo and tests). Run: `node --import tsx examples/upstreams/oauth-upstream.ts`.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { OAuthRegisteredClientsStore } from '@modelcontextprotocol/sdk/server/auth/clients.js';
import { InvalidGrantError, InvalidTokenError } from '@modelcontextprotocol/sdk/server/auth/errors.js';
import { requireBearerAuth } from '@modelcontextprotocol/sdk/server/auth/middleware/bearerAuth.js';
import type {
  AuthorizationParams,
  OAuthServerProvider,
} from '@modelcontextprotocol/sdk/server/auth/provider.js';
import {
  getOAuthProtectedResourceMetadataUrl,
  mcpAuthRouter,
} from '@modelcontextprotocol/sdk/server/auth/router.js';
import type { AuthInfo } from '@modelcontextprotocol/sdk/server/auth/types.js';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import type {
  OAuthClientInformationFull,
  OAuthTokenRevocationRequest,
  OAuthTokens,
} from '@modelcontextprotocol/sdk/shared/auth.js';
import express, { type Response } from 'express';
import { z } from 'zod';
import { closeOnSignals, isMain, parseListen } from './cli.js';
import { type ListenOptions, sharedValidator, type UpstreamHandle } from './http-host.js';

export const OAUTH_TOOLS = ['whoami', 'echo'] as const;

export interface OAuthUpstreamOptions extends Omit<ListenOptions, 'path' | 'ssePath'> {
  /** Access token lifetime in seconds (default 3600). */
  accessTokenTtlSeconds?: number;
  /** Refresh token lifetime in seconds (default 30 days). */
  refreshTokenTtlSeconds?: number;
  /** The clock, in ms since the epoch (default `Date.now`): a test moves it on instead of waiting. */
  now?: () => number;
  /**
   * Who approves the consent (default: everyone, as `subject` `demo-user`, or the `login_hint` sent).
   * Return a subject to approve, or `false` to deny (the client gets `error=access_denied`).
   */
  approve?: (
    client: OAuthClientInformationFull,
    params: AuthorizationParams,
    loginHint?: string,
  ) => string | false;
}

/** What the authorization server has done, for tests (counts only; never token values). */
export interface OAuthUpstreamStats {
  registrations: number;
  authorizations: number;
  codeExchanges: number;
  refreshes: number;
  revocations: number;
  /** Bearer tokens the MCP endpoint refused (unknown, revoked or expired). */
  rejectedTokens: number;
}

export interface OAuthUpstreamHandle extends UpstreamHandle {
  /** The authorization server's issuer (same origin as the MCP endpoint). */
  issuer: string;
  stats(): OAuthUpstreamStats;
  /** Whether an access or refresh token is currently valid (for tests of revocation). */
  isActive(token: string): boolean;
  /** Ends every grant of every client at once (tests of an unrefreshable credential). */
  revokeAll(): void;
  /** The registered clients' ids. */
  clientIds(): string[];
}

interface CodeGrant {
  clientId: string;
  challenge: string;
  redirectUri: string;
  resource?: string;
  scopes: string[];
  subject: string;
  expiresAt: number;
}

interface TokenGrant {
  kind: 'access' | 'refresh';
  clientId: string;
  subject: string;
  scopes: string[];
  resource?: string;
  /** Seconds since the epoch. */
  expiresAt: number;
  /** One per authorization code: a replayed refresh token revokes the whole family. */
  family: string;
  used?: boolean;
}

const CODE_TTL_SECONDS = 60;
const fingerprint = (token: string) => createHash('sha256').update(token).digest('hex').slice(0, 12);

/** The in-memory authorization server: clients, codes and tokens of one upstream. */
class MemoryAuthServer implements OAuthServerProvider {
  readonly clients = new Map<string, OAuthClientInformationFull>();
  readonly codes = new Map<string, CodeGrant>();
  readonly tokens = new Map<string, TokenGrant>();
  /** PKCE is checked in `exchangeAuthorizationCode`, after the code is spent, so a wrong verifier burns it. */
  readonly skipLocalPkceValidation = true;
  readonly counts: OAuthUpstreamStats = {
    registrations: 0,
    authorizations: 0,
    codeExchanges: 0,
    refreshes: 0,
    revocations: 0,
    rejectedTokens: 0,
  };

  constructor(private readonly opts: Required<Omit<OAuthUpstreamOptions, 'port' | 'host'>>) {}

  private nowSeconds(): number {
    return Math.floor(this.opts.now() / 1000);
  }

  get clientsStore(): OAuthRegisteredClientsStore {
    return {
      getClient: (id) => this.clients.get(id),
      registerClient: (client) => {
        const full = client as OAuthClientInformationFull;
        this.clients.set(full.client_id, full);
        this.counts.registrations += 1;
        return full;
      },
    };
  }

  async authorize(
    client: OAuthClientInformationFull,
    params: AuthorizationParams,
    res: Response,
  ): Promise<void> {
    const target = new URL(params.redirectUri);
    if (params.state !== undefined) target.searchParams.set('state', params.state);
    const hint = typeof res.req.query.login_hint === 'string' ? res.req.query.login_hint : undefined;
    const subject = this.opts.approve(client, params, hint);
    if (subject === false) {
      target.searchParams.set('error', 'access_denied');
      res.redirect(302, target.href);
      return;
    }
    const code = randomBytes(24).toString('base64url');
    this.codes.set(code, {
      clientId: client.client_id,
      challenge: params.codeChallenge,
      redirectUri: params.redirectUri,
      ...(params.resource ? { resource: params.resource.href } : {}),
      scopes: params.scopes ?? [],
      subject,
      expiresAt: this.nowSeconds() + CODE_TTL_SECONDS,
    });
    this.counts.authorizations += 1;
    target.searchParams.set('code', code);
    res.redirect(302, target.href);
  }

  async challengeForAuthorizationCode(client: OAuthClientInformationFull, code: string): Promise<string> {
    const grant = this.codes.get(code);
    if (!grant || grant.clientId !== client.client_id)
      throw new InvalidGrantError('unknown authorization code');
    return grant.challenge;
  }

  async exchangeAuthorizationCode(
    client: OAuthClientInformationFull,
    code: string,
    verifier?: string,
    redirectUri?: string,
    resource?: URL,
  ): Promise<OAuthTokens> {
    const grant = this.codes.get(code);
    // Single use: a code is gone after its first exchange, whatever the outcome.
    this.codes.delete(code);
    if (!grant || grant.clientId !== client.client_id)
      throw new InvalidGrantError('unknown authorization code');
    if (grant.expiresAt < this.nowSeconds()) throw new InvalidGrantError('the authorization code expired');
    const challenge = createHash('sha256')
      .update(verifier ?? '')
      .digest('base64url');
    if (challenge !== grant.challenge)
      throw new InvalidGrantError('code_verifier does not match the challenge');
    if (redirectUri !== undefined && redirectUri !== grant.redirectUri)
      throw new InvalidGrantError('redirect_uri does not match the authorization request');
    if ((resource?.href ?? grant.resource) !== grant.resource)
      throw new InvalidGrantError('resource does not match the authorization request');
    this.counts.codeExchanges += 1;
    return this.issue(grant.clientId, grant.subject, grant.scopes, grant.resource, randomUUID());
  }

  async exchangeRefreshToken(
    client: OAuthClientInformationFull,
    refreshToken: string,
    scopes?: string[],
    resource?: URL,
  ): Promise<OAuthTokens> {
    const grant = this.tokens.get(refreshToken);
    if (grant?.kind !== 'refresh' || grant.clientId !== client.client_id)
      throw new InvalidGrantError('unknown refresh token');
    if (grant.used) {
      // A rotated-out refresh token came back: someone else may hold it. End the whole grant.
      this.revokeFamily(grant.family);
      throw new InvalidGrantError('refresh token already used; the grant is revoked');
    }
    if (grant.expiresAt < this.nowSeconds()) throw new InvalidGrantError('the refresh token expired');
    if (resource && resource.href !== grant.resource)
      throw new InvalidGrantError('resource does not match the grant');
    const narrowed = scopes && scopes.length > 0 ? scopes : grant.scopes;
    if (narrowed.some((s) => !grant.scopes.includes(s)))
      throw new InvalidGrantError('scope exceeds the grant');
    grant.used = true;
    this.counts.refreshes += 1;
    return this.issue(grant.clientId, grant.subject, narrowed, grant.resource, grant.family);
  }

  async verifyAccessToken(token: string): Promise<AuthInfo> {
    const grant = this.tokens.get(token);
    const refuse = (why: string) => {
      this.counts.rejectedTokens += 1;
      return new InvalidTokenError(why);
    };
    if (grant?.kind !== 'access') throw refuse('unknown or revoked access token');
    if (grant.expiresAt < this.nowSeconds()) throw refuse('the access token expired');
    return {
      token,
      clientId: grant.clientId,
      scopes: grant.scopes,
      expiresAt: grant.expiresAt,
      ...(grant.resource ? { resource: new URL(grant.resource) } : {}),
      extra: { subject: grant.subject },
    };
  }

  async revokeToken(client: OAuthClientInformationFull, request: OAuthTokenRevocationRequest): Promise<void> {
    const grant = this.tokens.get(request.token);
    // RFC 7009: an unknown token, or one of another client, is answered 200 and left alone.
    if (!grant || grant.clientId !== client.client_id) return;
    this.counts.revocations += 1;
    if (grant.kind === 'refresh') this.revokeFamily(grant.family);
    else this.tokens.delete(request.token);
  }

  revokeFamily(family: string): void {
    for (const [token, grant] of this.tokens) if (grant.family === family) this.tokens.delete(token);
  }

  isActive(token: string): boolean {
    const grant = this.tokens.get(token);
    return grant !== undefined && !grant.used && grant.expiresAt >= this.nowSeconds();
  }

  private issue(
    clientId: string,
    subject: string,
    scopes: string[],
    resource: string | undefined,
    family: string,
  ) {
    const access = randomBytes(24).toString('base64url');
    const refresh = randomBytes(32).toString('base64url');
    const base = { clientId, subject, scopes, family, ...(resource ? { resource } : {}) };
    this.tokens.set(access, {
      ...base,
      kind: 'access',
      expiresAt: this.nowSeconds() + this.opts.accessTokenTtlSeconds,
    });
    this.tokens.set(refresh, {
      ...base,
      kind: 'refresh',
      expiresAt: this.nowSeconds() + this.opts.refreshTokenTtlSeconds,
    });
    return {
      access_token: access,
      token_type: 'Bearer',
      expires_in: this.opts.accessTokenTtlSeconds,
      refresh_token: refresh,
      ...(scopes.length > 0 ? { scope: scopes.join(' ') } : {}),
    };
  }
}

/** One `oauth` MCP server for one request; `whoami` tells who the token belongs to. */
function createOAuthServer(auth: AuthInfo | undefined): McpServer {
  const server = new McpServer({ name: 'oauth', version: '1.0.0' }, { jsonSchemaValidator: sharedValidator });
  server.registerTool(
    'whoami',
    {
      description: 'Who called: the OAuth subject, client id, scopes and a fingerprint of the access token.',
      inputSchema: {},
    },
    async () => {
      const who = {
        subject: (auth?.extra?.subject as string | undefined) ?? null,
        client_id: auth?.clientId ?? null,
        scopes: auth?.scopes ?? [],
        token_fingerprint: auth ? fingerprint(auth.token) : null,
      };
      return { content: [{ type: 'text', text: JSON.stringify(who) }], structuredContent: who };
    },
  );
  server.registerTool(
    'echo',
    { description: 'Echoes the message back.', inputSchema: { message: z.string() } },
    async ({ message }) => ({ content: [{ type: 'text', text: message }] }),
  );
  return server;
}

/** Starts the upstream: the authorization server at the root, the MCP endpoint at `/mcp`. */
export async function startOAuthUpstream(opts: OAuthUpstreamOptions = {}): Promise<OAuthUpstreamHandle> {
  const host = opts.host ?? '127.0.0.1';
  const provider = new MemoryAuthServer({
    accessTokenTtlSeconds: opts.accessTokenTtlSeconds ?? 3600,
    refreshTokenTtlSeconds: opts.refreshTokenTtlSeconds ?? 30 * 24 * 3600,
    now: opts.now ?? Date.now,
    approve: opts.approve ?? ((_c, _p, hint) => hint ?? 'demo-user'),
  });
  const app = express();
  app.disable('x-powered-by');
  const http: HttpServer = await new Promise((resolve, reject) => {
    const s = app.listen(opts.port ?? 0, host, () => resolve(s));
    s.once('error', reject);
  });
  const { port } = http.address() as AddressInfo;
  const origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  const mcpUrl = new URL(`${origin}/mcp`);
  app.use(
    mcpAuthRouter({
      provider,
      issuerUrl: new URL(origin),
      resourceServerUrl: mcpUrl,
      resourceName: 'oauth example upstream',
      scopesSupported: ['mcp'],
      // Localhost only: the handlers' per-IP rate limits would only get in the way of tests.
      authorizationOptions: { rateLimit: false },
      clientRegistrationOptions: { rateLimit: false },
      tokenOptions: { rateLimit: false },
      revocationOptions: { rateLimit: false },
    }),
  );
  const bearer = requireBearerAuth({
    verifier: provider,
    resourceMetadataUrl: getOAuthProtectedResourceMetadataUrl(mcpUrl),
    expectedResource: mcpUrl,
  });
  app.all('/mcp', bearer, async (req, res) => {
    if (req.method !== 'POST') {
      res
        .set('Allow', 'POST')
        .status(405)
        .json({ jsonrpc: '2.0', error: { code: -32000, message: 'Method not allowed.' }, id: null });
      return;
    }
    const server = createOAuthServer(req.auth);
    const transport = new StreamableHTTPServerTransport({
      sessionIdGenerator: undefined,
      enableJsonResponse: true,
    });
    res.on('close', () => {
      void transport.close();
      void server.close();
    });
    await server.connect(transport);
    await transport.handleRequest(req, res);
  });
  return {
    url: mcpUrl.href,
    origin,
    issuer: origin,
    stats: () => ({ ...provider.counts }),
    isActive: (token) => provider.isActive(token),
    revokeAll: () => provider.tokens.clear(),
    clientIds: () => [...provider.clients.keys()],
    close: () =>
      new Promise<void>((resolve) => {
        http.close(() => resolve());
        http.closeAllConnections();
      }),
  };
}

if (isMain(import.meta.url)) {
  const { port, host, extra } = parseListen('OAUTH', 3104, ['access-ttl']);
  const ttl = extra['access-ttl'] === undefined ? undefined : Number(extra['access-ttl']);
  const upstream = await startOAuthUpstream({ port, host, ...(ttl ? { accessTokenTtlSeconds: ttl } : {}) });
  console.log(
    `oauth   ${upstream.url}  (OAuth: authorization server at ${upstream.issuer}, consent auto-approved)`,
  );
  closeOnSignals(upstream.close);
}
