// `/portals/<id>/mcp/` (and `/mcp/` on a portal's own hostname) is the MCP endpoint exactly as `/mcp` is:
// the same 401 challenge and resource_metadata, the browser redirect, a whole session (POST initialize and
// calls, the GET SSE stream, DELETE) with the SDK's real client, and a real OAuth sign-in started there.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDocsUpstream, type UpstreamHandle } from '../../examples/upstreams/index.js';
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
import { connectAsUser, connectWithServiceToken } from '../testing/mcp-clients.js';

let p: TestPortal;
let docs: UpstreamHandle;
let bot: { id: string; client_id: string; client_secret: string };
let mcp: string;

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
  const staff = await addPolicy(p, 'staff', 'allow', [{ email_domain: { domain: 'example.com' } }]);
  const bots = await addPolicy(p, 'bots', 'non_identity', [{ any_valid_service_token: {} }]);
  await protectPortal(p, 'main.example.test', [staff, bots]);
  await protectServer(p, 'docs', [staff, bots]);
  await addTestUser(p, 'alice@example.com', ['eng']);
  bot = await addServiceToken(p, 'ci');
  mcp = `${p.url}/portals/main/mcp`;
}, 60_000);

afterAll(async () => {
  await p.close();
  await docs.close();
});

const unauthenticated = (url: string, f: typeof fetch = fetch) =>
  f(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });

describe('/mcp/ with a trailing slash', () => {
  it('answers no credential with the same 401 challenge as /mcp', async () => {
    const plain = await unauthenticated(mcp);
    const slash = await unauthenticated(`${mcp}/`);
    expect(slash.status).toBe(401);
    expect(slash.headers.get('www-authenticate')).toBe(plain.headers.get('www-authenticate'));
    expect(slash.headers.get('www-authenticate')).toContain(
      `resource_metadata="${p.url}/.well-known/oauth-protected-resource/portals/main/mcp"`,
    );
    expect(await slash.json()).toEqual(await plain.json());
  });

  it('sends a browser to the login page as /mcp does', async () => {
    const r = await fetch(`${mcp}/`, { headers: { accept: 'text/html' }, redirect: 'manual' });
    expect(r.status).toBe(302);
    expect(r.headers.get('location')).toBe('/portals/main/login?return_to=%2Fportals%2Fmain%2F');
  });

  it('serves a whole session: initialize, calls, the GET SSE stream and DELETE', async () => {
    const c = await connectWithServiceToken(`${mcp}/`, bot.client_id, bot.client_secret);
    const sessionId = c.transport.sessionId ?? '';
    try {
      expect(sessionId).not.toBe('');
      expect(p.gateway.session(sessionId)).toBeDefined();
      const names = (await c.client.listTools()).tools.map((t) => t.name);
      expect(names).toContain('docs_get_page');
      const call = await c.client.callTool({ name: 'docs_get_page', arguments: { id: 'quickstart' } });
      expect(JSON.stringify(call.content)).toContain('# Quickstart');
      const headers = {
        'cf-access-client-id': bot.client_id,
        'cf-access-client-secret': bot.client_secret,
        'mcp-session-id': sessionId,
        'mcp-protocol-version': c.transport.protocolVersion ?? '2025-06-18',
      };
      // The SDK client already holds the session's standalone stream; a second GET is refused with 409,
      // exactly as at /mcp, which shows the request reached the session.
      const statusOfGet = async (url: string) => {
        const ctl = new AbortController();
        const r = await fetch(url, {
          headers: { ...headers, accept: 'text/event-stream' },
          signal: ctl.signal,
        });
        ctl.abort();
        return { status: r.status, type: r.headers.get('content-type') };
      };
      const second = await statusOfGet(`${mcp}/`);
      expect(second.status).toBe(409);
      expect(second).toEqual(await statusOfGet(mcp));
      const del = await fetch(`${mcp}/`, { method: 'DELETE', headers });
      expect(del.status).toBe(200);
      expect(p.gateway.session(sessionId)).toBeUndefined();
      const after = await fetch(`${mcp}/`, {
        method: 'POST',
        headers: {
          ...headers,
          'content-type': 'application/json',
          accept: 'application/json, text/event-stream',
        },
        body: JSON.stringify({ jsonrpc: '2.0', id: 9, method: 'tools/list' }),
      });
      expect(after.status).toBe(404);
    } finally {
      await c.close();
    }
  });

  it('opens the standalone GET SSE stream of a session', async () => {
    const auth = { 'cf-access-client-id': bot.client_id, 'cf-access-client-secret': bot.client_secret };
    const init = await fetch(`${mcp}/`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
      body: JSON.stringify({
        jsonrpc: '2.0',
        id: 1,
        method: 'initialize',
        params: {
          protocolVersion: '2025-06-18',
          capabilities: {},
          clientInfo: { name: 'raw', version: '1' },
        },
      }),
    });
    expect(init.status).toBe(200);
    await init.text();
    const sessionId = init.headers.get('mcp-session-id') ?? '';
    expect(sessionId).not.toBe('');
    const session = { ...auth, 'mcp-session-id': sessionId, 'mcp-protocol-version': '2025-06-18' };
    const ctl = new AbortController();
    const sse = await fetch(`${mcp}/`, {
      headers: { ...session, accept: 'text/event-stream' },
      signal: ctl.signal,
    });
    expect(sse.status).toBe(200);
    expect(sse.headers.get('content-type')).toContain('text/event-stream');
    ctl.abort();
    expect((await fetch(`${mcp}/`, { method: 'DELETE', headers: session })).status).toBe(200);
    expect(p.gateway.session(sessionId)).toBeUndefined();
  });

  it('signs a user in with OAuth when the client is given the /mcp/ URL', async () => {
    const c = await connectAsUser(`${mcp}/`, 'alice@example.com', PASSWORD);
    try {
      expect(c.provider?.authorizationUrl?.searchParams.get('resource')).toBe(mcp);
      expect((await c.client.listTools()).tools.map((t) => t.name)).toContain('docs_get_page');
    } finally {
      await c.close();
    }
  });

  it("is the endpoint on the portal's own hostname too", async () => {
    const port = new URL(p.url).port;
    const routed = hostRoutedFetch(port);
    const hostFetch = routed.fetch;
    const origin = `http://main.example.test:${port}`;
    try {
      const r = await unauthenticated(`${origin}/mcp/`, hostFetch);
      expect(r.status).toBe(401);
      expect(r.headers.get('www-authenticate')).toContain(
        `resource_metadata="${origin}/.well-known/oauth-protected-resource/mcp"`,
      );
      const c = await connectWithServiceToken(`${origin}/mcp/`, bot.client_id, bot.client_secret, {
        fetch: hostFetch,
      });
      try {
        expect((await c.client.listTools()).tools.map((t) => t.name)).toContain('docs_get_page');
      } finally {
        await c.close();
      }
    } finally {
      await routed.close();
    }
  });
});
