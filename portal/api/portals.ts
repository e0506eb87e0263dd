/**
 * Routes of `/accounts/{account_id}/access/ai-controls/mcp/portals`: list, create, read, update (PUT, partial;
 * `servers` replaces the whole mapping set) and delete (the portal without `servers`). Checks: mapped servers
 * exist once, hostnames are unique, `code_mode` agrees with `allow_code_mode`, a mapping's resource rules (the
 * `updated_resources` extension, announced by the `Mcp-Portals-Extensions` header) name each uri once.
 * `description` is a string as on Cloudflare (null is refused); "" clears it.
 */
import { Hono } from 'hono';
import type {
  PortalCreate,
  PortalResourceRule,
  PortalServerMappingRequest,
  PortalUpdate,
} from '../../schemas/generated/wire.js';
import type { CodeMode, MappingRecord, PortalRecord, Repository, ResourceRule } from '../store/repository.js';
import { assertValid, readJsonObject } from './body.js';
import { CellAnswer } from './cell-answer.js';
import type { ApiDeps } from './deps.js';
import { parseListQuery, resultInfo, success } from './envelope.js';
import { DuplicateError, type Issue, NotFoundError, ValidationError } from './errors.js';
import { dropUnchanged } from './ids.js';
import { checkOverrides } from './overrides.js';
import { toPortalBase, toPortalObject } from './portal-wire.js';

const CREATE = 'wire/mcp-portal.schema.json#/definitions/Create';
const UPDATE = 'wire/mcp-portal.schema.json#/definitions/Update';

const notFound = (id: string) => new NotFoundError(`MCP portal "${id}" not found`);

/** The response header by which clients (portalctl) tell this API from Cloudflare's: the extensions it takes. */
export const EXTENSIONS_HEADER = 'Mcp-Portals-Extensions';
export const EXTENSIONS = ['resources'] as const;

/** A mapping's resource rules, in order, `enabled` filled in; a uri listed twice is an issue. */
function toResourceRules(
  list: readonly PortalResourceRule[] | undefined,
  field: (string | number)[],
  issues: Issue[],
): ResourceRule[] {
  const seen = new Set<string>();
  (list ?? []).forEach((r, j) => {
    if (seen.has(r.uri))
      issues.push({
        message: `more than one rule for uri "${r.uri}" (the first matching rule decides, so the second would never apply)`,
        path: [...field, j, 'uri'],
      });
    seen.add(r.uri);
  });
  return (list ?? []).map((r) => ({ uri: r.uri, enabled: r.enabled ?? true }));
}

/** The code mode after a write; `allow_code_mode` true keeps a current non-off mode, else means opt_in. */
export function resolveCodeMode(
  body: { code_mode?: CodeMode; allow_code_mode?: boolean },
  current?: CodeMode,
): CodeMode {
  const { code_mode: mode, allow_code_mode: allow } = body;
  if (mode !== undefined && allow !== undefined && allow !== (mode !== 'off')) {
    throw new ValidationError([
      {
        message: `allow_code_mode ${allow} conflicts with code_mode "${mode}" (allow_code_mode is true exactly when code_mode is not "off")`,
        path: ['allow_code_mode'],
      },
    ]);
  }
  if (mode !== undefined) return mode;
  if (allow === false) return 'off';
  if (allow === true) return current !== undefined && current !== 'off' ? current : 'opt_in';
  return current ?? 'opt_in';
}

function toMappings(repo: Repository, list: readonly PortalServerMappingRequest[]): MappingRecord[] {
  const issues: Issue[] = [];
  const seen = new Set<string>();
  const out: MappingRecord[] = [];
  list.forEach((m, i) => {
    if (seen.has(m.server_id)) {
      issues.push({
        message: `server "${m.server_id}" is listed more than once`,
        path: ['servers', i, 'server_id'],
      });
      return;
    }
    seen.add(m.server_id);
    const server = repo.servers.get(m.server_id);
    if (!server) {
      issues.push({
        message: `MCP server "${m.server_id}" does not exist`,
        path: ['servers', i, 'server_id'],
      });
      return;
    }
    checkOverrides(
      m.updated_tools,
      ['servers', i, 'updated_tools'],
      server.tools.map((t) => t.name),
      issues,
      server.updated_tools,
    );
    checkOverrides(
      m.updated_prompts,
      ['servers', i, 'updated_prompts'],
      server.prompts.map((p) => p.name),
      issues,
      server.updated_prompts,
    );
    const resources = toResourceRules(m.updated_resources, ['servers', i, 'updated_resources'], issues);
    out.push({
      server_id: m.server_id,
      default_disabled: m.default_disabled ?? false,
      on_behalf: m.on_behalf ?? true,
      updated_tools: m.updated_tools ?? [],
      updated_prompts: m.updated_prompts ?? [],
      ...(resources.length > 0 ? { updated_resources: resources } : {}),
    });
  });
  if (issues.length > 0) throw new ValidationError(issues);
  return out.sort((a, b) => (a.server_id < b.server_id ? -1 : a.server_id > b.server_id ? 1 : 0));
}

function assertHostnameFree(repo: Repository, hostname: string, id: string): void {
  const owner = repo.portals.idForHostname(hostname);
  if (owner !== undefined && owner !== id) {
    throw new DuplicateError([
      { message: `hostname "${hostname}" is already used by portal "${owner}"`, path: ['hostname'] },
    ]);
  }
}

export function portalRoutes(deps: ApiDeps): Hono {
  const { repo } = deps;
  const app = new Hono();
  app.use('*', async (c, next) => {
    // Set before the handler runs, so the answer is built with it (errors included): a header set on a
    // finished answer makes Hono rebuild it as a stream, which a 4 MB portals page pays ~15 ms for.
    c.header(EXTENSIONS_HEADER, EXTENSIONS.join(', '));
    await next();
  });
  const render = (rec: PortalRecord) =>
    toPortalObject(rec, repo.servers.getMany(rec.servers.map((m) => m.server_id)));

  app.get('/', (c) => {
    const q = parseListQuery(c.req.query());
    const page = repo.portals.list(q);
    // The page's servers read once (portals share servers), not once per portal.
    const servers = repo.servers.getMany([
      ...new Set(page.items.flatMap((p) => p.servers.map((m) => m.server_id))),
    ]);
    // Each server's stored tool and prompt lists go out as stored (most of the page's bytes).
    const answer = new CellAnswer();
    return answer.send(
      c,
      success(
        page.items.map((rec) => {
          const portal = toPortalObject(rec, servers);
          return { ...portal, servers: portal.servers?.map((m) => answer.server(m)) };
        }),
        [],
        resultInfo(q, page),
      ),
    );
  });

  app.post('/', async (c) => {
    const body = assertValid<PortalCreate>(CREATE, await readJsonObject(c));
    const code_mode = resolveCodeMode(body);
    const rec = repo.transaction(() => {
      if (repo.portals.get(body.id)) {
        throw new DuplicateError([
          { message: `an MCP portal with id "${body.id}" already exists`, path: ['id'] },
        ]);
      }
      assertHostnameFree(repo, body.hostname, body.id);
      const now = deps.now().toISOString();
      const created: PortalRecord = {
        id: body.id,
        name: body.name,
        hostname: body.hostname,
        description: body.description || null,
        code_mode,
        secure_web_gateway: body.secure_web_gateway ?? false,
        servers: toMappings(repo, body.servers ?? []),
        created_at: now,
        modified_at: now,
        created_by: deps.actor,
        modified_by: deps.actor,
      };
      repo.portals.insert(created);
      return created;
    });
    return c.json(success(render(rec)), 201);
  });

  app.get('/:id', (c) => {
    const rec = repo.portals.get(c.req.param('id'));
    if (!rec) throw notFound(c.req.param('id'));
    return c.json(success(render(rec)));
  });

  app.put('/:id', async (c) => {
    const id = c.req.param('id');
    const raw = await readJsonObject(c, true);
    const rec = repo.transaction(() => {
      const cur = repo.portals.get(id);
      if (!cur) throw notFound(id);
      dropUnchanged(raw, { id }, ['id'], `MCP portal "${id}"`);
      const body = assertValid<PortalUpdate>(UPDATE, raw);
      const code_mode = resolveCodeMode(body, cur.code_mode);
      if (body.hostname !== undefined) assertHostnameFree(repo, body.hostname, id);
      const next: PortalRecord = {
        ...cur,
        name: body.name ?? cur.name,
        hostname: body.hostname ?? cur.hostname,
        description: body.description !== undefined ? body.description || null : cur.description,
        code_mode,
        secure_web_gateway: body.secure_web_gateway ?? cur.secure_web_gateway,
        servers: body.servers ? toMappings(repo, body.servers) : cur.servers,
        modified_at: deps.now().toISOString(),
        modified_by: deps.actor,
      };
      repo.portals.update(next);
      return next;
    });
    return c.json(success(render(rec)));
  });

  app.delete('/:id', (c) => {
    const id = c.req.param('id');
    const rec = repo.transaction(() => {
      const cur = repo.portals.get(id);
      if (!cur) throw notFound(id);
      repo.portals.delete(id);
      return cur;
    });
    return c.json(success(toPortalBase(rec)));
  });

  return app;
}
