/**
 * One JSON-RPC request to an upstream over its open Streamable HTTP session, without the SDK client: one
 * `undici.request` POST carrying the session's headers and a JSON body; the reply is read whole (JSON) or
 * parsed as an event stream until the response arrives. Errors look like the SDK client's (McpError for
 * JSON-RPC errors and timeouts, StreamableHTTPError for HTTP failures) so `forward` maps both paths alike.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { StreamableHTTPError } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { ErrorCode, McpError } from '@modelcontextprotocol/sdk/types.js';
import { createParser } from 'eventsource-parser';
import { type Dispatcher, request } from 'undici';

/** An open upstream session to send requests on. */
export interface RpcEndpoint {
  url: URL;
  /** The credential headers of the server. */
  headers: Record<string, string>;
  /** The session id and negotiated protocol version, read at each request (the SDK transport owns them). */
  sessionId(): string | undefined;
  protocolVersion(): string | undefined;
  dispatcher: Dispatcher;
  /** An upstream notification that arrived on a request's event stream (e.g. `tools/list_changed`). */
  onNotification(method: string): void;
}

/** The upstream answered with a redirect: the request was not processed, the SDK client must send it. */
export class RpcRedirected extends Error {}

type Message = {
  id?: unknown;
  method?: unknown;
  result?: unknown;
  error?: { code?: unknown; message?: unknown; data?: unknown };
};

/** Ids well above the SDK client's own counter on the same session, so the two never collide. */
let nextId = 1_000_000_000;

/** Limit on an event-stream reply's unfinished event (a result is one event). */
const MAX_EVENT_BYTES = 64 * 1024 * 1024;

const mediaType = (header: string | string[] | undefined) =>
  String(Array.isArray(header) ? header[0] : (header ?? ''))
    .split(';')[0]
    ?.trim()
    .toLowerCase();

/**
 * Sends `method` with `params` and returns the result. `signal` is the caller's cancellation; after
 * `timeoutMs` without an answer the request fails with an McpError(RequestTimeout), as the SDK's does. On
 * either, the upstream is sent `notifications/cancelled`.
 */
export async function rpcRequest(
  ep: RpcEndpoint,
  method: string,
  params: Record<string, unknown>,
  opts: { signal: AbortSignal; timeoutMs: number },
): Promise<Record<string, unknown>> {
  if (opts.signal.aborted) throw opts.signal.reason;
  const id = nextId++;
  const ctl = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    ctl.abort();
  }, opts.timeoutMs);
  const onAbort = () => ctl.abort();
  opts.signal.addEventListener('abort', onAbort, { once: true });
  try {
    const res = await request(ep.url, {
      method: 'POST',
      headers: headersFor(ep),
      body: JSON.stringify({ jsonrpc: '2.0', id, method, params }),
      signal: ctl.signal,
      dispatcher: ep.dispatcher,
    });
    const answer = await readAnswer(ep, res, id, ctl.signal);
    if (answer.error) {
      const { code, message, data } = answer.error;
      throw new McpError(
        typeof code === 'number' ? code : ErrorCode.InternalError,
        typeof message === 'string' ? message : 'upstream error',
        data,
      );
    }
    if (answer.result === null || typeof answer.result !== 'object' || Array.isArray(answer.result)) {
      throw new StreamableHTTPError(-1, `the ${method} result is not an object`);
    }
    return answer.result as Record<string, unknown>;
  } catch (err) {
    if (!ctl.signal.aborted) throw err;
    cancelUpstream(ep, id, timedOut ? 'timed out' : 'cancelled by the client');
    if (timedOut) {
      throw new McpError(ErrorCode.RequestTimeout, 'Request timed out', { timeout: opts.timeoutMs });
    }
    throw opts.signal.reason ?? err;
  } finally {
    clearTimeout(timer);
    opts.signal.removeEventListener('abort', onAbort);
  }
}

function headersFor(ep: RpcEndpoint): Record<string, string> {
  const headers: Record<string, string> = {
    ...ep.headers,
    'content-type': 'application/json',
    accept: 'application/json, text/event-stream',
  };
  const session = ep.sessionId();
  const version = ep.protocolVersion();
  if (session) headers['mcp-session-id'] = session;
  if (version) headers['mcp-protocol-version'] = version;
  return headers;
}

/** The response message to request `id` from an HTTP reply (JSON or an event stream). */
async function readAnswer(
  ep: RpcEndpoint,
  res: Dispatcher.ResponseData,
  id: number,
  signal: AbortSignal,
): Promise<Message> {
  const status = res.statusCode;
  if (status >= 300 && status < 400) {
    await res.body.dump();
    throw new RpcRedirected(`redirected (${status})`);
  }
  if (status < 200 || status >= 300) {
    const text = await res.body.text().catch(() => '');
    throw new StreamableHTTPError(status, `Error POSTing to endpoint: ${text}`);
  }
  const type = mediaType(res.headers['content-type']);
  if (type === 'application/json') {
    const data = (await res.body.json()) as unknown;
    const messages = (Array.isArray(data) ? data : [data]) as Message[];
    const answer = messages.find((m) => m && typeof m === 'object' && m.id === id && !('method' in m));
    for (const m of messages) if (m && m !== answer) onOther(ep, m);
    if (!answer) throw new StreamableHTTPError(-1, 'the reply holds no response to the request');
    return answer;
  }
  if (type === 'text/event-stream') return readStream(ep, res, id, signal);
  await res.body.dump();
  throw new StreamableHTTPError(-1, `Unexpected content type: ${String(res.headers['content-type'])}`);
}

/** How often a stream that ends early (after an event id) is resumed, and the wait when it sets none. */
const MAX_RESUMES = 5;
const DEFAULT_RETRY_MS = 1000;

/**
 * Reads an event-stream reply until the response to `id`; other messages are handled as they come. A
 * stream that ends before the response after giving event ids is resumed, as the SDK client does: a GET
 * with `Last-Event-ID` after the server's `retry` delay (the upstream may close streams to be polled).
 */
async function readStream(
  ep: RpcEndpoint,
  first: Dispatcher.ResponseData,
  id: number,
  signal: AbortSignal,
): Promise<Message> {
  let res = first;
  let lastEventId: string | undefined;
  let retryMs = DEFAULT_RETRY_MS;
  for (let resumes = 0; ; resumes++) {
    let answer: Message | undefined;
    let bad: Error | undefined;
    const parser = createParser({
      maxBufferSize: MAX_EVENT_BYTES,
      onRetry(ms) {
        retryMs = ms;
      },
      onEvent(event) {
        if (event.id !== undefined) lastEventId = event.id;
        if (answer || (event.event !== undefined && event.event !== 'message') || !event.data) return;
        let m: Message;
        try {
          m = JSON.parse(event.data) as Message;
        } catch {
          bad = new StreamableHTTPError(-1, 'the event stream carried a message that is not JSON');
          return;
        }
        if (m && typeof m === 'object' && m.id === id && !('method' in m)) answer = m;
        else if (m && typeof m === 'object') onOther(ep, m);
      },
      onError(err) {
        bad = new StreamableHTTPError(-1, `invalid event stream: ${err.message}`);
      },
    });
    const decoder = new TextDecoder();
    for await (const chunk of res.body as AsyncIterable<Uint8Array>) {
      parser.feed(decoder.decode(chunk, { stream: true }));
      if (answer || bad) break;
    }
    res.body.destroy();
    if (answer) return answer;
    if (bad) throw bad;
    if (lastEventId === undefined || resumes >= MAX_RESUMES) {
      throw new StreamableHTTPError(-1, 'the upstream closed the event stream before answering');
    }
    await sleep(retryMs, undefined, { signal });
    res = await request(ep.url, {
      method: 'GET',
      headers: { ...headersFor(ep), accept: 'text/event-stream', 'last-event-id': lastEventId },
      signal,
      dispatcher: ep.dispatcher,
    });
    if (res.statusCode !== 200 || mediaType(res.headers['content-type']) !== 'text/event-stream') {
      await res.body.dump();
      throw new StreamableHTTPError(
        res.statusCode === 200 ? -1 : res.statusCode,
        `the upstream closed the event stream before answering and could not resume it (HTTP ${res.statusCode})`,
      );
    }
  }
}

/**
 * A message that is not our response: notifications are passed on (progress is never asked for here), and
 * a request from the upstream is answered as the SDK client answers it for the portal: `ping` with an
 * empty result, anything else "method not found" (the portal offers upstreams no client capabilities).
 */
function onOther(ep: RpcEndpoint, m: Message): void {
  if (typeof m.method !== 'string') return;
  if (m.id === undefined) {
    ep.onNotification(m.method);
    return;
  }
  post(
    ep,
    m.method === 'ping'
      ? { jsonrpc: '2.0', id: m.id, result: {} }
      : { jsonrpc: '2.0', id: m.id, error: { code: ErrorCode.MethodNotFound, message: 'Method not found' } },
  );
}

function cancelUpstream(ep: RpcEndpoint, id: number, reason: string): void {
  post(ep, { jsonrpc: '2.0', method: 'notifications/cancelled', params: { requestId: id, reason } });
}

/** Fire-and-forget POST of a notification or a response. */
function post(ep: RpcEndpoint, message: object): void {
  request(ep.url, {
    method: 'POST',
    headers: headersFor(ep),
    body: JSON.stringify(message),
    dispatcher: ep.dispatcher,
  })
    .then((res) => res.body.dump())
    .catch(() => undefined);
}
