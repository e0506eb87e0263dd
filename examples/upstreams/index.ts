/**
 * Example upstream MCP servers, built with `@modelcontextprotocol/sdk` and served over Streamable HTTP in
 * stateless mode (a fresh server per request; state lives outside it, so it survives across requests):
 *
 * | upstream  | auth                                   | what it offers                                    |
 * |-----------|----------------------------------------|---------------------------------------------------|
 * | `docs`    | none                                   | 4 tools with rich schemas, 2 prompts; optional SSE |
 * | `tickets` | `Authorization: Bearer` or `X-Api-Key` | create/list/close tickets; no prompts              |
 * | `paged`   | none                                   | 25 tools paged 10 at a time; rename + faults       |
 * | `oauth`   | OAuth 2.1 (own authorization server)   | whoami, echo; DCR, PKCE, refresh, revocation       |
 *
 * One command each: `node --import tsx examples/upstreams/<name>.ts [--port N] [--host H]` (built:
 * `node dist/examples/upstreams/<name>.js`; `oauth` is `oauth-upstream.ts`); this file starts `docs`, `tickets`
 * and `paged` (ports 3101-3103, or `DOCS_PORT`/`TICKETS_PORT`/`PAGED_PORT`). From code:
 * `start{Docs,Tickets,Paged,OAuth}Upstream({port: 0})`.
 */
import { closeOnSignals, isMain } from './cli.js';
import { startDocsUpstream } from './docs.js';
import type { UpstreamHandle } from './http-host.js';
import { type PagedHandle, startPagedUpstream } from './paged.js';
import { startTicketsUpstream, type TicketsHandle } from './tickets.js';

export { createDocsServer, DOCS_PROMPTS, DOCS_TOOLS, startDocsUpstream } from './docs.js';
export type { ListenOptions, UpstreamHandle } from './http-host.js';
export {
  OAUTH_TOOLS,
  type OAuthUpstreamHandle,
  type OAuthUpstreamOptions,
  type OAuthUpstreamStats,
  startOAuthUpstream,
} from './oauth-upstream.js';
export {
  type PagedFaults,
  type PagedHandle,
  type PagedOptions,
  pagedToolName,
  startPagedUpstream,
} from './paged.js';
export {
  startTicketsUpstream,
  TICKETS_TOOLS,
  type Ticket,
  type TicketsHandle,
  type TicketsOptions,
} from './tickets.js';

export interface AllUpstreamsOptions {
  /** Interface to bind (default 127.0.0.1). */
  host?: string;
  /** Port per upstream; 0 or absent picks a free one. */
  ports?: { docs?: number; tickets?: number; paged?: number };
  /** Bearer token for `tickets` (default `TICKETS_TOKEN`, else random). */
  ticketsToken?: string;
}

export interface AllUpstreams {
  docs: UpstreamHandle;
  tickets: TicketsHandle;
  paged: PagedHandle;
  close(): Promise<void>;
}

/** Starts `docs`, `tickets` and `paged`; if one fails to start, the others are closed again. */
export async function startAllUpstreams(opts: AllUpstreamsOptions = {}): Promise<AllUpstreams> {
  const host = opts.host ?? '127.0.0.1';
  const started = await Promise.allSettled([
    startDocsUpstream({ host, port: opts.ports?.docs ?? 0 }),
    startTicketsUpstream({ host, port: opts.ports?.tickets ?? 0, token: opts.ticketsToken }),
    startPagedUpstream({ host, port: opts.ports?.paged ?? 0 }),
  ] as const);
  const [docs, tickets, paged] = started;
  if (docs.status === 'rejected' || tickets.status === 'rejected' || paged.status === 'rejected') {
    await Promise.allSettled(started.map((s) => (s.status === 'fulfilled' ? s.value.close() : undefined)));
    const failed = started.find((s) => s.status === 'rejected') as PromiseRejectedResult;
    throw new Error('starting the example upstreams failed', { cause: failed.reason });
  }
  return {
    docs: docs.value,
    tickets: tickets.value,
    paged: paged.value,
    close: async () => {
      await Promise.allSettled([docs.value.close(), tickets.value.close(), paged.value.close()]);
    },
  };
}

if (isMain(import.meta.url)) {
  const port = (name: string, fallback: number) => Number(process.env[`${name}_PORT`] ?? fallback);
  const all = await startAllUpstreams({
    host: process.env.UPSTREAM_HOST,
    ports: { docs: port('DOCS', 3101), tickets: port('TICKETS', 3102), paged: port('PAGED', 3103) },
  });
  console.log(`docs    ${all.docs.url}`);
  console.log(`tickets ${all.tickets.url}  (Authorization: Bearer <TICKETS_TOKEN> or X-Api-Key)`);
  console.log(`paged   ${all.paged.url}`);
  closeOnSignals(all.close);
}
