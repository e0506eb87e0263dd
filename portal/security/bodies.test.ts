// Attack: unbounded request bodies. A client streams a huge body (chunked, no Content-Length, or with an
// honest one) at the MCP endpoint (no session, and a live session) and at the management API's writes. The
// portal runs as its own process so its memory can be read: each route answers 413 while the client is
// still sending, the server's peak RSS grows by far less than the body, and it keeps serving afterwards.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDocsUpstream, type UpstreamHandle } from '../../examples/upstreams/index.js';
import { type PortalProcess, startPortalProcess } from '../testing/portal-process.js';

const MiB = 1024 * 1024;
/** What the attacker sends: far above every limit (4 MiB for MCP, 1 MiB for the API). */
const ATTACK_BYTES = 160 * MiB;
/** Peak RSS growth the server may show while refusing it (a buffered body costs 2-3x its size). */
const RSS_BUDGET = 48 * MiB;

interface Flood {
  status: number;
  body: string;
  /** Bytes the client had written when the answer arrived. */
  sent: number;
  /** Whether the server closed the connection before the client finished (endless bodies). */
  closedEarly: boolean;
}

/**
 * POSTs a body of `total` bytes of JSON-looking text (a `[` then spaces), chunked unless `declare`, and
 * stops sending as soon as the answer arrives. `total: Infinity` never ends the body.
 */
function flood(
  url: string,
  headers: Record<string, string>,
  total: number,
  opts: { declare?: boolean; keepOpen?: boolean; method?: string } = {},
): Promise<Flood> {
  const chunk = Buffer.alloc(MiB, 0x20);
  chunk[0] = 0x5b;
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({
      host: u.hostname,
      port: u.port,
      path: u.pathname,
      method: opts.method ?? 'POST',
      headers: { ...headers, ...(opts.declare ? { 'content-length': String(total) } : {}) },
    });
    let sent = 0;
    let answered = false;
    req.on('response', (res) => {
      answered = true;
      let body = '';
      res.on('data', (d) => {
        body += d;
      });
      res.on('end', () => {
        const result = { status: res.statusCode ?? 0, body, sent, closedEarly: false };
        if (!opts.keepOpen) {
          req.destroy();
          resolve(result);
          return;
        }
        // Keep sending: the server must cut the connection.
        req.socket?.once('close', () => resolve({ ...result, closedEarly: true }));
      });
    });
    req.on('error', (err) => {
      if (!answered) reject(err);
    });
    // One chunk per turn of the event loop, so the answer is read as soon as it comes: writing in a loop
    // until the socket's buffer fills let a busy machine reach the server's drain limit first, which then
    // resets the connection with the answer still unread (EPIPE).
    const pump = () => {
      if ((answered && !opts.keepOpen) || req.destroyed) return;
      if (sent >= total) {
        if (!answered) req.end();
        return;
      }
      sent += chunk.length;
      if (req.write(chunk)) setImmediate(pump);
      else req.once('drain', pump);
    };
    pump();
  });
}

let p: PortalProcess;
let docs: UpstreamHandle;
let mcp: string;
const JSON_AND_SSE = { 'content-type': 'application/json', accept: 'application/json, text/event-stream' };

beforeAll(async () => {
  docs = await startDocsUpstream({ port: 0 });
  p = await startPortalProcess();
  await p.ok('POST', '/access/ai-controls/mcp/servers', {
    id: 'docs',
    name: 'Docs',
    hostname: docs.url,
    auth_type: 'unauthenticated',
  });
  await p.ok('POST', '/access/ai-controls/mcp/portals', {
    id: 'open',
    name: 'Open',
    hostname: 'open.example.test',
    servers: [{ server_id: 'docs' }],
  });
  const open = await p.ok<{ id: string }>('POST', '/access/policies', {
    name: 'anyone',
    decision: 'bypass',
    include: [{ everyone: {} }],
  });
  await p.ok('POST', '/access/apps', {
    name: 'open portal',
    type: 'mcp_portal',
    domain: 'open.example.test',
    policies: [open.id],
  });
  await p.ok('POST', '/access/apps', {
    name: 'docs',
    type: 'mcp',
    destinations: [{ type: 'via_mcp_server_portal', mcp_server_id: 'docs' }],
    policies: [open.id],
  });
  mcp = `${p.url}/portals/open/mcp`;
}, 60_000);

afterAll(async () => {
  await p?.close();
  await docs?.close();
});

async function openSession(): Promise<string> {
  const res = await fetch(mcp, {
    method: 'POST',
    headers: JSON_AND_SSE,
    body: JSON.stringify({
      jsonrpc: '2.0',
      id: 0,
      method: 'initialize',
      params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'a', version: '1' } },
    }),
  });
  await res.text();
  expect(res.status).toBe(200);
  return res.headers.get('mcp-session-id') ?? '';
}

/** The attack on one route, then the same route still answering a normal request. */
async function refusedWithBoundedMemory(
  url: () => string,
  headers: () => Record<string, string>,
  declare: boolean,
  method: string,
): Promise<Flood> {
  const before = p.memory().peak;
  // No retry: the 413 must reach a client that is still sending (the server drains before it closes).
  const r = await flood(url(), headers(), ATTACK_BYTES, { declare, method });
  const growth = p.memory().peak - before;
  expect(r.status).toBe(413);
  expect(growth).toBeLessThan(RSS_BUDGET);
  // Answered at the limit, not after reading the whole body.
  expect(r.sent).toBeLessThan(ATTACK_BYTES / 4);
  return r;
}

const api = (path: string) => () => `${p.baseUrl}/accounts/${p.accountId}${path}`;
const apiHeaders = () => ({ 'content-type': 'application/json', authorization: `Bearer ${p.apiToken}` });

const cases = [
  {
    name: 'POST /mcp without a session (initialize)',
    reason: 'the body was read whole before the 4 MiB check (700 MB -> ERR_STRING_TOO_LONG)',
    url: () => mcp,
    headers: () => JSON_AND_SSE,
    rpc: true,
    method: 'POST',
  },
  {
    name: 'POST /mcp on a live session',
    reason: 'the hot path reads straight from the socket; it must stop at the limit too',
    url: () => mcp,
    headers: () => ({ ...JSON_AND_SSE, 'mcp-session-id': session, 'mcp-protocol-version': '2025-06-18' }),
    rpc: true,
    method: 'POST',
  },
  {
    name: 'POST to a management API collection (create a server)',
    reason: 'management API writes are bounded at 1 MiB',
    url: api('/access/ai-controls/mcp/servers'),
    headers: apiHeaders,
    rpc: false,
    method: 'POST',
  },
  {
    name: 'PUT on a management API item (update a portal)',
    reason: 'every write route reads its body through the same bounded reader',
    url: api('/access/ai-controls/mcp/portals/open'),
    headers: apiHeaders,
    rpc: false,
    method: 'PUT',
  },
];
let session = '';

describe.each(cases)('$name', ({ reason, url, headers, rpc, method }) => {
  beforeAll(async () => {
    session = await openSession();
  });

  it.each([
    { how: 'chunked, no Content-Length', declare: false },
    { how: 'with its Content-Length', declare: true },
  ])(`answers 413 at the limit ($how) with bounded memory (${reason})`, async ({ declare }) => {
    const r = await refusedWithBoundedMemory(url, headers, declare, method);
    const body = JSON.parse(r.body);
    if (rpc) expect(body.error.code).toBe(-32600);
    else expect(body.errors[0].code).toBe(1007);
  });
});

describe('after the attacks', () => {
  it('still serves the MCP endpoint and the management API', async () => {
    const sid = await openSession();
    const res = await fetch(mcp, {
      method: 'POST',
      headers: { ...JSON_AND_SSE, 'mcp-session-id': sid, 'mcp-protocol-version': '2025-06-18' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
    });
    expect(res.status).toBe(200);
    expect(JSON.stringify(await res.json())).toContain('docs_search_docs');
    const servers = await p.ok<unknown[]>('GET', '/access/ai-controls/mcp/servers');
    expect(servers).toHaveLength(1);
  });

  it.each([
    { name: 'without a session', headers: () => JSON_AND_SSE },
    {
      name: 'on a live session',
      headers: () => ({ ...JSON_AND_SSE, 'mcp-session-id': session, 'mcp-protocol-version': '2025-06-18' }),
    },
  ])(
    'cuts the connection of a body that never ends after answering 413 ($name)',
    async ({ headers }) => {
      session = await openSession();
      const before = p.memory().peak;
      const r = await flood(mcp, headers(), Number.POSITIVE_INFINITY, { keepOpen: true });
      expect(r.status).toBe(413);
      expect(r.closedEarly).toBe(true);
      expect(p.memory().peak - before).toBeLessThan(RSS_BUDGET);
    },
    30_000,
  );
});
