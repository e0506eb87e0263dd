// Attacks on the embedded portal's OAuth authorization server and sign-in, performed over real HTTP on
// 127.0.0.1 against a running portal (issue #12, items 1, 5, 6 and the Low items on DCR redirect URIs,
// fragments and framing, plus bounded form/token bodies). The victim's browser is modelled by its cookie jar
// under SameSite=Lax: the session cookie rides along on a top-level GET from any site, never on a
// cross-site POST. Each case says what the attacker does and asserts that it is contained.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDocsUpstream, type UpstreamHandle } from '../../examples/upstreams/index.js';
import { syncServer } from '../sync/index.js';
import {
  addPolicy,
  addPortal,
  addServer,
  addTestUser,
  PASSWORD,
  protectPortal,
  protectServer,
} from '../testing/fixtures.js';
import { startTestPortal, type TestPortal } from '../testing/harness.js';
import { connectAsUser, MemoryOAuthProvider } from '../testing/mcp-clients.js';
import { cookieOf, FORM, form, header, hidden, pump, type RawResponse, raw } from './http-attack.js';

let p: TestPortal;
let docs: UpstreamHandle;
let base: string;
const EVIL_CALLBACK = 'https://evil.example/steal';

beforeAll(async () => {
  docs = await startDocsUpstream({ port: 0 });
  p = await startTestPortal({ sync: syncServer, oauthRateLimit: true });
  await addServer(p, { id: 'docs', name: 'Docs', hostname: docs.url, auth_type: 'unauthenticated' });
  await addPortal(p, {
    id: 'main',
    name: 'Main',
    hostname: 'main.example.test',
    servers: [{ server_id: 'docs' }],
  });
  await addPortal(p, {
    id: 'reg',
    name: 'Reg',
    hostname: 'reg.example.test',
    servers: [{ server_id: 'docs' }],
  });
  const staff = await addPolicy(p, 'staff', 'allow', [{ email_domain: { domain: 'example.com' } }]);
  await protectPortal(p, 'main.example.test', [staff]);
  await protectPortal(p, 'reg.example.test', [staff]);
  await protectServer(p, 'docs', [staff]);
  for (const who of ['alice', 'bob', 'carol', 'dave', 'erin', 'frank'])
    await addTestUser(p, `${who}@example.com`);
  base = `${p.url}/portals/main`;
});
afterAll(async () => {
  await p.close();
  await docs.close();
});

async function register(
  redirectUris: string[],
  name = 'Totally Legit Client',
  at = base,
): Promise<RawResponse> {
  return raw(`${at}/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      ...new MemoryOAuthProvider().clientMetadata,
      client_name: name,
      redirect_uris: redirectUris,
    }),
  });
}

/** How many OAuth clients the portal's store holds. */
function clientCount(): number {
  const clients = p.dump().oauth_clients;
  expect(clients).toBeDefined();
  return clients!.length;
}

async function evilClient(): Promise<string> {
  const r = await register([EVIL_CALLBACK]);
  expect(r.status).toBe(201);
  return JSON.parse(r.body).client_id;
}

function authorizeUrl(clientId: string, redirectUri = EVIL_CALLBACK): string {
  const u = new URL(`${base}/authorize`);
  u.search = new URLSearchParams({
    client_id: clientId,
    response_type: 'code',
    redirect_uri: redirectUri,
    code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    code_challenge_method: 'S256',
    state: 'xyz',
  }).toString();
  return u.href;
}

async function signIn(email: string, from?: string): Promise<string> {
  const r = await raw(`${base}/login`, {
    method: 'POST',
    headers: FORM,
    body: form({ email, password: PASSWORD }),
    ...(from ? { localAddress: from } : {}),
  });
  expect(r.status).toBe(302);
  return cookieOf(r);
}

const leaksCode = (r: RawResponse) =>
  (header(r, 'location').startsWith(EVIL_CALLBACK) && header(r, 'location').includes('code=')) ||
  r.body.includes('code=');

describe('consent before a code goes to a client (High #1)', () => {
  it('a link to /authorize for a freshly registered client shows a consent page, not a code', async () => {
    const victim = await signIn('alice@example.com');
    const clientId = await evilClient();
    // The victim clicks the attacker's link: a top-level GET, so SameSite=Lax sends the cookie.
    const r = await raw(authorizeUrl(clientId), { headers: { cookie: victim } });
    expect(leaksCode(r)).toBe(false);
    expect(r.status).toBe(302);
    const consent = await raw(new URL(header(r, 'location'), base).href, { headers: { cookie: victim } });
    expect(consent.status).toBe(200);
    expect(leaksCode(consent)).toBe(false);
    expect(consent.body).toContain('Totally Legit Client');
    expect(consent.body).toContain('evil.example');
    expect(consent.body).toContain('not verified');
  });

  it('a pending /login?request=<id> started by the attacker shows the victim a consent page', async () => {
    const victim = await signIn('bob@example.com');
    const clientId = await evilClient();
    // The attacker starts the authorization without a cookie and sends the victim the login link.
    const started = await raw(authorizeUrl(clientId));
    const loginLink = new URL(header(started, 'location'), base);
    expect(loginLink.searchParams.get('request')).toBeTruthy();
    const r = await raw(loginLink.href, { headers: { cookie: victim } });
    expect(leaksCode(r)).toBe(false);
    expect(r.status).toBe(200);
    expect(r.body).toContain('Allow access to Main?');
  });

  it('a forged consent post (no or wrong CSRF token) is refused and records nothing', async () => {
    const victim = await signIn('carol@example.com');
    const clientId = await evilClient();
    const started = await raw(authorizeUrl(clientId), { headers: { cookie: victim } });
    const page = await raw(new URL(header(started, 'location'), base).href, { headers: { cookie: victim } });
    const request = hidden(page.body, 'request');
    expect(request).toBeTruthy();
    for (const csrf of ['', 'f'.repeat(32)]) {
      // Worst case: the cookie is sent (a same-site attacker page); the missing token still stops it.
      const forged = await raw(`${base}/consent`, {
        method: 'POST',
        headers: { ...FORM, cookie: victim },
        body: form({ request, csrf, decision: 'allow' }),
      });
      expect(forged.status).toBe(403);
      expect(leaksCode(forged)).toBe(false);
    }
    // A cross-site POST carries no cookie under SameSite=Lax: it is sent to sign in, with no code.
    const noCookie = await raw(`${base}/consent`, {
      method: 'POST',
      headers: FORM,
      body: form({ request, csrf: hidden(page.body, 'csrf'), decision: 'allow' }),
    });
    expect(noCookie.status).toBe(303);
    expect(leaksCode(noCookie)).toBe(false);
    expect(p.repo.oauth.hasConsent('main', userId('carol@example.com'), clientId)).toBe(false);
  });

  it('Deny sends access_denied and no code; the client stays unapproved', async () => {
    const victim = await signIn('dave@example.com');
    const clientId = await evilClient();
    const started = await raw(authorizeUrl(clientId), { headers: { cookie: victim } });
    const page = await raw(new URL(header(started, 'location'), base).href, { headers: { cookie: victim } });
    const r = await raw(`${base}/consent`, {
      method: 'POST',
      headers: { ...FORM, cookie: victim },
      body: form({
        request: hidden(page.body, 'request'),
        csrf: hidden(page.body, 'csrf'),
        decision: 'deny',
      }),
    });
    const back = new URL(header(r, 'location'));
    expect(back.searchParams.get('error')).toBe('access_denied');
    expect(back.searchParams.get('code')).toBeNull();
    expect(p.repo.oauth.hasConsent('main', userId('dave@example.com'), clientId)).toBe(false);
  });

  it("one user's approval is not another's, and an approval is revocable from the home page", async () => {
    const alice = await signIn('erin@example.com');
    const bob = await signIn('frank@example.com');
    const approve = async (cookie: string) => {
      const started = await raw(authorizeUrl(clientId), { headers: { cookie } });
      const page = await raw(new URL(header(started, 'location'), base).href, { headers: { cookie } });
      return raw(`${base}/consent`, {
        method: 'POST',
        headers: { ...FORM, cookie },
        body: form({
          request: hidden(page.body, 'request'),
          csrf: hidden(page.body, 'csrf'),
          decision: 'allow',
        }),
      });
    };
    const clientId = await evilClient();
    const approved = await approve(alice);
    expect(new URL(header(approved, 'location')).searchParams.get('code')).toBeTruthy();
    // Approved: the next link goes straight back with a code for erin, but not for frank.
    const again = await raw(authorizeUrl(clientId), { headers: { cookie: alice } });
    expect(leaksCode(again)).toBe(true);
    const other = await raw(authorizeUrl(clientId), { headers: { cookie: bob } });
    expect(leaksCode(other)).toBe(false);
    // The home page lists the approval; revoking it (with the page's CSRF token) asks again next time.
    const home = await raw(`${base}/`, { headers: { cookie: alice } });
    expect(home.body).toContain(clientId);
    const revoke = await raw(`${base}/consents/revoke`, {
      method: 'POST',
      headers: { ...FORM, cookie: alice },
      body: form({ client_id: clientId, csrf: hidden(home.body, 'csrf') }),
    });
    expect(revoke.status).toBe(303);
    const after = await raw(authorizeUrl(clientId), { headers: { cookie: alice } });
    expect(leaksCode(after)).toBe(false);
    expect((await raw(`${base}/`, { headers: { cookie: alice } })).body).not.toContain(clientId);
  });

  it('revoking an approval revokes the tokens the client holds', async () => {
    const c = await connectAsUser(`${base}/mcp`, 'alice@example.com', PASSWORD);
    await c.close();
    const access = c.provider?.saved?.access_token ?? '';
    const clientId = (c.provider?.info as { client_id: string } | undefined)?.client_id ?? '';
    const mcpCall = () =>
      raw(`${base}/mcp`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${access}`,
          'content-type': 'application/json',
          accept: 'application/json, text/event-stream',
        },
        body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'ping' }),
      });
    expect((await mcpCall()).status).not.toBe(401);
    const cookie = await signIn('alice@example.com');
    const home = await raw(`${base}/`, { headers: { cookie } });
    await raw(`${base}/consents/revoke`, {
      method: 'POST',
      headers: { ...FORM, cookie },
      body: form({ client_id: clientId, csrf: hidden(home.body, 'csrf') }),
    });
    expect((await mcpCall()).status).toBe(401);
  });
});

function userId(email: string): string {
  const u = p.repo.users.byEmail(email);
  if (!u) throw new Error(`no user ${email}`);
  return u.id;
}

describe('refresh-token replay revokes the family (item 6, OAuth 2.1 §4.3.1)', () => {
  it('replaying a spent refresh token kills its successor and every access token of the grant', async () => {
    const c = await connectAsUser(`${base}/mcp`, 'alice@example.com', PASSWORD);
    await c.close();
    const clientId = (c.provider?.info as { client_id: string } | undefined)?.client_id ?? '';
    const stolen = c.provider?.saved?.refresh_token ?? '';
    const refresh = (token: string) =>
      raw(`${base}/token`, {
        method: 'POST',
        headers: FORM,
        body: form({ grant_type: 'refresh_token', refresh_token: token, client_id: clientId }),
      });
    const legit = await refresh(stolen);
    expect(legit.status).toBe(200);
    const next = JSON.parse(legit.body) as { access_token: string; refresh_token: string };
    const works = async (access: string) =>
      (
        await raw(`${base}/mcp`, {
          method: 'POST',
          headers: {
            authorization: `Bearer ${access}`,
            'content-type': 'application/json',
            accept: 'application/json, text/event-stream',
          },
          body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'ping' }),
        })
      ).status !== 401;
    expect(await works(next.access_token)).toBe(true);
    // The attacker replays the stolen (already used) refresh token.
    const replay = await refresh(stolen);
    expect(replay.status).toBe(400);
    expect(JSON.parse(replay.body).error).toBe('invalid_grant');
    expect((await refresh(next.refresh_token)).status).toBe(400);
    expect(await works(next.access_token)).toBe(false);
    expect(await works(c.provider?.saved?.access_token ?? '')).toBe(false);
  });
});

describe('sign-in brute force (item 5)', () => {
  const login = (email: string, password: string, from: string) =>
    raw(`${base}/login`, {
      method: 'POST',
      headers: FORM,
      body: form({ email, password }),
      localAddress: from,
    });

  it('guessing one account from many addresses locks the account with backoff; the real password waits', async () => {
    const victim = 'bob@example.com';
    const statuses: number[] = [];
    // Twenty guesses from fifteen addresses: few enough to fit in the first lock on a loaded machine.
    for (let i = 0; i < 20; i++)
      statuses.push((await login(victim, `guess-${i}`, `127.0.0.${10 + (i % 15)}`)).status);
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5).every((s) => s === 429)).toBe(true);
    const right = await login(victim, PASSWORD, '127.0.0.99');
    expect(right.status).toBe(429);
    const wait = Number(header(right, 'retry-after'));
    expect(wait).toBeGreaterThanOrEqual(1);
    expect(wait).toBeLessThanOrEqual(2);
    // Refused guesses did not extend the lock: after Retry-After the owner gets in.
    await new Promise((r) => setTimeout(r, wait * 1000 + 50));
    expect((await login(victim, PASSWORD, '127.0.0.99')).status).toBe(302);
  });

  it('one address guessing many accounts is throttled; other addresses are not', async () => {
    const from = '127.0.0.200';
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++) statuses.push((await login(`nobody${i}@example.com`, 'x', from)).status);
    expect(statuses.slice(0, 20).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(20).every((s) => s === 429)).toBe(true);
    expect((await login('carol@example.com', PASSWORD, from)).status).toBe(429);
    expect((await login('carol@example.com', PASSWORD, '127.0.0.201')).status).toBe(302);
  });

  it('varying the Host header does not escape the per-portal registration limit', async () => {
    const port = new URL(p.url).port;
    const hosts = [`127.0.0.1:${port}`, `localhost:${port}`, 'reg.example.test'];
    const statuses: number[] = [];
    for (let i = 0; i < 24; i++) {
      const host = hosts[i % hosts.length] as string;
      const path = host.startsWith('reg.') ? '/register' : '/portals/reg/register';
      const r = await raw(`${p.url}${path}`, {
        method: 'POST',
        headers: { host, 'content-type': 'application/json' },
        body: JSON.stringify(new MemoryOAuthProvider().clientMetadata),
      });
      statuses.push(r.status);
    }
    expect(statuses.slice(0, 20).every((s) => s === 201)).toBe(true);
    expect(statuses.slice(20)).toEqual([429, 429, 429, 429]);
  });
});

describe('redirect URIs (Low)', () => {
  it.each([
    {
      uri: 'http://evil.example/cb',
      ok: false,
      reason: 'plain http off loopback leaks the code on the wire',
    },
    { uri: 'file:///etc/passwd', ok: false, reason: 'file: is never a client' },
    { uri: 'javascript:alert(1)', ok: false, reason: 'script URLs run in the portal page context' },
    { uri: 'data:text/html,hi', ok: false, reason: 'data: URLs are attacker-controlled documents' },
    { uri: 'https://app.example/cb#frag', ok: false, reason: 'fragments are forbidden in redirect URIs' },
    { uri: 'http://127.0.0.1:4711/cb', ok: true, reason: 'loopback http is how native clients listen' },
    { uri: 'http://localhost/cb', ok: true, reason: 'loopback by name' },
    { uri: 'https://app.example/cb', ok: true, reason: 'https is always fine' },
    { uri: 'cursor://anysphere.cursor-mcp/oauth/callback', ok: true, reason: "an app's private-use scheme" },
  ])('DCR with $uri: $reason', async ({ uri, ok }) => {
    const before = clientCount();
    const r = await register([uri]);
    expect(r.status).toBe(ok ? 201 : 400);
    if (!ok) {
      expect(JSON.parse(r.body).error).toBe('invalid_client_metadata');
      expect(clientCount()).toBe(before);
    }
  });

  it('/authorize refuses a redirect URI with a fragment even if it was registered', async () => {
    const withFragment = 'https://app.example/cb#frag';
    p.repo.oauth.insertClient(
      'main',
      {
        ...new MemoryOAuthProvider().clientMetadata,
        client_id: 'legacy-fragment-client',
        redirect_uris: [withFragment],
      },
      new Date().toISOString(),
    );
    const cookie = await signIn('alice@example.com');
    const r = await raw(authorizeUrl('legacy-fragment-client', withFragment), { headers: { cookie } });
    expect(r.status).toBe(400);
    expect(header(r, 'location')).toBe('');
    expect(JSON.parse(r.body).error).toBe('invalid_request');
  });
});

describe('framing (Low)', () => {
  it('login, consent, home and selection pages refuse to be framed', async () => {
    const cookie = await signIn('alice@example.com');
    const started = await raw(authorizeUrl(await evilClient()), { headers: { cookie } });
    const pages = [
      await raw(`${base}/login`),
      await raw(new URL(header(started, 'location'), base).href, { headers: { cookie } }),
      await raw(`${base}/`, { headers: { cookie } }),
      await raw(`${base}/authorize?elicitationId=unknown`, { headers: { cookie } }),
    ];
    for (const page of pages) {
      expect(header(page, 'content-type')).toContain('text/html');
      expect(header(page, 'x-frame-options')).toBe('DENY');
      expect(header(page, 'content-security-policy')).toContain("frame-ancestors 'none'");
    }
  });
});

describe('bounded bodies on the sign-in and OAuth routes', () => {
  const MAX = 32 * 1024 * 1024;
  it.each(['/login', '/consent', '/consents/revoke', '/authorize/servers', '/token', '/revoke', '/register'])(
    'a chunked body without Content-Length to %s is cut off with 413 early',
    async (route) => {
      const r = await pump(`${base}${route}`, MAX, {
        contentType: route === '/register' ? 'application/json' : 'application/x-www-form-urlencoded',
      });
      expect(r.status).toBe(413);
      // The server answered long before the client finished: it did not read (or buffer) the body.
      expect(r.sent).toBeLessThan(8 * 1024 * 1024);
    },
  );

  it.each(['/login', '/token', '/register'])(
    'a declared 400 MB Content-Length to %s is refused at once',
    async (route) => {
      const r = await pump(`${base}${route}`, 0, {
        declaredLength: 400 * 1024 * 1024,
        contentType: route === '/register' ? 'application/json' : 'application/x-www-form-urlencoded',
      });
      expect(r.status).toBe(413);
    },
  );
});
