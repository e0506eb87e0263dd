// The OAuth example upstream as a client sees it, over HTTP on 127.0.0.1 with the SDK's client auth helpers:
// the 401 challenge and discovery, DCR, PKCE (a wrong verifier is refused), the resource binding, refresh
// rotation (a replayed refresh token ends the grant), revocation and short access-token lifetimes.
import {
  discoverOAuthServerInfo,
  exchangeAuthorization,
  extractWWWAuthenticateParams,
  refreshAuthorization,
  registerClient,
  startAuthorization,
} from '@modelcontextprotocol/sdk/client/auth.js';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { OAuthClientInformationFull, OAuthMetadata } from '@modelcontextprotocol/sdk/shared/auth.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type OAuthUpstreamHandle, startOAuthUpstream } from './oauth-upstream.js';

const REDIRECT = 'http://127.0.0.1:9/callback';
let upstream: OAuthUpstreamHandle;

beforeEach(async () => {
  upstream = await startOAuthUpstream({ accessTokenTtlSeconds: 60 });
});
afterEach(async () => {
  await upstream.close();
});

async function discover(): Promise<{ metadata: OAuthMetadata; resource: string }> {
  const info = await discoverOAuthServerInfo(upstream.url);
  if (!info.authorizationServerMetadata || !info.resourceMetadata) throw new Error('no metadata');
  // The upstream serves RFC 8414 OAuth metadata (mcpAuthRouter), not OIDC discovery; the SDK types the
  // result as the union of both, and only the OAuth member declares revocation_endpoint.
  const metadata = info.authorizationServerMetadata as OAuthMetadata;
  return { metadata, resource: info.resourceMetadata.resource };
}

/** DCR, then the authorization request answered at once; returns the code and what was used. */
async function authorize(state = 'st-1') {
  const { metadata, resource } = await discover();
  const client = await registerClient(upstream.issuer, {
    metadata,
    clientMetadata: {
      client_name: 'test',
      redirect_uris: [REDIRECT],
      token_endpoint_auth_method: 'client_secret_post',
    },
  });
  const { authorizationUrl, codeVerifier } = await startAuthorization(upstream.issuer, {
    metadata,
    clientInformation: client,
    redirectUrl: REDIRECT,
    state,
    resource: new URL(resource),
  });
  const res = await fetch(authorizationUrl, { redirect: 'manual' });
  expect(res.status).toBe(302);
  const back = new URL(res.headers.get('location') ?? '');
  expect(back.origin + back.pathname).toBe(REDIRECT);
  expect(back.searchParams.get('state')).toBe(state);
  return { metadata, resource, client, codeVerifier, code: back.searchParams.get('code') ?? '' };
}

async function exchange(a: Awaited<ReturnType<typeof authorize>>, codeVerifier = a.codeVerifier) {
  return exchangeAuthorization(upstream.issuer, {
    metadata: a.metadata,
    clientInformation: a.client,
    authorizationCode: a.code,
    codeVerifier,
    redirectUri: REDIRECT,
    resource: new URL(a.resource),
  });
}

async function whoami(token: string): Promise<Record<string, unknown>> {
  const client = new Client({ name: 't', version: '1' });
  await client.connect(
    new StreamableHTTPClientTransport(new URL(upstream.url), {
      requestInit: { headers: { Authorization: `Bearer ${token}` } },
    }),
  );
  try {
    const result = await client.callTool({ name: 'whoami', arguments: {} });
    return result.structuredContent as Record<string, unknown>;
  } finally {
    await client.close();
  }
}

describe('oauth example upstream', () => {
  it('answers an unauthenticated request with 401 pointing at its resource metadata', async () => {
    const res = await fetch(upstream.url, { method: 'POST', body: '{}' });
    expect(res.status).toBe(401);
    const params = extractWWWAuthenticateParams(res);
    expect(params.resourceMetadataUrl?.href).toBe(
      `${upstream.origin}/.well-known/oauth-protected-resource/mcp`,
    );
    const { metadata, resource } = await discover();
    expect(resource).toBe(upstream.url);
    expect(metadata.code_challenge_methods_supported).toEqual(['S256']);
    expect(metadata.registration_endpoint).toBeDefined();
    expect(metadata.revocation_endpoint).toBeDefined();
  });

  it('registers a client, exchanges the code with the right verifier, and the token reaches whoami', async () => {
    const a = await authorize();
    const tokens = await exchange(a);
    expect(tokens.refresh_token).toBeDefined();
    expect(tokens.expires_in).toBe(60);
    const who = await whoami(tokens.access_token);
    expect(who).toMatchObject({ subject: 'demo-user', client_id: a.client.client_id });
    expect(upstream.clientIds()).toEqual([a.client.client_id]);
  });

  it('refuses a code exchanged with another PKCE verifier, and the code is then spent', async () => {
    const a = await authorize();
    await expect(exchange(a, 'x'.repeat(43))).rejects.toMatchObject({ errorCode: 'invalid_grant' });
    await expect(exchange(a)).rejects.toMatchObject({ errorCode: 'invalid_grant' });
    expect(upstream.stats().codeExchanges).toBe(0);
  });

  it('refuses a code exchanged for another resource', async () => {
    const a = await authorize();
    await expect(exchange({ ...a, resource: `${upstream.origin}/other` })).rejects.toMatchObject({
      errorCode: 'invalid_grant',
    });
  });

  it('rotates refresh tokens, expires access tokens, and revokes the grant when an old refresh token returns', async () => {
    await upstream.close();
    // A clock the test moves: the tokens' lifetimes are whole seconds, and waiting them out flaked under
    // load (a token could expire between its refresh and its first use).
    let now = Date.now();
    upstream = await startOAuthUpstream({ accessTokenTtlSeconds: 60, now: () => now });
    const a = await authorize();
    const first = await exchange(a);
    now += 61_000;
    await expect(whoami(first.access_token)).rejects.toThrow(/401|invalid_token|expired/i);
    const refresh = (refreshToken: string) =>
      refreshAuthorization(upstream.issuer, {
        metadata: a.metadata,
        clientInformation: a.client as OAuthClientInformationFull,
        refreshToken,
        resource: new URL(a.resource),
      });
    const second = await refresh(first.refresh_token ?? '');
    expect(second.refresh_token).not.toBe(first.refresh_token);
    expect((await whoami(second.access_token)).subject).toBe('demo-user');
    // The first refresh token is spent: presenting it again ends the whole grant.
    await expect(refresh(first.refresh_token ?? '')).rejects.toMatchObject({ errorCode: 'invalid_grant' });
    expect(upstream.isActive(second.access_token)).toBe(false);
    expect(upstream.isActive(second.refresh_token ?? '')).toBe(false);
  });

  it('revokes a refresh token (and its grant) at the revocation endpoint', async () => {
    const a = await authorize();
    const tokens = await exchange(a);
    const body = new URLSearchParams({
      token: tokens.refresh_token ?? '',
      token_type_hint: 'refresh_token',
      client_id: a.client.client_id,
      client_secret: a.client.client_secret ?? '',
    });
    const res = await fetch(a.metadata.revocation_endpoint ?? '', { method: 'POST', body });
    expect(res.status).toBe(200);
    expect(upstream.isActive(tokens.refresh_token ?? '')).toBe(false);
    expect(upstream.isActive(tokens.access_token)).toBe(false);
    expect(upstream.stats().revocations).toBe(1);
  });
});
