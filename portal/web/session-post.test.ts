// POSTs to a live portal session on the wire: the requests the gateway answers itself get one
// application/json reply, the rest (progress, batches, odd headers) take the SDK transport as before; a
// direct call is cancelled upstream by notifications/cancelled or by the client going away; an upstream
// that redirects is still reached; lists are served from the catalog and follow admin changes.
import { once } from 'node:events';
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { CallToolRequestSchema, ListToolsRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startDocsUpstream, type UpstreamHandle } from '../../examples/upstreams/index.js';
import { syncServer } from '../sync/index.js';
import {
  addPolicy,
  addPortal,
  addServer,
  addServiceToken,
  ok,
  protectPortal,
  protectServer,
} from '../testing/fixtures.js';
import { PORTALS, readLogs, startTestPortal, type TestPortal } from '../testing/harness.js';
import { connectWithServiceToken } from '../testing/mcp-clients.js';
import { sessionRouter } from '../testing/session-routing.js';

/**
 * A stateful upstream with a `wait` tool that runs until cancelled (recording both), a `bad` tool whose
 * result is not a valid tools/call result, and `/old/mcp`, which redirects (307) to `/mcp`.
 */
async function startSlowUpstream() {
  const events: string[] = [];
  const paths: string[] = [];
  const tool = (name: string) => ({ name, inputSchema: { type: 'object' as const } });
  const build = () => {
    const server = new Server({ name: 'slow', version: '1' }, { capabilities: { tools: {} } });
    server.setRequestHandler(ListToolsRequestSchema, () => ({
      tools: [tool('wait'), tool('echo'), tool('bad')],
    }));
    server.setRequestHandler(CallToolRequestSchema, async (req, extra) => {
      const args = (req.params.arguments ?? {}) as { tag?: string; text?: string };
      if (req.params.name === 'echo') {
        const token = req.params._meta?.progressToken;
        if (token !== undefined) {
          await extra.sendNotification({
            method: 'notifications/progress',
            params: { progressToken: token, progress: 1, total: 1 },
          });
        }
        return { content: [{ type: 'text', text: String(args.text) }] };
      }
      // Not a valid tools/call result (content must be an array): clients must reject it.
      if (req.params.name === 'bad') return { content: 'not an array' } as never;
      events.push(`started ${args.tag}`);
      await new Promise<void>((resolve) => {
        if (extra.signal.aborted) resolve();
        extra.signal.addEventListener('abort', () => resolve(), { once: true });
      });
      events.push(`cancelled ${args.tag}`);
      return { content: [{ type: 'text', text: 'cancelled' }] };
    });
    return server;
  };
  const router = sessionRouter(build);
  const { sessions } = router;
  const http: HttpServer = createServer(async (req, res) => {
    paths.push(`${req.method} ${req.url}`);
    if (req.url === '/old/mcp') {
      res.writeHead(307, { location: '/mcp' }).end();
      return;
    }
    if (req.url !== '/mcp') {
      res.writeHead(404).end();
      return;
    }
    await router.handle(req, res);
  });
  http.listen(0, '127.0.0.1');
  await once(http, 'listening');
  const origin = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  return {
    origin,
    events,
    paths,
    close: async () => {
      for (const t of sessions.values()) await t.close().catch(() => undefined);
      http.closeAllConnections();
      await new Promise((r) => http.close(r));
    },
  };
}

let p: TestPortal;
let docs: UpstreamHandle;
let slow: Awaited<ReturnType<typeof startSlowUpstream>>;
let bot: { client_id: string; client_secret: string };
let mcp: string;

beforeAll(async () => {
  [docs, slow] = await Promise.all([startDocsUpstream({ port: 0 }), startSlowUpstream()]);
  p = await startTestPortal({ sync: syncServer, callTimeoutMs: 20_000 });
  await addServer(p, { id: 'docs', name: 'Docs', hostname: docs.url, auth_type: 'unauthenticated' });
  await addServer(p, {
    id: 'slow',
    name: 'Slow',
    hostname: `${slow.origin}/mcp`,
    auth_type: 'unauthenticated',
  });
  await addServer(p, {
    id: 'moved',
    name: 'Moved',
    hostname: `${slow.origin}/old/mcp`,
    auth_type: 'unauthenticated',
  });
  await addPortal(p, {
    id: 'main',
    name: 'Main',
    hostname: 'main.example.test',
    servers: ['docs', 'slow', 'moved'].map((server_id) => ({ server_id, on_behalf: false })),
  });
  const bots = await addPolicy(p, 'bots', 'non_identity', [{ any_valid_service_token: {} }]);
  await protectPortal(p, 'main.example.test', [bots]);
  for (const id of ['docs', 'slow', 'moved']) await protectServer(p, id, [bots]);
  bot = await addServiceToken(p, 'bot');
  mcp = `${p.url}/portals/main/mcp`;
}, 60_000);

afterAll(async () => {
  await p?.close();
  await Promise.allSettled([docs?.close(), slow?.close()]);
});

const auth = () => ({ 'cf-access-client-id': bot.client_id, 'cf-access-client-secret': bot.client_secret });
const JSON_AND_SSE = 'application/json, text/event-stream';

/** Opens a session with raw HTTP; returns a function that POSTs one body to it. */
async function rawSession() {
  const init = await fetch(mcp, {
    method: 'POST',
    headers: { ...auth(), 'content-type': 'application/json', accept: JSON_AND_SSE },
    body: JSON.stringify({
      jsonrpc: '2.0',
      id: 0,
      method: 'initialize',
      params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'raw', version: '1' } },
    }),
  });
  expect(init.status).toBe(200);
  await init.text();
  const sessionId = init.headers.get('mcp-session-id') ?? '';
  expect(sessionId).not.toBe('');
  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(mcp, {
      method: 'POST',
      headers: {
        ...auth(),
        'content-type': 'application/json',
        accept: JSON_AND_SSE,
        'mcp-session-id': sessionId,
        'mcp-protocol-version': '2025-06-18',
        ...headers,
      },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  expect((await post({ jsonrpc: '2.0', method: 'notifications/initialized' })).status).toBe(202);
  return { sessionId, post };
}

const call = (id: number | string, name: string, args: Record<string, unknown>, meta?: object) => ({
  jsonrpc: '2.0',
  id,
  method: 'tools/call',
  params: { name, arguments: args, ...(meta ? { _meta: meta } : {}) },
});

const lastLog = (serverId: string) =>
  readLogs(p, { page: 1, per_page: 1, direction: 'desc', server_id: serverId }).items[0];

describe('direct replies', () => {
  it('answers a tools/call with one application/json reply carrying the session id', async () => {
    const s = await rawSession();
    const r = await s.post(call(7, 'slow_echo', { text: 'hi' }));
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('application/json');
    expect(r.headers.get('mcp-session-id')).toBe(s.sessionId);
    expect(await r.json()).toEqual({
      jsonrpc: '2.0',
      id: 7,
      result: { content: [{ type: 'text', text: 'hi' }] },
    });
  });

  it('sends a non-ASCII result with the Content-Length of its UTF-8 bytes, not of its characters', async () => {
    const s = await rawSession();
    const text = 'héllo wörld 🙂 日本';
    const r = await s.post(call('u', 'slow_echo', { text }));
    const bytes = Buffer.from(await r.arrayBuffer());
    expect(Number(r.headers.get('content-length'))).toBe(bytes.length);
    expect(JSON.parse(bytes.toString('utf8'))).toEqual({
      jsonrpc: '2.0',
      id: 'u',
      result: { content: [{ type: 'text', text }] },
    });
  });

  it('answers tools/list, prompts/list and ping directly, and keeps string ids as strings', async () => {
    const s = await rawSession();
    const list = await s.post({ jsonrpc: '2.0', id: 'a', method: 'tools/list' });
    expect(list.headers.get('content-type')).toBe('application/json');
    const body = (await list.json()) as { id: unknown; result: { tools: { name: string }[] } };
    expect(body.id).toBe('a');
    expect(body.result.tools.map((t) => t.name)).toEqual(
      expect.arrayContaining(['portal_list_servers', 'docs_get_page', 'slow_wait', 'moved_echo']),
    );
    expect(await (await s.post({ jsonrpc: '2.0', id: 'b', method: 'ping' })).json()).toEqual({
      jsonrpc: '2.0',
      id: 'b',
      result: {},
    });
    const prompts = await s.post({ jsonrpc: '2.0', id: 3, method: 'prompts/list' });
    expect(((await prompts.json()) as { result: { prompts: unknown[] } }).result.prompts).toBeInstanceOf(
      Array,
    );
  });

  it('maps errors as the SDK server does: unknown tool, and an invalid upstream result', async () => {
    const s = await rawSession();
    const unknown = (await (await s.post(call(1, 'nope_tool', {}))).json()) as { error: { code: number } };
    expect(unknown.error.code).toBe(-32602);
    const bad = (await (await s.post(call(2, 'slow_bad', {}))).json()) as {
      error: { code: number; message: string };
    };
    expect(bad.error.code).toBe(-32602);
    expect(bad.error.message).toContain('Invalid tools/call result');
  });

  it('serves lists from the catalog, and a list follows an admin change at once', async () => {
    const s = await rawSession();
    const names = async () =>
      (
        (await (await s.post({ jsonrpc: '2.0', id: 1, method: 'tools/list' })).json()) as {
          result: { tools: { name: string }[] };
        }
      ).result.tools.map((t) => t.name);
    expect(await names()).toContain('docs_get_page');
    await ok(p, 'PUT', `${PORTALS}/main`, {
      servers: [
        { server_id: 'docs', on_behalf: false, updated_tools: [{ name: 'get_page', alias: 'read_page' }] },
        { server_id: 'slow', on_behalf: false },
        { server_id: 'moved', on_behalf: false },
      ],
    });
    const after = await names();
    expect(after).toContain('docs_read_page');
    expect(after).not.toContain('docs_get_page');
  });
});

describe('calls with a progress token', () => {
  it('are answered as an event stream: the progress under the client token, then the response', async () => {
    const s = await rawSession();
    const r = await s.post(call(5, 'slow_echo', { text: 'streamed' }, { progressToken: 'p1' }));
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('text/event-stream');
    expect(r.headers.get('mcp-session-id')).toBe(s.sessionId);
    const events = (await r.text())
      .split('\n\n')
      .filter((e) => e.startsWith('event: message\ndata: '))
      .map((e) => JSON.parse(e.slice('event: message\ndata: '.length)));
    expect(events).toEqual([
      {
        jsonrpc: '2.0',
        method: 'notifications/progress',
        params: { progressToken: 'p1', progress: 1, total: 1 },
      },
      { jsonrpc: '2.0', id: 5, result: { content: [{ type: 'text', text: 'streamed' }] } },
    ]);
  });

  it('are answered with JSON when no progress came first', async () => {
    const s = await rawSession();
    const r = await s.post(call(6, 'docs_search_docs', { query: 'portal' }, { progressToken: 'p2' }));
    expect(r.headers.get('content-type')).toBe('application/json');
    expect(await r.json()).toMatchObject({ jsonrpc: '2.0', id: 6, result: { content: expect.any(Array) } });
  });
});

describe('requests the SDK transport keeps', () => {
  it('a batch is answered by the SDK transport', async () => {
    const s = await rawSession();
    const r = await s.post([
      { jsonrpc: '2.0', id: 1, method: 'ping' },
      { jsonrpc: '2.0', id: 2, method: 'ping' },
    ]);
    expect(r.status).toBe(200);
    const text = await r.text();
    expect(text).toContain('"id":1');
    expect(text).toContain('"id":2');
  });

  it('odd headers get the SDK transport answers: 406 without text/event-stream, 400 for an unknown version', async () => {
    const s = await rawSession();
    expect((await s.post(call(1, 'slow_echo', { text: 'x' }), { accept: 'application/json' })).status).toBe(
      406,
    );
    const r = await s.post(call(1, 'slow_echo', { text: 'x' }), { 'mcp-protocol-version': '1999-01-01' });
    expect(r.status).toBe(400);
  });

  it('a body that is not JSON is a parse error; another principal gets 404 for the session', async () => {
    const s = await rawSession();
    const bad = await s.post('{nope');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { code: number } }).error.code).toBe(-32700);
    const other = await addServiceToken(p, 'other-bot');
    const r = await s.post(call(1, 'slow_echo', { text: 'x' }), {
      'cf-access-client-id': other.client_id,
      'cf-access-client-secret': other.client_secret,
    });
    expect(r.status).toBe(404);
  });

  it('refuses a foreign Origin on every path (DNS rebinding), and accepts the portal own origin', async () => {
    const s = await rawSession();
    const foreign = await s.post(call(1, 'slow_echo', { text: 'x' }), { origin: 'http://evil.example' });
    expect(foreign.status).toBe(403);
    expect(((await foreign.json()) as { error: { message: string } }).error.message).toContain(
      'origin "http://evil.example"',
    );
    const init = await fetch(mcp, {
      method: 'POST',
      headers: {
        ...auth(),
        'content-type': 'application/json',
        accept: JSON_AND_SSE,
        origin: 'http://evil.example',
      },
      body: JSON.stringify({ jsonrpc: '2.0', id: 0, method: 'initialize', params: {} }),
    });
    expect(init.status).toBe(403);
    expect(init.headers.get('mcp-session-id')).toBeNull();
    const own = await s.post(call(2, 'slow_echo', { text: 'same origin' }), { origin: new URL(mcp).origin });
    expect(((await own.json()) as { result: { content: { text: string }[] } }).result.content[0]?.text).toBe(
      'same origin',
    );
  });

  it('no credential is 401 with the challenge, before the session is looked at', async () => {
    const r = await fetch(mcp, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: JSON_AND_SSE, 'mcp-session-id': 'whatever' },
      body: JSON.stringify(call(1, 'slow_echo', { text: 'x' })),
    });
    expect(r.status).toBe(401);
    expect(r.headers.get('www-authenticate')).toContain('resource_metadata=');
  });
});

describe('cancellation of direct calls', () => {
  it('notifications/cancelled cancels the upstream call; the reply carries no response; the log says cancelled', async () => {
    const s = await rawSession();
    const pending = s.post(call(11, 'slow_wait', { tag: 'raw' }));
    await vi.waitFor(() => expect(slow.events).toContain('started raw'));
    const cancel = await s.post({
      jsonrpc: '2.0',
      method: 'notifications/cancelled',
      params: { requestId: 11, reason: 'user gave up' },
    });
    expect(cancel.status).toBe(202);
    const r = await pending;
    expect(r.headers.get('content-type')).toBe('text/event-stream');
    expect(await r.text()).toBe('');
    await vi.waitFor(() => expect(slow.events).toContain('cancelled raw'));
    await vi.waitFor(() =>
      expect(lastLog('slow')).toMatchObject({ status: 'cancelled', capability: 'wait' }),
    );
  });

  it("the SDK client's AbortSignal cancels the upstream call", async () => {
    const c = await connectWithServiceToken(mcp, bot.client_id, bot.client_secret);
    try {
      const abort = new AbortController();
      const result = c.client.callTool({ name: 'slow_wait', arguments: { tag: 'sdk' } }, undefined, {
        signal: abort.signal,
      });
      await vi.waitFor(() => expect(slow.events).toContain('started sdk'));
      abort.abort(new Error('stop'));
      await expect(result).rejects.toThrow('stop');
      await vi.waitFor(() => expect(slow.events).toContain('cancelled sdk'));
    } finally {
      await c.close();
    }
  });

  it('a client that closes the connection cancels the upstream call', async () => {
    const s = await rawSession();
    const abort = new AbortController();
    const res = fetch(mcp, {
      method: 'POST',
      headers: {
        ...auth(),
        'content-type': 'application/json',
        accept: JSON_AND_SSE,
        'mcp-session-id': s.sessionId,
      },
      body: JSON.stringify(call(12, 'slow_wait', { tag: 'gone' })),
      signal: abort.signal,
    });
    await vi.waitFor(() => expect(slow.events).toContain('started gone'));
    abort.abort();
    await expect(res).rejects.toThrow();
    await vi.waitFor(() => expect(slow.events).toContain('cancelled gone'));
  });
});

describe('upstream side', () => {
  it('an upstream that redirects is still reached (the SDK client follows the redirect)', async () => {
    const s = await rawSession();
    const r = (await (await s.post(call(1, 'moved_echo', { text: 'via redirect' }))).json()) as {
      result: { content: { text: string }[] };
    };
    expect(r.result.content[0]?.text).toBe('via redirect');
    expect(slow.paths.filter((x) => x === 'POST /old/mcp').length).toBeGreaterThan(1);
  });
});
