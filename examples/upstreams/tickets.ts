/**
 * `tickets` example upstream: a credential-protected MCP server (create_ticket, list_tickets,
 * close_ticket over in-memory state). Accepts `Authorization: Bearer <token>` or `X-Api-Key: <apiKey>`;
 * anything else gets HTTP 401 with `WWW-Authenticate: Bearer`. Run:
 * `TICKETS_TOKEN=secret node --import tsx examples/upstreams/tickets.ts --port 3102`.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { closeOnSignals, isMain, parseListen } from './cli.js';
import { type ListenOptions, sharedValidator, startHttpHost, type UpstreamHandle } from './http-host.js';

export const TICKETS_TOOLS = ['create_ticket', 'list_tickets', 'close_ticket'] as const;

const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;

export interface Ticket {
  id: number;
  title: string;
  description: string;
  priority: (typeof PRIORITIES)[number];
  labels: string[];
  reporter?: { name: string; email?: string };
  status: 'open' | 'closed';
  resolution?: 'fixed' | 'wontfix' | 'duplicate';
}

export interface TicketsOptions extends ListenOptions {
  /** Bearer token; default `TICKETS_TOKEN`, else a random one (see the handle). */
  token?: string;
  /** Value accepted in `X-Api-Key`; default `TICKETS_API_KEY`, else the token. */
  apiKey?: string;
}

export interface TicketsHandle extends UpstreamHandle {
  token: string;
  apiKey: string;
  /** A snapshot of the in-memory tickets. */
  tickets(): Ticket[];
}

/** In-memory ticket state shared by every per-request server of one upstream. */
class TicketStore {
  private next = 1;
  readonly byId = new Map<number, Ticket>();

  create(t: Omit<Ticket, 'id' | 'status'>): Ticket {
    const ticket: Ticket = { ...t, id: this.next++, status: 'open' };
    this.byId.set(ticket.id, ticket);
    return ticket;
  }
}

/** Builds one `tickets` MCP server over `store`. */
function createTicketsServer(store: TicketStore): McpServer {
  const server = new McpServer(
    { name: 'tickets', version: '1.0.0' },
    { jsonSchemaValidator: sharedValidator },
  );
  const priority = z.enum(PRIORITIES);

  server.registerTool(
    'create_ticket',
    {
      title: 'Create a ticket',
      description: 'Opens a new ticket and returns its id.',
      inputSchema: {
        title: z.string().min(3).max(120),
        description: z.string().max(4000).default(''),
        priority: priority.default('normal'),
        labels: z
          .array(z.string().regex(/^[a-z0-9-]+$/))
          .max(10)
          .default([]),
        reporter: z.object({ name: z.string(), email: z.string().email().optional() }).optional(),
      },
      outputSchema: { id: z.number().int(), status: z.enum(['open', 'closed']) },
    },
    async (args) => {
      const t = store.create(args);
      return {
        content: [{ type: 'text', text: `created ticket #${t.id}: ${t.title}` }],
        structuredContent: { id: t.id, status: t.status },
      };
    },
  );

  server.registerTool(
    'list_tickets',
    {
      title: 'List tickets',
      description: 'Lists tickets, newest first, filtered by status, priority and label.',
      inputSchema: {
        status: z.enum(['open', 'closed', 'all']).default('open'),
        priority: z.array(priority).optional().describe('Any of these priorities'),
        label: z.string().optional(),
        limit: z.number().int().min(1).max(100).default(20),
      },
      annotations: { readOnlyHint: true },
    },
    async ({ status, priority: prios, label, limit }) => {
      const rows = [...store.byId.values()]
        .filter((t) => status === 'all' || t.status === status)
        .filter((t) => !prios?.length || prios.includes(t.priority))
        .filter((t) => !label || t.labels.includes(label))
        .sort((a, b) => b.id - a.id)
        .slice(0, limit);
      const text =
        rows.map((t) => `#${t.id} [${t.status}] (${t.priority}) ${t.title}`).join('\n') || '(none)';
      return { content: [{ type: 'text', text }] };
    },
  );

  server.registerTool(
    'close_ticket',
    {
      title: 'Close a ticket',
      description: 'Closes an open ticket with a resolution.',
      inputSchema: {
        id: z.number().int().positive(),
        resolution: z.enum(['fixed', 'wontfix', 'duplicate']),
        comment: z.string().optional(),
      },
      annotations: { destructiveHint: false, idempotentHint: true },
    },
    async ({ id, resolution }) => {
      const t = store.byId.get(id);
      if (!t) return { isError: true, content: [{ type: 'text', text: `no ticket #${id}` }] };
      t.status = 'closed';
      t.resolution = resolution;
      return { content: [{ type: 'text', text: `closed ticket #${id} (${resolution})` }] };
    },
  );

  return server;
}

/** Starts the `tickets` upstream. */
export async function startTicketsUpstream(opts: TicketsOptions = {}): Promise<TicketsHandle> {
  const token = opts.token ?? process.env.TICKETS_TOKEN ?? randomBytes(18).toString('base64url');
  const apiKey = opts.apiKey ?? process.env.TICKETS_API_KEY ?? token;
  const store = new TicketStore();
  const authorize = (req: IncomingMessage): 'ok' | 'missing' | 'invalid' => {
    const bearer = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const key = req.headers['x-api-key'];
    if (bearer === undefined && key === undefined) return 'missing';
    if (bearer !== undefined && safeEqual(bearer, token)) return 'ok';
    if (typeof key === 'string' && safeEqual(key, apiKey)) return 'ok';
    return 'invalid';
  };
  const handle = await startHttpHost({
    ...opts,
    name: 'tickets',
    authorize,
    createServer: () => createTicketsServer(store),
  });
  return { ...handle, token, apiKey, tickets: () => [...store.byId.values()].map((t) => ({ ...t })) };
}

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

if (isMain(import.meta.url)) {
  const { port, host, extra } = parseListen('TICKETS', 3102, ['token']);
  const handle = await startTicketsUpstream({ port, host, token: extra.token });
  console.log(`tickets upstream (bearer or X-Api-Key): ${handle.url}`);
  if (!extra.token && !process.env.TICKETS_TOKEN) console.log(`generated token: ${handle.token}`);
  closeOnSignals(handle.close);
}
