/**
 * Benchmark: the portal's data plane. (1) Latency it adds to `tools/call` against the upstream called directly
 * and through a bare HTTP proxy (one more hop's cost here), interleaved so all three share the load, p50/p99
 * at 1, 8, 32 clients (service tokens, Access, logging on), and at 1 client each alone. (2) `tools/list` as
 * servers of 50 tools are added, up to 40. (3) Code mode: a `portal_codemode_execute` run that makes that
 * one tool call, against the direct call through the portal, interleaved. Each server is a child process.
 * `node --import tsx bench/gateway.ts`.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { CallToolRequestSchema, ListToolsRequestSchema, type Tool } from '@modelcontextprotocol/sdk/types.js';
import { isMain } from '../examples/upstreams/cli.js';

const LIST_SERVERS = 40;
const TOOLS_PER_SERVER = 50;
const CONCURRENCY = [1, 8, 32];
const LIST_STEPS = [1, 10, 20, 40];

export interface GatewayBenchResult {
  bench: 'gateway';
  call: {
    clients: number;
    calls: number;
    directP50Ms: number;
    directP99Ms: number;
    portalP50Ms: number;
    portalP99Ms: number;
    addedP50Ms: number;
    ratioP50: number;
    ratioP99: number;
    /** The same calls through a bare HTTP proxy (no MCP logic): what one more hop costs on this machine. */
    proxyP50Ms: number;
    proxyAddedP50Ms: number;
    /** CPU time of the portal process per call (µs, all threads, user + kernel, incl. socket I/O). */
    portalCpuUsPerCall: number;
  }[];
  /** One client, direct, bare proxy and portal each measured alone, one after the other. */
  callAlone: {
    calls: number;
    directP50Ms: number;
    portalP50Ms: number;
    addedP50Ms: number;
    proxyAddedP50Ms: number;
  };
  /** One client: a code-mode run making one tool call, against that tool call through the portal. */
  codeMode: {
    calls: number;
    callP50Ms: number;
    callP99Ms: number;
    codeP50Ms: number;
    codeP99Ms: number;
    overheadP50Ms: number;
    overheadP99Ms: number;
  };
  /** `tools/list` through the portal, against the same number of tools listed by one upstream directly. */
  list: {
    servers: number;
    tools: number;
    directP50Ms: number;
    p50Ms: number;
    p99Ms: number;
    addedP50Ms: number;
    portalCpuUsPerList: number;
  }[];
}

// ---- child: upstreams ----

const tool = (name: string): Tool => ({
  name,
  description: `Benchmark tool ${name}: echoes its input back.`,
  inputSchema: { type: 'object', properties: { text: { type: 'string', description: 'Anything' } } },
});

/**
 * One HTTP server: `/echo/mcp` (one tool), `/u<i>/mcp` (50 tools each) and `/list<n>/mcp` (as many tools as
 * a portal of n of those servers lists, built-ins included); stateful sessions, JSON replies.
 */
async function serveUpstreams(): Promise<void> {
  const sessions = new Map<string, StreamableHTTPServerTransport>();
  const build = (tools: Tool[]) => {
    const server = new Server({ name: 'bench', version: '1' }, { capabilities: { tools: {} } });
    server.setRequestHandler(ListToolsRequestSchema, () => ({ tools }));
    server.setRequestHandler(CallToolRequestSchema, (req) => ({
      content: [{ type: 'text', text: String((req.params.arguments as { text?: unknown })?.text ?? '') }],
    }));
    return server;
  };
  const toolSets = new Map<string, Tool[]>([['echo', [tool('echo')]]]);
  for (let i = 0; i < LIST_SERVERS; i++) {
    toolSets.set(
      `u${i}`,
      Array.from({ length: TOOLS_PER_SERVER }, (_, j) => tool(`tool_${String(j).padStart(2, '0')}`)),
    );
  }
  for (const n of LIST_STEPS) {
    toolSets.set(
      `list${n}`,
      Array.from({ length: n * TOOLS_PER_SERVER + 3 }, (_, j) =>
        tool(`u_tool_${String(j).padStart(4, '0')}`),
      ),
    );
  }
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const path = /^\/([a-z0-9]+)\/mcp$/.exec(req.url ?? '')?.[1] ?? '';
    const tools = toolSets.get(path);
    if (!tools) {
      res.writeHead(404).end();
      return;
    }
    const id = req.headers['mcp-session-id'];
    const existing = typeof id === 'string' ? sessions.get(id) : undefined;
    if (existing) return existing.handleRequest(req, res);
    if (id !== undefined) {
      res.writeHead(404).end();
      return;
    }
    const transport: StreamableHTTPServerTransport = new StreamableHTTPServerTransport({
      sessionIdGenerator: () => randomUUID(),
      enableJsonResponse: true,
      onsessioninitialized: (sid) => {
        sessions.set(sid, transport);
      },
      onsessionclosed: (sid) => {
        sessions.delete(sid);
      },
    });
    await build(tools).connect(transport);
    await transport.handleRequest(req, res);
  };
  const http = createServer((req, res) => {
    handle(req, res).catch(() => res.destroy());
  });
  http.listen(0, '127.0.0.1');
  await once(http, 'listening');
  process.stdout.write(
    `${JSON.stringify({ origin: `http://127.0.0.1:${(http.address() as AddressInfo).port}` })}\n`,
  );
}

// ---- child: a bare HTTP proxy (the floor any gateway pays for one more hop on this machine) ----

/** Forwards every request to `origin` with `undici.request` and streams the answer back; no MCP logic. */
async function serveProxy(origin: string): Promise<void> {
  const { Agent, request } = await import('undici');
  const dispatcher = new Agent({ keepAliveTimeout: 30_000 });
  const http = createServer(async (req, res) => {
    try {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(req.headers)) {
        if (name !== 'host' && name !== 'connection' && typeof value === 'string') headers[name] = value;
      }
      const up = await request(`${origin}${req.url}`, {
        method: req.method as 'POST',
        headers,
        ...(chunks.length > 0 ? { body: Buffer.concat(chunks) } : {}),
        dispatcher,
      });
      const out: Record<string, string | string[]> = {};
      for (const [name, value] of Object.entries(up.headers)) {
        if (value !== undefined && name !== 'connection' && name !== 'keep-alive') out[name] = value;
      }
      res.writeHead(up.statusCode, out);
      up.body.pipe(res);
    } catch {
      res.destroy();
    }
  });
  http.listen(0, '127.0.0.1');
  await once(http, 'listening');
  process.stdout.write(
    `${JSON.stringify({ origin: `http://127.0.0.1:${(http.address() as AddressInfo).port}` })}\n`,
  );
}

// ---- child: the portal ----

async function servePortal(dir: string): Promise<void> {
  const { startPortal } = await import('../portal/index.js');
  const portal = await startPortal({
    dataDir: dir,
    port: 0,
    apiToken: 'bench-token',
    syncIntervalMs: 0,
    rateLimit: { limit: 1_000_000, windowSeconds: 300 },
    oauthRateLimit: false,
    log: () => {},
  });
  process.stdout.write(
    `${JSON.stringify({ url: portal.url, baseUrl: portal.baseUrl, accountId: portal.accountId })}\n`,
  );
  // "cpu" on stdin: answers this process's CPU time so far (µs, all threads, user + kernel), to compute
  // the portal's cost per call.
  createInterface({ input: process.stdin }).on('line', () => {
    const { user, system } = process.cpuUsage();
    process.stdout.write(`${JSON.stringify({ cpuUs: user + system })}\n`);
  });
  process.once('SIGTERM', () => {
    void portal.close().then(() => process.exit(0));
  });
}

// ---- the run ----

interface Child {
  proc: ChildProcess;
  info: Record<string, string>;
  /** The next line the child prints. */
  next(): Promise<string>;
}

async function child(args: string[]): Promise<Child> {
  const profile = process.env.BENCH_PROFILE;
  const prof = profile && args[0] === '--portal' ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : [];
  const proc = spawn(
    process.execPath,
    [...prof, ...process.execArgv, fileURLToPath(import.meta.url), ...args],
    {
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  const lines = createInterface({ input: proc.stdout! });
  const next = async () => ((await once(lines, 'line')) as [string])[0];
  const info = JSON.parse(await next());
  return { proc, info, next };
}

/** The portal child's CPU time so far, in µs. */
async function cpuOf(c: Child): Promise<{ cpuUs: number }> {
  const answer = c.next();
  c.proc.stdin?.write('cpu\n');
  return JSON.parse(await answer) as { cpuUs: number };
}

async function stop(proc: ChildProcess): Promise<void> {
  if (proc.exitCode !== null) return;
  const exited = once(proc, 'exit');
  proc.kill('SIGTERM');
  await exited;
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

const round = (n: number) => Math.round(n * 1000) / 1000;

async function connect(url: string, headers: Record<string, string> = {}): Promise<Client> {
  const client = new Client({ name: 'bench', version: '1' });
  await client.connect(new StreamableHTTPClientTransport(new URL(url), { requestInit: { headers } }));
  return client;
}

interface CallTarget {
  url: string;
  tool: string;
  headers: Record<string, string>;
  /** The call's arguments (default `{ text: 'ping' }`). */
  args?: Record<string, unknown>;
}

/** The code of the code-mode run: the same single call as the direct target makes. */
const CODE_RUN = "return await codemode.echo_echo({ text: 'ping' });";

/**
 * `clients` concurrent clients, each with one session per target, making `perClient` rounds of one call to
 * every target in turn, so the targets are compared under the same load and noise; returns each target's
 * latencies in ms, sorted. After 20 warm-up rounds.
 */
async function measureCalls(targets: CallTarget[], clients: number, perClient: number): Promise<number[][]> {
  const sessions = await Promise.all(
    Array.from({ length: clients }, () => Promise.all(targets.map((t) => connect(t.url, t.headers)))),
  );
  const call = async (c: Client, i: number) => {
    const t = targets[i] as CallTarget;
    const r = await c.callTool({ name: t.tool, arguments: t.args ?? { text: 'ping' } });
    if (r.isError) throw new Error(`${t.tool}: ${JSON.stringify(r.content)}`);
  };
  const times: number[][] = targets.map(() => []);
  const rounds = async (own: Client[], n: number, record: boolean) => {
    for (let r = 0; r < n; r++) {
      for (const [i, c] of own.entries()) {
        const t0 = performance.now();
        await call(c, i);
        if (record) times[i]?.push(performance.now() - t0);
      }
    }
  };
  await Promise.all(sessions.map((own) => rounds(own, 20, false)));
  await Promise.all(sessions.map((own) => rounds(own, perClient, true)));
  await Promise.all(sessions.flat().map((c) => c.close()));
  return times.map((t) => t.sort((a, b) => a - b));
}

const LISTS = 100;

/**
 * `LISTS` rounds of one `tools/list` on each target's session in turn (after 5 warm-up rounds); returns
 * each target's latencies sorted, and how many tools each listed.
 */
async function measureLists(targets: { url: string; headers: Record<string, string> }[]) {
  const clients = await Promise.all(targets.map((t) => connect(t.url, t.headers)));
  const tools: number[] = [];
  for (let r = 0; r < 5; r++) {
    for (const [i, c] of clients.entries()) tools[i] = (await c.listTools()).tools.length;
  }
  const times: number[][] = targets.map(() => []);
  for (let r = 0; r < LISTS; r++) {
    for (const [i, c] of clients.entries()) {
      const t0 = performance.now();
      await c.listTools();
      times[i]?.push(performance.now() - t0);
    }
  }
  await Promise.all(clients.map((c) => c.close()));
  return { tools, times: times.map((t) => t.sort((a, b) => a - b)) };
}

export async function runGatewayBench(opts: { calls?: number } = {}): Promise<GatewayBenchResult> {
  const totalCalls = opts.calls ?? 600;
  const dir = mkdtempSync(join(tmpdir(), 'bench-gateway-'));
  const upstreams = await child(['--upstreams']);
  const { origin } = upstreams.info as { origin: string };
  const proxy = await child(['--proxy', origin]);
  const portal = await child(['--portal', dir]);
  try {
    const { url, baseUrl, accountId } = portal.info as { url: string; baseUrl: string; accountId: string };
    const api = async (method: string, path: string, body?: unknown) => {
      const r = await fetch(`${baseUrl}/accounts/${accountId}${path}`, {
        method,
        headers: { authorization: 'Bearer bench-token', 'content-type': 'application/json' },
        ...(body ? { body: JSON.stringify(body) } : {}),
      });
      const json = (await r.json()) as { success: boolean; result: Record<string, unknown> };
      if (!json.success) throw new Error(`${method} ${path}: ${JSON.stringify(json)}`);
      return json.result;
    };
    const mcp = '/access/ai-controls/mcp';
    const ids = ['echo', ...Array.from({ length: LIST_SERVERS }, (_, i) => `u${i}`)];
    for (const id of ids) {
      await api('POST', `${mcp}/servers`, {
        id,
        name: id,
        hostname: `${origin}/${id}/mcp`,
        auth_type: 'unauthenticated',
      });
    }
    for (let tries = 0; ; tries++) {
      const servers = (await api('GET', `${mcp}/servers?per_page=100`)) as unknown as { status: string }[];
      if (servers.every((s) => s.status === 'ready')) break;
      if (tries > 300) throw new Error('upstreams did not sync');
      await new Promise((r) => setTimeout(r, 100));
    }
    const bots = (
      await api('POST', '/access/policies', {
        name: 'bots',
        decision: 'non_identity',
        include: [{ any_valid_service_token: {} }],
      })
    ).id;
    for (const [host, servers] of [
      ['call.bench.test', ['echo']],
      ['list.bench.test', ['u0']],
    ] as const) {
      await api('POST', `${mcp}/portals`, {
        id: host.split('.')[0],
        name: host,
        hostname: host,
        servers: servers.map((s) => ({ server_id: s, on_behalf: false })),
      });
      await api('POST', '/access/apps', { name: host, type: 'mcp_portal', domain: host, policies: [bots] });
    }
    for (const id of ids) {
      await api('POST', '/access/apps', {
        name: id,
        type: 'mcp',
        destinations: [{ type: 'via_mcp_server_portal', mcp_server_id: id }],
        policies: [bots],
      });
    }
    const token = (await api('POST', '/access/service_tokens', { name: 'bench' })) as {
      client_id: string;
      client_secret: string;
    };
    const auth = { 'CF-Access-Client-Id': token.client_id, 'CF-Access-Client-Secret': token.client_secret };

    const call: GatewayBenchResult['call'] = [];
    for (const clients of CONCURRENCY) {
      const per = Math.max(20, Math.ceil(totalCalls / clients));
      const cpu0 = await cpuOf(portal);
      const [direct = [], viaProxy = [], viaPortal = []] = await measureCalls(
        [
          { url: `${origin}/echo/mcp`, tool: 'echo', headers: {} },
          { url: `${proxy.info.origin}/echo/mcp`, tool: 'echo', headers: {} },
          { url: `${url}/portals/call/mcp`, tool: 'echo_echo', headers: auth },
        ],
        clients,
        per,
      );
      const cpu1 = await cpuOf(portal);
      // Includes each session's connect, warm-up calls and close: an upper bound per call.
      const perCall = (us: number) => Math.round(us / (viaPortal.length + 20 * clients));
      const d50 = quantile(direct, 0.5);
      const x50 = quantile(viaProxy, 0.5);
      const d99 = quantile(direct, 0.99);
      const p50 = quantile(viaPortal, 0.5);
      const p99 = quantile(viaPortal, 0.99);
      call.push({
        clients,
        calls: viaPortal.length,
        directP50Ms: round(d50),
        directP99Ms: round(d99),
        portalP50Ms: round(p50),
        portalP99Ms: round(p99),
        addedP50Ms: round(p50 - d50),
        ratioP50: round(p50 / d50),
        ratioP99: round(p99 / d99),
        proxyP50Ms: round(x50),
        proxyAddedP50Ms: round(x50 - d50),
        portalCpuUsPerCall: perCall(cpu1.cpuUs - cpu0.cpuUs),
      });
    }

    // One client, each target measured on its own (warm, nothing else running): the other view of 1 client.
    const per = Math.max(20, totalCalls);
    const [aloneDirect = []] = await measureCalls(
      [{ url: `${origin}/echo/mcp`, tool: 'echo', headers: {} }],
      1,
      per,
    );
    const [aloneProxy = []] = await measureCalls(
      [{ url: `${proxy.info.origin}/echo/mcp`, tool: 'echo', headers: {} }],
      1,
      per,
    );
    const [alonePortal = []] = await measureCalls(
      [{ url: `${url}/portals/call/mcp`, tool: 'echo_echo', headers: auth }],
      1,
      per,
    );
    const a50 = quantile(aloneDirect, 0.5);
    const callAlone = {
      calls: alonePortal.length,
      directP50Ms: round(a50),
      portalP50Ms: round(quantile(alonePortal, 0.5)),
      addedP50Ms: round(quantile(alonePortal, 0.5) - a50),
      proxyAddedP50Ms: round(quantile(aloneProxy, 0.5) - a50),
    };

    const [viaCall = [], viaCode = []] = await measureCalls(
      [
        { url: `${url}/portals/call/mcp`, tool: 'echo_echo', headers: auth },
        {
          url: `${url}/portals/call/mcp?codemode=search_and_execute`,
          tool: 'portal_codemode_execute',
          headers: auth,
          args: { code: CODE_RUN },
        },
      ],
      1,
      per,
    );
    const codeMode = {
      calls: viaCode.length,
      callP50Ms: round(quantile(viaCall, 0.5)),
      callP99Ms: round(quantile(viaCall, 0.99)),
      codeP50Ms: round(quantile(viaCode, 0.5)),
      codeP99Ms: round(quantile(viaCode, 0.99)),
      overheadP50Ms: round(quantile(viaCode, 0.5) - quantile(viaCall, 0.5)),
      overheadP99Ms: round(quantile(viaCode, 0.99) - quantile(viaCall, 0.99)),
    };

    const list: GatewayBenchResult['list'] = [];
    for (const n of LIST_STEPS) {
      await api('PUT', `${mcp}/portals/list`, {
        servers: Array.from({ length: n }, (_, i) => ({ server_id: `u${i}`, on_behalf: false })),
      });
      const cpu0 = await cpuOf(portal);
      const lists = await measureLists([
        { url: `${origin}/list${n}/mcp`, headers: {} },
        { url: `${url}/portals/list/mcp`, headers: auth },
      ]);
      const cpu1 = await cpuOf(portal);
      const [direct = [], viaPortal = []] = lists.times;
      const d50 = quantile(direct, 0.5);
      const p50 = quantile(viaPortal, 0.5);
      list.push({
        servers: n,
        tools: lists.tools[1] ?? 0,
        directP50Ms: round(d50),
        p50Ms: round(p50),
        p99Ms: round(quantile(viaPortal, 0.99)),
        addedP50Ms: round(p50 - d50),
        portalCpuUsPerList: Math.round((cpu1.cpuUs - cpu0.cpuUs) / LISTS),
      });
    }
    return { bench: 'gateway', call, callAlone, codeMode, list };
  } finally {
    await stop(portal.proc);
    await stop(proxy.proc);
    await stop(upstreams.proc);
    rmSync(dir, { recursive: true, force: true });
  }
}

if (isMain(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      upstreams: { type: 'boolean' },
      proxy: { type: 'string' },
      portal: { type: 'string' },
      calls: { type: 'string' },
    },
  });
  if (values.upstreams) await serveUpstreams();
  else if (values.proxy) await serveProxy(values.proxy);
  else if (values.portal) await servePortal(values.portal);
  else {
    const r = await runGatewayBench({ calls: values.calls ? Number(values.calls) : undefined });
    console.log(JSON.stringify(r));
    for (const c of r.call) {
      console.log(
        `gateway tools/call, ${c.clients} client(s), ${c.calls} calls: direct p50 ${c.directP50Ms} ms / p99 ${c.directP99Ms} ms; ` +
          `via portal p50 ${c.portalP50Ms} ms / p99 ${c.portalP99Ms} ms; added p50 ${c.addedP50Ms} ms; ratio p50 ${c.ratioP50}x, p99 ${c.ratioP99}x; ` +
          `bare proxy adds ${c.proxyAddedP50Ms} ms; portal CPU ${c.portalCpuUsPerCall} µs/call`,
      );
    }
    const a = r.callAlone;
    console.log(
      `gateway tools/call, 1 client, each target alone, ${a.calls} calls: direct p50 ${a.directP50Ms} ms; via portal p50 ${a.portalP50Ms} ms; ` +
        `added p50 ${a.addedP50Ms} ms; bare proxy adds ${a.proxyAddedP50Ms} ms`,
    );
    const m = r.codeMode;
    console.log(
      `gateway code mode, 1 client, ${m.calls} runs of one tool call: direct call p50 ${m.callP50Ms} ms / p99 ${m.callP99Ms} ms; ` +
        `code-mode run p50 ${m.codeP50Ms} ms / p99 ${m.codeP99Ms} ms; overhead p50 ${m.overheadP50Ms} ms / p99 ${m.overheadP99Ms} ms`,
    );
    console.log(
      `gateway tools/list: ${r.list.map((l) => `${l.servers} servers (${l.tools} tools) p50 ${l.p50Ms} ms / p99 ${l.p99Ms} ms (direct ${l.directP50Ms} ms, added ${l.addedP50Ms} ms), portal CPU ${l.portalCpuUsPerList} µs`).join('; ')}`,
    );
  }
}
