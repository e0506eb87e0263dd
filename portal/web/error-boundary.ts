/**
 * The data plane's one error boundary: an error no route handled is logged through the portal's log (with
 * its stack, never the request body) and answered in the form of the route it escaped from: a JSON-RPC
 * error carrying the request's id on `/mcp`, an OAuth error object elsewhere (OAuth endpoints, metadata
 * and pages). Used by the Hono app's `onError` and by the Node fast path for live-session POSTs.
 */
import type { ServerResponse } from 'node:http';

/**
 * The JSON-RPC id of a request whose body was read, kept on the request object itself so an error after
 * that can name the request. A symbol-keyed property rather than a WeakMap: a WeakMap entry per request
 * costs a write barrier on the hot path and ephemeron work in every scavenge.
 */
const RPC_ID = Symbol('mcp-portals.rpc-id');

type Noted = { [RPC_ID]?: unknown };

/** Records the JSON-RPC id of the request (`key`: its Web Request or Node IncomingMessage). */
export function noteRpcId(key: object, id: unknown): void {
  (key as Noted)[RPC_ID] = id;
}

const isMcpPath = (pathname: string) => !pathname.startsWith('/.well-known/') && /\/mcp\/?$/.test(pathname);

/** The status, headers and body to answer an unexpected error on `pathname` with. */
export function internalError(
  pathname: string,
  key: object | undefined,
): { status: number; headers: Record<string, string>; body: string } {
  const headers = { 'content-type': 'application/json' };
  if (isMcpPath(pathname)) {
    const id = key ? ((key as Noted)[RPC_ID] ?? null) : null;
    const error = { code: -32603, message: 'Internal error: the portal failed to handle this request' };
    return { status: 500, headers, body: JSON.stringify({ jsonrpc: '2.0', id, error }) };
  }
  const body = { error: 'server_error', error_description: 'the portal failed to handle this request' };
  return { status: 500, headers, body: JSON.stringify(body) };
}

/** Logs an unexpected error of the data plane. */
export function logUnexpected(
  log: (line: string) => void,
  method: string,
  pathname: string,
  err: unknown,
): void {
  const detail = err instanceof Error ? (err.stack ?? err.message) : String(err);
  log(`data plane: unexpected error on ${method} ${pathname}: ${detail}`);
}

/** The error boundary as a Web Response (Hono's `onError`). */
export function errorResponse(log: (line: string) => void, request: Request, err: unknown): Response {
  const pathname = new URL(request.url).pathname;
  logUnexpected(log, request.method, pathname, err);
  const { status, headers, body } = internalError(pathname, request);
  return new Response(body, { status, headers });
}

/** The error boundary on a Node response (the fast path): answers unless an answer was already started. */
export function writeErrorResponse(
  log: (line: string) => void,
  method: string,
  pathname: string,
  key: object,
  res: ServerResponse,
  err: unknown,
): void {
  logUnexpected(log, method, pathname, err);
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const { status, headers, body } = internalError(pathname, key);
  res.writeHead(status, { ...headers, 'content-length': String(Buffer.byteLength(body)) });
  res.end(body);
}
