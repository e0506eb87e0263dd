/**
 * Serves an MCP server factory over HTTP on node:http for the example upstreams: Streamable HTTP in
 * stateless mode (a fresh server and transport per POST, JSON responses; GET/DELETE answer 405) and,
 * optionally, the legacy HTTP+SSE transport (stateful per SSE connection). Adds an auth hook (401 with
 * `WWW-Authenticate: Bearer`) and an intercept hook for fault injection.
 */
import {
  createServer,
  type Server as HttpServer,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { SSEServerTransport } from '@modelcontextprotocol/sdk/server/sse.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import { AjvJsonSchemaValidator } from '@modelcontextprotocol/sdk/validation/ajv';

/** What every example upstream's starter returns. */
export interface UpstreamHandle {
  /** The MCP endpoint URL (Streamable HTTP, or the SSE endpoint when only SSE is served). */
  url: string;
  /** `http://host:port`, without a path. */
  origin: string;
  close(): Promise<void>;
}

/** Listening options shared by every example upstream. */
export interface ListenOptions {
  /** TCP port; 0 picks a free one (default 0). */
  port?: number;
  /** Interface to bind (default 127.0.0.1). */
  host?: string;
  /** Streamable HTTP endpoint path (default `/mcp`); `null` serves no Streamable HTTP endpoint. */
  path?: string | null;
  /** Legacy HTTP+SSE endpoint path (e.g. `/sse`, messages at `/messages`); off unless set. */
  ssePath?: string | null;
}

/** Anything that can be connected to a transport: `McpServer` or the low-level `Server`. */
export interface ConnectableServer {
  connect(transport: Transport): Promise<void>;
  close(): Promise<void>;
}

export interface HostOptions extends ListenOptions {
  /** Realm for `WWW-Authenticate` and log lines. */
  name: string;
  /** A fresh MCP server, per Streamable HTTP request or per SSE connection. */
  createServer: () => ConnectableServer;
  /** Decides whether a request to an MCP endpoint carries valid credentials; absent = no auth. */
  authorize?: (req: IncomingMessage) => 'ok' | 'missing' | 'invalid';
  /** Fault injection: may answer a request to an MCP endpoint itself and return true. */
  intercept?: (req: IncomingMessage, res: ServerResponse) => boolean;
}

const MESSAGES_PATH = '/messages';

/**
 * One JSON Schema validator for every per-request server: the SDK would otherwise build a new Ajv
 * instance for each request, which dominates a stateless server's CPU time.
 */
export const sharedValidator = new AjvJsonSchemaValidator();

/** Starts the HTTP server and resolves once it listens. */
export async function startHttpHost(opts: HostOptions): Promise<UpstreamHandle> {
  const host = opts.host ?? '127.0.0.1';
  const path = opts.path === undefined ? '/mcp' : opts.path;
  const ssePath = opts.ssePath ?? null;
  if (path === null && ssePath === null) throw new Error(`${opts.name}: no endpoint to serve`);
  const sseSessions = new Map<string, { transport: SSEServerTransport; server: ConnectableServer }>();

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const pathname = new URL(req.url ?? '/', 'http://upstream').pathname;
    const isMcp = pathname === path;
    const isSse = ssePath !== null && (pathname === ssePath || pathname === MESSAGES_PATH);
    if (!isMcp && !isSse) return sendJson(res, 404, { error: 'not_found' });
    const verdict = opts.authorize?.(req) ?? 'ok';
    if (verdict !== 'ok') {
      const error = verdict === 'invalid' ? ', error="invalid_token"' : '';
      res.setHeader('WWW-Authenticate', `Bearer realm="${opts.name}"${error}`);
      return sendJson(res, 401, { error: verdict === 'invalid' ? 'invalid_token' : 'unauthorized' });
    }
    if (opts.intercept?.(req, res)) return;
    if (isMcp) return serveStreamable(req, res, opts.createServer);
    if (pathname === ssePath && req.method === 'GET') return openSse(res, opts.createServer, sseSessions);
    if (pathname === MESSAGES_PATH && req.method === 'POST') {
      const id = new URL(req.url ?? '/', 'http://upstream').searchParams.get('sessionId') ?? '';
      const session = sseSessions.get(id);
      if (!session) return sendJson(res, 404, { error: 'unknown_session' });
      return session.transport.handlePostMessage(req, res);
    }
    res.setHeader('Allow', pathname === ssePath ? 'GET' : 'POST');
    return sendJson(res, 405, { error: 'method_not_allowed' });
  };

  const http = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { error: 'internal', message: String(err) });
      else res.destroy();
    });
  });
  await listen(http, opts.port ?? 0, host);
  const { port } = http.address() as AddressInfo;
  const origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  return {
    url: `${origin}${path ?? ssePath}`,
    origin,
    close: async () => {
      const sessions = [...sseSessions.values()];
      sseSessions.clear();
      await Promise.allSettled(sessions.map((s) => s.server.close()));
      await new Promise<void>((resolve) => {
        http.close(() => resolve());
        http.closeAllConnections();
      });
    },
  };
}

/** Stateless Streamable HTTP: one server + transport per POST, closed when the response ends. */
async function serveStreamable(
  req: IncomingMessage,
  res: ServerResponse,
  factory: () => ConnectableServer,
): Promise<void> {
  if (req.method !== 'POST') {
    // Stateless: no standalone SSE stream (GET) and no session to terminate (DELETE).
    res.setHeader('Allow', 'POST');
    return sendJson(res, 405, {
      jsonrpc: '2.0',
      error: { code: -32000, message: 'Method not allowed.' },
      id: null,
    });
  }
  const server = factory();
  const transport = new StreamableHTTPServerTransport({
    sessionIdGenerator: undefined,
    enableJsonResponse: true,
  });
  res.on('close', () => {
    void transport.close();
    void server.close();
  });
  await server.connect(transport);
  await transport.handleRequest(req, res);
}

/** Legacy HTTP+SSE: the GET stream carries responses; POSTs to /messages?sessionId= carry requests. */
async function openSse(
  res: ServerResponse,
  factory: () => ConnectableServer,
  sessions: Map<string, { transport: SSEServerTransport; server: ConnectableServer }>,
): Promise<void> {
  const transport = new SSEServerTransport(MESSAGES_PATH, res);
  const server = factory();
  sessions.set(transport.sessionId, { transport, server });
  res.on('close', () => {
    sessions.delete(transport.sessionId);
    void server.close();
  });
  await server.connect(transport);
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json');
  res.end(JSON.stringify(body));
}

function listen(http: HttpServer, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    http.once('error', reject);
    http.listen(port, host, () => {
      http.off('error', reject);
      resolve();
    });
  });
}
