// Per-user authorization of an `oauth` server mapped with on_behalf true (requireUserAuth: true), end to end
// on 127.0.0.1: the real OAuth-protected example upstream (its own authorization server), the embedded portal,
// two portal users signed in through the portal's OAuth with the local IdP, the SDK's Client. Each user is
// prompted (URL elicitation, or a tool error with the link), authorises in the "browser" (HTTP steps driven
// with fetch), and each call reaches the upstream with that user's own token; a service token is refused
// naming requireUserAuth; logging out revokes the user's grant at the upstream's authorization server; a
// grant the authorization server will no longer refresh prompts again.
import { createHash } from 'node:crypto';
import {
  type CallToolResult,
  ElicitationCompleteNotificationSchema,
  ElicitRequestSchema,
  McpError,
  ToolListChangedNotificationSchema,
} from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type OAuthUpstreamHandle, startOAuthUpstream } from '../../examples/upstreams/oauth-upstream.js';
import type { UserRecord } from '../store/repository.js';
import { ADMIN_SUBJECT } from '../store/repository.js';
import { syncServer } from '../sync/index.js';
import {
  addPolicy,
  addPortal,
  addServiceToken,
  addTestUser,
  ok,
  PASSWORD,
  protectPortal,
  protectServer,
} from '../testing/fixtures.js';
import { PORTALS, SERVERS, startTestPortal, type TestPortal } from '../testing/harness.js';
import {
  type Connected,
  connectAsUser,
  connectWithServiceToken,
  hiddenField,
  setCookieOf,
} from '../testing/mcp-clients.js';

let upstream: OAuthUpstreamHandle;
let p: TestPortal;
let alice: UserRecord;
let bob: UserRecord;
let aliceC: Connected;
let bobC: Connected;
let bot: { client_id: string; client_secret: string };
let staffPolicy: string;
const logLines: string[] = [];
const aliceSeen = { listChanged: 0, completed: [] as string[], elicited: undefined as string | undefined };

const BASE = () => `${p.url}/portals/main`;
const fingerprint = (token: string) => createHash('sha256').update(token).digest('hex').slice(0, 12);
const grantOf = (userId: string) => p.repo.upstreamGrants.get('acme', userId);

/** Signs a browser in to the portal's pages; returns its session cookie. */
async function browserLogin(email: string): Promise<string> {
  const res = await fetch(`${BASE()}/login`, {
    method: 'POST',
    body: new URLSearchParams({ email, password: PASSWORD, return_to: `/portals/main/` }),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    redirect: 'manual',
  });
  const cookie = setCookieOf(res);
  expect(res.status).toBe(302);
  if (!cookie) throw new Error('no session cookie');
  return cookie;
}

/**
 * What the user's browser does with the prompt's link: the portal sends it to the upstream's authorization
 * server, where the user signs in (`login_hint`: who they are there), which sends it back to the portal.
 */
async function authorizeInBrowser(
  link: string,
  cookie: string,
  upstreamUser: string,
  at: OAuthUpstreamHandle = upstream,
  opts: { otherBrowser?: boolean } = {},
) {
  const start = await fetch(link, { headers: { cookie }, redirect: 'manual' });
  expect(start.status, await start.clone().text()).toBe(302);
  // The cookie binding this authorization to this browser, sent back to the portal's callback only.
  const binding = start.headers.get('set-cookie') ?? '';
  expect(binding).toMatch(/^upstream_auth_[\w-]+=[\w-]+; Path=\/servers-callback; HttpOnly; SameSite=Lax/);
  const asUrl = new URL(start.headers.get('location') ?? '');
  expect(asUrl.origin).toBe(at.origin);
  expect(asUrl.searchParams.get('code_challenge_method')).toBe('S256');
  expect(asUrl.searchParams.get('redirect_uri')).toBe(`${p.url}/servers-callback`);
  expect(asUrl.searchParams.get('resource')).toBe(at.url);
  expect(asUrl.searchParams.get('state')).toMatch(/^[\w-]{20,}$/);
  asUrl.searchParams.set('login_hint', upstreamUser);
  const consent = await fetch(asUrl, { redirect: 'manual' });
  expect(consent.status).toBe(302);
  const back = consent.headers.get('location') ?? '';
  expect(back.startsWith(`${p.url}/servers-callback?`)).toBe(true);
  if (opts.otherBrowser) {
    // The callback opened in another browser (no binding cookie): refused, nothing stored.
    const refused = await fetch(back);
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('started in another browser');
    return;
  }
  const done = await fetch(back, { headers: { cookie: binding.split(';')[0] ?? '' } });
  const text = await done.text();
  expect(done.status, text).toBe(200);
  expect(text).toContain('Return to your MCP client');
}

const whoami = async (c: Connected) =>
  (await c.client.callTool({ name: 'acme_whoami', arguments: {} })) as CallToolResult;

/** The -32042 URL elicitation a call got (the SDK client throws it as an McpError). */
async function elicitationOfCall(c: Connected): Promise<{ url: string; elicitationId: string }> {
  const err = await whoami(c).then(
    (r) => {
      throw new Error(`expected the URL elicitation, got ${JSON.stringify(r)}`);
    },
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(McpError);
  const mcp = err as McpError;
  expect(mcp.code).toBe(-32042);
  expect(mcp.message).toContain('server "acme" needs your own authorization');
  const [first] = (mcp.data as { elicitations: { mode: string; url: string; elicitationId: string }[] })
    .elicitations;
  expect(first?.mode).toBe('url');
  return { url: first?.url ?? '', elicitationId: first?.elicitationId ?? '' };
}

beforeAll(async () => {
  upstream = await startOAuthUpstream({ accessTokenTtlSeconds: 3600 });
  p = await startTestPortal({ sync: syncServer, log: (line) => logLines.push(line) });
  const staff = await addPolicy(p, 'staff', 'allow', [{ email_domain: { domain: 'example.com' } }]);
  staffPolicy = staff;
  const bots = await addPolicy(p, 'bots', 'non_identity', [{ any_valid_service_token: {} }]);
  await protectPortal(p, 'main.example.test', [staff, bots]);
  bot = await addServiceToken(p, 'ci');
  alice = await addTestUser(p, 'alice@example.com');
  bob = await addTestUser(p, 'bob@example.com');

  // The admin authorises the server once (its own grant: the sync), then maps it on_behalf.
  await ok(p, 'POST', SERVERS, { id: 'acme', name: 'acme', hostname: upstream.url, auth_type: 'oauth' });
  // A server the service token may reach (so that it can open a session at all); it never syncs Ready.
  await ok(p, 'POST', SERVERS, {
    id: 'plain',
    name: 'plain',
    hostname: upstream.url,
    auth_type: 'unauthenticated',
  });
  const r = await p.call('POST', `${SERVERS}/acme/authorize`);
  const consent = await fetch((r.body.result as { url: string }).url, { redirect: 'manual' });
  expect((await fetch(consent.headers.get('location') ?? '')).status).toBe(200);
  await p.scheduler.idle();
  await addPortal(p, {
    id: 'main',
    name: 'Main',
    hostname: 'main.example.test',
    servers: [
      { server_id: 'acme', on_behalf: true },
      { server_id: 'plain', on_behalf: false },
    ],
  });
  await protectServer(p, 'acme', [staff, bots]);
  await protectServer(p, 'plain', [staff, bots]);
  expect(await ok(p, 'GET', `${SERVERS}/acme`)).toMatchObject({ status: 'ready' });

  aliceC = await connectAsUser(`${BASE()}/mcp`, 'alice@example.com', PASSWORD, {
    capabilities: { elicitation: { url: {} } },
  });
  aliceC.client.setRequestHandler(ElicitRequestSchema, async (req) => {
    aliceSeen.elicited = (req.params as { url: string }).url;
    return { action: 'accept' };
  });
  aliceC.client.setNotificationHandler(ToolListChangedNotificationSchema, () => {
    aliceSeen.listChanged += 1;
  });
  aliceC.client.setNotificationHandler(ElicitationCompleteNotificationSchema, (n) => {
    aliceSeen.completed.push(n.params.elicitationId);
  });
  bobC = await connectAsUser(`${BASE()}/mcp`, 'bob@example.com', PASSWORD);
}, 60_000);

afterAll(async () => {
  await aliceC?.close();
  await bobC?.close();
  await p?.close();
  await upstream?.close();
});

describe('per-user authorization of an on_behalf oauth server', () => {
  it('prompts alice with a URL elicitation, and after she authorises her calls carry her own token', async () => {
    const listed = await aliceC.client.listTools();
    const tool = listed.tools.find((t) => t.name === 'acme_whoami');
    expect(tool?.description).toMatch(/^\[Needs your authorization/);

    const { url, elicitationId } = await elicitationOfCall(aliceC);
    expect(url.startsWith(`${BASE()}/authorize/upstream?`)).toBe(true);
    // The same prompt while it is pending: one per (session, server).
    expect((await elicitationOfCall(aliceC)).elicitationId).toBe(elicitationId);

    // Not signed in to the portal in this browser: the link goes to the portal's login first.
    const anonymous = await fetch(url, { redirect: 'manual' });
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get('location')).toContain('/portals/main/login?return_to=');
    // Bob's browser cannot use alice's link.
    const bobCookie = await browserLogin('bob@example.com');
    expect((await fetch(url, { headers: { cookie: bobCookie }, redirect: 'manual' })).status).toBe(403);

    const before = aliceSeen.listChanged;
    await authorizeInBrowser(url, await browserLogin('alice@example.com'), 'alice-at-acme');
    await vi.waitFor(() => expect(aliceSeen.completed).toContain(elicitationId));
    await vi.waitFor(() => expect(aliceSeen.listChanged).toBeGreaterThan(before));
    const relisted = await aliceC.client.listTools();
    expect(relisted.tools.find((t) => t.name === 'acme_whoami')?.description).not.toMatch(/^\[Needs/);

    const who = (await whoami(aliceC)).structuredContent as Record<string, unknown>;
    const aliceToken = grantOf(alice.id)?.tokens?.access_token ?? '';
    const adminToken = p.repo.upstreamGrants.get('acme', ADMIN_SUBJECT)?.tokens?.access_token ?? '';
    expect(who.subject).toBe('alice-at-acme');
    expect(who.token_fingerprint).toBe(fingerprint(aliceToken));
    expect(who.token_fingerprint).not.toBe(fingerprint(adminToken));
  }, 30_000);

  it('gives bob (no URL elicitation) a tool error with a working link; his calls carry his own token', async () => {
    const first = await whoami(bobC);
    expect(first.isError).toBe(true);
    const text = (first.content as { text: string }[])[0]?.text ?? '';
    const link = /(http\S+\/authorize\/upstream\?\S+)/.exec(text)?.[1];
    expect(link, text).toBeDefined();
    const cookie = await browserLogin('bob@example.com');
    await authorizeInBrowser(link ?? '', cookie, 'bob-at-acme', upstream, { otherBrowser: true });
    expect(grantOf(bob.id)?.tokens).toBeUndefined();
    await authorizeInBrowser(link ?? '', cookie, 'bob-at-acme');

    const bobWho = (await whoami(bobC)).structuredContent as Record<string, unknown>;
    const aliceWho = (await whoami(aliceC)).structuredContent as Record<string, unknown>;
    expect(bobWho.subject).toBe('bob-at-acme');
    expect(aliceWho.subject).toBe('alice-at-acme');
    expect(bobWho.token_fingerprint).toBe(fingerprint(grantOf(bob.id)?.tokens?.access_token ?? ''));
    expect(bobWho.token_fingerprint).not.toBe(aliceWho.token_fingerprint);
    // Tokens are sealed in the store, never in a log line.
    const tokens = [grantOf(bob.id)?.tokens?.access_token, grantOf(alice.id)?.tokens?.refresh_token];
    for (const t of tokens) expect(logLines.join('\n')).not.toContain(t);
  }, 30_000);

  it('refuses a service token, naming requireUserAuth', async () => {
    const c = await connectWithServiceToken(`${BASE()}/mcp`, bot.client_id, bot.client_secret);
    try {
      const { tools } = await c.client.listTools();
      expect(tools.some((t) => t.name.startsWith('acme_'))).toBe(false);
      const err = await whoami(c).then(
        () => undefined,
        (e: unknown) => e as McpError,
      );
      expect(err?.code).toBe(-32003);
      expect(err?.message).toContain('requireUserAuth: false');
    } finally {
      await c.close();
    }
  }, 30_000);

  it('logging out of the server revokes the grant at the upstream; logging in again prompts again', async () => {
    const grant = grantOf(alice.id);
    const access = grant?.tokens?.access_token ?? '';
    const refresh = grant?.tokens?.refresh_token ?? '';
    expect(upstream.isActive(access) && upstream.isActive(refresh)).toBe(true);
    const revocations = upstream.stats().revocations;

    // The selection page (portal_toggle_servers) shows the server and its Log out button.
    await aliceC.client.callTool({ name: 'portal_toggle_servers', arguments: {} });
    const page = aliceSeen.elicited ?? '';
    const cookie = await browserLogin('alice@example.com');
    const html = await (await fetch(page, { headers: { cookie } })).text();
    const form = (action: string) =>
      fetch(`${BASE()}/authorize/servers`, {
        method: 'POST',
        body: new URLSearchParams({
          elicitationId: hiddenField(html, 'elicitationId') ?? '',
          csrf: hiddenField(html, 'csrf') ?? '',
          server_id: 'acme',
          action,
        }),
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
        redirect: 'manual',
      });
    expect((await form('logout')).status).toBe(303);
    await vi.waitFor(() => expect(upstream.stats().revocations).toBeGreaterThan(revocations));
    expect(upstream.isActive(access)).toBe(false);
    expect(upstream.isActive(refresh)).toBe(false);
    expect(grantOf(alice.id)).toBeUndefined();
    // Bob's grant is his own: untouched.
    expect(((await whoami(bobC)).structuredContent as { subject: string }).subject).toBe('bob-at-acme');

    expect((await form('login')).status).toBe(303);
    const again = await elicitationOfCall(aliceC);
    // The selection page now offers the authorization too (one page listing every server needing it).
    const after = await (await fetch(page, { headers: { cookie } })).text();
    expect(after).toContain('data-action="authorize"');
    await authorizeInBrowser(again.url, cookie, 'alice-at-acme');
    expect(((await whoami(aliceC)).structuredContent as { subject: string }).subject).toBe('alice-at-acme');
  }, 30_000);

  it('prompts again when the authorization server will no longer refresh the grant', async () => {
    const grant = grantOf(bob.id);
    const client = grant?.client as { client_id: string; client_secret?: string };
    // Bob's grant is revoked at the authorization server behind the portal's back (the refresh token
    // revokes its whole family).
    const revoked = await fetch(`${upstream.issuer}/revoke`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        token: grant?.tokens?.refresh_token ?? '',
        token_type_hint: 'refresh_token',
        client_id: client.client_id,
        ...(client.client_secret ? { client_secret: client.client_secret } : {}),
      }),
    });
    expect(revoked.status).toBe(200);
    // The next call: the upstream refuses the token (401), the refresh is refused, and bob is prompted
    // again with a link (not a bare failure).
    const result = await whoami(bobC);
    expect(result.isError).toBe(true);
    const text = (result.content as { text: string }[])[0]?.text ?? '';
    expect(text).toContain('your authorization expired or was revoked');
    expect(text).toMatch(/\/authorize\/upstream\?/);
    expect(grantOf(bob.id)?.tokens).toBeUndefined();
    const link = /(http\S+\/authorize\/upstream\?\S+)/.exec(text)?.[1] ?? '';
    const cookie = await browserLogin('bob@example.com');
    await authorizeInBrowser(link, cookie, 'bob-at-acme');
    expect(((await whoami(bobC)).structuredContent as { subject: string }).subject).toBe('bob-at-acme');

    // Signing out of the portal (its home page) revokes bob's grant at the upstream too.
    const token = grantOf(bob.id)?.tokens?.access_token ?? '';
    expect(upstream.isActive(token)).toBe(true);
    const out = await fetch(`${BASE()}/logout`, { method: 'POST', headers: { cookie }, redirect: 'manual' });
    expect(out.status).toBe(303);
    expect(upstream.isActive(token)).toBe(false);
    expect(grantOf(bob.id)).toBeUndefined();
    expect((await whoami(bobC)).isError).toBe(true);
  }, 30_000);

  it('a server added later is listed as needing authorization, a user grant is refreshed before expiry, and deleting the server revokes every grant', async () => {
    const quick = await startOAuthUpstream({ accessTokenTtlSeconds: 3 });
    try {
      await ok(p, 'POST', SERVERS, { id: 'quick', name: 'quick', hostname: quick.url, auth_type: 'oauth' });
      const r = await p.call('POST', `${SERVERS}/quick/authorize`);
      const consent = await fetch((r.body.result as { url: string }).url, { redirect: 'manual' });
      expect((await fetch(consent.headers.get('location') ?? '')).status).toBe(200);
      await p.scheduler.idle();
      const before = aliceSeen.listChanged;
      await ok(p, 'PUT', `${PORTALS}/main`, {
        servers: [
          { server_id: 'acme', on_behalf: true },
          { server_id: 'plain', on_behalf: false },
          { server_id: 'quick', on_behalf: true },
        ],
      });
      await protectServer(p, 'quick', [staffPolicy]);
      await vi.waitFor(() => expect(aliceSeen.listChanged).toBeGreaterThan(before));
      const listed = await aliceC.client.callTool({ name: 'portal_list_servers', arguments: {} });
      const servers = (
        listed.structuredContent as { servers: { id: string; needs_authorization: boolean }[] }
      ).servers;
      expect(servers.find((s) => s.id === 'quick')?.needs_authorization).toBe(true);
      expect(servers.find((s) => s.id === 'acme')?.needs_authorization).toBe(false);

      const call = () => aliceC.client.callTool({ name: 'quick_whoami', arguments: {} });
      const err = (await call().catch((e: unknown) => e)) as McpError;
      expect(err.code).toBe(-32042);
      const url = (err.data as { elicitations: { url: string }[] }).elicitations[0]?.url ?? '';
      await authorizeInBrowser(url, await browserLogin('alice@example.com'), 'alice-at-quick', quick);
      const first = (await call()).structuredContent as { subject: string; token_fingerprint: string };
      expect(first.subject).toBe('alice-at-quick');
      const issued = p.repo.upstreamGrants.get('quick', alice.id)?.tokens?.access_token ?? '';
      expect(first.token_fingerprint).toBe(fingerprint(issued));
      // Refreshed by the portal's timer a third of its 3 s life early; the open session uses the new token.
      await vi.waitFor(
        () => expect(p.repo.upstreamGrants.get('quick', alice.id)?.tokens?.access_token).not.toBe(issued),
        { timeout: 8_000, interval: 200 },
      );
      await new Promise((r) => setTimeout(r, 1_500)); // the first token has expired now
      const later = (await call()).structuredContent as { subject: string; token_fingerprint: string };
      expect(later.subject).toBe('alice-at-quick');
      expect(later.token_fingerprint).not.toBe(first.token_fingerprint);
      expect(quick.stats().refreshes).toBeGreaterThan(0);

      // Deleting the server revokes every grant at it: the admin's and each user's.
      const userToken = p.repo.upstreamGrants.get('quick', alice.id)?.tokens?.refresh_token ?? '';
      const adminToken = p.repo.upstreamGrants.get('quick', '')?.tokens?.refresh_token ?? '';
      expect(quick.isActive(userToken) && quick.isActive(adminToken)).toBe(true);
      await ok(p, 'PUT', `${PORTALS}/main`, {
        servers: [
          { server_id: 'acme', on_behalf: true },
          { server_id: 'plain', on_behalf: false },
        ],
      });
      await ok(p, 'DELETE', `${SERVERS}/quick`);
      expect(quick.isActive(userToken)).toBe(false);
      expect(quick.isActive(adminToken)).toBe(false);
      expect(p.repo.upstreamGrants.subjects('quick')).toEqual([]);
    } finally {
      await quick.close();
    }
  }, 30_000);

  it('an open session follows the mapping: on_behalf false sends the admin token, true the user token again', async () => {
    const subject = async () => ((await whoami(aliceC)).structuredContent as { subject: string }).subject;
    expect(await subject()).toBe('alice-at-acme');
    const map = (onBehalf: boolean) =>
      ok(p, 'PUT', `${PORTALS}/main`, {
        servers: [
          { server_id: 'acme', on_behalf: onBehalf },
          { server_id: 'plain', on_behalf: false },
        ],
      });
    await map(false);
    expect(await subject()).toBe('demo-user');
    await map(true);
    expect(await subject()).toBe('alice-at-acme');
  }, 30_000);
});

describe('per-user authorization from code mode', () => {
  const code = {
    name: 'portal_codemode_execute',
    arguments: { code: 'return await codemode.acme_whoami({})' },
  };

  it('a client with URL elicitation gets the prompt itself; after authorising, the code runs with its token', async () => {
    const carol = await addTestUser(p, 'carol@example.com');
    const c = await connectAsUser(
      `${BASE()}/mcp?codemode=search_and_execute`,
      'carol@example.com',
      PASSWORD,
      {
        capabilities: { elicitation: { url: {} } },
      },
    );
    try {
      const err = await c.client.callTool(code).then(
        (r) => {
          throw new Error(`expected the URL elicitation, got ${JSON.stringify(r)}`);
        },
        (e: unknown) => e as McpError,
      );
      expect(err.code).toBe(-32042);
      const url = (err.data as { elicitations: { url: string }[] }).elicitations[0]?.url ?? '';
      expect(url.startsWith(`${BASE()}/authorize/upstream?`)).toBe(true);
      await authorizeInBrowser(url, await browserLogin('carol@example.com'), 'carol-at-acme');
      const r = (await c.client.callTool(code)) as CallToolResult;
      expect(r.isError).toBeFalsy();
      expect(JSON.parse((r.content as { text: string }[])[0]?.text ?? '{}')).toMatchObject({
        subject: 'carol-at-acme',
      });
      expect(grantOf(carol.id)?.tokens).toBeDefined();
    } finally {
      await c.close();
    }
  }, 30_000);

  it('a client without URL elicitation gets a tool error carrying the link', async () => {
    await addTestUser(p, 'dave@example.com');
    const c = await connectAsUser(`${BASE()}/mcp?codemode=search_and_execute`, 'dave@example.com', PASSWORD);
    try {
      const r = (await c.client.callTool(code)) as CallToolResult;
      expect(r.isError).toBe(true);
      const text = (r.content as { text: string }[])[0]?.text ?? '';
      expect(text).toMatch(/needs your own authorization/);
      expect(text).toMatch(/http\S+\/authorize\/upstream\?\S+/);
    } finally {
      await c.close();
    }
  }, 30_000);
});
