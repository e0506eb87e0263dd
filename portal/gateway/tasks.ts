/**
 * Tools whose upstream requires a task, served as ordinary calls (the portal declares no `tasks`): a
 * task-augmented `tools/call`, then `tasks/result` (blocks until the task ends, carrying its requests to the
 * client), both through `forward` on the same link, under one timeout restarted by progress; cancellation or
 * timeout sends `tasks/cancel`; the task's progress under the creating call's token is relayed while it
 * runs. A client's own `task` is ignored (`withoutTaskAugmentation`: SDK path).
 */
import { ErrorCode } from '@modelcontextprotocol/sdk/types.js';
import type { ServerRecord } from '../store/repository.js';
import { type Extra, forward, RpcError } from './forward.js';
import { withoutRelatedTask } from './relay.js';
import { type UpstreamLinks, UpstreamUnavailableError } from './upstreams.js';

type Params = Record<string, unknown>;

/**
 * How long the upstream is asked to keep the task from its creation (it may choose otherwise). The portal
 * reads the result as soon as the task ends and cancels a task it stops waiting for, so this only bounds
 * what an upstream keeps when the portal could not reach it any more.
 */
export const TASK_TTL_MS = 60 * 60_000;

/** Budget of the best-effort `tasks/get` and `tasks/cancel` sent after the call failed or was given up. */
const FOLLOW_UP_MS = 5_000;

export interface TaskCall {
  server: ServerRecord;
  /** `tools/call` params with the upstream's tool name (a `task` of the client's is ignored). */
  params: Params;
  /** Budget of the whole call without a sign of life (restarted by progress). */
  timeoutMs: number;
}

const TERMINAL = new Set<unknown>(['completed', 'failed', 'cancelled']);

const isObject = (v: unknown): v is Params => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Runs the call as an upstream task and returns the task's CallToolResult as if the call had been
 * synchronous (`isError` kept). A task that ends failed or cancelled without a result becomes a tool error
 * result saying so (with the upstream's status message). Throws what `forward` throws otherwise.
 */
export async function callAsTask(links: UpstreamLinks, call: TaskCall, extra: Extra): Promise<Params> {
  const { server, timeoutMs } = call;
  const { task: _ignored, ...params } = call.params;
  // One budget for the whole call: restarted by progress, paused while the client answers a request of
  // the task (an elicitation may wait for a person), as `UpstreamRpc` does for one request.
  const budget = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  let asking = 0;
  const restart = () => {
    clearTimeout(timer);
    if (asking === 0) timer = setTimeout(() => budget.abort(new Error('timed out')), timeoutMs);
  };
  restart();
  const signal = AbortSignal.any([extra.signal, budget.signal]);
  const within: Extra = {
    ...extra,
    signal,
    sendNotification: (n) => {
      if (n.method === 'notifications/progress') restart();
      const params = n.params ? withoutRelatedTask(n.params as Params) : n.params;
      return extra.sendNotification({ ...n, params } as typeof n);
    },
    sendRequest: (async (request, schema, options) => {
      asking++;
      clearTimeout(timer);
      try {
        return await extra.sendRequest(request, schema, options);
      } finally {
        asking--;
        restart();
      }
    }) as Extra['sendRequest'],
  };
  const progressToken = isObject(params._meta) ? params._meta.progressToken : undefined;
  let taskId: string | undefined;
  let ended = false;
  // The task's progress comes under the creating call's token for as long as the task runs.
  const progressRoute = new AbortController();
  try {
    const created = await forward(
      links,
      {
        server,
        method: 'tools/call',
        params: { ...params, task: { ttl: TASK_TTL_MS } },
        timeoutMs,
        progressUntil: progressRoute.signal,
      },
      within,
    );
    // An upstream that ran the call without creating a task answered with its result.
    if (!isObject(created.task) || typeof created.task.taskId !== 'string') return created;
    taskId = created.task.taskId;
    const result = await forward(
      links,
      {
        server,
        method: 'tasks/result',
        params: { taskId, ...(progressToken !== undefined ? { _meta: { progressToken } } : {}) },
        timeoutMs,
      },
      within,
    );
    ended = true;
    return withoutRelatedTask(result);
  } catch (err) {
    if (budget.signal.aborted && !extra.signal.aborted) {
      throw new RpcError(
        ErrorCode.RequestTimeout,
        `upstream "${server.id}" did not answer within ${timeoutMs} ms`,
        undefined,
        'timeout',
      );
    }
    // An upstream error from `tasks/result`: the task ended without a result, or the upstream lost it.
    if (taskId !== undefined && err instanceof RpcError && !signal.aborted && err.status === 'error') {
      const task = await followUp(links, server, 'tasks/get', taskId, extra);
      if (task?.status === 'failed' || task?.status === 'cancelled') {
        ended = true;
        return failedResult(server.id, task, err.message);
      }
      ended = task === undefined || TERMINAL.has(task.status);
    }
    if (err instanceof UpstreamUnavailableError) ended = true;
    throw err;
  } finally {
    clearTimeout(timer);
    progressRoute.abort();
    if (taskId !== undefined && !ended) await followUp(links, server, 'tasks/cancel', taskId, extra);
  }
}

/** A best-effort `tasks/get` or `tasks/cancel` on the same link (its result, or undefined on any failure). */
async function followUp(
  links: UpstreamLinks,
  server: ServerRecord,
  method: 'tasks/get' | 'tasks/cancel',
  taskId: string,
  extra: Extra,
): Promise<Params | undefined> {
  const own: Extra = { ...extra, signal: new AbortController().signal };
  try {
    return await forward(links, { server, method, params: { taskId }, timeoutMs: FOLLOW_UP_MS }, own);
  } catch {
    return undefined;
  }
}

/** The CallToolResult of a task that ended failed or cancelled without a result of its own. */
function failedResult(serverId: string, task: Params, error: string): Params {
  const why =
    typeof task.statusMessage === 'string' && task.statusMessage !== '' ? task.statusMessage : error;
  return {
    isError: true,
    content: [{ type: 'text', text: `the task of upstream "${serverId}" ${String(task.status)}: ${why}` }],
  };
}

/**
 * `message` without the `task` of a `tools/call` request, for the session's SDK server: it refuses a
 * task-augmented request when it declares no tasks (-32603), where MCP asks a receiver that declared none
 * to process the request normally. Anything else is returned as it is.
 */
export function withoutTaskAugmentation<T>(message: T): T {
  if (!isObject(message) || message.method !== 'tools/call' || !isObject(message.params)) return message;
  if (!('task' in message.params)) return message;
  const { task: _, ...params } = message.params;
  return { ...message, params } as T;
}
