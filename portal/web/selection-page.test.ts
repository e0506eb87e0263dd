// The server selection page in headless Chromium (see testing/chromium.ts, driven by playwright-core): the MCP
// client asks for it with portal_toggle_servers (a URL-mode elicitation), the browser signs in and turns a
// server off and logs out of another, and the live session sees list_changed and the new tool set at once.
// A screenshot is kept in test-artifacts/. Error paths (another user, unknown link, bad CSRF) change nothing.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ElicitationCompleteNotificationSchema,
  ElicitRequestSchema,
  ToolListChangedNotificationSchema,
} from '@modelcontextprotocol/sdk/types.js';
import { type BrowserContext, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  startDocsUpstream,
  startTicketsUpstream,
  type UpstreamHandle,
} from '../../examples/upstreams/index.js';
import { syncServer } from '../sync/index.js';
import { chromiumForTests } from '../testing/chromium.js';
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
import { type Connected, connectAsUser } from '../testing/mcp-clients.js';

const ARTIFACTS = join(import.meta.dirname, '../../test-artifacts');

let p: TestPortal;
let upstreams: UpstreamHandle[];
let c: Connected;
let browser: BrowserContext;
let profile: string;
let elicited: { url: string; elicitationId: string } | undefined;
let listChanged = 0;
let completed: string | undefined;

beforeAll(async () => {
  const chrome = await chromiumForTests();
  upstreams = [
    await startDocsUpstream({ port: 0 }),
    await startTicketsUpstream({ port: 0, token: 'tk-secret-1234' }),
  ];
  p = await startTestPortal({ sync: syncServer });
  await addServer(p, { id: 'docs', name: 'Docs', hostname: upstreams[0]?.url, auth_type: 'unauthenticated' });
  await addServer(p, {
    id: 'tickets',
    name: 'Tickets',
    hostname: upstreams[1]?.url,
    auth_type: 'bearer',
    auth_credentials: 'tk-secret-1234',
  });
  await addPortal(p, {
    id: 'main',
    name: 'Main portal',
    hostname: 'main.example.test',
    servers: [{ server_id: 'docs' }, { server_id: 'tickets' }],
  });
  const staff = await addPolicy(p, 'staff', 'allow', [{ email_domain: { domain: 'example.com' } }]);
  await protectPortal(p, 'main.example.test', [staff]);
  await protectServer(p, 'docs', [staff]);
  await protectServer(p, 'tickets', [staff]);
  await addTestUser(p, 'alice@example.com');
  await addTestUser(p, 'bob@example.com');
  c = await connectAsUser(`${p.url}/portals/main/mcp`, 'alice@example.com', PASSWORD, {
    capabilities: { elicitation: { url: {} } },
  });
  c.client.setRequestHandler(ElicitRequestSchema, async (req) => {
    const params = req.params as { url: string; elicitationId: string };
    elicited = { url: params.url, elicitationId: params.elicitationId };
    return { action: 'accept' };
  });
  c.client.setNotificationHandler(ToolListChangedNotificationSchema, () => {
    listChanged++;
  });
  c.client.setNotificationHandler(ElicitationCompleteNotificationSchema, (n) => {
    completed = n.params.elicitationId;
  });
  profile = mkdtempSync(join(tmpdir(), 'portal-chromium-'));
  browser = await chromium.launchPersistentContext(profile, {
    executablePath: chrome.executablePath,
    headless: true,
    args: [
      ...chrome.args,
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
  await c?.close();
  await p?.close();
  await Promise.allSettled((upstreams ?? []).map((u) => u.close()));
});

const prefixes = async () =>
  [
    ...new Set(
      (await c.client.listTools()).tools.map((t) => t.name.split('_')[0]).filter((s) => s !== 'portal'),
    ),
  ].sort();

describe('the server selection page', () => {
  it('opens through a URL-mode elicitation, signs in, and changes the live session immediately', async () => {
    const result = await c.client.callTool({ name: 'portal_toggle_servers', arguments: {} });
    expect(elicited?.url).toMatch(new RegExp(`^${p.url}/portals/main/authorize\\?elicitationId=`));
    expect((result.content as { text: string }[])[0]?.text).toContain('The server selection page was opened');
    expect(await prefixes()).toEqual(['docs', 'tickets']);

    const page = await browser.newPage();
    await page.goto(elicited?.url ?? '');
    await expect.poll(() => page.url()).toContain('/portals/main/login');
    await page.fill('#email', 'alice@example.com');
    await page.fill('#password', PASSWORD);
    await page.click('button[type=submit]');
    await page.waitForSelector('tr[data-server="tickets"][data-state="on"]');
    expect(await page.textContent('h1')).toBe('Servers of Main portal');

    let before = listChanged;
    await page.click('tr[data-server="tickets"] button[data-action="off"]');
    await page.waitForSelector('tr[data-server="tickets"][data-state="off"]');
    await vi.waitFor(() => expect(listChanged).toBeGreaterThan(before));
    expect(await prefixes()).toEqual(['docs']);

    before = listChanged;
    await page.click('tr[data-server="docs"] button[data-action="logout"]');
    await page.waitForSelector('tr[data-server="docs"][data-state="logged_out"]');
    await vi.waitFor(() => expect(listChanged).toBeGreaterThan(before));
    expect(await prefixes()).toEqual([]);
    expect(p.dump().server_logouts).toHaveLength(1);
    const listed = await c.client.callTool({ name: 'portal_list_servers', arguments: {} });
    expect((listed.content as { text: string }[])[0]?.text).toContain('docs (Docs): logged out');
    const refused = await c.client.callTool({
      name: 'portal_toggle_single_server',
      arguments: { server_id: 'docs', action: 'toggle' },
    });
    expect(refused.isError).toBe(true);
    expect((refused.content as { text: string }[])[0]?.text).toContain('you are logged out of server "docs"');

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'selection-page.png'), fullPage: true });
    expect(existsSync(join(ARTIFACTS, 'selection-page.png'))).toBe(true);

    await page.click('tr[data-server="docs"] button[data-action="login"]');
    await page.waitForSelector('tr[data-server="docs"][data-state="on"]');
    await vi.waitFor(async () => expect(await prefixes()).toEqual(['docs']));
    expect(p.dump().server_logouts).toHaveLength(0);

    await page.click('button[data-action="done"]');
    await page.waitForSelector('text=All set');
    await vi.waitFor(() => expect(completed).toBe(elicited?.elicitationId));
    await page.close();
  });
});

describe('refusals change nothing', () => {
  /** Signs `email` in with plain HTTP and returns the session cookie. */
  async function cookieOf(email: string): Promise<string> {
    const r = await fetch(`${p.url}/portals/main/login`, {
      method: 'POST',
      body: new URLSearchParams({ email, password: PASSWORD }),
      redirect: 'manual',
    });
    return (r.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  }

  it("another user may not open or use the page of alice's session", async () => {
    const cookie = await cookieOf('bob@example.com');
    const before = p.dump();
    const page = await fetch(elicited?.url ?? '', { headers: { cookie } });
    expect(page.status).toBe(403);
    expect(await page.text()).toContain('belongs to another user');
    const post = await fetch(`${p.url}/portals/main/authorize/servers`, {
      method: 'POST',
      headers: { cookie },
      body: new URLSearchParams({
        elicitationId: elicited?.elicitationId ?? '',
        server_id: 'docs',
        action: 'off',
        csrf: 'x',
      }),
      redirect: 'manual',
    });
    expect(post.status).toBe(403);
    expect(p.dump().server_logouts).toEqual(before.server_logouts);
  });

  it('an unknown link is 404, and a post without the right CSRF token is 403', async () => {
    const cookie = await cookieOf('alice@example.com');
    const unknown = await fetch(`${p.url}/portals/main/authorize?elicitationId=nope`, {
      headers: { cookie },
    });
    expect(unknown.status).toBe(404);
    const tools = await prefixes();
    const post = await fetch(`${p.url}/portals/main/authorize/servers`, {
      method: 'POST',
      headers: { cookie },
      body: new URLSearchParams({
        elicitationId: elicited?.elicitationId ?? '',
        server_id: 'docs',
        action: 'off',
        csrf: 'forged',
      }),
      redirect: 'manual',
    });
    expect(post.status).toBe(403);
    expect(await post.text()).toContain('This form has expired');
    expect(await prefixes()).toEqual(tools);
  });
});
