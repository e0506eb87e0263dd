/**
 * Test upstreams: routes Streamable HTTP requests by `mcp-session-id` to one SDK transport per session,
 * each connected to a fresh server from `build`; an unknown session id is answered 404 (as the SDK's
 * examples do). The sessions map is exposed so a test can forget them (a restarted upstream) or close them.
 * `serveSessions` puts such a router on 127.0.0.1 at `/mcp` (any path) on a free port.
 */
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import {
  createServer,
  type Server as HttpServer,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';

export interface SessionRouter {
  sessions: Map<string, StreamableHTTPServerTransport>;
  handle(req: IncomingMessage, res: ServerResponse): Promise<void>;
}

export function sessionRouter(build: () => Server): SessionRouter {
  const sessions = new Map<string, StreamableHTTPServerTransport>();
  return {
    sessions,
    async handle(req, res) {
      const id = req.headers['mcp-session-id'];
      const known = typeof id === 'string' ? sessions.get(id) : undefined;
      if (known) return known.handleRequest(req, res);
      if (id !== undefined) {
        res.writeHead(404).end();
        return;
      }
      const transport: StreamableHTTPServerTransport = new StreamableHTTPServerTransport({
        sessionIdGenerator: () => randomUUID(),
        onsessioninitialized: (sid) => {
          sessions.set(sid, transport);
        },
      });
      await build().connect(transport);
      await transport.handleRequest(req, res);
    },
  };
}

export interface ServedSessions {
  url: string;
  sessions: Map<string, StreamableHTTPServerTransport>;
  http: HttpServer;
  /** Closes every session and the listener. */
  close(): Promise<void>;
}

/** A listening upstream: one fresh server from `build` per MCP session. */
export async function serveSessions(build: () => Server): Promise<ServedSessions> {
  const router = sessionRouter(build);
  const http = createServer((req, res) => void router.handle(req, res));
  http.listen(0, '127.0.0.1');
  await once(http, 'listening');
  return {
    url: `http://127.0.0.1:${(http.address() as AddressInfo).port}/mcp`,
    sessions: router.sessions,
    http,
    close: async () => {
      for (const t of router.sessions.values()) await t.close().catch(() => undefined);
      http.closeAllConnections();
      await new Promise((r) => http.close(r));
    },
  };
}
