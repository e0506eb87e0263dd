// Attack: exhausting the data plane with sessions. One principal opens session after session, each
// holding an event stream (1,100 sessions were accepted; 500 streams took 560 fds). The portal caps live
// sessions per principal (anonymous callers per IP) and closes the least recently used one: its stream
// ends and its id answers 404, while other principals' sessions are untouched. Also: ten concurrent calls
// on one session must not pile listeners on one AbortSignal (MaxListenersExceededWarning).
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
import { connectWithServiceToken } from '../testing/mcp-clients.js';
import { type PortalProcess, startPortalProcess } from '../testing/portal-process.js';

const CAP = 4;
const MCP_HEADERS = { 'content-type': 'application/json', accept: 'application/json, text/event-stream' };

let p: TestPortal;
let docs: UpstreamHandle;
let mcp: string;
let bot: { client_id: string; client_secret: string };

beforeAll(async () => {
  docs = await startDocsUpstream({ port: 0 });
  p = await startTestPortal({ sync: syncServer, maxSessionsPerPrincipal: CAP });
  await addServer(p, { id: 'docs', name: 'Docs', hostname: docs.url, auth_type: 'unauthenticated' });
  await addPortal(p, {
    id: 'open',
    name: 'Open',
    hostname: 'open.example.test',
    servers: [{ server_id: 'docs', on_behalf: false }],
  });
  const anyone = await addPolicy(p, 'anyone', 'bypass', [{ everyone: {} }]);
  await protectPortal(p, 'open.example.test', [anyone]);
  await protectServer(p, 'docs', [anyone]);
  bot = await addServiceToken(p, 'bot');
  mcp = `${p.url}/portals/open/mcp`;
}, 60_000);

afterAll(async () => {
  await p?.close();
  await docs?.close();
});

const botHeaders = () => ({
  'cf-access-client-id': bot.client_id,
  'cf-access-client-secret': bot.client_secret,
});

async function open(extra: Record<string, string> = {}): Promise<string> {
  const res = await fetch(mcp, {
    method: 'POST',
    headers: { ...MCP_HEADERS, ...extra },
    body: JSON.stringify({
      jsonrpc: '2.0',
      id: 0,
      method: 'initialize',
      params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'x', version: '1' } },
    }),
  });
  await res.text();
  expect(res.status).toBe(200);
  return res.headers.get('mcp-session-id') ?? '';
}

const sessionHeaders = (sid: string, extra: Record<string, string> = {}) => ({
  ...MCP_HEADERS,
  ...extra,
  'mcp-session-id': sid,
  'mcp-protocol-version': '2025-06-18',
});

async function list(sid: string, extra: Record<string, string> = {}): Promise<number> {
  const res = await fetch(mcp, {
    method: 'POST',
    headers: sessionHeaders(sid, extra),
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
  });
  await res.text();
  return res.status;
}

/** Opens the session's standalone event stream; resolves `ended` when the server closes it. */
async function stream(sid: string): Promise<{ ended: Promise<void>; cancel(): void }> {
  const ctl = new AbortController();
  const res = await fetch(mcp, {
    headers: { ...sessionHeaders(sid), accept: 'text/event-stream' },
    signal: ctl.signal,
  });
  expect(res.status).toBe(200);
  const reader = res.body?.getReader();
  const ended = (async () => {
    try {
      while (!(await reader?.read())?.done) {}
    } catch {
      // aborted by the test
    }
  })();
  return { ended, cancel: () => ctl.abort() };
}

describe('sessions per principal', () => {
  it('closes the least recently used sessions of a principal past the cap, streams included', async () => {
    const bots = await open(botHeaders());
    const sids: string[] = [];
    const streams: Awaited<ReturnType<typeof stream>>[] = [];
    for (let i = 0; i < 3 * CAP; i++) {
      const sid = await open();
      sids.push(sid);
      streams.push(await stream(sid));
    }
    const evicted = sids.slice(0, 2 * CAP);
    const kept = sids.slice(2 * CAP);
    // The evicted sessions' streams were ended by the portal (their sockets are free again).
    await Promise.all(evicted.map((_, i) => streams[i]?.ended));
    for (const sid of evicted) expect(await list(sid)).toBe(404);
    for (const sid of kept) expect(await list(sid)).toBe(200);
    // Another principal's session was not touched.
    expect(await list(bots, botHeaders())).toBe(200);
    expect(p.gateway.liveSessions).toBe(CAP + 1);
    for (const s of streams) s.cancel();
  });

  it('evicts by last use, not by age', async () => {
    const sids: string[] = [];
    for (let i = 0; i < CAP; i++) sids.push(await open(botHeaders()));
    const [first, second] = sids as [string, string];
    expect(await list(first, botHeaders())).toBe(200);
    await open(botHeaders());
    expect(await list(first, botHeaders())).toBe(200);
    expect(await list(second, botHeaders())).toBe(404);
  });
});

describe('concurrent calls on one session', () => {
  it('runs ten and more at once without piling listeners on one AbortSignal', async () => {
    const warnings: Error[] = [];
    const onWarning = (w: Error) => {
      if (w.name === 'MaxListenersExceededWarning') warnings.push(w);
    };
    process.on('warning', onWarning);
    const c = await connectWithServiceToken(mcp, bot.client_id, bot.client_secret);
    try {
      const call = (i: number, progress: boolean) =>
        c.client.callTool(
          { name: 'docs_search_docs', arguments: { query: `q${i}` } },
          undefined,
          progress ? { onprogress: () => {} } : {},
        );
      // With a progress token the call takes the SDK path (the upstream client transport's shared signal).
      for (const progress of [false, true, false, true]) {
        const results = await Promise.all(Array.from({ length: 12 }, (_, i) => call(i, progress)));
        expect(results.every((r) => !r.isError)).toBe(true);
      }
      await new Promise((resolve) => setImmediate(resolve));
      expect(warnings.map((w) => w.message)).toEqual([]);
    } finally {
      process.off('warning', onWarning);
      await c.close();
    }
  });
});

describe('event streams of one principal, against a portal process', () => {
  const STREAMS = 60;
  const PROCESS_CAP = 5;
  let child: PortalProcess;

  beforeAll(async () => {
    child = await startPortalProcess({ maxSessionsPerPrincipal: PROCESS_CAP });
    await child.ok('POST', '/access/ai-controls/mcp/servers', {
      id: 'docs',
      name: 'Docs',
      hostname: docs.url,
      auth_type: 'unauthenticated',
    });
    await child.ok('POST', '/access/ai-controls/mcp/portals', {
      id: 'open',
      name: 'Open',
      hostname: 'open.example.test',
      servers: [{ server_id: 'docs', on_behalf: false }],
    });
    const anyone = await child.ok<{ id: string }>('POST', '/access/policies', {
      name: 'anyone',
      decision: 'bypass',
      include: [{ everyone: {} }],
    });
    for (const app of [
      { name: 'portal', type: 'mcp_portal', domain: 'open.example.test' },
      { name: 'docs', type: 'mcp', destinations: [{ type: 'via_mcp_server_portal', mcp_server_id: 'docs' }] },
    ]) {
      await child.ok('POST', '/access/apps', { ...app, policies: [anyone.id] });
    }
  }, 60_000);

  afterAll(async () => {
    await child?.close();
  });

  it(`holds file descriptors for about ${PROCESS_CAP} streams when one principal opens ${STREAMS}`, async () => {
    const url = `${child.url}/portals/open/mcp`;
    const before = child.fds();
    const held: { done: Promise<void>; destroy(): void }[] = [];
    for (let i = 0; i < STREAMS; i++) {
      const init = await fetch(url, {
        method: 'POST',
        headers: { ...MCP_HEADERS, connection: 'close' },
        body: JSON.stringify({
          jsonrpc: '2.0',
          id: 0,
          method: 'initialize',
          params: {
            protocolVersion: '2025-06-18',
            capabilities: {},
            clientInfo: { name: 'x', version: '1' },
          },
        }),
      });
      await init.text();
      const sid = init.headers.get('mcp-session-id') ?? '';
      held.push(await rawStream(url, sid));
    }
    // Each stream is its own connection; an evicted one is ended by the portal and its socket closed.
    const ended = Promise.all(held.slice(0, STREAMS - PROCESS_CAP).map((h) => h.done));
    await Promise.race([ended, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    expect(child.fds() - before).toBeLessThan(PROCESS_CAP + 10);
    for (const h of held) h.destroy();
  });
});

/** A GET event stream on its own connection (no keep-alive); `done` resolves when the server ends it. */
function rawStream(url: string, sid: string): Promise<{ done: Promise<void>; destroy(): void }> {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: u.hostname,
        port: u.port,
        path: u.pathname,
        agent: false,
        headers: {
          accept: 'text/event-stream',
          connection: 'close',
          'mcp-session-id': sid,
          'mcp-protocol-version': '2025-06-18',
        },
      },
      (res) => {
        expect(res.statusCode).toBe(200);
        const done = new Promise<void>((end) => {
          res.on('close', () => end());
          res.resume();
        });
        resolve({ done, destroy: () => req.destroy() });
      },
    );
    req.on('error', reject);
    req.end();
  });
}
