/**
 * Routes of `/accounts/{account_id}/access/ai-controls/mcp/servers`: list, create, read, update (PUT with
 * partial semantics: omitted fields, secrets included, are kept; null clears description), delete (refused
 * while a portal maps the server; an oauth server's grant is revoked), `POST {id}/sync` (answers the server
 * after the sync) and `POST {id}/authorize` (an extension: starts the admin OAuth flow, answers `{url}`).
 * Every write runs in one transaction after all checks.
 */
import { Hono } from 'hono';
import type { ServerCreate, ServerUpdate } from '../../schemas/generated/wire.js';
import { ADMIN_SUBJECT, type ServerRecord, type ServerSecrets } from '../store/repository.js';
import { UpstreamAuthError } from '../upstream-auth/upstream-auth.js';
import { assertValid, readJsonObject } from './body.js';
import { CellAnswer } from './cell-answer.js';
import type { ApiDeps } from './deps.js';
import { parseListQuery, resultInfo, success } from './envelope.js';
import {
  ApiError,
  DuplicateError,
  InUseError,
  type Issue,
  NotFoundError,
  ValidationError,
} from './errors.js';
import { dropUnchanged } from './ids.js';
import { checkOverrides } from './overrides.js';
import { authenticationStatus, checkCredentials, OAUTH_PENDING_ERROR } from './server-auth.js';
import { toServerObject } from './server-wire.js';

const CREATE = 'wire/mcp-server.schema.json#/definitions/Create';
const UPDATE = 'wire/mcp-server.schema.json#/definitions/Update';

const notFound = (id: string) => new NotFoundError(`MCP server "${id}" not found`);

/** 502: the upstream's authorization server could not be used (discovery, registration). */
export class UpstreamAuthorizationError extends ApiError {
  static override readonly code = 1008;
  readonly status = 502;
}

/** The sync state of a server that has not synced since its connection settings changed. */
function pendingSync(
  rec: Pick<ServerRecord, 'auth_type'>,
): Pick<ServerRecord, 'status' | 'error' | 'error_details'> {
  return rec.auth_type === 'oauth'
    ? {
        status: 'waiting',
        error: OAUTH_PENDING_ERROR,
        error_details: { cause: 'oauth_authorization_required', is_upstream: false, retryable: false },
      }
    : { status: 'waiting', error: null, error_details: null };
}

function checkServerOverrides(body: ServerUpdate, rec: Pick<ServerRecord, 'tools' | 'prompts'>): void {
  const issues: Issue[] = [];
  checkOverrides(
    body.updated_tools,
    ['updated_tools'],
    rec.tools.map((t) => t.name),
    issues,
  );
  checkOverrides(
    body.updated_prompts,
    ['updated_prompts'],
    rec.prompts.map((p) => p.name),
    issues,
  );
  if (issues.length > 0) throw new ValidationError(issues);
}

export function serverRoutes(deps: ApiDeps): Hono {
  const { repo } = deps;
  const app = new Hono();

  app.get('/', (c) => {
    const q = parseListQuery(c.req.query());
    const page = repo.servers.list(q);
    const answer = new CellAnswer();
    return answer.send(
      c,
      success(
        page.items.map((rec) => answer.server(toServerObject(rec))),
        [],
        resultInfo(q, page),
      ),
    );
  });

  app.post('/', async (c) => {
    const body = assertValid<ServerCreate>(CREATE, await readJsonObject(c));
    const facts = checkCredentials(body.auth_type, body, {}, body.client_secret !== undefined);
    checkServerOverrides(body, { tools: [], prompts: [] });
    const now = deps.now().toISOString();
    const rec: ServerRecord = {
      id: body.id,
      name: body.name,
      hostname: body.hostname,
      auth_type: body.auth_type,
      description: body.description ?? null,
      is_shared_oauth_callback_enabled: body.is_shared_oauth_callback_enabled ?? false,
      secure_web_gateway: body.secure_web_gateway ?? false,
      updated_tools: body.updated_tools ?? [],
      updated_prompts: body.updated_prompts ?? [],
      has_credentials: body.auth_credentials !== undefined,
      credentials_version: body.auth_credentials !== undefined ? 1 : 0,
      has_client_secret: body.client_secret !== undefined,
      client_secret_version: body.client_secret !== undefined ? 1 : 0,
      auth_facts: facts,
      generation: 0,
      ...pendingSync(body),
      authentication_status: authenticationStatus(body.auth_type, facts),
      tools: [],
      prompts: [],
      sync_messages: [],
      last_synced: null,
      last_successful_sync: null,
      created_at: now,
      modified_at: now,
      created_by: deps.actor,
      modified_by: deps.actor,
    };
    repo.transaction(() => {
      if (repo.servers.get(rec.id)) {
        throw new DuplicateError([
          { message: `an MCP server with id "${rec.id}" already exists`, path: ['id'] },
        ]);
      }
      repo.servers.insert(rec, {
        auth_credentials: body.auth_credentials,
        client_secret: body.client_secret,
      });
    });
    if (rec.auth_type !== 'oauth') deps.sync.schedule(rec.id);
    return c.json(success(toServerObject(rec)), 201);
  });

  app.get('/:id', (c) => {
    const rec = repo.servers.get(c.req.param('id'));
    if (!rec) throw notFound(c.req.param('id'));
    return c.json(success(toServerObject(rec), rec.sync_messages));
  });

  app.put('/:id', async (c) => {
    const id = c.req.param('id');
    const raw = await readJsonObject(c, true);
    const { rec, resync } = repo.transaction(() => {
      const cur = repo.servers.get(id);
      if (!cur) throw notFound(id);
      dropUnchanged(raw, { ...cur }, ['id', 'hostname', 'auth_type'], `MCP server "${id}"`);
      const body = assertValid<ServerUpdate>(UPDATE, raw);
      const hasSecret = body.client_secret !== undefined || cur.has_client_secret;
      const facts = checkCredentials(cur.auth_type, body, cur.auth_facts, hasSecret);
      checkServerOverrides(body, cur);
      const credentialsChanged = body.auth_credentials !== undefined || body.client_secret !== undefined;
      const next: ServerRecord = {
        ...cur,
        name: body.name ?? cur.name,
        description: 'description' in body ? (body.description ?? null) : cur.description,
        is_shared_oauth_callback_enabled:
          body.is_shared_oauth_callback_enabled ?? cur.is_shared_oauth_callback_enabled,
        secure_web_gateway: body.secure_web_gateway ?? cur.secure_web_gateway,
        updated_tools: body.updated_tools ?? cur.updated_tools,
        updated_prompts: body.updated_prompts ?? cur.updated_prompts,
        auth_facts: facts,
        authentication_status: authenticationStatus(cur.auth_type, facts),
        modified_at: deps.now().toISOString(),
        modified_by: deps.actor,
      };
      const secrets: ServerSecrets = {};
      if (body.auth_credentials !== undefined) {
        secrets.auth_credentials = body.auth_credentials;
        next.has_credentials = true;
        next.credentials_version = cur.credentials_version + 1;
      }
      if (body.client_secret !== undefined) {
        secrets.client_secret = body.client_secret;
        next.has_client_secret = true;
        next.client_secret_version = cur.client_secret_version + 1;
      }
      if (credentialsChanged) Object.assign(next, pendingSync(cur), { generation: cur.generation + 1 });
      repo.servers.update(next, secrets);
      // Another OAuth client: the grant of the old one is of no use (authorise again).
      if (credentialsChanged && cur.auth_type === 'oauth') repo.upstreamGrants.delete(id, ADMIN_SUBJECT);
      return { rec: next, resync: credentialsChanged && cur.auth_type !== 'oauth' };
    });
    if (resync) deps.sync.schedule(id);
    return c.json(success(toServerObject(rec)));
  });

  app.delete('/:id', async (c) => {
    const id = c.req.param('id');
    const { rec, grants } = repo.transaction(() => {
      const cur = repo.servers.get(id);
      if (!cur) throw notFound(id);
      const portals = repo.portals.usingServer(id);
      if (portals.length > 0) {
        const list = portals.map((p) => `"${p}"`).join(', ');
        throw new InUseError(
          `MCP server "${id}" is still mapped to portal${portals.length > 1 ? 's' : ''} ${list}; remove it from their servers first`,
        );
      }
      // Every grant at the server, the admin's and each user's, is revoked at its authorization server.
      const grants = repo.upstreamGrants.subjects(id).map((s) => repo.upstreamGrants.get(id, s));
      repo.servers.delete(id);
      return { rec: cur, grants };
    });
    await Promise.all(grants.map((g) => deps.upstreamAuth?.revoke(g)));
    return c.json(success(toServerObject(rec)));
  });

  // An extension (Cloudflare's dashboard runs this flow; its API has no endpoint for it).
  app.post('/:id/authorize', async (c) => {
    const id = c.req.param('id');
    const rec = repo.servers.get(id);
    if (!rec || !deps.upstreamAuth) throw notFound(id);
    if (rec.auth_type !== 'oauth') {
      throw new ValidationError([
        {
          message: `MCP server "${id}" has auth_type "${rec.auth_type}"; only "oauth" servers are authorised`,
        },
      ]);
    }
    try {
      const url = await deps.upstreamAuth.authorize(id, new URL(c.req.url).origin);
      return c.json(success({ url }));
    } catch (err) {
      if (err instanceof UpstreamAuthError && err.code === 'not_found') throw notFound(id);
      if (err instanceof UpstreamAuthError) throw new UpstreamAuthorizationError(err.message, { cause: err });
      throw err;
    }
  });

  app.post('/:id/sync', async (c) => {
    const id = c.req.param('id');
    if (!repo.servers.get(id)) throw notFound(id);
    const report = await deps.sync.syncNow(id);
    if (!report) throw notFound(id);
    // The SDK types the result as {status, error, error_details}; Cloudflare answers the updated server,
    // whose fields of those names are the same, so the whole object satisfies both readings.
    return c.json(success(toServerObject(report.server), report.messages));
  });

  return app;
}
