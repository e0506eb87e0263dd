// The portal as an OAuth 2.1 authorization server and protected resource, end to end over HTTP with the
// SDK's real Client: the 401 challenge and RFC 9728 / RFC 8414 metadata (path and Host routing), the full
// flow (DCR, PKCE, login form, code exchange), refresh rotation, PKCE and password failures, tokens bound
// to their portal, browser redirects, service tokens, and sessions bound to the principal that opened them.
// Every discovery URL clients try: discovery.test.ts; a refused service token: service-token.test.ts.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDocsUpstream, type UpstreamHandle } from '../../examples/upstreams/index.js';
import { updateUser } from '../identity/users.js';
import { syncServer } from '../sync/index.js';
import {
  addPolicy,
  addPortal,
  addServer,
  addServiceToken,
  addTestUser,
  PASSWORD,
  protectPortal,
  protectServer,
} from '../testing/fixtures.js';
import { startTestPortal, type TestPortal } from '../testing/harness.js';
import { hostRoutedFetch } from '../testing/host-routed-fetch.js';
import {
  answerConsent,
  connectAsUser,
  connectWithServiceToken,
  LoginFailed,
  loginAt,
  MemoryOAuthProvider,
  REDIRECT_URL,
} from '../testing/mcp-clients.js';

let p: TestPortal;
let docs: UpstreamHandle;
let mcp: string;
let bot: { id: string; client_id: string; client_secret: string };

beforeAll(async () => {
  docs = await startDocsUpstream({ port: 0 });
  p = await startTestPortal({ sync: syncServer });
  await addServer(p, { id: 'docs', name: 'Docs', hostname: docs.url, auth_type: 'unauthenticated' });
  await addPortal(p, {
    id: 'main',
    name: 'Main',
    hostname: 'main.example.test',
    servers: [{ server_id: 'docs', on_behalf: false }],
  });
  await addPortal(p, {
    id: 'other',
    name: 'Other',
    hostname: 'other.example.test',
    servers: [{ server_id: 'docs' }],
  });
  const staff = await addPolicy(p, 'staff', 'allow', [{ email_domain: { domain: 'example.com' } }]);
  const bots = await addPolicy(p, 'bots', 'non_identity', [{ any_valid_service_token: {} }]);
  await protectPortal(p, 'main.example.test', [staff, bots]);
  await protectPortal(p, 'other.example.test', [staff]);
  await protectServer(p, 'docs', [staff, bots]);
  await addTestUser(p, 'alice@example.com', ['eng']);
  await addTestUser(p, 'mallory@evil.test');
  bot = await addServiceToken(p, 'ci');
  mcp = `${p.url}/portals/main/mcp`;
});
afterAll(async () => {
  await p.close();
  await docs.close();
});

const stateOf = () => {
  const d = p.dump();
  return { oauth_tokens: d.oauth_tokens, browser_sessions: d.browser_sessions };
};

describe('discovery', () => {
  it('answers 401 with a challenge naming the protected-resource metadata', async () => {
    const r = await fetch(mcp, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(r.status).toBe(401);
    const challenge = r.headers.get('www-authenticate') ?? '';
    expect(challenge).toMatch(/^Bearer /);
    expect(challenge).toContain('realm="main.example.test"');
    expect(challenge).toContain(
      `resource_metadata="${p.url}/.well-known/oauth-protected-resource/portals/main/mcp"`,
    );
    expect(challenge).not.toContain('error=');
    expect(await r.json()).toEqual({ error: 'unauthorized', error_description: 'sign-in required' });
  });

  it('answers a bad token with error="invalid_token"', async () => {
    const r = await fetch(mcp, { method: 'POST', headers: { authorization: 'Bearer nope' }, body: '{}' });
    expect(r.status).toBe(401);
    expect(r.headers.get('www-authenticate')).toContain('error="invalid_token"');
  });

  it('serves RFC 9728 and RFC 8414 metadata for a portal under /portals/<id>', async () => {
    const prm = await (await fetch(`${p.url}/.well-known/oauth-protected-resource/portals/main/mcp`)).json();
    expect(prm).toMatchObject({
      resource: mcp,
      authorization_servers: [`${p.url}/portals/main`],
      resource_name: 'Main',
    });
    const as = await (await fetch(`${p.url}/.well-known/oauth-authorization-server/portals/main`)).json();
    expect(as).toMatchObject({
      issuer: `${p.url}/portals/main`,
      authorization_endpoint: `${p.url}/portals/main/authorize`,
      token_endpoint: `${p.url}/portals/main/token`,
      registration_endpoint: `${p.url}/portals/main/register`,
      code_challenge_methods_supported: ['S256'],
    });
  });

  it('sends a browser to the login page', async () => {
    const r = await fetch(mcp, { headers: { accept: 'text/html' }, redirect: 'manual' });
    expect(r.status).toBe(302);
    expect(r.headers.get('location')).toBe('/portals/main/login?return_to=%2Fportals%2Fmain%2F');
    const page = await fetch(`${p.url}/portals/main/login`);
    expect(await page.text()).toContain('Sign in to Main');
  });

  it.each([
    { query: 'optimize_context=everything', says: 'unknown optimize_context "everything"' },
    { query: 'codemode=on', says: 'unknown codemode "on"' },
    {
      query: 'codemode=search_and_execute&optimize_context=minimize_tools',
      says: 'cannot be combined',
    },
  ])('refuses ?$query clearly, before asking for credentials', async ({ query, says }) => {
    const r = await fetch(`${mcp}?${query}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(r.status).toBe(400);
    expect(((await r.json()) as { error: { message: string } }).error.message).toContain(says);
  });

  it('answers 404 for an unknown portal or host', async () => {
    expect((await fetch(`${p.url}/portals/nope/mcp`, { method: 'POST' })).status).toBe(404);
    expect((await fetch(`${p.url}/mcp`, { method: 'POST' })).status).toBe(404);
  });
});

describe('the OAuth flow with the SDK client', () => {
  it('registers, signs in with PKCE and the login form, and lists tools', async () => {
    const c = await connectAsUser(mcp, 'alice@example.com', PASSWORD);
    try {
      const names = (await c.client.listTools()).tools.map((t) => t.name);
      expect(names).toEqual(expect.arrayContaining(['portal_list_servers', 'docs_search_docs']));
      const token = c.provider?.saved?.access_token ?? '';
      expect(token).toMatch(/^mcpp_at_/);
      expect(JSON.stringify(p.dump())).not.toContain(token);
    } finally {
      await c.close();
    }
  });

  it('routes by Host header: metadata and the whole flow on https://<hostname>/mcp style URLs', async () => {
    const port = new URL(p.url).port;
    const routed = hostRoutedFetch(port);
    const hostFetch = routed.fetch;
    const origin = `http://main.example.test:${port}`;
    const prm = await (await hostFetch(`${origin}/.well-known/oauth-protected-resource/mcp`)).json();
    expect(prm).toMatchObject({ resource: `${origin}/mcp`, authorization_servers: [origin] });
    const c = await connectAsUser(`${origin}/mcp`, 'alice@example.com', PASSWORD, { fetch: hostFetch });
    try {
      expect((await c.client.listTools()).tools.length).toBeGreaterThan(3);
    } finally {
      await c.close();
      await routed.close();
    }
  });

  it('rotates tokens on refresh; a used refresh token is refused and revokes its successor', async () => {
    const c = await connectAsUser(mcp, 'alice@example.com', PASSWORD);
    await c.close();
    const info = c.provider?.info as { client_id: string };
    const refresh = c.provider?.saved?.refresh_token ?? '';
    const exchange = () =>
      fetch(`${p.url}/portals/main/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          grant_type: 'refresh_token',
          refresh_token: refresh,
          client_id: info.client_id,
        }),
      });
    const first = await exchange();
    expect(first.status).toBe(200);
    const tokens = (await first.json()) as { access_token: string; refresh_token: string };
    expect(tokens.access_token).not.toBe(c.provider?.saved?.access_token);
    const again = await exchange();
    expect(again.status).toBe(400);
    expect(((await again.json()) as { error: string }).error).toBe('invalid_grant');
    const successor = await fetch(`${p.url}/portals/main/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: tokens.refresh_token,
        client_id: info.client_id,
      }),
    });
    expect(successor.status).toBe(400);
  });
});

describe('failures change nothing', () => {
  /** Registers a client and starts an authorization with a known PKCE pair. */
  async function begin() {
    const reg = await fetch(`${p.url}/portals/main/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(new MemoryOAuthProvider().clientMetadata),
    });
    const client = (await reg.json()) as { client_id: string };
    const verifier = 'v'.repeat(50);
    const challenge = Buffer.from(
      await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)),
    ).toString('base64url');
    const url = new URL(`${p.url}/portals/main/authorize`);
    for (const [k, v] of Object.entries({
      client_id: client.client_id,
      response_type: 'code',
      redirect_uri: REDIRECT_URL,
      code_challenge: challenge,
      code_challenge_method: 'S256',
      state: 'st',
    }))
      url.searchParams.set(k, v);
    return { client, verifier, url };
  }

  it('a signed-in browser is asked to approve a new client, then goes straight back once approved', async () => {
    const login = await fetch(`${p.url}/portals/main/login`, {
      method: 'POST',
      body: new URLSearchParams({ email: 'alice@example.com', password: PASSWORD }),
      redirect: 'manual',
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    expect(cookie).toMatch(/^mcp_portal_session=/);
    const { url } = await begin();
    const first = await fetch(url, { headers: { cookie }, redirect: 'manual' });
    expect(first.status).toBe(302);
    const consentUrl = new URL(first.headers.get('location') ?? '', url);
    expect(consentUrl.pathname).toBe('/portals/main/login');
    const approved = await answerConsent(consentUrl, cookie, 'allow');
    expect(new URL(approved.location ?? '').searchParams.get('code')).toBeTruthy();
    const { url: again } = await begin();
    // `begin` registers a new client: it needs its own approval; the approved one goes straight back.
    const fresh = await fetch(again, { headers: { cookie }, redirect: 'manual' });
    expect(new URL(fresh.headers.get('location') ?? '', again).pathname).toBe('/portals/main/login');
    url.searchParams.set('state', 'st2');
    const r = await fetch(url, { headers: { cookie }, redirect: 'manual' });
    expect(r.status).toBe(302);
    const back = new URL(r.headers.get('location') ?? '');
    expect(`${back.origin}${back.pathname}`).toBe(REDIRECT_URL);
    expect(back.searchParams.get('code')).toBeTruthy();
    expect(back.searchParams.get('state')).toBe('st2');
  });

  it('a wrong password answers 401 on the form and issues nothing', async () => {
    const { url } = await begin();
    const before = stateOf();
    const r = await loginAt(url, 'alice@example.com', 'wrong password');
    expect(r.status).toBe(401);
    expect(r.location).toBeNull();
    expect(r.body).toContain('Invalid email or password.');
    expect(stateOf()).toEqual(before);
  });

  it('a user the portal does not allow is refused at login, with no code', async () => {
    const { url } = await begin();
    const before = stateOf();
    const r = await loginAt(url, 'mallory@evil.test', PASSWORD);
    expect(r.status).toBe(403);
    expect(r.body).toContain('You do not have access to this portal');
    expect(stateOf()).toEqual(before);
    await expect(connectAsUser(mcp, 'mallory@evil.test', PASSWORD)).rejects.toBeInstanceOf(LoginFailed);
  });

  it('a wrong PKCE verifier is refused at the token endpoint', async () => {
    const { url, client } = await begin();
    const login = await loginAt(url, 'alice@example.com', PASSWORD);
    const code = new URL(login.location ?? '').searchParams.get('code') ?? '';
    expect(new URL(login.location ?? '').searchParams.get('state')).toBe('st');
    const before = stateOf();
    const r = await fetch(`${p.url}/portals/main/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code,
        code_verifier: 'w'.repeat(50),
        client_id: client.client_id,
        redirect_uri: REDIRECT_URL,
      }),
    });
    expect(r.status).toBe(400);
    expect(((await r.json()) as { error: string }).error).toBe('invalid_grant');
    expect(stateOf().oauth_tokens).toEqual(before.oauth_tokens);
  });

  it('a token of one portal is not valid at another', async () => {
    const c = await connectAsUser(mcp, 'alice@example.com', PASSWORD);
    await c.close();
    const r = await fetch(`${p.url}/portals/other/mcp`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${c.provider?.saved?.access_token}`,
        'content-type': 'application/json',
      },
      body: '{}',
    });
    expect(r.status).toBe(401);
    expect(r.headers.get('www-authenticate')).toContain(
      'error_description="the access token is not valid for this portal"',
    );
  });

  it('a disabled user is refused on the next request', async () => {
    await addTestUser(p, 'temp@example.com');
    const c = await connectAsUser(mcp, 'temp@example.com', PASSWORD);
    updateUser(p.repo, 'temp@example.com', { disabled: true });
    await expect(c.client.listTools()).rejects.toThrow();
    await c.close();
  });
});

describe('service tokens', () => {
  it('connect with CF-Access-Client-Id / -Secret and reach on_behalf:false servers', async () => {
    const c = await connectWithServiceToken(mcp, bot.client_id, bot.client_secret);
    try {
      const names = (await c.client.listTools()).tools.map((t) => t.name);
      expect(names).toContain('docs_get_page');
    } finally {
      await c.close();
    }
  });

  it.each([
    {
      name: 'wrong secret',
      headers: () => ({ 'cf-access-client-id': bot.client_id, 'cf-access-client-secret': 'x' }),
      want: 'the client id or secret is wrong, or the token was deleted',
    },
    {
      name: 'unknown id',
      headers: () => ({ 'cf-access-client-id': 'nope.access', 'cf-access-client-secret': 'x' }),
      want: 'the client id or secret is wrong, or the token was deleted',
    },
    {
      name: 'id only',
      headers: () => ({ 'cf-access-client-id': bot.client_id }),
      want: 'both CF-Access-Client-Id and CF-Access-Client-Secret are required',
    },
  ])(
    'refuses $name with 403 saying so, without an OAuth challenge (service-token.test.ts)',
    async ({ headers, want }) => {
      const r = await fetch(mcp, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers() },
        body: '{}',
      });
      expect(r.status).toBe(403);
      expect(r.headers.get('www-authenticate')).toBeNull();
      expect(((await r.json()) as { error: { message: string } }).error.message).toBe(
        `the service token was refused: ${want}`,
      );
    },
  );

  it('the selection page is for users: a service token gets an error result', async () => {
    const c = await connectWithServiceToken(mcp, bot.client_id, bot.client_secret);
    try {
      const r = await c.client.callTool({ name: 'portal_toggle_servers', arguments: {} });
      expect(r.isError).toBe(true);
    } finally {
      await c.close();
    }
  });
});

describe('sessions', () => {
  it('belong to whoever opened them, and end with DELETE', async () => {
    const alice = await connectAsUser(mcp, 'alice@example.com', PASSWORD);
    const sessionId = alice.transport.sessionId ?? '';
    const asBot = await fetch(mcp, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json, text/event-stream',
        'mcp-session-id': sessionId,
        'cf-access-client-id': bot.client_id,
        'cf-access-client-secret': bot.client_secret,
      },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
    });
    expect(asBot.status).toBe(404);
    expect(p.gateway.session(sessionId)).toBeDefined();
    await alice.transport.terminateSession();
    expect(p.gateway.session(sessionId)).toBeUndefined();
    await alice.close();
  });
});
