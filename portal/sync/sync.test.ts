// Capability sync against real upstream MCP servers on 127.0.0.1: the project's examples, two tiny
// misbehaving servers built here, and @modelcontextprotocol/server-everything as a server nobody here wrote.
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { createRequire } from 'node:module';
import { createServer as createNetServer, type Server as NetServer, type Socket } from 'node:net';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DOCS_PROMPTS,
  DOCS_TOOLS,
  type PagedHandle,
  pagedToolName,
  startDocsUpstream,
  startPagedUpstream,
  startTicketsUpstream,
  TICKETS_TOOLS,
  type TicketsHandle,
  type UpstreamHandle,
} from '../../examples/upstreams/index.js';
import { freePort } from '../testing/free-port.js';
import { syncServer } from './index.js';
import type { SyncOptions, SyncOutcome, UpstreamConnection } from './types.js';

const TOKEN = 'tickets-test-token-5f1d2c';
const API_KEY = 'tickets-api-key-8a7b6c';

let docs: UpstreamHandle;
let sseOnly: UpstreamHandle;
let tickets: TicketsHandle;
let paged: PagedHandle;
let closedPort: number;

beforeAll(async () => {
  [docs, sseOnly, tickets, paged] = await Promise.all([
    startDocsUpstream({ port: 0, host: '127.0.0.1' }),
    startDocsUpstream({ port: 0, host: '127.0.0.1', path: null, ssePath: '/sse' }),
    startTicketsUpstream({ port: 0, host: '127.0.0.1', token: TOKEN, apiKey: API_KEY }),
    startPagedUpstream({ port: 0, host: '127.0.0.1' }),
  ]);
  closedPort = await freePort();
});

afterAll(async () => {
  await Promise.all([docs?.close(), sseOnly?.close(), tickets?.close(), paged?.close()]);
});

const conn = (url: string, extra: Partial<UpstreamConnection> = {}): UpstreamConnection => ({
  id: 'test',
  url,
  authType: 'unauthenticated',
  ...extra,
});

function ready(outcome: SyncOutcome) {
  if (outcome.status !== 'ready') throw new Error(`expected ready, got ${JSON.stringify(outcome)}`);
  return outcome;
}

function failed(outcome: SyncOutcome) {
  if (outcome.status !== 'error')
    throw new Error(`expected error, got ready with ${outcome.tools.length} tools`);
  return outcome;
}

const names = (caps: { name: string }[]) => caps.map((c) => c.name);

describe('syncServer: ready', () => {
  it('returns the docs upstream tools and prompts as the upstream defined them', async () => {
    const out = ready(await syncServer(conn(docs.url)));
    expect(out.transport).toBe('streamable-http');
    expect(names(out.tools).sort()).toEqual([...DOCS_TOOLS].sort());
    expect(names(out.prompts).sort()).toEqual([...DOCS_PROMPTS].sort());
    const search = out.tools.find((t) => t.name === 'search_docs')!;
    // Nested object, array and enum schemas survive, and so do fields beyond name/inputSchema.
    expect(search.inputSchema).toMatchObject({
      type: 'object',
      properties: {
        filters: { properties: { sections: { type: 'array', items: { enum: expect.any(Array) } } } },
      },
    });
    expect(search).toHaveProperty('outputSchema');
    expect(search).toHaveProperty('annotations.readOnlyHint', true);
    const explain = out.prompts.find((p) => p.name === 'explain_topic')!;
    expect(explain.arguments).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'topic', required: true })]),
    );
  });

  const cases: {
    name: string;
    reason: string;
    conn: () => UpstreamConnection;
    transport: 'streamable-http' | 'sse';
    tools: readonly string[];
  }[] = [
    {
      name: 'bearer token',
      reason: 'a raw credential is sent as Authorization: Bearer',
      conn: () => conn(tickets.url, { authType: 'bearer', credentials: TOKEN }),
      transport: 'streamable-http',
      tools: TICKETS_TOOLS,
    },
    {
      name: 'custom headers (X-Api-Key)',
      reason: 'the {"headers": {...}} form sends exactly those headers',
      conn: () =>
        conn(tickets.url, {
          authType: 'bearer',
          credentials: JSON.stringify({ headers: { 'X-Api-Key': API_KEY } }),
        }),
      transport: 'streamable-http',
      tools: TICKETS_TOOLS,
    },
    {
      name: 'custom headers (Authorization)',
      reason: 'an Authorization header can also be given in the headers form',
      conn: () =>
        conn(tickets.url, {
          authType: 'bearer',
          credentials: JSON.stringify({ headers: { Authorization: `Bearer ${TOKEN}` } }),
        }),
      transport: 'streamable-http',
      tools: TICKETS_TOOLS,
    },
    {
      name: 'URL without /mcp falls through to {url}/mcp',
      reason: 'POST and GET on the bare URL answer 404, so the third attempt (Streamable HTTP on /mcp) wins',
      conn: () => conn(docs.origin),
      transport: 'streamable-http',
      tools: DOCS_TOOLS,
    },
    {
      name: 'SSE-only upstream at /sse',
      reason: 'a URL ending /sse uses the legacy SSE transport only',
      conn: () => conn(sseOnly.url),
      transport: 'sse',
      tools: DOCS_TOOLS,
    },
    {
      name: 'SSE-only upstream by origin',
      reason: 'the bare URL and /mcp answer 404, so the fourth attempt (SSE on /sse) wins',
      conn: () => conn(sseOnly.origin),
      transport: 'sse',
      tools: DOCS_TOOLS,
    },
    {
      name: 'credentials ignored when unauthenticated',
      reason: 'auth_type unauthenticated sends no credentials even if some are stored',
      conn: () => conn(docs.url, { credentials: 'left-over-token' }),
      transport: 'streamable-http',
      tools: DOCS_TOOLS,
    },
  ];

  it.each(cases)('$name', async ({ reason, conn: make, transport, tools }) => {
    const out = ready(await syncServer(make()));
    expect(out.transport, reason).toBe(transport);
    expect(names(out.tools).sort(), reason).toEqual([...tools].sort());
  });

  it('syncs a server without the prompts capability with prompts: []', async () => {
    const out = ready(await syncServer(conn(tickets.url, { authType: 'bearer', credentials: TOKEN })));
    expect(out.prompts).toEqual([]);
  });
});

describe('syncServer: paged upstream', () => {
  it('follows nextCursor and returns all 25 tools in upstream order', async () => {
    paged.setFaults({});
    const out = ready(await syncServer(conn(paged.url)));
    expect(names(out.tools)).toEqual(Array.from({ length: 25 }, (_, i) => pagedToolName(i)));
  });

  it('shows a renamed tool on the next sync', async () => {
    paged.setFaults({});
    const before = ready(await syncServer(conn(paged.url)));
    expect(names(before.tools)).toContain('metric_13');
    paged.renameTool('metric_13', 'metric_13_v2');
    const after = ready(await syncServer(conn(paged.url)));
    expect(names(after.tools)).toContain('metric_13_v2');
    expect(names(after.tools)).not.toContain('metric_13');
    expect(after.tools).toHaveLength(25);
  });

  it('treats prompts/list answering -32601 Method not found as no prompts', async () => {
    paged.setFaults({ promptsMethodNotFound: true });
    const out = ready(await syncServer(conn(paged.url)));
    expect(out.prompts).toEqual([]);
    expect(out.tools).toHaveLength(25);
    paged.setFaults({});
  });
});

describe('syncServer: errors', () => {
  it('reports a wrong token as upstream 401, not retryable, without the token anywhere', async () => {
    const secret = 'wrong-secret-token-0b9e7d';
    const out = failed(await syncServer(conn(tickets.url, { authType: 'bearer', credentials: secret })));
    expect(out.errorDetails).toEqual({
      cause: 'unauthorized',
      is_upstream: true,
      retryable: false,
      status_code: 401,
    });
    expect(JSON.stringify(out)).not.toContain(secret);
    expect(JSON.stringify(out)).not.toContain(TOKEN);
  });

  type ErrorCase = {
    name: string;
    reason: string;
    conn: () => UpstreamConnection;
    opts?: () => SyncOptions;
    setup?: () => void;
    want: Record<string, unknown>;
  };
  const cases: ErrorCase[] = [
    {
      name: 'missing token',
      reason: 'a bearer server without stored credentials connects without them and the upstream says 401',
      conn: () => conn(tickets.url, { authType: 'bearer' }),
      want: { cause: 'unauthorized', is_upstream: true, retryable: false, status_code: 401 },
    },
    {
      name: 'wrong custom header',
      reason: 'a wrong X-Api-Key is a 401 like a wrong token',
      conn: () =>
        conn(tickets.url, { authType: 'bearer', credentials: '{"headers":{"X-Api-Key":"nope-nope"}}' }),
      want: { cause: 'unauthorized', is_upstream: true, retryable: false, status_code: 401 },
    },
    {
      name: 'connection refused',
      reason: 'nothing listens on the port: the upstream could not be reached, try again later',
      conn: () => conn(`http://127.0.0.1:${closedPort}/mcp`),
      want: { cause: 'connection_refused', is_upstream: false, retryable: true },
    },
    {
      name: 'connection refused on a bare URL',
      reason: 'a network error is not 404/405/406, so detection stops at the first attempt',
      conn: () => conn(`http://127.0.0.1:${closedPort}`),
      want: { cause: 'connection_refused', is_upstream: false, retryable: true },
    },
    {
      name: 'DNS failure',
      reason: 'an unresolvable host (.invalid is reserved) could not be reached',
      conn: () => conn('http://upstream.invalid/mcp'),
      want: { cause: 'dns', is_upstream: false, retryable: true },
    },
    {
      name: '/mcp URL that answers 404',
      reason: 'a URL ending /mcp is tried with Streamable HTTP only, so 404 is final',
      conn: () => conn(`${docs.origin}/elsewhere/mcp`),
      want: { cause: 'no_mcp_endpoint', is_upstream: true, retryable: false, status_code: 404 },
    },
    {
      name: 'no endpoint after four attempts',
      reason: 'every attempt answered 404',
      conn: () => conn(`${docs.origin}/nothing-here`),
      want: { cause: 'no_mcp_endpoint', is_upstream: true, retryable: false, status_code: 404 },
    },
    {
      name: 'HTTP 503',
      reason: 'a 5xx is an upstream error that may go away',
      conn: () => conn(paged.url),
      setup: () => paged.setFaults({ httpStatus: 503 }),
      want: { cause: 'upstream_unavailable', is_upstream: true, retryable: true, status_code: 503 },
    },
    {
      name: 'HTTP 503 on a bare URL',
      reason: '503 is not 404/405/406, so detection stops and reports it',
      conn: () => conn(paged.origin),
      setup: () => paged.setFaults({ httpStatus: 503 }),
      want: { cause: 'upstream_unavailable', is_upstream: true, retryable: true, status_code: 503 },
    },
    {
      name: 'JSON-RPC error on tools/list',
      reason: 'the upstream answered with an MCP error: is_upstream and its code',
      conn: () => conn(paged.url),
      setup: () => paged.setFaults({ listError: { code: -32602, message: 'bad params' } }),
      want: { cause: 'upstream_error', is_upstream: true, retryable: false, mcp_code: -32602 },
    },
    {
      name: 'JSON-RPC internal error',
      reason: '-32603 Internal error is worth retrying',
      conn: () => conn(paged.url),
      setup: () => paged.setFaults({ listError: { code: -32603, message: 'database down' } }),
      want: { cause: 'upstream_error', is_upstream: true, retryable: true, mcp_code: -32603 },
    },
    {
      name: 'cursor loop',
      reason: 'a nextCursor that was already seen would page forever',
      conn: () => conn(paged.url),
      setup: () => paged.setFaults({ cursorLoop: true }),
      want: { cause: 'invalid_response', is_upstream: true, retryable: false },
    },
    {
      name: 'overall timeout',
      reason: 'tools/list never answers: the overall timeout stops the sync, retryable',
      conn: () => conn(paged.url),
      opts: () => ({ timeoutMs: 300 }),
      setup: () => paged.setFaults({ hangList: true }),
      want: { cause: 'timeout', is_upstream: false, retryable: true },
    },
    {
      name: 'invalid JSON credentials',
      reason: 'credentials that start like JSON but do not parse are rejected before connecting',
      conn: () =>
        conn(tickets.url, { authType: 'bearer', credentials: '{"headers": {"X-Api-Key": "secret-value-1"' }),
      want: { cause: 'invalid_credentials', is_upstream: false, retryable: false },
    },
    {
      name: 'reserved header',
      reason: 'a credential may not override a header the transport owns',
      conn: () =>
        conn(tickets.url, { authType: 'bearer', credentials: '{"headers": {"Mcp-Session-Id": "abcd"}}' }),
      want: { cause: 'invalid_credentials', is_upstream: false, retryable: false },
    },
    {
      name: 'oauth without admin credential',
      reason: 'the OAuth flow is not available yet; say so instead of trying',
      conn: () => conn(docs.url, { authType: 'oauth' }),
      want: { cause: 'authentication_required', is_upstream: false, retryable: false },
    },
    {
      name: 'invalid URL',
      reason: 'a URL that does not parse never reaches the network',
      conn: () => conn('not a url'),
      want: { cause: 'invalid_url', is_upstream: false, retryable: false },
    },
    {
      name: 'non-http scheme',
      reason: 'only http and https upstreams exist',
      conn: () => conn('ftp://127.0.0.1/mcp'),
      want: { cause: 'invalid_url', is_upstream: false, retryable: false },
    },
  ];

  it.each(cases)('$name', async ({ reason, conn: make, opts, setup, want }) => {
    setup?.();
    try {
      const out = failed(await syncServer(make(), opts?.()));
      expect(out.errorDetails, reason).toEqual(want);
      expect(out.error.length, reason).toBeGreaterThan(0);
    } finally {
      paged.setFaults({});
    }
  });

  it('never repeats a credential value, even when the upstream echoes it back', async () => {
    const echo = await startEchoingServer();
    try {
      const secret = 'echoed-secret-value-77aa';
      for (const credentials of [secret, JSON.stringify({ headers: { 'X-Api-Key': secret } })]) {
        const out = failed(await syncServer(conn(`${echo.url}/mcp`, { authType: 'bearer', credentials })));
        expect(out.errorDetails).toMatchObject({ is_upstream: true, retryable: true, status_code: 500 });
        expect(out.error).toContain('[redacted]');
        expect(JSON.stringify(out)).not.toContain(secret);
      }
    } finally {
      await echo.close();
    }
  });

  it('stops at the connect timeout when the upstream accepts TCP but never answers', async () => {
    const silent = await startSilentServer();
    try {
      const out = failed(await syncServer(conn(`${silent.url}/mcp`), { connectTimeoutMs: 200 }));
      expect(out.errorDetails).toEqual({ cause: 'connect_timeout', is_upstream: false, retryable: true });
    } finally {
      await silent.close();
    }
  });

  it('honours the abort signal', async () => {
    paged.setFaults({ hangList: true });
    try {
      const ctl = new AbortController();
      const pending = syncServer(conn(paged.url), { signal: ctl.signal });
      setTimeout(() => ctl.abort(), 100);
      const out = failed(await pending);
      expect(out.errorDetails).toEqual({ cause: 'aborted', is_upstream: false, retryable: true });
      const already = failed(await syncServer(conn(docs.url), { signal: AbortSignal.abort() }));
      expect(already.errorDetails.cause).toBe('aborted');
    } finally {
      paged.setFaults({});
    }
  });
});

describe('syncServer: transport detection on the wire', () => {
  /** The real fetch, recording `METHOD /path` of every request and whether it carried credentials. */
  function recordingFetch() {
    const seen: string[] = [];
    const fetchFn: typeof fetch = (input, init) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      const headers = new Headers(init?.headers);
      const auth = headers.has('authorization') || headers.has('x-api-key') ? ' +auth' : '';
      seen.push(`${init?.method ?? 'GET'} ${url.pathname}${auth}`);
      return fetch(input, init);
    };
    return { seen, fetchFn };
  }

  it.each([
    {
      name: 'Streamable HTTP found on {url}/mcp',
      reason: 'Streamable HTTP then SSE on the URL answer 404, then Streamable HTTP on /mcp connects',
      upstream: () => docs.origin,
      want: ['POST /', 'GET /', 'POST /mcp'],
    },
    {
      name: 'SSE found on {url}/sse',
      reason: 'the first three attempts answer 404, then SSE on /sse connects and posts to its endpoint',
      upstream: () => sseOnly.origin,
      want: ['POST /', 'GET /', 'POST /mcp', 'GET /sse', 'POST /messages'],
    },
    {
      name: '/mcp URL',
      reason: 'a /mcp URL goes straight to Streamable HTTP',
      upstream: () => docs.url,
      want: ['POST /mcp'],
    },
  ])('$name', async ({ reason, upstream, want }) => {
    const { seen, fetchFn } = recordingFetch();
    ready(await syncServer(conn(upstream()), { fetch: fetchFn }));
    expect(seen.slice(0, want.length), reason).toEqual(want);
  });

  it('sends the credentials on every request of every attempt', async () => {
    const { seen, fetchFn } = recordingFetch();
    ready(
      await syncServer(conn(tickets.origin, { authType: 'bearer', credentials: TOKEN }), { fetch: fetchFn }),
    );
    expect(seen.length).toBeGreaterThan(3);
    expect(seen.every((s) => s.endsWith(' +auth'))).toBe(true);
  });
});

describe('syncServer: @modelcontextprotocol/server-everything', () => {
  let child: ChildProcess | undefined;
  let url = '';

  beforeAll(async () => {
    const port = await freePort();
    const pkg = createRequire(import.meta.url).resolve(
      '@modelcontextprotocol/server-everything/package.json',
    );
    child = spawn(process.execPath, [join(dirname(pkg), 'dist/index.js'), 'streamableHttp'], {
      env: { ...process.env, PORT: String(port) },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    await new Promise<void>((resolve, reject) => {
      let err = '';
      child!.stderr!.on('data', (chunk: Buffer) => {
        err += chunk.toString();
        if (err.includes('listening on port')) resolve();
      });
      child!.once('exit', (code) => reject(new Error(`server-everything exited (${code}): ${err}`)));
    });
    url = `http://127.0.0.1:${port}/mcp`;
  });

  afterAll(async () => {
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child!.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  });

  it('syncs its tools and prompts over Streamable HTTP (a stateful server)', async () => {
    const out = ready(await syncServer(conn(url)));
    expect(out.transport).toBe('streamable-http');
    expect(names(out.tools)).toEqual(expect.arrayContaining(['echo', 'get-sum']));
    expect(out.prompts.length).toBeGreaterThan(0);
    for (const tool of out.tools) expect(tool.inputSchema).toMatchObject({ type: 'object' });
  });

  it('finds it from its origin through the /mcp fallback', async () => {
    const out = ready(await syncServer(conn(new URL(url).origin)));
    expect(out.transport).toBe('streamable-http');
    expect(out.tools.length).toBeGreaterThan(0);
  });
});

/** Accepts TCP connections and never answers. */
async function startSilentServer(): Promise<{ url: string; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const srv: NetServer = createNetServer((s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
  const { port } = srv.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        srv.close(() => resolve());
      }),
  };
}

/** A careless upstream: answers 500 with the request's credential headers in the body. */
async function startEchoingServer(): Promise<{ url: string; close(): Promise<void> }> {
  const srv: HttpServer = createHttpServer((req, res) => {
    res.statusCode = 500;
    res.end(`cannot handle ${req.headers.authorization ?? ''} ${req.headers['x-api-key'] ?? ''}`);
  });
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
  const { port } = srv.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        srv.close(() => resolve());
        srv.closeAllConnections();
      }),
  };
}
