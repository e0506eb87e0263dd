/**
 * POSTs to a live session's MCP endpoint, read straight from Node's request. Single requests `dispatch`
 * takes from the wire (`gateway/direct.ts`: lists, ping, calls) are run by it with no Web Request/Response,
 * SDK transport or SDK server in between, and framed here: one `application/json` reply, or an event stream
 * once something related goes out first (progress, upstream notifications, requests relayed to the client,
 * whose answers the client POSTs back and are taken here). Anything else (initialize, other batches,
 * built-in tools) goes to the session's SDK transport with the body parsed; its server calls `dispatch`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AuthInfo } from '@modelcontextprotocol/sdk/server/auth/types.js';
import { SUPPORTED_PROTOCOL_VERSIONS } from '@modelcontextprotocol/sdk/types.js';
import { Cancellation, ownCancellation } from '../gateway/cancellation.js';
import { cancelledRequestId, type DirectRequest, directRequest } from '../gateway/direct.js';
import { responseMessage } from '../gateway/dispatch.js';
import type { Extra } from '../gateway/forward.js';
import { RELAY_TIMEOUT_MS } from '../gateway/relay.js';
import type { PortalSession } from '../gateway/session.js';
import { discardRest, readNodeBody } from '../http/bounded-body.js';
import type { HeaderOf } from './authenticate.js';
import { writeCoalesced } from './coalesced-response.js';
import type { DataPlaneDeps, Target } from './deps.js';
import { noteRpcId } from './error-boundary.js';
import {
  admit,
  describe,
  MAX_BODY_BYTES,
  type ParsedBody,
  parseBody,
  refusal,
  sessionFor,
  sessionNotFound,
  unauthorized,
} from './mcp-endpoint.js';

/** Reads and parses a JSON body of at most MAX_BODY_BYTES. */
async function readBody(incoming: IncomingMessage): Promise<ParsedBody> {
  const parsed = parseBody(await readNodeBody(incoming, MAX_BODY_BYTES));
  // An unexpected error from here on is answered with the request's id (error-boundary.ts).
  if (parsed.ok) noteRpcId(incoming, describe(parsed.body).id);
  return parsed;
}

/** Whether the headers are the ones the SDK transport accepts without complaint (else it answers). */
function conventional(header: HeaderOf): boolean {
  const accept = header('accept') ?? '';
  const type = (header('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
  const version = header('mcp-protocol-version');
  return (
    accept.includes('application/json') &&
    accept.includes('text/event-stream') &&
    type === 'application/json' &&
    (version === undefined || SUPPORTED_PROTOCOL_VERSIONS.includes(version))
  );
}

function headersOf(incoming: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (Array.isArray(value)) for (const v of value) headers.append(name, v);
    else if (value !== undefined) headers.set(name, value);
  }
  return headers;
}

/**
 * A request header by name, repeated ones joined (`HeaderOf`, bound to the request): a bound module
 * function, not a closure per request, keeps its optimized code across full GCs (see `BodyRead`).
 */
function headerOfIncoming(this: IncomingMessage, name: string): string | undefined {
  const v = this.headers[name];
  return Array.isArray(v) ? v.join(', ') : v;
}

export async function handleSessionPost(
  deps: DataPlaneDeps,
  target: Target,
  ip: string,
  incoming: IncomingMessage,
  outgoing: ServerResponse,
  query: (name: string) => string | undefined,
): Promise<void> {
  const header: HeaderOf = headerOfIncoming.bind(incoming);
  const sessionId = header('mcp-session-id') ?? '';
  const gate = admit(deps, target, header, query, ip);
  if (!gate.ok) {
    if (!('denied' in gate)) discardRest(incoming);
    if ('response' in gate) return writeCoalesced(outgoing, gate.response);
    if ('login' in gate) return writeCoalesced(outgoing, unauthorized(target));
    const parsed = await readBody(incoming);
    const rpc = parsed.ok ? describe(parsed.body) : { method: 'unknown', id: null };
    return writeCoalesced(outgoing, refusal(deps, target, gate.ctx, gate.denied, rpc, sessionId));
  }
  const session = sessionFor(deps, target, sessionId, gate.ctx);
  if (!session) {
    discardRest(incoming);
    return writeCoalesced(outgoing, sessionNotFound());
  }
  session.touch(gate.ctx);
  const parsed = await readBody(incoming);
  if (!parsed.ok) return writeCoalesced(outgoing, parsed.response);
  // The client's answers to requests relayed on a call's stream (one response, or a batch of them).
  const { rest, taken } = session.clientRequests.take(parsed.body);
  if (taken && rest === undefined) {
    outgoing.writeHead(202).end();
    return;
  }
  if (conventional(header)) {
    const req = directRequest(parsed.body);
    if (req) return answer(deps, session, req, gate.authInfo, outgoing);
    const cancelled = cancelledRequestId(parsed.body);
    if (cancelled !== undefined && session.cancelDirect(cancelled, 'cancelled by the client')) {
      outgoing.writeHead(202).end();
      return;
    }
  }
  const request = new Request(`${target.origin}${incoming.url ?? '/'}`, {
    method: 'POST',
    headers: headersOf(incoming),
  });
  const response = await session.transport.handleRequest(request, {
    parsedBody: rest,
    authInfo: gate.authInfo,
  });
  await writeCoalesced(outgoing, response);
}

/**
 * Runs a request through `dispatch` and frames its reply: one `application/json` write, or, once a
 * message related to the request goes out first (progress, an upstream's notification, a request relayed
 * to the client with a string id the SDK server never uses), an event stream carrying those and then the
 * response. A request the client cancelled (or abandoned by closing the connection) gets no JSON-RPC
 * response, as MCP asks: its reply is an empty event stream (or the stream just ends).
 */
async function answer(
  deps: DataPlaneDeps,
  session: PortalSession,
  req: DirectRequest,
  authInfo: AuthInfo,
  outgoing: ServerResponse,
): Promise<void> {
  // Made as a real AbortSignal only if a handler asks for `extra.signal` (a proxied call does not).
  const ctl = new Cancellation();
  const untrack = session.trackDirect(req.id, ctl);
  const onClose = () => {
    if (!outgoing.writableFinished) ctl.abort(new Error('the client closed the connection'));
  };
  outgoing.on('close', onClose);
  const sid = session.id;
  let streaming = false;
  const event = (message: object) => {
    if (!streaming) {
      streaming = true;
      outgoing.writeHead(
        200,
        headerList(sid, 'content-type', 'text/event-stream', 'cache-control', 'no-cache'),
      );
    }
    outgoing.write(`event: message\ndata: ${JSON.stringify(message)}\n\n`);
  };
  const open = () => !outgoing.destroyed && !outgoing.writableEnded;
  // One literal of fixed shape (absent fields are undefined): no conditional spreads on the hot path.
  // `signal` is added by ownCancellation (one shared getter: see there why not a getter in this literal).
  const fields: Omit<Extra, 'signal'> = {
    authInfo,
    requestId: req.id,
    sessionId: sid,
    _meta: req.params._meta as Extra['_meta'] | undefined,
    sendNotification: async (notification) => {
      if (!ctl.aborted && open()) event({ jsonrpc: '2.0', ...notification });
    },
    // Results are not checked against `schema`: the relay passes the client's result on as it is.
    sendRequest: (request, _schema, options) =>
      session.clientRequests.send(
        request,
        {
          ...(options?.signal ? { signal: options.signal } : {}),
          timeoutMs: options?.timeout ?? RELAY_TIMEOUT_MS,
        },
        (message) => {
          if (ctl.aborted || !open()) return false;
          event(message);
          return true;
        },
        // The client is told on this stream while it is open, else on its standalone stream.
        (cancel) => {
          if (open()) event(cancel);
          else session.server.notification(cancel as never).catch(() => undefined);
        },
      ) as never,
  };
  const extra: Extra = ownCancellation(fields, ctl);
  let reply: string | Buffer[];
  try {
    reply = responseMessage(req.id, await deps.gateway.dispatch(session, req, extra));
  } finally {
    untrack();
    outgoing.off('close', onClose);
  }
  if (outgoing.destroyed) return;
  if (streaming) {
    const data = typeof reply === 'string' ? reply : Buffer.concat(reply).toString('utf8');
    if (!ctl.aborted) outgoing.write(`event: message\ndata: ${data}\n\n`);
    outgoing.end();
    return;
  }
  if (ctl.aborted) {
    outgoing.writeHead(200, headerList(sid, 'content-type', 'text/event-stream', 'content-length', '0'));
    outgoing.end();
    return;
  }
  const length =
    typeof reply === 'string' ? Buffer.byteLength(reply) : reply.reduce((n, b) => n + b.length, 0);
  outgoing.writeHead(
    200,
    headerList(sid, 'content-type', 'application/json', 'content-length', String(length)),
  );
  if (typeof reply === 'string') {
    // Node sends a string body given to `end` with its headers in one write.
    outgoing.end(reply);
    return;
  }
  if (length <= ONE_STRING_MAX) {
    // Headers and body as one latin1 string (byte for byte the UTF-8 body): one buffer, one syscall.
    let body = '';
    for (const chunk of reply) body += chunk.toString('latin1');
    outgoing.end(body, 'latin1');
    return;
  }
  // One write (of several buffers) for headers and body.
  outgoing.cork();
  for (const chunk of reply) outgoing.write(chunk);
  outgoing.end();
}

/** A reply's headers as Node's flat name/value list, the session id first when there is one. */
function headerList(sessionId: string | undefined, ...pairs: string[]): string[] {
  return sessionId ? ['mcp-session-id', sessionId, ...pairs] : pairs;
}

/** Replies up to this size are sent as one string with their headers; larger ones as their buffers. */
const ONE_STRING_MAX = 64 * 1024;
