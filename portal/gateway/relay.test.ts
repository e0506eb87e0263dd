import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import {
  CallToolRequestSchema,
  type CallToolResult,
  CreateMessageRequestSchema,
  ElicitRequestSchema,
  ElicitResultSchema,
  ErrorCode,
  GetPromptRequestSchema,
  ListPromptsRequestSchema,
  ListRootsRequestSchema,
  ListToolsRequestSchema,
  type LoggingLevel,
  LoggingMessageNotificationSchema,
  ResultSchema,
  type ServerCapabilities,
  SetLevelRequestSchema,
} from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { syncServer } from '../sync/index.js';
import {
  addPolicy,
  addPortal,
  addServer,
  addServiceToken,
  protectPortal,
  protectServer,
  startEverything,
} from '../testing/fixtures.js';
import { startTestPortal, type TestPortal } from '../testing/harness.js';
import { type Connected, connectWithServiceToken } from '../testing/mcp-clients.js';
import { sdkPathFetch } from '../testing/sdk-path-fetch.js';
import { serveSessions } from '../testing/session-routing.js';
import { missingCapability, relayedNotification } from './relay.js';

const LEVELS: LoggingLevel[] = [
  'debug',
  'info',
  'notice',
  'warning',
  'error',
  'critical',
  'alert',
  'emergency',
];
/** The call budget of the test portal; the probe's slow question is answered after it. */
const CALL_TIMEOUT_MS = 3_000;

/**
 * The in-process upstream: `ask-url` sends a URL-mode elicitation whatever the client declared,
 * `ask-form` a form one (`timeoutMs` makes the SDK give up and send notifications/cancelled), `log-levels`
 * logs once per level on the call's stream ignoring setLevel; `hello` is a prompt without completions.
 * It records the levels it was set to and the calls the client cancelled.
 */
async function startProbe() {
  const levels: string[] = [];
  const cancelled: string[] = [];
  const tool = (name: string) => ({ name, inputSchema: { type: 'object' as const } });
  const build = () => {
    const capabilities: ServerCapabilities = { tools: {}, prompts: {}, logging: {} };
    const server = new Server({ name: 'probe', version: '1' }, { capabilities });
    server.setRequestHandler(SetLevelRequestSchema, (req) => {
      levels.push(req.params.level);
      return {};
    });
    server.setRequestHandler(ListToolsRequestSchema, () => ({
      tools: [tool('ask-url'), tool('ask-form'), tool('log-levels'), tool('caps')],
    }));
    server.setRequestHandler(ListPromptsRequestSchema, () => ({ prompts: [{ name: 'hello' }] }));
    server.setRequestHandler(GetPromptRequestSchema, () => ({ messages: [] }));
    server.setRequestHandler(CallToolRequestSchema, async (req, extra): Promise<CallToolResult> => {
      const args = (req.params.arguments ?? {}) as { tag?: string; timeoutMs?: number };
      const text = (t: string, isError = false) => ({
        content: [{ type: 'text' as const, text: t }],
        isError,
      });
      if (req.params.name === 'caps') return text(JSON.stringify(server.getClientCapabilities() ?? {}));
      if (req.params.name === 'log-levels') {
        for (const level of LEVELS) {
          await extra.sendNotification({
            method: 'notifications/message',
            params: { level, logger: 'probe-log', data: level },
          });
        }
        return text('logged');
      }
      extra.signal.addEventListener('abort', () => cancelled.push(String(args.tag)), { once: true });
      const params =
        req.params.name === 'ask-url'
          ? {
              mode: 'url' as const,
              url: 'https://example.test/consent',
              message: 'open',
              elicitationId: 'e-1',
            }
          : {
              mode: 'form' as const,
              message: 'your name?',
              requestedSchema: { type: 'object' as const, properties: { name: { type: 'string' as const } } },
            };
      try {
        const answer = await extra.sendRequest(
          { method: 'elicitation/create', params },
          ElicitResultSchema,
          args.timeoutMs !== undefined ? { timeout: args.timeoutMs } : {},
        );
        return text(`action ${answer.action} ${JSON.stringify(answer.content ?? {})}`);
      } catch (err) {
        const e = err as { code?: number; message?: string };
        return text(`failed ${e.code}: ${e.message}`, true);
      }
    });
    return server;
  };
  const served = await serveSessions(build);
  return { url: served.url, levels, cancelled, close: served.close };
}

// server-everything registers its sampling, elicitation and roots tools only in sessions whose client
// declared those capabilities: the real capability sync declares every capability the portal relays, so
// the catalog lists them (portal/sync/index.ts).

let p: TestPortal;
let every: Awaited<ReturnType<typeof startEverything>>;
let probe: Awaited<ReturnType<typeof startProbe>>;
let bot: { client_id: string; client_secret: string };
let mcp: string;

beforeAll(async () => {
  [every, probe] = await Promise.all([startEverything(), startProbe()]);
  p = await startTestPortal({ sync: syncServer, callTimeoutMs: CALL_TIMEOUT_MS });
  await addServer(p, { id: 'every', name: 'Everything', hostname: every.url, auth_type: 'unauthenticated' });
  await addServer(p, { id: 'probe', name: 'Probe', hostname: probe.url, auth_type: 'unauthenticated' });
  await addPortal(p, {
    id: 'main',
    name: 'Main',
    hostname: 'main.example.test',
    servers: ['every', 'probe'].map((server_id) => ({ server_id, on_behalf: false })),
  });
  const bots = await addPolicy(p, 'bots', 'non_identity', [{ any_valid_service_token: {} }]);
  await protectPortal(p, 'main.example.test', [bots]);
  for (const id of ['every', 'probe']) await protectServer(p, id, [bots]);
  bot = await addServiceToken(p, 'bot');
  mcp = `${p.url}/portals/main/mcp`;
}, 60_000);

afterAll(async () => {
  await p?.close();
  await every?.close();
  await probe?.close();
});

type Fetch = typeof sdkPathFetch;

const PATHS = [
  { path: 'fast path', fetch: undefined },
  { path: 'SDK server path', fetch: sdkPathFetch },
];

const FULL = { sampling: {}, elicitation: { form: {}, url: {} }, roots: { listChanged: true } };

async function connect(
  capabilities: Record<string, unknown> = FULL,
  fetchFn?: Fetch,
): Promise<Connected & { asked: string[] }> {
  const c = await connectWithServiceToken(mcp, bot.client_id, bot.client_secret, {
    capabilities,
    ...(fetchFn ? { fetch: fetchFn } : {}),
  });
  return { ...c, asked: [] };
}

const textOf = (r: unknown) =>
  ((r as CallToolResult).content[0] as { text?: string } | undefined)?.text ?? '';

describe.each(PATHS)('requests of an upstream during a call ($path)', ({ fetch: fetchFn }) => {
  it('relays sampling/createMessage to the client and its answer to the upstream', async () => {
    const c = await connect(FULL, fetchFn);
    try {
      c.client.setRequestHandler(CreateMessageRequestSchema, (req) => {
        const first = req.params.messages[0]?.content as { text?: string };
        c.asked.push(String(first.text));
        return { model: 'test-model', role: 'assistant', content: { type: 'text', text: 'sampled 42' } };
      });
      const r = await c.client.callTool({
        name: 'every_trigger-sampling-request',
        arguments: { prompt: 'the answer', maxTokens: 10 },
      });
      expect(r.isError).toBeFalsy();
      expect(c.asked).toEqual([expect.stringContaining('the answer')]);
      expect(textOf(r)).toContain('sampled 42');
      expect(textOf(r)).toContain('test-model');
    } finally {
      await c.close();
    }
  });

  it.each([
    { action: 'accept' as const, want: 'Name: Ada' },
    { action: 'decline' as const, want: 'declined' },
  ])('relays a form elicitation answered with $action', async ({ action, want }) => {
    const c = await connect(FULL, fetchFn);
    try {
      c.client.setRequestHandler(ElicitRequestSchema, (req) => {
        c.asked.push(req.params.mode ?? 'form');
        return action === 'accept' ? { action, content: { name: 'Ada' } } : { action };
      });
      const r = await c.client.callTool({ name: 'every_trigger-elicitation-request', arguments: {} });
      expect(c.asked).toEqual(['form']);
      expect((r.content as { text: string }[]).map((b) => b.text).join('\n')).toContain(want);
    } finally {
      await c.close();
    }
  });

  it('relays a URL-mode elicitation to a client that declared URL mode', async () => {
    const c = await connect(FULL, fetchFn);
    try {
      c.client.setRequestHandler(ElicitRequestSchema, (req) => {
        c.asked.push(`${req.params.mode} ${(req.params as { url?: string }).url}`);
        return { action: 'accept' };
      });
      const r = await c.client.callTool({
        name: 'every_trigger-url-elicitation',
        arguments: { url: 'https://example.test/step' },
      });
      expect(c.asked).toEqual(['url https://example.test/step']);
      expect(textOf(r)).toContain('User completed the URL elicitation flow');
    } finally {
      await c.close();
    }
  });

  it('refuses a URL-mode elicitation for a client that declared only form mode, without asking it', async () => {
    const c = await connect({ elicitation: { form: {} } }, fetchFn);
    try {
      c.client.setRequestHandler(ElicitRequestSchema, (req) => {
        c.asked.push(req.params.mode ?? 'form');
        return { action: 'accept' };
      });
      const r = await c.client.callTool({ name: 'probe_ask-url', arguments: { tag: 'refused' } });
      expect(r.isError).toBe(true);
      expect(textOf(r)).toBe(
        `failed ${ErrorCode.InvalidRequest}: MCP error ${ErrorCode.InvalidRequest}: the portal cannot relay elicitation/create from "probe": the client supports no URL-mode elicitation`,
      );
      expect(c.asked).toEqual([]);
    } finally {
      await c.close();
    }
  });

  it('answers roots/list with the client roots (get-roots-list)', async () => {
    const c = await connect(FULL, fetchFn);
    try {
      c.client.setRequestHandler(ListRootsRequestSchema, () => {
        c.asked.push('roots');
        return { roots: [{ uri: 'file:///work/project', name: 'project' }] };
      });
      const r = await c.client.callTool({ name: 'every_get-roots-list', arguments: {} });
      expect(textOf(r)).toContain('file:///work/project');
      expect(c.asked.length).toBeGreaterThan(0);
    } finally {
      await c.close();
    }
  });

  it('cancels the relayed request and the upstream call when the client cancels the call', async () => {
    const c = await connect(FULL, fetchFn);
    const tag = `client-cancel-${fetchFn ? 'sdk' : 'fast'}`;
    try {
      const handlerAborted = new Promise<string>((resolve) => {
        c.client.setRequestHandler(ElicitRequestSchema, (_req, extra) => {
          c.asked.push('form');
          return new Promise((_, reject) => {
            extra.signal.addEventListener('abort', () => {
              resolve(String(extra.signal.reason));
              reject(new Error('aborted'));
            });
          });
        });
      });
      const ctl = new AbortController();
      const call = c.client
        .callTool({ name: 'probe_ask-form', arguments: { tag } }, undefined, { signal: ctl.signal })
        .catch((err: unknown) => err);
      await vi.waitFor(() => expect(c.asked).toEqual(['form']));
      ctl.abort('the user gave up');
      await expect(handlerAborted).resolves.toBeDefined();
      await vi.waitFor(() => expect(probe.cancelled).toContain(tag));
      expect(await call).toBeInstanceOf(Error);
    } finally {
      await c.close();
    }
  });

  it('cancels the relayed request when the upstream gives up on it', async () => {
    const c = await connect(FULL, fetchFn);
    try {
      const handlerAborted = new Promise<void>((resolve) => {
        c.client.setRequestHandler(ElicitRequestSchema, (_req, extra) => {
          c.asked.push('form');
          return new Promise((_, reject) => {
            extra.signal.addEventListener('abort', () => {
              resolve();
              reject(new Error('aborted'));
            });
          });
        });
      });
      const r = await c.client.callTool({
        name: 'probe_ask-form',
        arguments: { tag: 'upstream', timeoutMs: 300 },
      });
      expect(textOf(r)).toMatch(new RegExp(`^failed ${ErrorCode.RequestTimeout}: `));
      await handlerAborted;
      expect(c.asked).toEqual(['form']);
    } finally {
      await c.close();
    }
  });

  it("does not time the call out while the client answers (the call's timeout is paused)", async () => {
    const c = await connect(FULL, fetchFn);
    try {
      c.client.setRequestHandler(ElicitRequestSchema, async () => {
        await new Promise((r) => setTimeout(r, CALL_TIMEOUT_MS + 1_000));
        return { action: 'accept', content: { name: 'Slow' } };
      });
      const r = await c.client.callTool({ name: 'probe_ask-form', arguments: { tag: 'slow' } });
      expect(r.isError).toBeFalsy();
      expect(textOf(r)).toBe('action accept {"name":"Slow"}');
    } finally {
      await c.close();
    }
  }, 15_000);

  it('relays log messages of the call at or above the session level, named after the server', async () => {
    const c = await connect(FULL, fetchFn);
    try {
      const got: { level: string; logger?: string }[] = [];
      c.client.setNotificationHandler(LoggingMessageNotificationSchema, (n) => {
        if (n.params.logger?.startsWith('probe'))
          got.push({ level: n.params.level, logger: n.params.logger });
      });
      await c.client.setLoggingLevel('warning');
      const before = probe.levels.length;
      const r = await c.client.callTool({ name: 'probe_log-levels', arguments: {} });
      expect(textOf(r)).toBe('logged');
      // The link opened after setLevel was told the level too.
      expect(probe.levels.slice(before)).toEqual(['warning']);
      expect(got).toEqual(
        ['warning', 'error', 'critical', 'alert', 'emergency'].map((level) => ({
          level,
          logger: 'probe/probe-log',
        })),
      );
      // A new level reaches the open link.
      await c.client.setLoggingLevel('debug');
      await vi.waitFor(() => expect(probe.levels.slice(before)).toEqual(['warning', 'debug']));
    } finally {
      await c.close();
    }
  });
});

describe('notifications of an upstream outside calls', () => {
  it("relays server-everything's simulated logging on the standalone stream, named after the server", async () => {
    const c = await connect();
    try {
      const got: { level: string; logger?: string }[] = [];
      c.client.setNotificationHandler(LoggingMessageNotificationSchema, (n) => {
        got.push({ level: n.params.level, logger: n.params.logger });
      });
      await c.client.setLoggingLevel('debug');
      await c.client.callTool({ name: 'every_toggle-simulated-logging', arguments: {} });
      await vi.waitFor(() => expect(got).toContainEqual(expect.objectContaining({ logger: 'every' })), {
        timeout: 8_000,
      });
      await c.client.callTool({ name: 'every_toggle-simulated-logging', arguments: {} });
    } finally {
      await c.close();
    }
  }, 15_000);

  it('passes roots list_changed to the upstream, which asks the client again', async () => {
    const c = await connect();
    try {
      let roots = [{ uri: 'file:///one', name: 'one' }];
      c.client.setRequestHandler(ListRootsRequestSchema, () => {
        c.asked.push('roots');
        return { roots };
      });
      expect(textOf(await c.client.callTool({ name: 'every_get-roots-list', arguments: {} }))).toContain(
        'file:///one',
      );
      const asked = c.asked.length;
      roots = [{ uri: 'file:///two', name: 'two' }];
      await c.client.sendRootsListChanged();
      await vi.waitFor(() => expect(c.asked.length).toBeGreaterThan(asked));
      await vi.waitFor(async () =>
        expect(textOf(await c.client.callTool({ name: 'every_get-roots-list', arguments: {} }))).toContain(
          'file:///two',
        ),
      );
    } finally {
      await c.close();
    }
  });
});

describe('capabilities of the client', () => {
  it('tells the upstream exactly what the client declared, and passes the MCP Apps extension', async () => {
    const ui = { mimeTypes: ['text/html;profile=mcp-app'] };
    const c = await connect({ elicitation: { form: {} }, extensions: { 'io.modelcontextprotocol/ui': ui } });
    try {
      const r = await c.client.callTool({ name: 'probe_caps', arguments: {} });
      expect(JSON.parse(textOf(r))).toEqual({
        elicitation: { form: {} },
        extensions: { 'io.modelcontextprotocol/ui': ui },
      });
    } finally {
      await c.close();
    }
  });

  it.each(PATHS)(
    'says why a listed tool the upstream offers only to more capable clients cannot be called ($path)',
    async ({ fetch: fetchFn }) => {
      const c = await connect({ roots: {} }, fetchFn);
      try {
        const listed = await c.client.listTools();
        expect(listed.tools.map((t) => t.name)).toContain('every_trigger-sampling-request');
        const r = await c.client.callTool({
          name: 'every_trigger-sampling-request',
          arguments: { prompt: 'x' },
        });
        expect(r.isError).toBe(true);
        expect(textOf(r)).toContain('tool "every_trigger-sampling-request" is not offered to this client');
        expect(textOf(r)).toContain('it lacks: sampling, elicitation');
        // A tool the client can use is unaffected.
        const roots = await c.client.callTool({ name: 'every_get-roots-list', arguments: {} });
        expect(roots.isError).toBeFalsy();
      } finally {
        await c.close();
      }
    },
  );
});

describe('malformed requests', () => {
  it.each([
    { method: 'resources/read', params: {}, field: 'params.uri' },
    { method: 'logging/setLevel', params: { level: 'verbose' }, field: 'params.level' },
    {
      method: 'completion/complete',
      params: { ref: { type: 'ref/prompt', name: 'x' } },
      field: 'params.argument',
    },
  ])('$method with bad params gets -32602 naming $field', async ({ method, params, field }) => {
    const c = await connect();
    try {
      const err = await c.client.request({ method, params } as never, ResultSchema).then(
        () => undefined,
        (e: unknown) => e as { code?: number; message?: string },
      );
      expect(err?.code).toBe(ErrorCode.InvalidParams);
      expect(err?.message).toContain(`Invalid ${method} request: ${field}:`);
      expect(err?.message).not.toContain('\n');
    } finally {
      await c.close();
    }
  });
});

describe('completion/complete', () => {
  it('completes an argument of an exposed prompt through its upstream, with context', async () => {
    const c = await connect();
    try {
      const ref = { type: 'ref/prompt' as const, name: 'every_completable-prompt' };
      const dept = await c.client.complete({ ref, argument: { name: 'department', value: 'E' } });
      expect(dept.completion.values).toEqual(['Engineering']);
      const lead = await c.client.complete({
        ref,
        argument: { name: 'name', value: '' },
        context: { arguments: { department: 'Sales' } },
      });
      expect(lead.completion.values).toEqual(['David', 'Eve', 'Frank']);
    } finally {
      await c.close();
    }
  });

  it('answers no values for an upstream that declared no completions', async () => {
    const c = await connect();
    try {
      const r = await c.client.complete({
        ref: { type: 'ref/prompt', name: 'probe_hello' },
        argument: { name: 'x', value: '' },
      });
      expect(r.completion.values).toEqual([]);
    } finally {
      await c.close();
    }
  });

  it.each([
    { ref: { type: 'ref/prompt', name: 'every_nope' }, want: 'unknown prompt "every_nope"' },
    { ref: { type: 'ref/resource', uri: 'demo://nope/x' }, want: 'unknown resource "demo://nope/x"' },
  ])('refuses $ref.type naming nothing exposed with InvalidParams naming it', async ({ ref, want }) => {
    const c = await connect();
    try {
      await expect(
        c.client.complete({ ref: ref as never, argument: { name: 'a', value: '' } }),
      ).rejects.toMatchObject({
        code: ErrorCode.InvalidParams,
        message: expect.stringContaining(want),
      });
    } finally {
      await c.close();
    }
  });
});

describe('relay rules', () => {
  it.each([
    {
      name: 'sampling without the capability',
      caps: {},
      req: 'sampling/createMessage',
      params: {},
      want: 'sampling',
    },
    {
      name: 'sampling with it',
      caps: { sampling: {} },
      req: 'sampling/createMessage',
      params: {},
      want: undefined,
    },
    {
      name: 'form elicitation to a client that declared elicitation: {} (form by default)',
      caps: { elicitation: {} },
      req: 'elicitation/create',
      params: { message: 'x', requestedSchema: {} },
      want: undefined,
    },
    {
      name: 'URL elicitation to a form-only client',
      caps: { elicitation: { form: {} } },
      req: 'elicitation/create',
      params: { mode: 'url' },
      want: 'URL-mode',
    },
    {
      name: 'form elicitation to a URL-only client',
      caps: { elicitation: { url: {} } },
      req: 'elicitation/create',
      params: { mode: 'form' },
      want: 'form-mode',
    },
    {
      name: 'roots without the capability',
      caps: { sampling: {} },
      req: 'roots/list',
      params: {},
      want: 'roots',
    },
  ])('capability check: $name', ({ caps, req, params, want }) => {
    const got = missingCapability(caps, { method: req, params });
    if (want === undefined) expect(got).toBeUndefined();
    else expect(got).toContain(want);
  });

  it.each([
    {
      name: 'a log message below the level is dropped',
      method: 'notifications/message',
      params: { level: 'info', data: 'x' },
      level: 'warning' as const,
      want: undefined,
    },
    {
      name: 'a log message without a logger is named after the server',
      method: 'notifications/message',
      params: { level: 'error', data: 'x' },
      level: 'warning' as const,
      want: { method: 'notifications/message', params: { level: 'error', data: 'x', logger: 's1' } },
    },
    {
      name: 'resources/updated gets the exposed URI',
      method: 'notifications/resources/updated',
      params: { uri: 'file:///a.txt' },
      level: undefined,
      want: { method: 'notifications/resources/updated', params: { uri: 'file://s1/file:///a.txt' } },
    },
    {
      name: 'resources/updated of a resource the client did not subscribe to (or a rule hides) is dropped',
      method: 'notifications/resources/updated',
      params: { uri: 'file:///hidden.txt' },
      level: undefined,
      want: undefined,
    },
    {
      name: 'elicitation/complete passes as it is',
      method: 'notifications/elicitation/complete',
      params: { elicitationId: 'e-1' },
      level: undefined,
      want: { method: 'notifications/elicitation/complete', params: { elicitationId: 'e-1' } },
    },
    {
      name: 'tools/list_changed is not relayed (it triggers a capability sync)',
      method: 'notifications/tools/list_changed',
      params: {},
      level: undefined,
      want: undefined,
    },
  ])('notification: $name', ({ method, params, level, want }) => {
    const client = { logLevel: () => level, watches: (_: string, uri: string) => uri === 'file:///a.txt' };
    expect(relayedNotification('s1', method, params, client)).toEqual(want);
  });
});
