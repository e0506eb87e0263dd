// The data plane's one error boundary: a route made to throw is logged through the portal's log (not
// console.error) and answered in the route's form: a JSON-RPC error with the request's id on /mcp (the
// Node fast path for live sessions and the Hono route alike), an OAuth error object on OAuth endpoints
// and metadata, the Cloudflare envelope on the management API.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startDocsUpstream, type UpstreamHandle } from '../../examples/upstreams/index.js';
import { syncServer } from '../sync/index.js';
import {
  addPolicy,
  addPortal,
  addServer,
  addServiceToken,
  protectPortal,
  protectServer,
} from '../testing/fixtures.js';
import { startTestPortal, type TestPortal } from '../testing/harness.js';

let p: TestPortal;
let docs: UpstreamHandle;
let bot: { client_id: string; client_secret: string };
let mcp: string;
const lines: string[] = [];

beforeAll(async () => {
  docs = await startDocsUpstream({ port: 0 });
  p = await startTestPortal({ sync: syncServer, log: (line) => lines.push(line) });
  await addServer(p, { id: 'docs', name: 'Docs', hostname: docs.url, auth_type: 'unauthenticated' });
  await addPortal(p, {
    id: 'main',
    name: 'Main',
    hostname: 'main.example.test',
    servers: [{ server_id: 'docs', on_behalf: false }],
  });
  const bots = await addPolicy(p, 'bots', 'non_identity', [{ any_valid_service_token: {} }]);
  await protectPortal(p, 'main.example.test', [bots]);
  await protectServer(p, 'docs', [bots]);
  bot = await addServiceToken(p, 'bot');
  mcp = `${p.url}/portals/main/mcp`;
}, 60_000);

afterAll(async () => {
  await p?.close();
  await docs?.close();
});

afterEach(() => {
  vi.restoreAllMocks();
  lines.length = 0;
});

const headers = (extra: Record<string, string> = {}) => ({
  'cf-access-client-id': bot.client_id,
  'cf-access-client-secret': bot.client_secret,
  'content-type': 'application/json',
  accept: 'application/json, text/event-stream',
  ...extra,
});

const initialize = (id: unknown) =>
  JSON.stringify({
    jsonrpc: '2.0',
    id,
    method: 'initialize',
    params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'raw', version: '1' } },
  });

const boom = () => {
  throw new Error('kaboom from a test');
};

/** The log lines about the thrown error, checked to carry the stack and to avoid console.error. */
function expectLogged(consoleError: { mock: { calls: unknown[] } }) {
  expect(
    lines.some((l) => l.includes('data plane: unexpected error') && l.includes('kaboom from a test')),
  ).toBe(true);
  expect(lines.join('\n')).toContain('error-boundary.test.ts');
  expect(consoleError.mock.calls).toEqual([]);
}

describe('the error boundary', () => {
  it('answers a throw on the fast path (live session) with a JSON-RPC error carrying the id', async () => {
    const init = await fetch(mcp, { method: 'POST', headers: headers(), body: initialize(0) });
    expect(init.status).toBe(200);
    await init.text();
    const sessionId = init.headers.get('mcp-session-id') ?? '';
    const consoleError = vi.spyOn(console, 'error');
    vi.spyOn(p.gateway, 'dispatch').mockImplementation(boom);
    const r = await fetch(mcp, {
      method: 'POST',
      headers: headers({ 'mcp-session-id': sessionId, 'mcp-protocol-version': '2025-06-18' }),
      body: JSON.stringify({ jsonrpc: '2.0', id: 42, method: 'tools/list' }),
    });
    expect(r.status).toBe(500);
    expect(r.headers.get('content-type')).toBe('application/json');
    const body = await r.json();
    expect(body).toMatchObject({ jsonrpc: '2.0', id: 42, error: { code: -32603 } });
    expect(JSON.stringify(body)).not.toContain('kaboom');
    expectLogged(consoleError);
  });

  it('answers a throw on the Hono /mcp route with a JSON-RPC error carrying the id', async () => {
    const consoleError = vi.spyOn(console, 'error');
    vi.spyOn(p.gateway, 'allowedServers').mockImplementation(boom);
    const r = await fetch(mcp, { method: 'POST', headers: headers(), body: initialize('init-7') });
    expect(r.status).toBe(500);
    expect(r.headers.get('content-type')).toBe('application/json');
    expect(await r.json()).toMatchObject({ jsonrpc: '2.0', id: 'init-7', error: { code: -32603 } });
    expectLogged(consoleError);
  });

  it('answers a throw before the body is read on /mcp with a JSON-RPC error with a null id', async () => {
    const consoleError = vi.spyOn(console, 'error');
    vi.spyOn(p.gateway, 'portalById').mockImplementation(boom);
    const r = await fetch(mcp, { method: 'POST', headers: headers(), body: initialize(3) });
    expect(r.status).toBe(500);
    expect(await r.json()).toMatchObject({ jsonrpc: '2.0', id: null, error: { code: -32603 } });
    expectLogged(consoleError);
  });

  it.each([
    ['the token endpoint', '/portals/main/token'],
    ['authorization server metadata', '/.well-known/oauth-authorization-server/portals/main/mcp'],
    ['protected resource metadata', '/.well-known/oauth-protected-resource/portals/main/mcp'],
  ])('answers a throw on %s with an OAuth error object', async (_name, path) => {
    const consoleError = vi.spyOn(console, 'error');
    vi.spyOn(p.gateway, 'portalById').mockImplementation(boom);
    const r = await fetch(`${p.url}${path}`, { method: path.endsWith('token') ? 'POST' : 'GET' });
    expect(r.status).toBe(500);
    expect(r.headers.get('content-type')).toBe('application/json');
    expect(await r.json()).toEqual({
      error: 'server_error',
      error_description: 'the portal failed to handle this request',
    });
    expectLogged(consoleError);
  });

  it('answers a throw on the management API with the Cloudflare envelope', async () => {
    vi.spyOn(p.repo.servers, 'get').mockImplementation(boom);
    const r = await p.call('GET', '/access/ai-controls/mcp/servers/docs');
    expect(r.status).toBe(500);
    expect(r.body).toMatchObject({ success: false, errors: [{ code: expect.any(Number) }] });
    expect(lines.some((l) => l.includes('kaboom from a test'))).toBe(true);
  });
});
