/**
 * Benchmark: the portal's data plane against the same upstream called directly and through a bare Node
 * proxy (one more hop's floor on this machine), all three interleaved in one run so they share its load.
 * `tools/call` over raw HTTP at 1 and 16 clients (p50/p99, and the portal's and the proxy's CPU per call
 * over the call loop only, read from /proc), at 1 client as well with a signed-in user's OAuth token in
 * blocks taking turns with the service token's, one SDK-client point, a code-mode run, and `tools/list`
 * over raw HTTP as servers are added. Every server is a child process. Prints its rows, then one line
 * `BENCH_ROWS <json>` for the suite runner. `node --import tsx bench/gateway.ts`.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
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
import { Agent, request } from 'undici';
import { isMain } from '../examples/upstreams/cli.js';
import { connectAsUser } from '../portal/testing/mcp-clients.js';
import { tuneV8ForServing } from '../reconciler/cli/v8-tuning.js';

const LIST_SERVERS = 20;
const TOOLS_PER_SERVER = 50;
const LIST_STEPS = [1, 20];
/**
 * Rounds (one call to each target) per client at each concurrency, after warm-up rounds. At 16 clients a
 * pause of the portal's (a scavenge, ~5-10 ms with V8's 16 MiB semi-spaces) delays every call in flight at
 * once, so a few of them make its p99: 360 rounds (5,760 calls a target) put ~58 calls past it, where 120
 * put ~19 and one pause more or less moved the portal/proxy p99 ratio by 0.1-0.2 between runs.
 * The 1-client point (the first) warms up for 5,000 rounds per set, so that its CPU per call is the steady
 * state's: V8 optimises a function once it has run enough of its bytecode, and the portal's hot path has
 * many more functions than the bare proxy's, so after 100 rounds it was still compiling ~15 of them a second
 * (TurboFan, on another thread, counted in its CPU) and did for ~25 s more (`--log-code`). The CPU of those
 * first rounds is reported in a row of its own.
 */
const CALL_POINTS = [
  { clients: 1, rounds: 2000, warmup: 5000 },
  { clients: 16, rounds: 360, warmup: 10 },
];
const SDK_ROUNDS = 300;
const CODE_ROUNDS = 200;
const LIST_ROUNDS = 100;
const PROTOCOL = '2025-06-18';
/** The portal user of the OAuth point: a person's client (mcp-remote, the Inspector) signed in through the portal. */
const BENCH_USER = 'bench@example.com';
const BENCH_PASSWORD = 'bench user password';

/** One measured number, with what it is compared against (measured in the same run). */
export interface BenchRow {
  what: string;
  value: number;
  baseline: number;
  unit: string;
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

/**
 * The portal as `portalctl portal serve` runs it: with the V8 settings of a serving process (v8-tuning.ts),
 * applied before the portal's modules load. The bare proxy keeps V8's defaults, as a proxy a user writes
 * would; README "The portal itself" gives the ratio with those settings on the proxy as well.
 */
async function servePortal(dir: string): Promise<void> {
  tuneV8ForServing();
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
  // The user the OAuth point signs in as (the local identity provider's, as `portalctl portal users add`).
  const { addUser } = await import('../portal/identity/users.js');
  await addUser(portal.repo, { email: BENCH_USER, password: BENCH_PASSWORD });
  process.stdout.write(
    `${JSON.stringify({ url: portal.url, baseUrl: portal.baseUrl, accountId: portal.accountId })}\n`,
  );
  process.once('SIGTERM', () => {
    void portal.close().then(() => process.exit(0));
  });
}

// ---- the run ----

interface Child {
  proc: ChildProcess;
  info: Record<string, string>;
}

async function child(args: string[]): Promise<Child> {
  const profile = process.env.BENCH_PROFILE;
  const prof = profile && args[0] === '--portal' ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : [];
  const proc = spawn(
    process.execPath,
    [...prof, ...process.execArgv, fileURLToPath(import.meta.url), ...args],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const lines = createInterface({ input: proc.stdout! });
  const info = JSON.parse(((await once(lines, 'line')) as [string])[0]);
  return { proc, info };
}

let ticksPerSecond: number | undefined;

/**
 * CPU time of process `pid` so far (µs, all threads, user + kernel): the sum of its threads' run time
 * (/proc/<pid>/task/<tid>/schedstat, ns) where the kernel keeps it, else utime + stime of /proc/<pid>/stat
 * (clock ticks).
 */
function cpuUs(pid: number | undefined): number {
  try {
    let ns = 0;
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      ns += Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0]);
    }
    if (Number.isFinite(ns) && ns > 0) return ns / 1000;
  } catch {
    // No schedstat here: clock ticks below.
  }
  ticksPerSecond ??= Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Fields 14 and 15 of the file (utime, stime), counted from the state field (3).
  return ((Number(fields[11]) + Number(fields[12])) * 1e6) / ticksPerSecond;
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

/**
 * The portal/proxy CPU ratio block by block (min-max and median), for a CPU row: the blocks see the same
 * calls, so their spread is how far this machine's changing speed moves the ratio within one run.
 */
function blockSpread(m: Measured): string {
  const ratios = (m.blocks ?? [])
    .map(([portal = 0, proxy = 0]) => portal / proxy)
    .filter(Number.isFinite)
    .sort((a, b) => a - b);
  if (ratios.length < 2) return '';
  const r = (n: number) => n.toFixed(2);
  return ` (by block: ${r(ratios[0] as number)}-${r(ratios[ratios.length - 1] as number)}, median ${r(quantile(ratios, 0.5))})`;
}

// ---- raw HTTP MCP sessions (no SDK client: the client's own parsing is not timed) ----

interface Target {
  name: string;
  url: string;
  tool: string;
  headers: Record<string, string>;
  /** The call's arguments (default `{ text: 'ping' }`). */
  args?: Record<string, unknown>;
}

const dispatcher = new Agent({ keepAliveTimeout: 30_000, connections: 64 });

async function post(url: string, headers: Record<string, string>, body: unknown) {
  const res = await request(url, {
    method: 'POST',
    headers: {
      ...headers,
      'content-type': 'application/json',
      accept: 'application/json, text/event-stream',
    },
    body: JSON.stringify(body),
    dispatcher,
  });
  const text = await res.body.text();
  if (res.statusCode >= 300) throw new Error(`HTTP ${res.statusCode} from ${url}: ${text.slice(0, 300)}`);
  return { text, sessionId: res.headers['mcp-session-id'] as string | undefined };
}

/** An MCP session over raw HTTP: `request(method, params)` resolves with the reply's text. */
async function rawSession(t: Pick<Target, 'url' | 'headers'>) {
  const init = await post(t.url, t.headers, {
    jsonrpc: '2.0',
    id: 0,
    method: 'initialize',
    params: { protocolVersion: PROTOCOL, capabilities: {}, clientInfo: { name: 'bench', version: '1' } },
  });
  const headers = {
    ...t.headers,
    'mcp-protocol-version': PROTOCOL,
    ...(init.sessionId ? { 'mcp-session-id': init.sessionId } : {}),
  };
  await post(t.url, headers, { jsonrpc: '2.0', method: 'notifications/initialized' });
  let id = 1;
  return {
    async request(method: string, params: Record<string, unknown>): Promise<string> {
      const { text } = await post(t.url, headers, { jsonrpc: '2.0', id: id++, method, params });
      if (!text.includes('"result"') || text.includes('"isError":true')) {
        throw new Error(`${method} on ${t.url}: ${text.slice(0, 300)}`);
      }
      return text;
    },
    close: () =>
      request(t.url, { method: 'DELETE', headers, dispatcher })
        .then((r) => r.body.dump())
        .catch(() => undefined),
  };
}

type Session = Awaited<ReturnType<typeof rawSession>>;

/** Each client's sessions, one per target, opened concurrently. */
function openSessions<T>(
  targets: T[],
  clients: number,
  open: (t: T) => Promise<Session>,
): Promise<Session[][]> {
  return Promise.all(Array.from({ length: clients }, () => Promise.all(targets.map(open))));
}

const closeSessions = (sessions: Session[][]) => Promise.all(sessions.flat().map((s) => s.close()));

/**
 * Each target's latencies (ms), the CPU (µs) each watched process spent, and, from `alternating`, that CPU
 * block by block (`blocks[b][w]`), from which the spread of a ratio between watched processes is read.
 */
type Measured = {
  times: number[][];
  cpu: number[];
  blocks?: number[][];
  /** The CPU each watched process spent over the warm-up rounds (µs), where `alternating` measured it. */
  warmupCpu?: number[];
};

/**
 * Each client makes `warmup` and then `rounds` rounds of one call to every target of its sessions (starting
 * at a different target each round), so the targets share the same load and noise. Returns each target's
 * latencies in ms (unsorted) and the CPU each watched process spent over the measured rounds only (µs).
 */
async function timeRounds(
  sessions: Session[][],
  point: { rounds: number; warmup: number },
  callOf: (s: Session, i: number) => Promise<unknown>,
  watch: (number | undefined)[],
): Promise<Measured> {
  const times: number[][] = (sessions[0] ?? []).map(() => []);
  const rounds = async (own: Session[], n: number, record: boolean) => {
    for (let r = 0; r < n; r++) {
      for (let k = 0; k < own.length; k++) {
        const i = (r + k) % own.length;
        const t0 = performance.now();
        await callOf(own[i] as Session, i);
        if (record) times[i]?.push(performance.now() - t0);
      }
    }
  };
  await Promise.all(sessions.map((own) => rounds(own, point.warmup, false)));
  const cpu0 = watch.map(cpuUs);
  await Promise.all(sessions.map((own) => rounds(own, point.rounds, true)));
  const cpu1 = watch.map(cpuUs);
  return { times, cpu: cpu1.map((c, i) => c - (cpu0[i] ?? 0)) };
}

/**
 * `clients` concurrent clients, each with one session per target, timed over `timeRounds`. Returns each
 * target's latencies in ms (sorted) and the CPU each watched process spent over the measured rounds only
 * (sessions, warm-up and closing excluded).
 */
async function measure<T>(
  targets: T[],
  point: { clients: number; rounds: number; warmup: number },
  open: (t: T) => Promise<Session>,
  callOf: (s: Session, i: number) => Promise<unknown>,
  watch: (number | undefined)[],
): Promise<Measured> {
  const sessions = await openSessions(targets, point.clients, open);
  try {
    const { times, cpu } = await timeRounds(sessions, point, callOf, watch);
    return { times: times.map((t) => t.sort((a, b) => a - b)), cpu };
  } finally {
    await closeSessions(sessions);
  }
}

/** Blocks `alternating` runs each set in, taking turns. */
const BLOCKS = 8;

/**
 * `measure` for several sets of targets over raw sessions, taking turns in `BLOCKS` blocks of a share of
 * the rounds each, so that every set meets the same warm-up and the same changes in the machine's load;
 * each set's latencies (sorted) and CPU are those of all its blocks. Every set keeps its sessions for the
 * whole point, as clients keep theirs, so no block pays for another's sessions. The service token's and a
 * user's calls are compared this way: measured as two loops one after the other, the same calls read up
 * to ~15% apart, either way round.
 */
async function alternating(
  sets: { targets: Target[]; callOf: (s: Session, i: number) => Promise<unknown> }[],
  point: { clients: number; rounds: number; warmup: number },
  watch: (number | undefined)[],
): Promise<Measured[]> {
  const sessions = await Promise.all(sets.map((set) => openSessions(set.targets, point.clients, rawSession)));
  try {
    const out: Measured[] = sets.map((set) => ({
      times: set.targets.map(() => []),
      cpu: watch.map(() => 0),
      blocks: [],
    }));
    // The point's whole warm-up first, for every set: the first block would otherwise pay for the cold start.
    // Its CPU is kept: the cost of a portal's first calls, while V8 optimises them.
    for (const [k, set] of sets.entries()) {
      const warm = { rounds: point.warmup, warmup: 0 };
      (out[k] as Measured).warmupCpu = (
        await timeRounds(sessions[k] as Session[][], warm, set.callOf, watch)
      ).cpu;
    }
    const block = { rounds: Math.ceil(point.rounds / BLOCKS), warmup: 0 };
    for (let b = 0; b < BLOCKS; b++) {
      // Every other block in reverse order (AB BA AB BA ...), so each set is first as often as the other.
      const order = [...sets.entries()];
      if (b % 2) order.reverse();
      for (const [k, set] of order) {
        const r = await timeRounds(sessions[k] as Session[][], block, set.callOf, watch);
        const sum = out[k] as Measured;
        for (const [i, t] of r.times.entries()) sum.times[i]?.push(...t);
        for (const [i, c] of r.cpu.entries()) sum.cpu[i] = (sum.cpu[i] ?? 0) + c;
        sum.blocks?.push(r.cpu);
      }
    }
    for (const m of out) for (const t of m.times) t.sort((a, b) => a - b);
    return out;
  } finally {
    await Promise.all(sessions.map(closeSessions));
  }
}

/** An SDK client session in `Session`'s shape (tools/call only). */
async function sdkSession(t: Target): Promise<Session> {
  const client = new Client({ name: 'bench', version: '1' });
  await client.connect(
    new StreamableHTTPClientTransport(new URL(t.url), { requestInit: { headers: t.headers } }),
  );
  return {
    async request(_method, params) {
      const r = await client.callTool(params as { name: string; arguments: Record<string, unknown> });
      if (r.isError) throw new Error(`${t.tool}: ${JSON.stringify(r.content)}`);
      return '';
    },
    close: () => client.close(),
  };
}

/** The code of the code-mode run: the same single call as the direct target makes. */
const CODE_RUN = "return await codemode.echo_echo({ text: 'ping' });";

export async function runGatewayBench(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-gateway-'));
  const [upstreams, portal] = await Promise.all([child(['--upstreams']), child(['--portal', dir])]);
  const { origin } = upstreams.info as { origin: string };
  const proxy = await child(['--proxy', origin]);
  const rows: BenchRow[] = [];
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
    await Promise.all(
      ids.map((id) =>
        api('POST', `${mcp}/servers`, {
          id,
          name: id,
          hostname: `${origin}/${id}/mcp`,
          auth_type: 'unauthenticated',
        }),
      ),
    );
    for (let tries = 0; ; tries++) {
      const servers = (await api('GET', `${mcp}/servers?per_page=100`)) as unknown as { status: string }[];
      if (servers.every((s) => s.status === 'ready')) break;
      if (tries > 300) throw new Error('upstreams did not sync');
      await new Promise((r) => setTimeout(r, 50));
    }
    const bots = (
      await api('POST', '/access/policies', {
        name: 'bots',
        decision: 'non_identity',
        include: [{ any_valid_service_token: {} }],
      })
    ).id;
    const staff = (
      await api('POST', '/access/policies', {
        name: 'staff',
        decision: 'allow',
        include: [{ email_domain: { domain: 'example.com' } }],
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
      await api('POST', '/access/apps', {
        name: host,
        type: 'mcp_portal',
        domain: host,
        policies: [bots, staff],
      });
    }
    for (const id of ids) {
      await api('POST', '/access/apps', {
        name: id,
        type: 'mcp',
        destinations: [{ type: 'via_mcp_server_portal', mcp_server_id: id }],
        policies: [bots, staff],
      });
    }
    const token = (await api('POST', '/access/service_tokens', { name: 'bench' })) as {
      client_id: string;
      client_secret: string;
    };
    const auth = { 'CF-Access-Client-Id': token.client_id, 'CF-Access-Client-Secret': token.client_secret };

    const direct: Target = { name: 'direct', url: `${origin}/echo/mcp`, tool: 'echo', headers: {} };
    const viaProxy: Target = { ...direct, name: 'proxy', url: `${proxy.info.origin}/echo/mcp` };
    const viaPortal: Target = {
      name: 'portal',
      url: `${url}/portals/call/mcp`,
      tool: 'echo_echo',
      headers: auth,
    };
    const targets = [direct, viaProxy, viaPortal];
    /** One tools/call to the i-th of `of`, a session per target. */
    const callsOf = (of: Target[]) => (s: Session, i: number) => {
      const t = of[i] as Target;
      return s.request('tools/call', { name: t.tool, arguments: t.args ?? { text: 'ping' } });
    };
    const callOf = callsOf(targets);
    const watch = [portal.proc.pid, proxy.proc.pid];

    // A person's client (mcp-remote, the Inspector): the same calls with the access token the portal issued
    // when the user signed in (the SDK client's OAuth flow: discovery, registration, PKCE, the login form, the
    // code exchange), so each call also resolves the token and the user. Measured at 1 client in blocks
    // alternating with the service token's, so both meet the same warm-up and the same noise.
    const signedIn = await connectAsUser(viaPortal.url, BENCH_USER, BENCH_PASSWORD);
    const accessToken = signedIn.provider?.saved?.access_token;
    await signedIn.close();
    if (!accessToken) throw new Error('the portal issued no access token');
    const asUser: Target = {
      ...viaPortal,
      name: 'user',
      headers: { authorization: `Bearer ${accessToken}` },
    };
    const userTargets = [direct, viaProxy, asUser];
    const userCallOf = callsOf(userTargets);

    for (const point of CALL_POINTS) {
      const at = `${point.clients} client${point.clients > 1 ? 's' : ''}`;
      const both = point.clients === 1;
      const [service, user] = await alternating(
        [{ targets, callOf }, ...(both ? [{ targets: userTargets, callOf: userCallOf }] : [])],
        point,
        watch,
      );
      const { times, cpu } = service as Measured;
      const [d = [], x = [], p = []] = times;
      const [portalCpu = 0, proxyCpu = 0] = cpu;
      const q = (s: number[], n: number) => round(quantile(s, n));
      rows.push(
        {
          what: `tools/call p50, ${at}: portal vs bare proxy`,
          value: q(p, 0.5),
          baseline: q(x, 0.5),
          unit: 'ms',
        },
        {
          what: `tools/call added p50, ${at}: portal vs bare proxy (over direct ${q(d, 0.5)} ms)`,
          value: round(quantile(p, 0.5) - quantile(d, 0.5)),
          baseline: round(quantile(x, 0.5) - quantile(d, 0.5)),
          unit: 'ms',
        },
        {
          what: `tools/call p99, ${at}: portal vs direct`,
          value: q(p, 0.99),
          baseline: q(d, 0.99),
          unit: 'ms',
        },
        {
          what: `tools/call p99, ${at}: bare proxy vs direct`,
          value: q(x, 0.99),
          baseline: q(d, 0.99),
          unit: 'ms',
        },
        {
          what: `tools/call CPU per call, ${at}: portal vs bare proxy${blockSpread(service as Measured)}`,
          value: Math.round(portalCpu / p.length),
          baseline: Math.round(proxyCpu / x.length),
          unit: 'µs',
        },
      );
      // The same calls before the steady state: what a freshly started portal's first calls cost.
      const warm = service?.warmupCpu;
      if (warm && point.warmup >= 1000) {
        const [first = 0, proxyFirst = 0] = warm;
        const calls = point.warmup * point.clients;
        rows.push({
          what: `tools/call CPU per call over the first ${calls.toLocaleString('en-US')} calls (V8 still optimising), ${at}: portal vs bare proxy`,
          value: Math.round(first / calls),
          baseline: Math.round(proxyFirst / calls),
          unit: 'µs',
        });
      }
      if (user) {
        const [ud = [], ux = [], u = []] = user.times;
        const [userCpu = 0, userProxyCpu = 0] = user.cpu;
        rows.push(
          {
            what: `tools/call added p50, ${at}, OAuth user: portal vs bare proxy (over direct ${q(ud, 0.5)} ms)`,
            value: round(quantile(u, 0.5) - quantile(ud, 0.5)),
            baseline: round(quantile(ux, 0.5) - quantile(ud, 0.5)),
            unit: 'ms',
          },
          {
            what: `tools/call CPU per call, ${at}, OAuth user: portal vs bare proxy${blockSpread(user)}`,
            value: Math.round(userCpu / u.length),
            baseline: Math.round(userProxyCpu / ux.length),
            unit: 'µs',
          },
        );
      }
    }

    // The SDK client (its parsing and validation on both sides of the comparison), one client.
    {
      const point = { clients: 1, rounds: SDK_ROUNDS, warmup: 20 };
      const open = (t: { url: string; headers: Record<string, string> }) => sdkSession(t as Target);
      const sdkCall = (s: Session, i: number) => {
        const t = targets[i] as Target;
        return s.request('tools/call', { name: t.tool, arguments: { text: 'ping' } });
      };
      const { times } = await measure(targets, point, open, sdkCall, []);
      const [d = [], x = [], p = []] = times;
      rows.push({
        what: `tools/call added p50, 1 client, SDK client: portal vs bare proxy (over direct ${round(quantile(d, 0.5))} ms)`,
        value: round(quantile(p, 0.5) - quantile(d, 0.5)),
        baseline: round(quantile(x, 0.5) - quantile(d, 0.5)),
        unit: 'ms',
      });
    }

    // Code mode: a run making that one tool call, against the call itself through the portal.
    {
      const code: Target = {
        name: 'code',
        url: `${url}/portals/call/mcp?codemode=search_and_execute`,
        tool: 'portal_codemode_execute',
        headers: auth,
        args: { code: CODE_RUN },
      };
      const pair = [viaPortal, code];
      const { times } = await measure(
        pair,
        { clients: 1, rounds: CODE_ROUNDS, warmup: 10 },
        rawSession,
        (s, i) => {
          const t = pair[i] as Target;
          return s.request('tools/call', { name: t.tool, arguments: t.args ?? { text: 'ping' } });
        },
        [],
      );
      const [c = [], r = []] = times;
      rows.push({
        what: 'code-mode run of one tool call p50, 1 client: run vs the call',
        value: round(quantile(r, 0.5)),
        baseline: round(quantile(c, 0.5)),
        unit: 'ms',
      });
    }

    // tools/list over raw HTTP: the portal listing n servers of 50 tools, against one upstream listing
    // as many tools directly.
    for (const n of LIST_STEPS) {
      await api('PUT', `${mcp}/portals/list`, {
        servers: Array.from({ length: n }, (_, i) => ({ server_id: `u${i}`, on_behalf: false })),
      });
      const pair = [
        { url: `${origin}/list${n}/mcp`, headers: {} },
        { url: `${url}/portals/list/mcp`, headers: auth },
      ];
      const { times, cpu } = await measure(
        pair,
        { clients: 1, rounds: LIST_ROUNDS, warmup: 5 },
        rawSession,
        (s) => s.request('tools/list', {}),
        [portal.proc.pid],
      );
      const [d = [], p = []] = times;
      const tools = n * TOOLS_PER_SERVER + 3;
      rows.push(
        {
          what: `tools/list p50, ${n} server(s), ${tools} tools: portal vs direct`,
          value: round(quantile(p, 0.5)),
          baseline: round(quantile(d, 0.5)),
          unit: 'ms',
        },
        {
          what: `tools/list portal CPU per list, ${tools} tools (baseline: 0)`,
          value: Math.round((cpu[0] ?? 0) / p.length),
          baseline: 0,
          unit: 'µs',
        },
      );
    }
    return rows;
  } finally {
    await stop(portal.proc);
    await stop(proxy.proc);
    await stop(upstreams.proc);
    await dispatcher.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (isMain(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      upstreams: { type: 'boolean' },
      proxy: { type: 'string' },
      portal: { type: 'string' },
    },
  });
  if (values.upstreams) await serveUpstreams();
  else if (values.proxy) await serveProxy(values.proxy);
  else if (values.portal) await servePortal(values.portal);
  else {
    const started = performance.now();
    const rows = await runGatewayBench();
    for (const r of rows) {
      const ratio = r.baseline !== 0 ? ` (${round(r.value / r.baseline)}x)` : '';
      console.log(`gateway ${r.what}: ${r.value} ${r.unit} vs ${r.baseline} ${r.unit}${ratio}`);
    }
    console.log(`gateway bench took ${round((performance.now() - started) / 1000)} s`);
    console.log(`BENCH_ROWS ${JSON.stringify(rows)}`);
  }
}
