/**
 * Test upstreams: routes Streamable HTTP requests by `mcp-session-id` to one SDK transport per session,
 * each connected to a fresh server from `build`; an unknown session id is answered 404 (as the SDK's
 * examples do). The sessions map is exposed so a test can forget them (a restarted upstream) or close them.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
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
