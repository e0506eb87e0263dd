import {
  InMemoryTaskMessageQueue,
  InMemoryTaskStore,
} from '@modelcontextprotocol/sdk/experimental/tasks/stores/in-memory.js';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import {
  CallToolResultSchema,
  ElicitRequestSchema,
  ElicitResultSchema,
  ErrorCode,
  McpError,
  type Task,
} from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { ServerCapability } from '../../schemas/generated/wire.js';
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
import { SERVERS, startTestPortal, type TestPortal } from '../testing/harness.js';
import { connectWithServiceToken } from '../testing/mcp-clients.js';
import { serveSessions } from '../testing/session-routing.js';
import { requiresTask, withoutTaskSupport } from './task-support.js';
import { withoutTaskAugmentation } from './tasks.js';

interface TaskExtra {
  taskStore: { createTask(p: object): Promise<Task> };
  _meta?: { progressToken?: string | number };
  sendRequest(
    r: object,
    schema: typeof ElicitResultSchema,
    o: { relatedTask: { taskId: string } },
  ): Promise<{ action: string }>;
}

/**
 * An upstream with task tools over one shared task store (so the test sees each task's state): `wait` runs
 * until cancelled, `fail` fails with a status message, `report` completes with a result, `maybe` takes a
 * task optionally, `ask` asks the client (an elicitation on the `tasks/result` stream), `progress` reports
 * progress under the creating call's token once the task runs, `plain` is an ordinary tool.
 */
async function startTaskUpstream() {
  const store = new InMemoryTaskStore();
  const queue = new InMemoryTaskMessageQueue();
  const created: string[] = [];
  const build = () => {
    const mcp = new McpServer(
      { name: 'tasks', version: '1' },
      {
        capabilities: { tools: {}, tasks: { list: {}, cancel: {}, requests: { tools: { call: {} } } } },
        taskStore: store,
        taskMessageQueue: queue,
      },
    );
    const handler = (finish: (taskId: string, s: typeof store, extra: TaskExtra) => void) => ({
      createTask: async (_args: unknown, extra: TaskExtra) => {
        const task = await extra.taskStore.createTask({ ttl: 60_000, pollInterval: 50 });
        created.push(task.taskId);
        setTimeout(() => finish(task.taskId, store, extra), 50);
        return { task };
      },
      getTask: async (_args: unknown, extra: { taskId: string }) =>
        (await store.getTask(extra.taskId)) as Task,
      getTaskResult: async (_args: unknown, extra: { taskId: string }) =>
        (await store.getTaskResult(extra.taskId)) as never,
    });
    const tasks = mcp.experimental.tasks;
    tasks.registerToolTask('wait', { inputSchema: {} }, handler(() => {}) as never);
    tasks.registerToolTask(
      'fail',
      { inputSchema: {} },
      handler((id, s) => void s.updateTaskStatus(id, 'failed', 'the disk is full')) as never,
    );
    tasks.registerToolTask(
      'report',
      { inputSchema: { topic: z.string() } },
      handler((id, s) => {
        void s.storeTaskResult(id, 'completed', {
          content: [{ type: 'text', text: 'report' }],
          structuredContent: { pages: 3 },
          _meta: { 'example/trace': 't' },
        });
      }) as never,
    );
    tasks.registerToolTask(
      'maybe',
      { inputSchema: {}, execution: { taskSupport: 'optional' } },
      handler(
        (id, s) => void s.storeTaskResult(id, 'completed', { content: [{ type: 'text', text: 'maybe' }] }),
      ) as never,
    );
    // Takes 350 ms to create its task, which then takes 350 ms: each request fits in 500 ms, the call does not.
    tasks.registerToolTask('slow', { inputSchema: {} }, {
      createTask: async (_args: unknown, extra: TaskExtra) => {
        await new Promise((r) => setTimeout(r, 350));
        const task = await extra.taskStore.createTask({ ttl: 60_000, pollInterval: 50 });
        created.push(task.taskId);
        setTimeout(() => {
          void store
            .storeTaskResult(task.taskId, 'completed', { content: [{ type: 'text', text: 'slow' }] })
            .catch(() => undefined);
        }, 350);
        return { task };
      },
      getTask: async (_args: unknown, extra: { taskId: string }) =>
        (await store.getTask(extra.taskId)) as Task,
      getTaskResult: async (_args: unknown, extra: { taskId: string }) =>
        (await store.getTaskResult(extra.taskId)) as never,
    } as never);
    tasks.registerToolTask(
      'ask',
      { inputSchema: {} },
      handler(async (id, s, extra) => {
        const answer = await extra.sendRequest(
          {
            method: 'elicitation/create',
            params: { message: 'go on?', requestedSchema: { type: 'object', properties: {} } },
          },
          ElicitResultSchema,
          { relatedTask: { taskId: id } },
        );
        await s.storeTaskResult(id, 'completed', {
          content: [{ type: 'text', text: `answer ${answer.action}` }],
        });
      }) as never,
    );
    tasks.registerToolTask(
      'progress',
      { inputSchema: {} },
      handler(async (id, s, extra) => {
        const progressToken = extra._meta?.progressToken;
        if (progressToken !== undefined) {
          for (const progress of [1, 2]) {
            await mcp.server.notification(
              {
                method: 'notifications/progress',
                params: { progressToken, progress, total: 2, message: `step ${progress}` },
              },
              { relatedTask: { taskId: id } },
            );
          }
        }
        await new Promise((r) => setTimeout(r, 100));
        await s.storeTaskResult(id, 'completed', { content: [{ type: 'text', text: 'done' }] });
      }) as never,
    );
    mcp.registerTool('plain', { inputSchema: {} }, async () => ({
      content: [{ type: 'text', text: 'plain' }],
    }));
    return mcp.server;
  };
  const served = await serveSessions(build);
  return { url: served.url, store, created, close: served.close };
}

/** A portal with the given servers, reachable by one service token. */
async function portalWith(p: TestPortal, servers: Record<string, string>) {
  for (const [id, url] of Object.entries(servers)) {
    await addServer(p, { id, name: id, hostname: url, auth_type: 'unauthenticated' });
  }
  await addPortal(p, {
    id: 'main',
    name: 'Main',
    hostname: 'main.example.test',
    servers: Object.keys(servers).map((server_id) => ({ server_id, on_behalf: false })),
  });
  const bots = await addPolicy(p, 'bots', 'non_identity', [{ any_valid_service_token: {} }]);
  await protectPortal(p, 'main.example.test', [bots]);
  for (const id of Object.keys(servers)) await protectServer(p, id, [bots]);
  const bot = await addServiceToken(p, 'bot');
  const mcp = `${p.url}/portals/main/mcp`;
  return (capabilities = {}) =>
    connectWithServiceToken(mcp, bot.client_id, bot.client_secret, { capabilities });
}

const textOf = (r: unknown) => ((r as { content: { text?: string }[] }).content[0]?.text ?? '') as string;

/** Polls until `check` holds (or fails after `ms`). */
async function eventually(check: () => Promise<boolean>, ms = 5000): Promise<void> {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 25));
  }
}

const statusOf = async (store: InMemoryTaskStore, taskId: string | undefined) =>
  taskId === undefined ? undefined : (await store.getTask(taskId))?.status;

describe('task-support (listing)', () => {
  const cases: {
    name: string;
    reason: string;
    def: ServerCapability;
    listed: ServerCapability;
    required: boolean;
  }[] = [
    {
      name: 'required',
      reason: 'a required task is run by the portal: listed without execution',
      def: { name: 't', execution: { taskSupport: 'required' } },
      listed: { name: 't' },
      required: true,
    },
    {
      name: 'optional, other execution fields',
      reason: 'only taskSupport is dropped; the rest of execution stays',
      def: { name: 't', execution: { taskSupport: 'optional', other: 1 } },
      listed: { name: 't', execution: { other: 1 } },
      required: false,
    },
    {
      name: 'forbidden',
      reason: 'forbidden is what every portal tool is: kept as the upstream said it',
      def: { name: 't', execution: { taskSupport: 'forbidden' } },
      listed: { name: 't', execution: { taskSupport: 'forbidden' } },
      required: false,
    },
    {
      name: 'no execution',
      reason: 'nothing to adapt',
      def: { name: 't', description: 'd' },
      listed: { name: 't', description: 'd' },
      required: false,
    },
  ];
  it.each(cases)('$name', ({ reason, def, listed, required }) => {
    const before = structuredClone(def);
    expect(withoutTaskSupport(def), reason).toEqual(listed);
    expect(requiresTask(def), reason).toBe(required);
    expect(def, 'the stored definition is not changed').toEqual(before);
  });
});

describe('withoutTaskAugmentation (SDK path)', () => {
  const call = (params: unknown) => ({ jsonrpc: '2.0', id: 1, method: 'tools/call', params });
  it.each([
    {
      name: 'a task-augmented call',
      reason: 'the task is dropped, the rest kept',
      message: call({ name: 'x', arguments: { a: 1 }, task: { ttl: 5 }, _meta: { progressToken: 1 } }),
      want: call({ name: 'x', arguments: { a: 1 }, _meta: { progressToken: 1 } }),
    },
    {
      name: 'a plain call',
      reason: 'nothing to drop',
      message: call({ name: 'x' }),
      want: call({ name: 'x' }),
    },
    {
      name: 'another method',
      reason: 'only tools/call can be task-augmented',
      message: { jsonrpc: '2.0', id: 1, method: 'prompts/get', params: { name: 'p', task: {} } },
      want: { jsonrpc: '2.0', id: 1, method: 'prompts/get', params: { name: 'p', task: {} } },
    },
    {
      name: 'a response',
      reason: 'not a request',
      message: { jsonrpc: '2.0', id: 1, result: {} },
      want: { jsonrpc: '2.0', id: 1, result: {} },
    },
  ])('$name', ({ reason, message, want }) => {
    expect(withoutTaskAugmentation(message), reason).toEqual(want);
  });
});

describe('tools that require a task, through the portal', () => {
  let p: TestPortal;
  let quick: TestPortal;
  let everything: Awaited<ReturnType<typeof startEverything>>;
  let upstream: Awaited<ReturnType<typeof startTaskUpstream>>;
  let connect: Awaited<ReturnType<typeof portalWith>>;
  let connectQuick: Awaited<ReturnType<typeof portalWith>>;

  beforeAll(async () => {
    [everything, upstream] = await Promise.all([startEverything(), startTaskUpstream()]);
    [p, quick] = await Promise.all([
      startTestPortal({ sync: syncServer, callTimeoutMs: 20_000 }),
      startTestPortal({ sync: syncServer, callTimeoutMs: 500 }),
    ]);
    connect = await portalWith(p, { every: everything.url, tasks: upstream.url });
    connectQuick = await portalWith(quick, { tasks: upstream.url });
  }, 60_000);

  afterAll(async () => {
    await Promise.all([p?.close(), quick?.close()]);
    await Promise.all([everything?.close(), upstream?.close()]);
  });

  it('lists them without taskSupport "required" (the API keeps the upstream definition)', async () => {
    const c = await connect();
    try {
      const { tools } = await c.client.listTools();
      const byName = new Map(tools.map((t) => [t.name, t]));
      for (const name of ['every_simulate-research-query', 'tasks_wait', 'tasks_maybe']) {
        expect(byName.has(name), name).toBe(true);
        expect(byName.get(name)?.execution?.taskSupport, name).toBeUndefined();
      }
      expect(byName.get('tasks_plain')?.execution).toEqual({ taskSupport: 'forbidden' });
      expect(c.client.getServerCapabilities()?.tasks).toBeUndefined();
      const stored = await ok<{ tools: ServerCapability[] }>(p, 'GET', `${SERVERS}/every`);
      const research = stored.tools.find((t) => t.name === 'simulate-research-query');
      expect(research?.execution).toEqual({ taskSupport: 'required' });
    } finally {
      await c.close();
    }
  });

  it('calls server-everything simulate-research-query and returns its report', async () => {
    const c = await connect();
    try {
      await c.client.listTools();
      const r = await c.client.callTool({
        name: 'every_simulate-research-query',
        arguments: { topic: 'tidal energy' },
      });
      expect(r.isError).toBeFalsy();
      expect(textOf(r)).toContain('# Research Report: tidal energy');
      expect(r._meta?.['io.modelcontextprotocol/related-task']).toBeUndefined();
    } finally {
      await c.close();
    }
  }, 20_000);

  it('relays the elicitation the task asks for while input_required (ambiguous query)', async () => {
    const c = await connect({ elicitation: {} });
    const asked: string[] = [];
    const metas: unknown[] = [];
    c.client.setRequestHandler(ElicitRequestSchema, async (req) => {
      asked.push(req.params.message);
      metas.push(req.params._meta);
      return { action: 'accept', content: { interpretation: 'snake' } };
    });
    try {
      await c.client.listTools();
      const r = await c.client.callTool({
        name: 'every_simulate-research-query',
        arguments: { topic: 'python', ambiguous: true },
      });
      expect(asked).toHaveLength(1);
      expect(asked[0]).toContain('python');
      // The upstream's task id is not passed on: the client made no task and knows none.
      expect(JSON.stringify(metas)).not.toContain('io.modelcontextprotocol/related-task');
      expect(textOf(r)).toContain('# Research Report: python (snake)');
    } finally {
      await c.close();
    }
  }, 20_000);

  it('returns the task result as a synchronous call would (isError, structuredContent, _meta kept)', async () => {
    const c = await connect();
    try {
      await c.client.listTools();
      const r = await c.client.callTool({ name: 'tasks_report', arguments: { topic: 'x' } });
      expect(r.isError).toBeFalsy();
      expect(textOf(r)).toBe('report');
      expect(r.structuredContent).toEqual({ pages: 3 });
      expect(r._meta).toEqual({ 'example/trace': 't' });
      const taskId = upstream.created.at(-1);
      expect(await statusOf(upstream.store, taskId)).toBe('completed');
    } finally {
      await c.close();
    }
  });

  it("relays the task's progress, sent under the creating call's token after the task was created", async () => {
    const c = await connect();
    try {
      await c.client.listTools();
      const seen: { progress: number; total?: number; message?: string }[] = [];
      const r = await c.client.callTool({ name: 'tasks_progress', arguments: {} }, undefined, {
        onprogress: (p) => seen.push(p),
      });
      expect(textOf(r)).toBe('done');
      expect(seen).toEqual([
        { progress: 1, total: 2, message: 'step 1' },
        { progress: 2, total: 2, message: 'step 2' },
      ]);
    } finally {
      await c.close();
    }
  });

  it('calls a tool with optional task support normally, without a task', async () => {
    const c = await connect();
    try {
      const before = upstream.created.length;
      const r = await c.client.callTool({ name: 'tasks_maybe', arguments: {} });
      expect(textOf(r)).toBe('maybe');
      // The SDK's McpServer runs an optional task tool called without a task as a task of its own.
      expect(upstream.created.length).toBe(before + 1);
    } finally {
      await c.close();
    }
  });

  it('reports a task that failed as a tool error naming why', async () => {
    const c = await connect();
    try {
      const r = await c.client.callTool({ name: 'tasks_fail', arguments: {} });
      expect(r.isError).toBe(true);
      expect(textOf(r)).toContain('"tasks"');
      expect(textOf(r)).toContain('failed: the disk is full');
    } finally {
      await c.close();
    }
  });

  it('cancels the upstream task when the client cancels the call (with and without a progress token)', async () => {
    const c = await connect();
    try {
      for (const progress of [false, true]) {
        const before = upstream.created.length;
        const ctl = new AbortController();
        const call = c.client.callTool({ name: 'tasks_wait', arguments: {} }, undefined, {
          signal: ctl.signal,
          ...(progress ? { onprogress: () => {} } : {}),
        });
        call.catch(() => undefined);
        await eventually(async () => upstream.created.length > before);
        const taskId = upstream.created.at(-1);
        expect(await statusOf(upstream.store, taskId)).toBe('working');
        ctl.abort(new Error('user pressed stop'));
        await expect(call).rejects.toThrow();
        await eventually(async () => (await statusOf(upstream.store, taskId)) === 'cancelled');
      }
      // The session still works afterwards.
      expect(textOf(await c.client.callTool({ name: 'tasks_plain', arguments: {} }))).toBe('plain');
    } finally {
      await c.close();
    }
  });

  it('cancels the upstream task when the client closes its connection', async () => {
    const c = await connect();
    const before = upstream.created.length;
    const call = c.client.callTool({ name: 'tasks_wait', arguments: {} });
    call.catch(() => undefined);
    await eventually(async () => upstream.created.length > before);
    const taskId = upstream.created.at(-1);
    await c.client.close();
    await eventually(async () => (await statusOf(upstream.store, taskId)) === 'cancelled');
    await c.transport.terminateSession().catch(() => undefined);
  });

  it('times out after the call timeout and cancels the upstream task', async () => {
    const c = await connectQuick();
    try {
      const before = upstream.created.length;
      const err = await c.client.callTool({ name: 'tasks_wait', arguments: {} }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(McpError);
      expect((err as McpError).code).toBe(ErrorCode.RequestTimeout);
      expect((err as McpError).message).toContain('upstream "tasks" did not answer within 500 ms');
      expect(upstream.created.length).toBe(before + 1);
      await eventually(async () => (await statusOf(upstream.store, upstream.created.at(-1))) === 'cancelled');
    } finally {
      await c.close();
    }
  });

  it('counts the timeout over the whole call, not per upstream request', async () => {
    const c = await connectQuick();
    try {
      const err = await c.client.callTool({ name: 'tasks_slow', arguments: {} }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect((err as McpError | undefined)?.code).toBe(ErrorCode.RequestTimeout);
    } finally {
      await c.close();
    }
  });

  it('pauses the call timeout while the client answers a request of the task', async () => {
    const c = await connectQuick({ elicitation: {} });
    c.client.setRequestHandler(ElicitRequestSchema, async () => {
      // Longer than the 500 ms call timeout: a person answering.
      await new Promise((r) => setTimeout(r, 1200));
      return { action: 'accept', content: {} };
    });
    try {
      const r = await c.client.callTool({ name: 'tasks_ask', arguments: {} });
      expect(r.isError).toBeFalsy();
      expect(textOf(r)).toBe('answer accept');
    } finally {
      await c.close();
    }
  });

  it("ignores a client's own task augmentation (the portal declares no tasks) and answers the call", async () => {
    const c = await connect();
    try {
      for (const name of ['tasks_plain', 'tasks_report']) {
        const r = await c.client.request(
          { method: 'tools/call', params: { name, arguments: { topic: 'y' } } },
          CallToolResultSchema,
          { task: { ttl: 1000 } },
        );
        expect(r.isError, name).toBeFalsy();
        expect(textOf(r), name).toMatch(/^(plain|report)$/);
        expect((r as { task?: unknown }).task, name).toBeUndefined();
      }
    } finally {
      await c.close();
    }
  });

  it("ignores a client's own task augmentation on the SDK server's path too (a built-in tool)", async () => {
    const c = await connect();
    try {
      const r = await c.client.request(
        { method: 'tools/call', params: { name: 'portal_list_servers', arguments: {} } },
        CallToolResultSchema,
        { task: { ttl: 1000 } },
      );
      expect(r.isError).toBeFalsy();
      expect(JSON.stringify(r.content)).toContain('tasks');
    } finally {
      await c.close();
    }
  });
});
