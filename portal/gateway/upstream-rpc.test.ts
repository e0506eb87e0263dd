// UpstreamSession over HttpWire against real HTTP servers on loopback: the request it puts on the wire,
// JSON and event-stream replies (priming events, notifications, upstream requests answered by the related
// call's onServerRequest (the call's timeout paused meanwhile) or by default, replies split across writes,
// also inside a UTF-8 character),
// progress under its own token restarting the timeout, JSON-RPC errors as data, HTTP errors (stale
// sessions, not delivered), redirects within the origin, unexpected replies, timeouts and caller aborts
// (each followed by notifications/cancelled), and ids of concurrent requests.
import { once } from 'node:events';
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { ErrorCode } from '@modelcontextprotocol/sdk/types.js';
import { Agent } from 'undici';
import { afterAll, beforeAll, describe, expect, it, type Mock, vi } from 'vitest';
import {
  type Params,
  type RequestOptions,
  UpstreamRpcError,
  UpstreamSession,
  UpstreamTimeoutError,
  UpstreamWireError,
} from './upstream-rpc.js';
import { HttpWire, type RpcEndpoint } from './upstream-wire.js';

type Body = {
  jsonrpc?: unknown;
  id?: unknown;
  method?: unknown;
  params?: Record<string, unknown>;
  result?: unknown;
  error?: { code?: unknown; message?: unknown; data?: unknown };
};
type Received = { verb: string; path: string; headers: IncomingHttpHeaders; body: Body };

/** Everything the upstream received, in arrival order. */
const received: Received[] = [];
/** Responses the upstream never finishes (closed in afterAll if the client has not gone away). */
const open = new Set<ServerResponse>();
/** Whether the client hung up on the `/sse` case's event stream (which the upstream never ends). */
let sseClosed = false;
/** The client sockets (by port) that `/sse-ends` requests arrived on. */
const sseEndsSockets = new Set<string>();
/** The request `/resume` answers on the GET that resumes its stream. */
let resumeId: unknown;
/** The `/ask` request waiting for the client's answer to its `roots/list`. */
let asked: { id: unknown; res: ServerResponse } | undefined;
/** Requests held by `/concurrent` until two have arrived. */
const held: { body: Body; res: ServerResponse }[] = [];

const sse = (message: object) => `data: ${JSON.stringify(message)}\n\n`;

const reply = (res: ServerResponse, status: number, type: string, text: string) => {
  res.writeHead(status, { 'content-type': type });
  res.end(text);
};

const keepOpen = (res: ServerResponse) => {
  open.add(res);
  res.on('close', () => open.delete(res));
};

async function handle(path: string, body: Body, res: ServerResponse): Promise<void> {
  const id = body.id;
  switch (path) {
    case '/json':
      return reply(
        res,
        200,
        'application/json; charset=utf-8',
        JSON.stringify({ jsonrpc: '2.0', id, result: { echoed: body.method, params: body.params } }),
      );
    case '/error':
      return reply(
        res,
        200,
        'application/json',
        JSON.stringify({
          jsonrpc: '2.0',
          id,
          error: { code: -32042, message: 'the tool exploded', data: { tool: 'boom', retry: false } },
        }),
      );
    case '/sse': {
      keepOpen(res);
      res.on('close', () => {
        sseClosed = true;
      });
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
      res.write('id: prime-1\ndata:\n\n');
      res.write(sse({ jsonrpc: '2.0', method: 'notifications/tools/list_changed' }));
      res.write(sse({ jsonrpc: '2.0', id: 'srv-1', method: 'sampling/createMessage', params: {} }));
      const event = sse({ jsonrpc: '2.0', id, result: { content: [{ type: 'text', text: 'split reply' }] } });
      const cut = event.indexOf('split reply');
      res.write(event.slice(0, cut));
      await sleep(30);
      res.write(event.slice(cut));
      // The stream stays open: the client must stop reading once it has its answer.
      return;
    }
    case '/sse-ends': {
      // The answer, then the stream's end a moment later (as an SDK server closes it).
      sseEndsSockets.add(`${res.socket?.remotePort}`);
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write(sse({ jsonrpc: '2.0', id, result: { content: [] } }));
      await sleep(5);
      res.end();
      return;
    }
    case '/sse-garbled':
      // A message that is not JSON, on a stream the upstream keeps open.
      keepOpen(res);
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write('data: {not json\n\n');
      return;
    case '/utf8': {
      keepOpen(res);
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      const event = Buffer.from(
        sse({ jsonrpc: '2.0', id, result: { content: [{ type: 'text', text: 'héllo 🙂 世界' }] } }),
        'utf8',
      );
      // Two bytes into the four-byte emoji, then one byte into the three-byte 世.
      const emoji = event.indexOf(Buffer.from('🙂', 'utf8'));
      const cjk = event.indexOf(Buffer.from('世', 'utf8'));
      res.write(event.subarray(0, emoji + 2));
      await sleep(20);
      res.write(event.subarray(emoji + 2, cjk + 1));
      await sleep(20);
      res.end(event.subarray(cjk + 1));
      return;
    }
    case '/redirect':
      res.writeHead(307, { location: '/json' });
      res.end();
      return;
    case '/redirect-away':
      res.writeHead(307, { location: 'http://elsewhere.invalid/json' });
      res.end();
      return;
    case '/progress': {
      // Three progress notifications 120 ms apart under the request's token, then the answer.
      const token = (body.params?._meta as { progressToken?: unknown } | undefined)?.progressToken;
      keepOpen(res);
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      for (let i = 1; i <= 3; i++) {
        await sleep(120);
        res.write(
          sse({
            jsonrpc: '2.0',
            method: 'notifications/progress',
            params: { progressToken: token, progress: i, total: 3 },
          }),
        );
      }
      res.end(sse({ jsonrpc: '2.0', id, result: { done: true } }));
      return;
    }
    case '/ask':
      // A request to the client related to ours, then (once it is answered) the result.
      keepOpen(res);
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      asked = { id, res };
      res.write(sse({ jsonrpc: '2.0', id: 'srv-ask', method: 'roots/list', params: {} }));
      return;
    case '/404':
      return reply(res, 404, 'text/plain', 'no such session');
    case '/500':
      return reply(res, 500, 'text/plain', 'upstream fell over');
    case '/plain':
      return reply(res, 200, 'text/plain', 'hello');
    case '/json-batch':
      return reply(
        res,
        200,
        'application/json',
        JSON.stringify([
          { jsonrpc: '2.0', method: 'notifications/prompts/list_changed' },
          { jsonrpc: '2.0', id, result: { batched: true } },
        ]),
      );
    case '/ping':
      keepOpen(res);
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write(sse({ jsonrpc: '2.0', id: 'ping-1', method: 'ping' }));
      await sleep(20);
      res.write(sse({ jsonrpc: '2.0', id, result: { pinged: true } }));
      return;
    case '/stream-hang':
      // Headers and a priming event, then nothing: the request is aborted while its body is being read.
      keepOpen(res);
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write('id: prime\ndata:\n\n');
      return;
    case '/short':
      // No event id, so nothing to resume from: the stream just ends without the response.
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write(': keep-alive\n\n');
      res.end(sse({ jsonrpc: '2.0', method: 'notifications/message', params: { level: 'info', data: 'x' } }));
      return;
    case '/resume':
      // A priming event with an id and a retry delay, then the stream ends: the client must resume it.
      resumeId = id;
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.end('retry: 10\nid: r-1\ndata:\n\n');
      return;
    case '/concurrent':
      held.push({ body, res });
      if (held.length === 2) {
        // Out of order: the second request is answered first.
        for (const h of [...held].reverse()) {
          reply(
            h.res,
            200,
            'application/json',
            JSON.stringify({ jsonrpc: '2.0', id: h.body.id, result: { answering: h.body.params } }),
          );
          await sleep(10);
        }
        held.length = 0;
      }
      return;
    default:
      // `/hang*`: requests are never answered.
      keepOpen(res);
      return;
  }
}

let server: Server;
let base: string;
let dispatcher: Agent;

beforeAll(async () => {
  server = createServer((req, res) => {
    void (async () => {
      const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
      if (req.method === 'GET') {
        received.push({ verb: 'GET', path, headers: req.headers, body: {} });
        if (path !== '/resume' || req.headers['last-event-id'] !== 'r-1') {
          res.writeHead(405).end();
          return;
        }
        res.writeHead(200, { 'content-type': 'text/event-stream' });
        res.end(`id: r-2\n${sse({ jsonrpc: '2.0', id: resumeId, result: { resumed: true } })}`);
        return;
      }
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Body;
      received.push({ verb: 'POST', path, headers: req.headers, body });
      // What the client posts back on its own (notifications, responses) is accepted, as MCP servers do.
      if (body.method === undefined || body.id === undefined) {
        if (body.id === 'srv-ask' && asked) {
          asked.res.end(sse({ jsonrpc: '2.0', id: asked.id, result: { roots: body.result } }));
        }
        res.writeHead(202).end();
        return;
      }
      await handle(path, body, res);
    })();
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  dispatcher = new Agent({ connections: 16 });
});

afterAll(async () => {
  await dispatcher?.destroy();
  for (const res of open) res.destroy();
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
});

type Endpoint = RpcEndpoint & { onNotification: Mock };

function endpoint(path: string, overrides: Partial<RpcEndpoint> = {}): Endpoint {
  return {
    url: new URL(path, base),
    headers: { authorization: 'Bearer x' },
    sessionId: () => 'session-123',
    protocolVersion: () => '2025-06-18',
    dispatcher,
    onNotification: vi.fn(),
    ...overrides,
  };
}

/** One upstream session per endpoint (its ids are its own). */
const sessions = new WeakMap<Endpoint, UpstreamSession>();
function rpcRequest(ep: Endpoint, method: string, params: Params, o: RequestOptions): Promise<Params> {
  let session = sessions.get(ep);
  if (!session) {
    session = new UpstreamSession(new HttpWire(ep), (m) => ep.onNotification(m));
    sessions.set(ep, session);
  }
  return session.request(method, params, o);
}

const opts = (timeoutMs = 2_000, signal = new AbortController().signal): RequestOptions => ({
  signal,
  timeoutMs,
});
const to = (path: string) => received.filter((r) => r.path === path);
/** The requests (not notifications or responses) the upstream received on `path`. */
const requestsTo = (path: string) =>
  to(path).filter((r) => r.body.method !== undefined && r.body.id !== undefined);
const cancellationsTo = (path: string) => to(path).filter((r) => r.body.method === 'notifications/cancelled');

/** Waits for the single request the upstream received on `path` and returns its id. */
async function requestId(path: string): Promise<number> {
  return vi.waitFor(() => {
    const [request] = requestsTo(path);
    expect(request).toBeDefined();
    return request!.body.id as number;
  });
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (err) {
    return err;
  }
  throw new Error('expected a rejection');
}

describe('UpstreamSession over HttpWire', () => {
  it('sends the session and credential headers with a JSON-RPC body and returns a JSON result', async () => {
    const result = await rpcRequest(
      endpoint('/json'),
      'tools/call',
      { name: 'echo', arguments: { a: 1 } },
      opts(),
    );
    expect(result).toEqual({ echoed: 'tools/call', params: { name: 'echo', arguments: { a: 1 } } });

    const [request, ...more] = to('/json');
    expect(more).toEqual([]);
    expect(request!.headers['mcp-session-id']).toBe('session-123');
    expect(request!.headers['mcp-protocol-version']).toBe('2025-06-18');
    expect(request!.headers.authorization).toBe('Bearer x');
    expect(request!.headers['content-type']).toBe('application/json');
    expect(request!.headers.accept).toContain('application/json');
    expect(request!.headers.accept).toContain('text/event-stream');
    expect(request!.body).toEqual({
      jsonrpc: '2.0',
      id: expect.any(Number),
      method: 'tools/call',
      params: { name: 'echo', arguments: { a: 1 } },
    });
    expect(Number.isInteger(request!.body.id)).toBe(true);
  });

  it('leaves out the session headers while the transport has none', async () => {
    const ep = endpoint('/json', { sessionId: () => undefined, protocolVersion: () => undefined });
    await rpcRequest(ep, 'ping', {}, opts());
    const last = to('/json').at(-1)!;
    expect(last.body.method).toBe('ping');
    expect(last.headers).not.toHaveProperty('mcp-session-id');
    expect(last.headers).not.toHaveProperty('mcp-protocol-version');
  });

  it('rejects a JSON-RPC error reply with an UpstreamRpcError carrying its code, message and data as sent', async () => {
    const err = await rejection(rpcRequest(endpoint('/error'), 'tools/call', { name: 'boom' }, opts()));
    expect(err).toBeInstanceOf(UpstreamRpcError);
    expect((err as UpstreamRpcError).code).toBe(-32042);
    expect((err as UpstreamRpcError).data).toEqual({ tool: 'boom', retry: false });
    expect((err as UpstreamRpcError).message).toBe('the tool exploded');
  });

  it('reads an event stream: skips the priming event, passes on notifications, refuses upstream requests and reassembles a split reply', async () => {
    const ep = endpoint('/sse');
    const result = await rpcRequest(ep, 'tools/call', { name: 'slow' }, opts());
    expect(result).toEqual({ content: [{ type: 'text', text: 'split reply' }] });
    expect(ep.onNotification).toHaveBeenCalledTimes(1);
    expect(ep.onNotification).toHaveBeenCalledWith('notifications/tools/list_changed');
    expect(sessions.has(ep)).toBe(true);

    // The upstream's sampling request is answered "method not found" on a POST of its own.
    const answer = await vi.waitFor(() => {
      const found = to('/sse').find((r) => r.body.id === 'srv-1');
      expect(found).toBeDefined();
      return found!;
    });
    expect(answer.body).toEqual({
      jsonrpc: '2.0',
      id: 'srv-1',
      error: { code: ErrorCode.MethodNotFound, message: expect.any(String) },
    });
    expect(answer.body.error!.code).toBe(-32601);
    expect(answer.headers['mcp-session-id']).toBe('session-123');
    expect(answer.headers.authorization).toBe('Bearer x');
    expect(requestsTo('/sse')).toHaveLength(1);

    // Having its answer, the client hangs up on the stream the upstream kept open.
    await vi.waitFor(() => expect(sseClosed).toBe(true));
  });

  it('reads an answered event stream to its end, so later requests reuse the connection', async () => {
    const ep = endpoint('/sse-ends', { dispatcher: new Agent({ connections: 1 }) });
    for (let i = 0; i < 3; i++) {
      expect(await rpcRequest(ep, 'tools/call', { name: 'x' }, opts())).toEqual({ content: [] });
    }
    expect(sseEndsSockets.size).toBe(1);
    await ep.dispatcher.destroy();
  });

  it('rejects an event stream carrying a message that is not JSON, and stops reading it', async () => {
    const ep = endpoint('/sse-garbled');
    await expect(rpcRequest(ep, 'tools/call', { name: 'x' }, opts())).rejects.toThrow(/not JSON/);
    await vi.waitFor(() => expect([...open].some((r) => r.req.url === '/sse-garbled')).toBe(false));
  });

  it('returns the response from a JSON array and passes on the notifications beside it', async () => {
    const ep = endpoint('/json-batch');
    expect(await rpcRequest(ep, 'tools/call', {}, opts())).toEqual({ batched: true });
    expect(ep.onNotification).toHaveBeenCalledWith('notifications/prompts/list_changed');
  });

  it('answers an upstream ping on the event stream with an empty result, as the SDK client does', async () => {
    const result = await rpcRequest(endpoint('/ping'), 'tools/call', {}, opts());
    expect(result).toEqual({ pinged: true });
    const answer = await vi.waitFor(() => {
      const found = to('/ping').find((r) => r.body.id === 'ping-1');
      expect(found).toBeDefined();
      return found!;
    });
    expect(answer.body).toEqual({ jsonrpc: '2.0', id: 'ping-1', result: {} });
  });

  it('decodes a multi-byte UTF-8 reply split inside characters', async () => {
    const result = await rpcRequest(endpoint('/utf8'), 'tools/call', { name: 'greet' }, opts());
    expect(result).toEqual({ content: [{ type: 'text', text: 'héllo 🙂 世界' }] });
  });

  it('follows a 307 within the origin with the same body and headers', async () => {
    const before = to('/json').length;
    const result = await rpcRequest(endpoint('/redirect'), 'tools/call', { name: 'moved' }, opts());
    expect(result).toEqual({ echoed: 'tools/call', params: { name: 'moved' } });
    expect(to('/redirect')).toHaveLength(1);
    expect(
      to('/json')
        .slice(before)
        .map((r) => r.headers.authorization),
    ).toEqual(['Bearer x']);
  });

  it('refuses a redirect to another origin, saying the request was not delivered', async () => {
    const err = await rejection(rpcRequest(endpoint('/redirect-away'), 'tools/call', {}, opts()));
    expect(err).toBeInstanceOf(UpstreamWireError);
    expect((err as UpstreamWireError).status).toBe(307);
    expect((err as UpstreamWireError).delivered).toBe(false);
  });

  it.each([404, 500])('rejects HTTP %i with an UpstreamWireError carrying the status', async (status) => {
    const err = await rejection(rpcRequest(endpoint(`/${status}`), 'tools/call', {}, opts()));
    expect(err).toBeInstanceOf(UpstreamWireError);
    const wire = err as UpstreamWireError;
    expect(wire.status).toBe(status);
    expect(wire.delivered).toBe(false);
    // 404 on a request carrying a session id: the upstream no longer knows the session.
    expect(wire.stale).toBe(status === 404);
    expect(wire.message).toContain(status === 404 ? 'no such session' : 'upstream fell over');
    expect(cancellationsTo(`/${status}`)).toEqual([]);
  });

  it('times out with an UpstreamTimeoutError and cancels the request upstream', async () => {
    const err = await rejection(rpcRequest(endpoint('/hang-timeout'), 'tools/call', {}, opts(200)));
    expect(err).toBeInstanceOf(UpstreamTimeoutError);
    expect((err as UpstreamTimeoutError).timeoutMs).toBe(200);

    const id = await requestId('/hang-timeout');
    const cancel = await vi.waitFor(() => {
      const [found] = cancellationsTo('/hang-timeout');
      expect(found).toBeDefined();
      return found!;
    });
    expect(cancel.body).toEqual({
      jsonrpc: '2.0',
      method: 'notifications/cancelled',
      params: { requestId: id, reason: expect.any(String) },
    });
    expect(cancel.headers['mcp-session-id']).toBe('session-123');
    expect(cancel.headers.authorization).toBe('Bearer x');
  });

  it('times out while reading an event stream that never answers, and cancels the request upstream', async () => {
    const err = await rejection(rpcRequest(endpoint('/stream-hang'), 'tools/call', {}, opts(200)));
    expect(err).toBeInstanceOf(UpstreamTimeoutError);
    const id = await requestId('/stream-hang');
    const cancel = await vi.waitFor(() => {
      const [found] = cancellationsTo('/stream-hang');
      expect(found).toBeDefined();
      return found!;
    });
    expect(cancel.body.params).toEqual({ requestId: id, reason: expect.any(String) });
  });

  it('rejects with the abort reason when the caller aborts and cancels the request upstream', async () => {
    const ctl = new AbortController();
    const pending = rejection(
      rpcRequest(endpoint('/hang-abort'), 'tools/call', {}, opts(10_000, ctl.signal)),
    );
    const id = await requestId('/hang-abort');
    const reason = new Error('the client went away');
    ctl.abort(reason);
    expect(await pending).toBe(reason);

    const cancel = await vi.waitFor(() => {
      const [found] = cancellationsTo('/hang-abort');
      expect(found).toBeDefined();
      return found!;
    });
    expect(cancel.body.params).toEqual({ requestId: id, reason: expect.any(String) });
    expect(requestsTo('/hang-abort')).toHaveLength(1);
  });

  it('with a signal aborted beforehand, sends nothing at all', async () => {
    const reason = new Error('already gone');
    const err = await rejection(
      rpcRequest(endpoint('/hang-pre'), 'tools/call', {}, opts(2_000, AbortSignal.abort(reason))),
    );
    expect(err).toBe(reason);
    // A round trip on the same server lets any stray request land before checking there was none.
    await rpcRequest(endpoint('/json'), 'ping', {}, opts());
    expect(to('/hang-pre')).toEqual([]);
  });

  it('resumes a stream that ends after an event id: GET with Last-Event-ID and the session headers', async () => {
    const result = await rpcRequest(endpoint('/resume'), 'tools/call', {}, opts());
    expect(result).toEqual({ resumed: true });
    const get = received.find((r) => r.verb === 'GET' && r.path === '/resume');
    expect(get?.headers).toMatchObject({
      'last-event-id': 'r-1',
      'mcp-session-id': 'session-123',
      authorization: 'Bearer x',
      accept: 'text/event-stream',
    });
  });

  it('rejects a reply of an unexpected content type with an UpstreamWireError (delivered)', async () => {
    const err = await rejection(rpcRequest(endpoint('/plain'), 'tools/call', {}, opts()));
    expect(err).toBeInstanceOf(UpstreamWireError);
    expect((err as UpstreamWireError).status).toBeUndefined();
    expect((err as UpstreamWireError).delivered).toBe(true);
    expect((err as Error).message).toContain('text/plain');
  });

  it('rejects an event stream that ends before the response with an UpstreamWireError (delivered)', async () => {
    const ep = endpoint('/short');
    const err = await rejection(rpcRequest(ep, 'tools/call', {}, opts()));
    expect(err).toBeInstanceOf(UpstreamWireError);
    expect((err as UpstreamWireError).delivered).toBe(true);
    expect((err as Error).message).toMatch(/closed .*before answering/);
    expect(ep.onNotification).toHaveBeenCalledWith('notifications/message');
  });

  it('says a request that could not connect was not delivered', async () => {
    const closed = endpoint('/json', { url: new URL('http://127.0.0.1:9/mcp') });
    const err = await rejection(rpcRequest(closed, 'tools/call', {}, opts()));
    expect(err).toBeInstanceOf(UpstreamWireError);
    expect((err as UpstreamWireError).delivered).toBe(false);
    expect((err as UpstreamWireError).stale).toBe(false);
  });

  it('asks for progress under its own token, relays it, and restarts the timeout on each', async () => {
    const seen: unknown[] = [];
    // 3 x 120 ms of progress against a 250 ms budget: only the restarts keep the call alive.
    const result = await rpcRequest(
      endpoint('/progress'),
      'tools/call',
      { name: 'p', _meta: { trace: 't' } },
      {
        ...opts(250),
        onProgress: (p) => seen.push(p),
      },
    );
    expect(result).toEqual({ done: true });
    expect(seen).toEqual([
      { progress: 1, total: 3 },
      { progress: 2, total: 3 },
      { progress: 3, total: 3 },
    ]);
    const [request] = requestsTo('/progress');
    expect(request!.body.params).toEqual({
      name: 'p',
      _meta: { trace: 't', progressToken: request!.body.id },
    });
  });

  it('passes a request the upstream relates to the call to onServerRequest and posts its answer', async () => {
    const handler = vi.fn(async () => ({ roots: [{ uri: 'file:///tmp' }] }));
    const result = await rpcRequest(
      endpoint('/ask'),
      'tools/call',
      {},
      { ...opts(), onServerRequest: handler },
    );
    expect(handler).toHaveBeenCalledWith({ method: 'roots/list', params: {} }, expect.any(AbortSignal));
    expect(result).toEqual({ roots: { roots: [{ uri: 'file:///tmp' }] } });
  });

  it('pauses the timeout while onServerRequest waits for the client, and restarts it after', async () => {
    // The budget leaves room for a loaded machine to deliver the request; the client takes twice as long.
    const handler = vi.fn(async () => {
      await sleep(2000);
      return { roots: [] };
    });
    const result = await rpcRequest(
      endpoint('/ask'),
      'tools/call',
      {},
      { ...opts(1000), onServerRequest: handler },
    );
    expect(result).toEqual({ roots: { roots: [] } });
    expect(cancellationsTo('/ask')).toEqual([]);
  });

  it('sends notifications with notify', async () => {
    const ep = endpoint('/notify');
    new UpstreamSession(new HttpWire(ep)).notify('notifications/roots/list_changed');
    await vi.waitFor(() =>
      expect(to('/notify').map((r) => r.body)).toEqual([
        { jsonrpc: '2.0', method: 'notifications/roots/list_changed' },
      ]),
    );
  });

  it('gives concurrent requests distinct ids, each getting its own answer', async () => {
    const ep = endpoint('/concurrent');
    const [first, second] = await Promise.all([
      rpcRequest(ep, 'tools/call', { name: 'first' }, opts()),
      rpcRequest(ep, 'tools/call', { name: 'second' }, opts()),
    ]);
    expect(first).toEqual({ answering: { name: 'first' } });
    expect(second).toEqual({ answering: { name: 'second' } });
    const ids = requestsTo('/concurrent').map((r) => r.body.id);
    expect(ids).toHaveLength(2);
    expect(new Set(ids).size).toBe(2);
  });
});
