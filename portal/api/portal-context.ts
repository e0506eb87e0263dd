/**
 * `GET /accounts/{account_id}/access/ai-controls/mcp/portals/{id}/context`, an extension of Cloudflare's API
 * (the embedded portal only): what `tools/list` costs a connection in each context mode, in o200k_base
 * tokens and bytes of the exact JSON served (`schemas/token-cost.ts`). It counts the portal's catalog as
 * the gateway builds it, as seen by a user whom Access lets use every server, who has authorised every
 * per-user server and turned none off. Counts are cached per catalog content, so a read recounts only
 * after a sync or an edit changed what the portal exposes.
 */
import { createHash } from 'node:crypto';
import type { Tool } from '@modelcontextprotocol/sdk/types.js';
import { Hono } from 'hono';
import { RESERVED_TOOL_NAMES } from '../../schemas/context-modes.js';
import { contributes } from '../../schemas/exposure.js';
import { type ContextCosts, contextCosts } from '../../schemas/token-cost.js';
import { buildCatalog } from '../gateway/catalog.js';
import type { ApiDeps } from './deps.js';
import { success } from './envelope.js';
import { NotFoundError } from './errors.js';
import { EXTENSIONS, EXTENSIONS_HEADER } from './portals.js';

export interface NotCounted {
  id: string;
  /** Why its tools are not in the counts (the server is not `ready`, or no longer exists). */
  reason: string;
}

export interface PortalContext extends ContextCosts {
  portal_id: string;
  /** Ready servers whose exposed tools are counted (a `default_disabled` mapping counts its allowlist). */
  servers_counted: string[];
  servers_not_counted: NotCounted[];
}

/** Portals whose last counts are kept; past this the cache starts over (counts are cheap to redo). */
const MAX_CACHED = 1000;

/**
 * Mounted at `/accounts/:account_id/access/ai-controls/mcp/portals`. `measure` counts a catalog (tests
 * pass a spy to see when it recounts).
 */
export function portalContextRoutes(
  deps: ApiDeps,
  measure: (tools: readonly Tool[]) => Promise<ContextCosts> = contextCosts,
): Hono {
  const { repo } = deps;
  // Portal id -> the counts of the catalog whose tool definitions hash to `key`.
  const cache = new Map<string, { key: string; costs: ContextCosts }>();
  const app = new Hono();
  app.get('/:id/context', async (c) => {
    const id = c.req.param('id');
    const portal = repo.portals.get(id);
    if (!portal) throw new NotFoundError(`MCP portal "${id}" not found`);
    const servers = repo.servers.getMany(portal.servers.map((m) => m.server_id));
    const catalog = buildCatalog(portal, servers, RESERVED_TOOL_NAMES);
    // In the gateway's order: servers by id, each server's tools as exposed.
    const tools = catalog.servers.flatMap((v) => v.tools.map((t) => t.definition)) as Tool[];
    const key = createHash('sha256').update(JSON.stringify(tools)).digest('base64url');
    let hit = cache.get(id);
    if (hit?.key !== key) {
      hit = { key, costs: await measure(tools) };
      if (cache.size >= MAX_CACHED) cache.clear();
      cache.set(id, hit);
    }
    const counted = catalog.servers.filter((v) => contributes(v.server.status)).map((v) => v.server.id);
    const notCounted: NotCounted[] = portal.servers
      .map((m) => {
        const s = servers.get(m.server_id);
        if (!s) return { id: m.server_id, reason: 'the server no longer exists' };
        if (contributes(s.status)) return undefined;
        return { id: s.id, reason: `not ready (status ${s.status}): its tools are unknown or not served` };
      })
      .filter((x): x is NotCounted => x !== undefined)
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const result: PortalContext = {
      portal_id: id,
      ...hit.costs,
      servers_counted: counted,
      servers_not_counted: notCounted,
    };
    c.header(EXTENSIONS_HEADER, EXTENSIONS.join(', '));
    return c.json(success(result));
  });
  return app;
}
