// Upstream sessions that survive real life, with the SDK's real client and real upstreams: a stateful
// upstream (server-everything, which answers a stale session with HTTP 400 "No valid session ID
// provided") restarted between calls costs no failed call; one that answers 404 likewise; a tools/call
// that reached an upstream which then died is not sent again; an upstream killed mid-call gives the same
// error naming it with and without a progress token, on the fast path and the SDK server's path; closing
// the client connection cancels the upstream call also when it carries a progress token.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type Server as HttpServer } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
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
  protectPortal,
  protectServer,
} from '../testing/fixtures.js';
import { freePort } from '../testing/free-port.js';
import { startTestPortal, type TestPortal } from '../testing/harness.js';
import { connectWithServiceToken } from '../testing/mcp-clients.js';
import { sdkPathFetch } from '../testing/sdk-path-fetch.js';
import { sessionRouter } from '../testing/session-routing.js';

/** server-everything on a fixed port, so that it can be killed and started again at the same URL. */
async function spawnEverything(port: number): Promise<ChildProcess> {
  const pkg = createRequire(import.meta.url).resolve('@modelcontextprotocol/server-everything/package.json');
  const child = spawn(process.execPath, [join(dirname(pkg), 'dist/index.js'), 'streamableHttp'], {
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    let err = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      err += chunk.toString();
      if (err.includes('listening on port')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`server-everything exited (${code}): ${err}`)));
  });
  return child;
}

async function kill(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill(signal);
  await exited;
}

/**
 * A stateful upstream in this process: `wait` runs until cancelled (recording it, and sending progress
 * when asked), `count` counts its calls. `restart()` forgets every session (answered 404 from then on),
 * as a restarted process would; `dropConnections()` cuts every open connection (a crash mid-call).
 */
async function startStateful() {
  const events: string[] = [];
  let calls = 0;
  const build = () => {
    const server = new Server({ name: 'stateful', version: '1' }, { capabilities: { tools: {} } });
    const tool = (name: string) => ({ name, inputSchema: { type: 'object' as const } });
    server.setRequestHandler(ListToolsRequestSchema, () => ({ tools: [tool('wait'), tool('count')] }));
    server.setRequestHandler(CallToolRequestSchema, async (req, extra) => {
      if (req.params.name === 'count') {
        calls++;
        return { content: [{ type: 'text', text: `call ${calls}` }] };
      }
      const tag = String((req.params.arguments as { tag?: unknown } | undefined)?.tag);
      events.push(`started ${tag}`);
      const token = req.params._meta?.progressToken;
      if (token !== undefined) {
        await extra.sendNotification({
          method: 'notifications/progress',
          params: { progressToken: token, progress: 1, total: 10 },
        });
      }
      await new Promise<void>((resolve) => {
        if (extra.signal.aborted) resolve();
        extra.signal.addEventListener('abort', () => resolve(), { once: true });
      });
      events.push(`cancelled ${tag}`);
      return { content: [{ type: 'text', text: 'cancelled' }] };
    });
    return server;
  };
  const router = sessionRouter(build);
  const { sessions } = router;
  const http: HttpServer = createServer(async (req, res) => {
    await router.handle(req, res);
  });
  http.listen(0, '127.0.0.1');
  await once(http, 'listening');
  return {
    url: `http://127.0.0.1:${(http.address() as AddressInfo).port}/mcp`,
    events,
    calls: () => calls,
    restart: () => {
      sessions.clear();
      http.closeAllConnections();
    },
    dropConnections: () => http.closeAllConnections(),
    close: async () => {
      for (const t of sessions.values()) await t.close().catch(() => undefined);
      http.closeAllConnections();
      await new Promise((r) => http.close(r));
    },
  };
}

let p: TestPortal;
let everyPort: number;
let every: ChildProcess;
let stateful: Awaited<ReturnType<typeof startStateful>>;
let sseOnly: UpstreamHandle;
let bot: { client_id: string; client_secret: string };
let mcp: string;

beforeAll(async () => {
  everyPort = await freePort();
  [every, stateful, sseOnly] = await Promise.all([
    spawnEverything(everyPort),
    startStateful(),
    startDocsUpstream({ port: 0, host: '127.0.0.1', path: null, ssePath: '/sse' }),
  ]);
  p = await startTestPortal({ sync: syncServer, callTimeoutMs: 20_000 });
  await addServer(p, {
    id: 'every',
    name: 'Everything',
    hostname: `http://127.0.0.1:${everyPort}/mcp`,
    auth_type: 'unauthenticated',
  });
  await addServer(p, { id: 'state', name: 'Stateful', hostname: stateful.url, auth_type: 'unauthenticated' });
  await addServer(p, {
    id: 'legacy',
    name: 'Legacy SSE',
    hostname: sseOnly.url,
    auth_type: 'unauthenticated',
  });
  await addPortal(p, {
    id: 'main',
    name: 'Main',
    hostname: 'main.example.test',
    servers: ['every', 'state', 'legacy'].map((server_id) => ({ server_id, on_behalf: false })),
  });
  const bots = await addPolicy(p, 'bots', 'non_identity', [{ any_valid_service_token: {} }]);
  await protectPortal(p, 'main.example.test', [bots]);
  for (const id of ['every', 'state', 'legacy']) await protectServer(p, id, [bots]);
  bot = await addServiceToken(p, 'bot');
  mcp = `${p.url}/portals/main/mcp`;
}, 60_000);

afterAll(async () => {
  await p?.close();
  if (every) await kill(every, 'SIGTERM');
  await stateful?.close();
  await sseOnly?.close();
});

const connect = () => connectWithServiceToken(mcp, bot.client_id, bot.client_secret);
const textOf = (r: unknown) => ((r as { content: { text: string }[] }).content[0]?.text ?? '') as string;

describe('a legacy SSE upstream', () => {
  it('answers calls and prompts through the same UpstreamRpc, with and without a progress token', async () => {
    const c = await connect();
    try {
      const plain = await c.client.callTool({ name: 'legacy_search_docs', arguments: { query: 'portal' } });
      expect(plain.isError).toBeFalsy();
      const tracked = await c.client.callTool(
        { name: 'legacy_search_docs', arguments: { query: 'policy' } },
        undefined,
        { onprogress: () => {} },
      );
      expect(tracked.isError).toBeFalsy();
      expect(tracked.structuredContent).toEqual(expect.objectContaining({ hits: expect.any(Array) }));
      const prompts = await c.client.listPrompts();
      const name = prompts.prompts.find((x) => x.name.startsWith('legacy_'))?.name;
      expect(name).toBeDefined();
    } finally {
      await c.close();
    }
  });
});

describe('an upstream that restarts between calls', () => {
  it('re-initialises after a 400 "No valid session ID provided" (server-everything): no call fails', async () => {
    const c = await connect();
    try {
      const first = await c.client.callTool({ name: 'every_echo', arguments: { message: 'before' } });
      expect(first.isError).toBeFalsy();
      expect(textOf(first)).toContain('before');
      await kill(every, 'SIGTERM');
      every = await spawnEverything(everyPort);
      // Without and with a progress token: both reach the restarted upstream on a new session.
      const plain = await c.client.callTool({ name: 'every_echo', arguments: { message: 'after' } });
      expect(plain.isError).toBeFalsy();
      expect(textOf(plain)).toContain('after');
      await kill(every, 'SIGTERM');
      every = await spawnEverything(everyPort);
      const progress: unknown[] = [];
      const tracked = await c.client.callTool(
        { name: 'every_trigger-long-running-operation', arguments: { duration: 0.2, steps: 2 } },
        undefined,
        { onprogress: (x) => progress.push(x) },
      );
      expect(tracked.isError).toBeFalsy();
      expect(progress.length).toBeGreaterThan(0);
      const prompt = await c.client.listTools();
      expect(prompt.tools.some((t) => t.name === 'every_echo')).toBe(true);
    } finally {
      await c.close();
    }
  }, 30_000);

  it('re-initialises after a 404, and sends the call once', async () => {
    const c = await connect();
    try {
      const before = stateful.calls();
      expect(textOf(await c.client.callTool({ name: 'state_count', arguments: {} }))).toBe(
        `call ${before + 1}`,
      );
      stateful.restart();
      const again = await c.client.callTool({ name: 'state_count', arguments: {} });
      expect(again.isError).toBeFalsy();
      expect(textOf(again)).toBe(`call ${before + 2}`);
      expect(stateful.calls()).toBe(before + 2);
    } finally {
      await c.close();
    }
  });
});

describe('an upstream that dies during a call', () => {
  it('does not send a tools/call that reached it again, and names the upstream', async () => {
    const c = await connect();
    try {
      const call = c.client.callTool({ name: 'state_wait', arguments: { tag: 'dropped' } });
      await vi.waitFor(() => expect(stateful.events).toContain('started dropped'));
      stateful.dropConnections();
      const result = await call;
      expect(result.isError).toBe(true);
      expect(textOf(result)).toMatch(
        /^upstream "state" is unavailable: .*connection closed by the upstream$/,
      );
      // The next call opens a new upstream session and works.
      expect((await c.client.callTool({ name: 'state_count', arguments: {} })).isError).toBeFalsy();
      expect(stateful.events.filter((e) => e === 'started dropped')).toHaveLength(1);
    } finally {
      await c.close();
    }
  });

  it('gives the same error naming the upstream with and without a progress token, on both paths', async () => {
    const messages: string[] = [];
    const cases = [false, true].flatMap((sdkPath) =>
      [false, true].map((withProgress) => ({ sdkPath, withProgress })),
    );
    for (const { sdkPath, withProgress } of cases) {
      const c = await connectWithServiceToken(mcp, bot.client_id, bot.client_secret, {
        ...(sdkPath ? { fetch: sdkPathFetch } : {}),
      });
      try {
        const call = c.client.callTool(
          { name: 'every_trigger-long-running-operation', arguments: { duration: 30, steps: 30 } },
          undefined,
          withProgress ? { onprogress: () => {}, timeout: 20_000 } : { timeout: 20_000 },
        );
        await new Promise((r) => setTimeout(r, 700));
        await kill(every, 'SIGKILL');
        const result = await call;
        expect(result.isError).toBe(true);
        messages.push(textOf(result));
      } finally {
        await c.close();
        every = await spawnEverything(everyPort);
      }
    }
    expect(messages[0]).toMatch(/^upstream "every" is unavailable: .*connection closed by the upstream$/);
    expect(messages).toEqual(cases.map(() => messages[0]));
  }, 60_000);
});

describe('the client going away', () => {
  it.each([
    ['without', false],
    ['with', true],
  ])(
    'cancels the upstream call %s a progress token when the client closes the connection',
    async (_n, withProgress) => {
      const c = await connect();
      const tag = `close-${withProgress}`;
      const ctl = new AbortController();
      const call = c.client
        .callTool(
          { name: 'state_wait', arguments: { tag } },
          undefined,
          withProgress ? { onprogress: () => {}, signal: ctl.signal } : { signal: ctl.signal },
        )
        .catch(() => undefined);
      await vi.waitFor(() => expect(stateful.events).toContain(`started ${tag}`));
      // Closing the transport drops the HTTP connection the call waits on, without a notifications/cancelled.
      await c.transport.close();
      await vi.waitFor(() => expect(stateful.events).toContain(`cancelled ${tag}`), { timeout: 5_000 });
      await call;
      await c.client.close().catch(() => undefined);
    },
  );
});
