// Context modes and code mode through a running portal, with the SDK's real Client over HTTP against real
// upstreams (server-everything spawned, an SDK upstream on 127.0.0.1): each mode's list, the query and
// execute tools, code with concurrent calls, Access re-checked inside code, cancellation, the code_mode
// policy matrix, the sandbox holding against escapes with the portal unaffected, and the logs linking an
// execution to its tool calls.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { CallToolResult, Tool } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod/v4';
import {
  BUILTIN_TOOLS,
  CODE_EXECUTE_TOOL,
  CODE_SEARCH_TOOL,
  EXECUTE_TOOL,
  QUERY_TOOL,
} from '../../schemas/context-modes.js';
import { syncServer } from '../sync/index.js';
import {
  addPolicy,
  addPortal,
  addServer,
  addServiceToken,
  ok,
  protectPortal,
  protectServer,
  startEverything,
} from '../testing/fixtures.js';
import { APPS, readLogs, startTestPortal, type TestPortal } from '../testing/harness.js';
import { type Connected, connectWithServiceToken } from '../testing/mcp-clients.js';
import { serveSessions } from '../testing/session-routing.js';

const BUILTINS = BUILTIN_TOOLS.map((t) => t.name);

/** An SDK upstream: a structured tool, a text tool, and `wait`, which holds until the test opens its gate. */
async function startKit() {
  const gates = new Map<string, () => void>();
  const state = { inFlight: 0, maxInFlight: 0, aborted: [] as string[], calls: [] as string[] };
  const opened = new Map<string, Promise<void>>();
  const gate = (key: string) => {
    let p = opened.get(key);
    if (!p) {
      p = new Promise<void>((resolve) => gates.set(key, resolve));
      opened.set(key, p);
    }
    return p;
  };
  const build = () => {
    const mcp = new McpServer({ name: 'kit', version: '1' });
    mcp.registerTool(
      'get-data',
      {
        description: 'Reads one record of the inventory by id',
        inputSchema: { id: z.number().describe('The record id') },
        outputSchema: { id: z.number(), name: z.string() },
      },
      async ({ id }) => {
        state.calls.push(`get-data ${id}`);
        const out = { id, name: `record ${id}` };
        return { content: [{ type: 'text', text: JSON.stringify(out) }], structuredContent: out };
      },
    );
    mcp.registerTool(
      'echo-text',
      { description: 'Echoes a text back', inputSchema: { text: z.string() } },
      async ({ text }) => {
        state.calls.push(`echo-text ${text}`);
        return { content: [{ type: 'text', text: `echo: ${text}` }] };
      },
    );
    mcp.registerTool(
      'count',
      { description: 'Counts to n, reporting progress', inputSchema: { n: z.number() } },
      async ({ n }, extra) => {
        const token = extra._meta?.progressToken;
        for (let i = 1; i <= n; i++) {
          if (token !== undefined) {
            await extra.sendNotification({
              method: 'notifications/progress',
              params: { progressToken: token, progress: i, total: n },
            });
          }
        }
        return { content: [{ type: 'text', text: `counted ${n}` }] };
      },
    );
    mcp.registerTool(
      'wait',
      { description: 'Waits until released', inputSchema: { key: z.string() } },
      async ({ key }, extra) => {
        state.calls.push(`wait ${key}`);
        state.inFlight++;
        state.maxInFlight = Math.max(state.maxInFlight, state.inFlight);
        try {
          await Promise.race([
            gate(key),
            new Promise<void>((_, reject) => {
              extra.signal.addEventListener('abort', () => {
                state.aborted.push(key);
                reject(new Error('aborted'));
              });
            }),
          ]);
          return { content: [{ type: 'text', text: `released ${key}` }] };
        } finally {
          state.inFlight--;
        }
      },
    );
    return mcp.server;
  };
  const served = await serveSessions(build);
  return {
    url: served.url,
    state,
    /** Resolves once `wait` was called with `key` (polling the upstream's record of calls). */
    async called(key: string) {
      for (let i = 0; i < 400 && !state.calls.includes(`wait ${key}`); i++)
        await new Promise((r) => setTimeout(r, 10));
      expect(state.calls).toContain(`wait ${key}`);
    },
    release(key: string) {
      void gate(key);
      gates.get(key)?.();
    },
    close: served.close,
  };
}

let p: TestPortal;
let every: Awaited<ReturnType<typeof startEverything>>;
let kit: Awaited<ReturnType<typeof startKit>>;
let bot: { client_id: string; client_secret: string };
let bots: string;
let nobody: string;
let gatedApp: string;

const mcp = (portal: string, query = '') => `${p.url}/portals/${portal}/mcp${query ? `?${query}` : ''}`;
const connect = (portal: string, query = '') =>
  connectWithServiceToken(mcp(portal, query), bot.client_id, bot.client_secret);
const names = async (c: Connected) => (await c.client.listTools()).tools.map((t) => t.name);
const textOf = (r: unknown) =>
  ((r as CallToolResult).content ?? []).map((b) => (b.type === 'text' ? b.text : '')).join('\n');

async function using<T>(portal: string, query: string, run: (c: Connected) => Promise<T>): Promise<T> {
  const c = await connect(portal, query);
  try {
    return await run(c);
  } finally {
    await c.close();
  }
}

const SERVERS = [
  { server_id: 'every', on_behalf: false },
  { server_id: 'kit', on_behalf: false },
  { server_id: 'gated', on_behalf: false },
  { server_id: 'private', on_behalf: false },
];

beforeAll(async () => {
  [every, kit] = await Promise.all([startEverything(), startKit()]);
  p = await startTestPortal({ sync: syncServer, callTimeoutMs: 4_000 });
  await addServer(p, { id: 'every', name: 'Everything', hostname: every.url, auth_type: 'unauthenticated' });
  await addServer(p, { id: 'kit', name: 'Kit', hostname: kit.url, auth_type: 'unauthenticated' });
  await addServer(p, { id: 'gated', name: 'Gated', hostname: kit.url, auth_type: 'unauthenticated' });
  await addServer(p, { id: 'private', name: 'Private', hostname: kit.url, auth_type: 'unauthenticated' });
  bots = await addPolicy(p, 'bots', 'non_identity', [{ any_valid_service_token: {} }]);
  nobody = await addPolicy(p, 'nobody', 'allow', [{ email: { email: 'nobody@example.com' } }]);
  for (const [id, code_mode] of [
    ['main', 'opt_in'],
    ['on', 'default_on'],
    ['forced', 'enforced'],
    ['closed', 'off'],
  ] as const) {
    await addPortal(p, { id, name: id, hostname: `${id}.example.test`, code_mode, servers: SERVERS });
    await protectPortal(p, `${id}.example.test`, [bots]);
  }
  await protectServer(p, 'every', [bots]);
  await protectServer(p, 'kit', [bots]);
  gatedApp = await protectServer(p, 'gated', [bots]);
  await protectServer(p, 'private', [nobody]);
  bot = await addServiceToken(p, 'bot');
}, 60_000);

afterAll(async () => {
  await p?.close();
  await every?.close();
  await kit?.close();
});

describe('tools/list in each mode', () => {
  it('full: the built-in tools and every visible upstream tool, with definitions', async () => {
    await using('main', '', async (c) => {
      const tools = (await c.client.listTools()).tools;
      const list = tools.map((t) => t.name);
      expect(list.slice(0, BUILTINS.length)).toEqual(BUILTINS);
      expect(list).toEqual(expect.arrayContaining(['every_echo', 'kit_get-data', 'gated_wait']));
      expect(list.some((n) => n.startsWith('private_'))).toBe(false);
      expect(list).not.toContain(QUERY_TOOL);
      expect(tools.find((t) => t.name === 'kit_get-data')?.description).toBe(
        'Reads one record of the inventory by id',
      );
    });
  });

  it('minimize_tools: names only plus the query tool, and the listed tools still work', async () => {
    await using('main', 'optimize_context=minimize_tools', async (c) => {
      const tools = (await c.client.listTools()).tools;
      expect(tools.map((t) => t.name).slice(0, BUILTINS.length + 1)).toEqual([...BUILTINS, QUERY_TOOL]);
      const data = tools.find((t) => t.name === 'kit_get-data') as Tool;
      expect(data).toEqual({ name: 'kit_get-data', inputSchema: { type: 'object' } });
      const r = await c.client.callTool({ name: 'kit_get-data', arguments: { id: 7 } });
      expect(r.structuredContent).toEqual({ id: 7, name: 'record 7' });
    });
  });

  it('search_and_execute: only the built-in, query and execute tools', async () => {
    await using('main', 'optimize_context=search_and_execute', async (c) => {
      expect(await names(c)).toEqual([...BUILTINS, QUERY_TOOL, EXECUTE_TOOL]);
    });
  });

  it('code mode: only the built-in, code search and code execute tools', async () => {
    await using('main', 'codemode=search_and_execute', async (c) => {
      expect(await names(c)).toEqual([...BUILTINS, CODE_SEARCH_TOOL, CODE_EXECUTE_TOOL]);
    });
  });
});

describe('the query and execute tools', () => {
  it('finds tools by keyword, regex and exact name, with full definitions', async () => {
    await using('main', 'optimize_context=search_and_execute', async (c) => {
      const byWords = JSON.parse(
        textOf(await c.client.callTool({ name: QUERY_TOOL, arguments: { query: 'inventory record' } })),
      );
      expect(byWords.tools[0].name).toMatch(/_get-data$/);
      expect(byWords.tools[0].inputSchema.properties.id).toMatchObject({ type: 'number' });
      const byRegex = JSON.parse(
        textOf(await c.client.callTool({ name: QUERY_TOOL, arguments: { regex: '^kit_(echo|get)' } })),
      );
      expect(byRegex.tools.map((t: Tool) => t.name).sort()).toEqual(['kit_echo-text', 'kit_get-data']);
      const byName = JSON.parse(
        textOf(await c.client.callTool({ name: QUERY_TOOL, arguments: { names: ['every_echo'] } })),
      );
      expect(byName.tools).toHaveLength(1);
      expect(byName.tools[0].description).toBeTruthy();
      // Hidden tools are never found.
      const hidden = JSON.parse(
        textOf(await c.client.callTool({ name: QUERY_TOOL, arguments: { regex: '^private_' } })),
      );
      expect(hidden).toEqual({ tools: [], total: 0 });
    });
  });

  it('refuses bad search arguments naming the field', async () => {
    await using('main', 'optimize_context=minimize_tools', async (c) => {
      await expect(c.client.callTool({ name: QUERY_TOOL, arguments: { limit: 0 } })).rejects.toThrow(/limit/);
      await expect(c.client.callTool({ name: QUERY_TOOL, arguments: { regex: '(' } })).rejects.toThrow(
        /regex|regular expression/i,
      );
    });
  });

  it('executes a visible tool by name; the aliases of the changelog work too', async () => {
    await using('main', 'optimize_context=search_and_execute', async (c) => {
      const r = await c.client.callTool({
        name: EXECUTE_TOOL,
        arguments: { name: 'kit_echo-text', arguments: { text: 'hi' } },
      });
      expect(textOf(r)).toBe('echo: hi');
      const viaAlias = await c.client.callTool({
        name: 'execute',
        arguments: { name: 'kit_echo-text', arguments: { text: 'yo' } },
      });
      expect(textOf(viaAlias)).toBe('echo: yo');
      const found = await c.client.callTool({ name: 'query', arguments: { names: ['kit_wait'] } });
      expect(JSON.parse(textOf(found)).tools).toHaveLength(1);
    });
  });

  it('a tool the caller may not use is a tool error, not a call', async () => {
    await using('main', 'optimize_context=search_and_execute', async (c) => {
      const before = kit.state.calls.length;
      const r = await c.client.callTool({
        name: EXECUTE_TOOL,
        arguments: { name: 'private_echo-text', arguments: { text: 'x' } },
      });
      expect(r.isError).toBe(true);
      expect(textOf(r)).toMatch(/denied by your Zero Trust policies/);
      expect(kit.state.calls.length).toBe(before);
    });
  });

  it("passes the client's progress token: upstream progress reaches the client", async () => {
    await using('main', 'optimize_context=search_and_execute', async (c) => {
      const seen: number[] = [];
      const r = await c.client.callTool(
        { name: EXECUTE_TOOL, arguments: { name: 'kit_count', arguments: { n: 3 } } },
        undefined,
        { onprogress: (p) => seen.push(p.progress) },
      );
      expect(textOf(r)).toBe('counted 3');
      expect(seen).toEqual([1, 2, 3]);
    });
  });

  it("reports unknown names and refuses the portal's own tools", async () => {
    await using('main', 'optimize_context=search_and_execute', async (c) => {
      const found = JSON.parse(
        textOf(await c.client.callTool({ name: QUERY_TOOL, arguments: { names: ['kit_wait', 'nope_x'] } })),
      );
      expect(found).toMatchObject({ total: 1, missing: ['nope_x'] });
      const own = await c.client.callTool({ name: EXECUTE_TOOL, arguments: { name: 'portal_list_servers' } });
      expect(own.isError).toBe(true);
      expect(textOf(own)).toMatch(/directly/);
    });
  });

  it('mode tools exist only in their mode', async () => {
    await using('main', '', async (c) => {
      await expect(c.client.callTool({ name: CODE_EXECUTE_TOOL, arguments: { code: '1' } })).rejects.toThrow(
        /unknown tool/,
      );
      await expect(c.client.callTool({ name: QUERY_TOOL, arguments: {} })).rejects.toThrow(/unknown tool/);
    });
  });
});

describe('code mode', () => {
  it('searches typed declarations of the visible tools', async () => {
    await using('main', 'codemode=search_and_execute', async (c) => {
      const decl = textOf(
        await c.client.callTool({ name: CODE_SEARCH_TOOL, arguments: { query: 'inventory' } }),
      );
      expect(decl).toContain('declare const codemode');
      expect(decl).toMatch(/kit_get_data: \(input: \w+\) => Promise<\w+>/);
      expect(decl).toContain('The record id');
      expect(decl).not.toContain('private_');
    });
  });

  it('runs code that makes two tool calls concurrently with Promise.all, and returns its result and logs', async () => {
    await using('main', 'codemode=search_and_execute', async (c) => {
      kit.state.maxInFlight = 0;
      const call = c.client.callTool({
        name: CODE_EXECUTE_TOOL,
        arguments: {
          code: [
            "console.log('starting');",
            "const [a, b] = await Promise.all([codemode.kit_wait({ key: 'pa' }), codemode.gated_wait({ key: 'pb' })]);",
            'const d = await codemode.kit_get_data({ id: 3 });',
            'return { a, b, name: d.name };',
          ].join('\n'),
        },
      });
      await kit.called('pa');
      await kit.called('pb');
      expect(kit.state.maxInFlight).toBe(2);
      kit.release('pa');
      kit.release('pb');
      const r = await call;
      expect(r.isError).toBeFalsy();
      expect(JSON.parse(textOf({ content: [(r.content as CallToolResult['content'])[0]] }))).toEqual({
        a: 'released pa',
        b: 'released pb',
        name: 'record 3',
      });
      expect(textOf(r)).toContain('starting');
      // The execution's row and its three tool calls share one execution id.
      const rows = readLogs(p, { page: 1, per_page: 1000, direction: 'asc', portal_id: 'main' }).items;
      const exec = rows.filter((row) => row.capability === CODE_EXECUTE_TOOL).at(-1);
      expect(exec?.execution_id).toMatch(/^exec_/);
      const children = rows.filter((row) => row.execution_id === exec?.execution_id && row !== exec);
      expect(children.map((row) => `${row.server_id}:${row.capability}`).sort()).toEqual([
        'gated:wait',
        'kit:get-data',
        'kit:wait',
      ]);
      expect(
        readLogs(p, { page: 1, per_page: 10, direction: 'asc', execution_id: exec?.execution_id as string })
          .total,
      ).toBe(4);
    });
  });

  it('re-checks Access on every call made from code', async () => {
    const body = {
      name: 'server gated',
      type: 'mcp',
      destinations: [{ type: 'via_mcp_server_portal', mcp_server_id: 'gated' }],
    };
    await using('main', 'codemode=search_and_execute', async (c) => {
      const call = c.client.callTool({
        name: CODE_EXECUTE_TOOL,
        arguments: {
          code: [
            "await codemode.kit_wait({ key: 'acl' });",
            "try { await codemode.gated_echo_text({ text: 'after' }); return 'called'; }",
            'catch (e) { return String(e.message); }',
          ].join('\n'),
        },
      });
      await kit.called('acl');
      await ok(p, 'PUT', `${APPS}/${gatedApp}`, { ...body, policies: [nobody] });
      try {
        kit.release('acl');
        const r = await call;
        expect(textOf(r)).toMatch(/denied by your Zero Trust policies/);
        expect(kit.state.calls).not.toContain('echo-text after');
      } finally {
        await ok(p, 'PUT', `${APPS}/${gatedApp}`, { ...body, policies: [bots] });
      }
    });
  });

  it('cancelling a running execution cancels its tool call upstream', async () => {
    await using('main', 'codemode=search_and_execute', async (c) => {
      const abort = new AbortController();
      const call = c.client.callTool(
        { name: CODE_EXECUTE_TOOL, arguments: { code: "return await codemode.kit_wait({ key: 'never' });" } },
        undefined,
        { signal: abort.signal },
      );
      await kit.called('never');
      abort.abort();
      await expect(call).rejects.toThrow();
      for (let i = 0; i < 200 && !kit.state.aborted.includes('never'); i++)
        await new Promise((r) => setTimeout(r, 10));
      expect(kit.state.aborted).toContain('never');
      // The portal goes on serving the session.
      const r = await c.client.callTool({ name: CODE_EXECUTE_TOOL, arguments: { code: 'return 1 + 1' } });
      expect(textOf(r)).toBe('2');
    });
  });

  it("relays the progress of the tools it calls as one increasing count under the client's token", async () => {
    await using('main', 'codemode=search_and_execute', async (c) => {
      const seen: { progress: number; message?: string }[] = [];
      const r = await c.client.callTool(
        {
          name: CODE_EXECUTE_TOOL,
          arguments: { code: 'return await codemode.kit_count({ n: 2 })' },
        },
        undefined,
        {
          onprogress: (p) =>
            seen.push({ progress: p.progress, ...(p.message ? { message: p.message } : {}) }),
        },
      );
      expect(textOf(r)).toBe('"counted 2"');
      expect(seen).toEqual([
        { progress: 1, message: 'kit_count: 1/2' },
        { progress: 2, message: 'kit_count: 2/2' },
        { progress: 3, message: 'kit_count answered' },
      ]);
    });
  });

  it('calls a tool by its own name too, and the declarations say it', async () => {
    await using('main', 'codemode=search_and_execute', async (c) => {
      const r = await c.client.callTool({
        name: CODE_EXECUTE_TOOL,
        arguments: { code: 'return (await codemode["kit_echo-text"]({ text: "by name" }))' },
      });
      expect(textOf(r)).toBe('"echo: by name"');
      const decl = textOf(
        await c.client.callTool({ name: CODE_SEARCH_TOOL, arguments: { query: 'echoes' } }),
      );
      expect(decl).toContain('Tool `kit_echo-text`');
    });
  });

  it('holds at most four runs of one principal at once', async () => {
    const sessions = await Promise.all(
      Array.from({ length: 5 }, () => connect('main', 'codemode=search_and_execute')),
    );
    try {
      const held = sessions.slice(0, 4).map((c, i) =>
        c.client.callTool({
          name: CODE_EXECUTE_TOOL,
          arguments: { code: `return await codemode.kit_wait({ key: 'cap${i}' })` },
        }),
      );
      for (let i = 0; i < 4; i++) await kit.called(`cap${i}`);
      const fifth = await (sessions[4] as Connected).client.callTool({
        name: CODE_EXECUTE_TOOL,
        arguments: { code: 'return 1' },
      });
      expect(fifth.isError).toBe(true);
      expect(textOf(fifth)).toMatch(/at most 4 at once/);
      for (let i = 0; i < 4; i++) kit.release(`cap${i}`);
      await Promise.all(held);
      const after = await (sessions[4] as Connected).client.callTool({
        name: CODE_EXECUTE_TOOL,
        arguments: { code: 'return 1' },
      });
      expect(textOf(after)).toBe('1');
    } finally {
      await Promise.all(sessions.map((c) => c.close()));
    }
  });

  it('logs why a run failed, and a cancelled run as cancelled', async () => {
    await using('main', 'codemode=search_and_execute', async (c) => {
      await c.client.callTool({
        name: CODE_EXECUTE_TOOL,
        arguments: { code: "throw new Error('boom at line two')" },
      });
      const abort = new AbortController();
      const call = c.client.callTool(
        {
          name: CODE_EXECUTE_TOOL,
          arguments: { code: "return await codemode.kit_wait({ key: 'logcancel' })" },
        },
        undefined,
        { signal: abort.signal },
      );
      await kit.called('logcancel');
      abort.abort();
      await expect(call).rejects.toThrow();
      await new Promise((r) => setTimeout(r, 200));
      const rows = readLogs(p, { page: 1, per_page: 1000, direction: 'asc', portal_id: 'main' }).items.filter(
        (row) => row.capability === CODE_EXECUTE_TOOL,
      );
      expect(rows.some((row) => row.status === 'error' && /boom at line two/.test(row.error ?? ''))).toBe(
        true,
      );
      expect(rows.at(-1)?.status).toBe('cancelled');
      const failed = await c.client.callTool({
        name: CODE_EXECUTE_TOOL,
        arguments: { code: '```js\nconst a = {};\nreturn a.b.c;\n```' },
      });
      expect(textOf(failed)).toMatch(/TypeError \(runtime\): .*\n {2}at line 3, column \d+/);
    });
  });

  it('a client that closes the connection cancels the run and its tool call upstream', async () => {
    const url = mcp('main', 'codemode=search_and_execute');
    const headers = {
      'CF-Access-Client-Id': bot.client_id,
      'CF-Access-Client-Secret': bot.client_secret,
      'content-type': 'application/json',
      accept: 'application/json, text/event-stream',
    };
    const init = await fetch(url, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        jsonrpc: '2.0',
        id: 0,
        method: 'initialize',
        params: {
          protocolVersion: '2025-06-18',
          capabilities: {},
          clientInfo: { name: 'raw', version: '1' },
        },
      }),
    });
    await init.text();
    const session = { 'mcp-session-id': init.headers.get('mcp-session-id') ?? '' };
    const abort = new AbortController();
    const res = fetch(url, {
      method: 'POST',
      headers: { ...headers, ...session },
      body: JSON.stringify({
        jsonrpc: '2.0',
        id: 1,
        method: 'tools/call',
        params: {
          name: CODE_EXECUTE_TOOL,
          arguments: { code: "return await codemode.kit_wait({ key: 'gone' })" },
        },
      }),
      signal: abort.signal,
    });
    await kit.called('gone');
    abort.abort();
    await expect(res).rejects.toThrow();
    for (let i = 0; i < 200 && !kit.state.aborted.includes('gone'); i++)
      await new Promise((r) => setTimeout(r, 10));
    expect(kit.state.aborted).toContain('gone');
    await fetch(url, { method: 'DELETE', headers: { ...headers, ...session } });
  });

  it('answers a syntax error with its position and a call to an unknown tool with its name', async () => {
    await using('main', 'codemode=search_and_execute', async (c) => {
      const bad = await c.client.callTool({
        name: CODE_EXECUTE_TOOL,
        arguments: { code: 'const x: number = 1;\nreturn x' },
      });
      expect(bad.isError).toBe(true);
      expect(textOf(bad)).toMatch(/1:\d+|line 1/);
      const unknown = await c.client.callTool({
        name: CODE_EXECUTE_TOOL,
        arguments: { code: 'return codemode.private_echo_text({ text: "x" })' },
      });
      expect(unknown.isError).toBe(true);
      expect(textOf(unknown)).toContain('private_echo_text');
    });
  });
});

describe('escapes are contained and the portal is unaffected', () => {
  const cases: { name: string; code: string; says: RegExp }[] = [
    { name: 'require', code: "return require('fs').readFileSync('/etc/passwd', 'utf8')", says: /require/ },
    { name: 'dynamic import', code: "const fs = await import('fs'); return fs", says: /import|module/i },
    { name: 'process', code: 'return process.env', says: /process/ },
    {
      name: 'Function constructor',
      code: "return Function('return this')().process.env",
      says: /process|undefined/,
    },
    {
      name: 'constructor walk',
      code: "return this.constructor.constructor('return process')().env",
      says: /process|undefined|constructor/,
    },
    { name: 'tight loop', code: 'while (true) {}', says: /timeout|interrupted/i },
    { name: 'async loop', code: 'for (;;) { await null; }', says: /timeout|interrupted/i },
    { name: 'memory bomb', code: "const a = []; for (;;) a.push('x'.repeat(1e6));", says: /memory/i },
    { name: 'deep recursion', code: 'const f = (n) => f(n + 1) + 1; return f(0);', says: /stack/i },
  ];
  it.each(cases)(
    '$name',
    async ({ code, says }) => {
      await using('main', 'codemode=search_and_execute', async (c) => {
        const r = await c.client.callTool({ name: CODE_EXECUTE_TOOL, arguments: { code } });
        expect(r.isError).toBe(true);
        expect(textOf(r)).toMatch(says);
        // The same session and the portal still work.
        const after = await c.client.callTool({
          name: CODE_EXECUTE_TOOL,
          arguments: { code: "return (await codemode.kit_echo_text({ text: 'ok' }))" },
        });
        expect(textOf(after)).toBe('"echo: ok"');
      });
      expect(Object.prototype).not.toHaveProperty('polluted');
    },
    20_000,
  );

  it('a huge result is truncated with a marker, not refused', async () => {
    await using('main', 'codemode=search_and_execute', async (c) => {
      const r = await c.client.callTool({
        name: CODE_EXECUTE_TOOL,
        arguments: { code: "return 'x'.repeat(5e6)" },
      });
      expect(r.isError).toBeFalsy();
      expect(textOf(r).length).toBeLessThan(30_000);
      expect(textOf(r)).toMatch(/truncated/);
    });
  });

  it('host values cannot be polluted from code', async () => {
    await using('main', 'codemode=search_and_execute', async (c) => {
      const r = await c.client.callTool({
        name: CODE_EXECUTE_TOOL,
        arguments: {
          code: 'const d = await codemode.kit_get_data({ id: 1 }); d.__proto__.polluted = 1; Object.prototype.polluted2 = 2; return d.name',
        },
      });
      expect(textOf(r)).toBe('"record 1"');
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(({} as Record<string, unknown>).polluted2).toBeUndefined();
    });
  });
});

describe('the code_mode policy decides what a connection may ask for', () => {
  const matrix: { portal: string; query: string; want: string[] | RegExp }[] = [
    { portal: 'main', query: '', want: ['full'] },
    { portal: 'main', query: 'codemode=search_and_execute', want: ['code'] },
    { portal: 'main', query: 'codemode=off', want: ['full'] },
    { portal: 'on', query: '', want: ['code'] },
    { portal: 'on', query: 'codemode=off', want: ['full'] },
    { portal: 'on', query: 'optimize_context=minimize_tools', want: ['minimize_tools'] },
    { portal: 'forced', query: '', want: ['code'] },
    { portal: 'forced', query: 'codemode=search_and_execute', want: ['code'] },
    { portal: 'forced', query: 'codemode=off', want: /enforced/ },
    { portal: 'forced', query: 'optimize_context=search_and_execute', want: /enforced/ },
    { portal: 'closed', query: '', want: ['full'] },
    { portal: 'closed', query: 'codemode=search_and_execute', want: /code mode is off/ },
    { portal: 'closed', query: 'optimize_context=search_and_execute', want: ['search_and_execute'] },
    { portal: 'main', query: 'codemode=yes', want: /unknown codemode/ },
  ];
  const modeOf = (list: string[]) =>
    list.includes(CODE_EXECUTE_TOOL)
      ? 'code'
      : list.includes(EXECUTE_TOOL)
        ? 'search_and_execute'
        : list.includes(QUERY_TOOL)
          ? 'minimize_tools'
          : 'full';
  it.each(matrix)('$portal ?$query', async ({ portal, query, want }) => {
    if (want instanceof RegExp) {
      await expect(connect(portal, query)).rejects.toThrow(want);
      return;
    }
    await using(portal, query, async (c) => {
      expect([modeOf(await names(c))]).toEqual(want);
    });
  });
});
