// Attack: DNS rebinding. A page on evil.example whose name is made to resolve to 127.0.0.1 calls the
// portal: the browser sends `Host: evil.example:<port>` and `Origin: http://evil.example:<port>` (same
// origin, so the Origin check alone passes). Every data-plane route must refuse a Host that is not the
// portal's hostname, a loopback name, or a configured --allowed-host, and no OAuth metadata or
// WWW-Authenticate challenge may name the attacker's host. Real HTTP on 127.0.0.1 with the Host header a
// rebound browser sends.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDocsUpstream, type UpstreamHandle } from '../../examples/upstreams/index.js';
import { syncServer } from '../sync/index.js';
import { addPolicy, addPortal, addServer, protectPortal, protectServer } from '../testing/fixtures.js';
import { startTestPortal, type TestPortal } from '../testing/harness.js';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One HTTP request to the portal's listener with exactly these headers (Host included). */
function send(
  p: TestPortal,
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: string,
): Promise<Answer> {
  const u = new URL(p.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: u.hostname, port: u.port, method, path, headers }, (res) => {
      let text = '';
      res.on('data', (d) => {
        text += d;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const INIT = JSON.stringify({
  jsonrpc: '2.0',
  id: 0,
  method: 'initialize',
  params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'page', version: '1' } },
});
const MCP_HEADERS = { 'content-type': 'application/json', accept: 'application/json, text/event-stream' };

let p: TestPortal;
let proxied: TestPortal;
let docs: UpstreamHandle;
let port: string;

async function setUp(portal: TestPortal): Promise<void> {
  await addServer(portal, { id: 'docs', name: 'Docs', hostname: docs.url, auth_type: 'unauthenticated' });
  await addPortal(portal, {
    id: 'open',
    name: 'Open',
    hostname: 'open.example.test',
    servers: [{ server_id: 'docs' }],
  });
  await addPortal(portal, {
    id: 'locked',
    name: 'Locked',
    hostname: 'locked.example.test',
    servers: [{ server_id: 'docs' }],
  });
  const anyone = await addPolicy(portal, 'anyone', 'bypass', [{ everyone: {} }]);
  const staff = await addPolicy(portal, 'staff', 'allow', [{ email_domain: { domain: 'example.com' } }]);
  await protectPortal(portal, 'open.example.test', [anyone]);
  await protectPortal(portal, 'locked.example.test', [staff]);
  await protectServer(portal, 'docs', [anyone]);
}

beforeAll(async () => {
  docs = await startDocsUpstream({ port: 0 });
  p = await startTestPortal({ sync: syncServer, allowedHosts: ['portal.internal'] });
  proxied = await startTestPortal({ sync: syncServer, trustProxy: true });
  await setUp(p);
  await setUp(proxied);
  port = new URL(p.url).port;
}, 60_000);

afterAll(async () => {
  await Promise.allSettled([p?.close(), proxied?.close()]);
  await docs?.close();
});

/** The headers a browser sends from a page on `evil.example` rebound to 127.0.0.1. */
const rebound = () => ({ host: `evil.example:${port}`, origin: `http://evil.example:${port}` });

const attacks: {
  name: string;
  reason: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}[] = [
  {
    name: 'initialize on a bypass portal by id',
    reason: 'opening a session is what gives the page the portal tools',
    method: 'POST',
    path: '/portals/open/mcp',
    headers: MCP_HEADERS,
    body: INIT,
  },
  {
    name: 'the 401 challenge of a protected portal',
    reason: 'WWW-Authenticate resource_metadata would name the attacker host',
    method: 'POST',
    path: '/portals/locked/mcp',
    headers: MCP_HEADERS,
    body: INIT,
  },
  {
    name: 'protected-resource metadata',
    reason: 'RFC 9728 metadata would send clients to the attacker host',
    method: 'GET',
    path: '/.well-known/oauth-protected-resource/portals/locked/mcp',
    headers: {},
  },
  {
    name: 'authorization-server metadata',
    reason: 'RFC 8414 metadata would name attacker endpoints',
    method: 'GET',
    path: '/.well-known/oauth-authorization-server/portals/locked',
    headers: {},
  },
  {
    name: 'the portal home page',
    reason: 'browser pages are data-plane routes too',
    method: 'GET',
    path: '/portals/open/',
    headers: { accept: 'text/html' },
  },
  {
    name: 'the login page',
    reason: 'a rebound page could drive sign-in',
    method: 'GET',
    path: '/portals/locked/login',
    headers: { accept: 'text/html' },
  },
  {
    name: 'a portal id that does not exist',
    reason: 'a rebound page must not learn which portal ids exist (403, not 404)',
    method: 'GET',
    path: '/portals/nope/mcp',
    headers: {},
  },
];

describe('a rebound page (Host: evil.example) is refused', () => {
  it.each(attacks)('$name: 403 and the Host is never echoed ($reason)', async (a) => {
    const sessions = p.gateway.liveSessions;
    const r = await send(p, a.method, a.path, { ...a.headers, ...rebound() }, a.body);
    expect(r.status).toBe(403);
    expect(r.body).not.toContain('evil.example');
    expect(JSON.stringify(r.headers)).not.toContain('evil.example');
    expect(r.headers['mcp-session-id']).toBeUndefined();
    expect(p.gateway.liveSessions).toBe(sessions);
  });

  it('on a live session opened legitimately (the POST fast path)', async () => {
    const init = await send(
      p,
      'POST',
      '/portals/open/mcp',
      { ...MCP_HEADERS, host: `127.0.0.1:${port}` },
      INIT,
    );
    expect(init.status).toBe(200);
    const sid = String(init.headers['mcp-session-id']);
    const list = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' });
    const headers = { ...MCP_HEADERS, 'mcp-session-id': sid, 'mcp-protocol-version': '2025-06-18' };
    const attacked = await send(p, 'POST', '/portals/open/mcp', { ...headers, ...rebound() }, list);
    expect(attacked.status).toBe(403);
    expect(attacked.body).not.toContain('docs_search_docs');
    const own = await send(p, 'POST', '/portals/open/mcp', { ...headers, host: `127.0.0.1:${port}` }, list);
    expect(own.status).toBe(200);
    expect(own.body).toContain('docs_search_docs');
  });

  it("with another portal's hostname on a portal's path", async () => {
    const r = await send(
      p,
      'POST',
      '/portals/open/mcp',
      { ...MCP_HEADERS, host: 'locked.example.test' },
      INIT,
    );
    expect(r.status).toBe(403);
  });

  it('behind a trusted proxy, through X-Forwarded-Host', async () => {
    const u = new URL(proxied.url);
    const r = await send(proxied, 'GET', '/.well-known/oauth-protected-resource/portals/locked/mcp', {
      host: u.host,
      'x-forwarded-host': 'evil.example',
      'x-forwarded-proto': 'https',
    });
    expect(r.status).toBe(403);
    expect(r.body).not.toContain('evil.example');
  });
});

describe('the names the portal answers to still work', () => {
  it.each([
    { name: '127.0.0.1', host: () => `127.0.0.1:${port}`, path: '/portals/open/mcp' },
    { name: 'localhost', host: () => `localhost:${port}`, path: '/portals/open/mcp' },
    { name: '[::1]', host: () => `[::1]:${port}`, path: '/portals/open/mcp' },
    { name: 'a configured --allowed-host', host: () => `portal.internal:${port}`, path: '/portals/open/mcp' },
    {
      name: "the portal's hostname, on its path",
      host: () => 'open.example.test',
      path: '/portals/open/mcp',
    },
    { name: "the portal's hostname (Host routing)", host: () => 'open.example.test', path: '/mcp' },
  ])('$name, with its own Origin', async ({ host, path }) => {
    const h = host();
    const r = await send(p, 'POST', path, { ...MCP_HEADERS, host: h, origin: `http://${h}` }, INIT);
    expect(r.status).toBe(200);
    expect(r.headers['mcp-session-id']).toBeDefined();
  });

  it('names the allowed Host in the metadata and the challenge', async () => {
    const host = `localhost:${port}`;
    const meta = await send(p, 'GET', '/.well-known/oauth-protected-resource/portals/locked/mcp', { host });
    expect(meta.status).toBe(200);
    expect(JSON.parse(meta.body).resource).toBe(`http://${host}/portals/locked/mcp`);
    const challenge = await send(p, 'POST', '/portals/locked/mcp', { ...MCP_HEADERS, host }, INIT);
    expect(challenge.status).toBe(401);
    expect(String(challenge.headers['www-authenticate'])).toContain(`http://${host}/`);
  });

  it('still refuses a foreign Origin on an allowed Host', async () => {
    const r = await send(
      p,
      'POST',
      '/portals/open/mcp',
      { ...MCP_HEADERS, host: `127.0.0.1:${port}`, origin: 'http://evil.example' },
      INIT,
    );
    expect(r.status).toBe(403);
  });
});
