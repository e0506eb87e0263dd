/**
 * Routes of `/accounts/{account_id}/access/apps` for the two MCP application types: `mcp_portal` (its
 * `domain` is a portal hostname) and `mcp` (a `via_mcp_server_portal` destination naming `mcp_server_id`).
 * `policies` links reusable policies in order (`{id, precedence}` or a bare id) or holds inline policies
 * owned by the app, never both. PUT is a full update; the server assigns the UUID and `aud`. Lists take
 * Cloudflare's filters; `POST {id}/revoke_tokens` ends the sessions the app's portals issued.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import type { AppCreate, AppPolicyLink } from '../../schemas/generated/wire.js';
import { appHosts, appServers } from '../access/access-control.js';
import { LOCAL_IDP_ID } from '../identity/identity-provider.js';
import type {
  AppListQuery,
  AppRecord,
  PolicyLinkRecord,
  PolicyRecord,
  Repository,
} from '../store/repository.js';
import { checkPolicyBody, policyFields, unsupported } from './access-checks.js';
import { toAppObject } from './access-wire.js';
import { assertValid, readJsonObject } from './body.js';
import type { ApiDeps } from './deps.js';
import { parseListQuery, resultInfo, success } from './envelope.js';
import { BadListQueryError, type Issue, NotFoundError, ValidationError } from './errors.js';
import { dropUnchanged } from './ids.js';

const CREATE = 'wire/access-app.schema.json#/definitions/Create';
const UPDATE = 'wire/access-app.schema.json#/definitions/Update';

const notFound = (id: string) => new NotFoundError(`Access application "${id}" not found`);

function checkType(body: AppCreate, issues: Issue[]): void {
  const viaPortal = (body.destinations ?? []).filter((d) => d.type === 'via_mcp_server_portal');
  if (body.type === 'mcp_portal') {
    if (!body.domain)
      issues.push({
        message: 'an mcp_portal application needs domain (the portal hostname)',
        path: ['domain'],
      });
    if (viaPortal.length > 0) {
      issues.push({
        message: 'via_mcp_server_portal destinations are only allowed on type "mcp"',
        path: ['destinations'],
      });
    }
  } else if (viaPortal.length === 0) {
    issues.push({
      message: 'an mcp application needs a destination {type: "via_mcp_server_portal", mcp_server_id}',
      path: ['destinations'],
    });
  }
}

/**
 * Settings the embedded portal either honours or refuses: it has one identity provider, always-HttpOnly
 * SameSite=Lax cookies, no custom pages, no SCIM provisioning, no CORS preflight bypass, and an OAuth
 * server that always allows dynamic registration from any redirect URI with its own token lifetimes.
 */
function checkSettings(repo: Repository, body: AppCreate, issues: Issue[]): void {
  (body.allowed_idps ?? []).forEach((idp, i) => {
    if (idp !== LOCAL_IDP_ID) {
      issues.push({
        message: `identity provider "${idp}" does not exist (the embedded portal has one: ${LOCAL_IDP_ID}, see GET /access/identity_providers)`,
        path: ['allowed_idps', i],
      });
    }
  });
  if (body.auto_redirect_to_identity && body.allowed_idps?.length !== 1) {
    issues.push({
      message: 'auto_redirect_to_identity needs exactly one identity provider in allowed_idps',
      path: ['auto_redirect_to_identity'],
    });
  }
  (body.tags ?? []).forEach((tag, i) => {
    if (!repo.tags.get(tag)) {
      issues.push({
        message: `Access tag "${tag}" does not exist; create it first (POST /access/tags)`,
        path: ['tags', i],
      });
    }
  });
  if (body.custom_pages?.length) issues.push(unsupported(['custom_pages'], 'custom Access pages'));
  if (body.http_only_cookie_attribute === false) {
    issues.push(unsupported(['http_only_cookie_attribute'], 'a session cookie without HttpOnly'));
  }
  const sameSite = body.same_site_cookie_attribute;
  if (sameSite !== undefined && sameSite.toLowerCase() !== 'lax') {
    issues.push(
      unsupported(['same_site_cookie_attribute'], `SameSite=${sameSite} (its cookies are SameSite=Lax)`),
    );
  }
  if (body.options_preflight_bypass) {
    issues.push(unsupported(['options_preflight_bypass'], 'passing CORS preflight requests to the origin'));
  }
  const oauth = body.oauth_configuration;
  if (oauth?.enabled === false)
    issues.push(unsupported(['oauth_configuration', 'enabled'], 'turning its OAuth server off'));
  const dcr = oauth?.dynamic_client_registration;
  if (dcr?.enabled === false) {
    issues.push(
      unsupported(
        ['oauth_configuration', 'dynamic_client_registration', 'enabled'],
        'turning dynamic client registration off',
      ),
    );
  }
  for (const key of ['allow_any_on_localhost', 'allow_any_on_loopback'] as const) {
    if (dcr?.[key] === false) {
      issues.push(
        unsupported(['oauth_configuration', 'dynamic_client_registration', key], 'restricting redirect URIs'),
      );
    }
  }
  if (dcr?.allowed_uris?.length) {
    issues.push(
      unsupported(
        ['oauth_configuration', 'dynamic_client_registration', 'allowed_uris'],
        'restricting redirect URIs',
      ),
    );
  }
  for (const key of ['access_token_lifetime', 'session_duration'] as const) {
    if (oauth?.grant?.[key] !== undefined) {
      issues.push(unsupported(['oauth_configuration', 'grant', key], 'a custom OAuth token lifetime'));
    }
  }
  const scim = body.scim_config;
  if (scim && scim.enabled !== false)
    issues.push(unsupported(['scim_config', 'enabled'], 'SCIM provisioning'));
  if (scim?.authentication !== undefined) {
    issues.push(unsupported(['scim_config', 'authentication'], 'storing SCIM credentials'));
  }
}

type PolicyItem = Exclude<AppPolicyLink, string>;
const inlineOf = (item: AppPolicyLink): PolicyItem | undefined =>
  typeof item === 'object' && (item.decision !== undefined || item.include !== undefined) ? item : undefined;

/** The fields of an item that would override a linked reusable policy for this one application. */
const LINK_OVERRIDES = [
  'name',
  'exclude',
  'require',
  'session_duration',
  'approval_required',
  'approval_groups',
  'purpose_justification_required',
  'purpose_justification_prompt',
  'isolation_required',
  'mfa_config',
  'connection_rules',
] as const;

interface Parsed {
  links: PolicyLinkRecord[];
  /** Inline policies to write (their ids kept when they name one of the app's own). */
  inline: Omit<PolicyRecord, 'created_at' | 'updated_at'>[];
}

function parsePolicies(
  repo: Repository,
  body: AppCreate,
  accountId: string,
  appId: string,
  own: ReadonlyMap<string, PolicyRecord>,
  issues: Issue[],
): Parsed {
  const list = body.policies ?? [];
  const out: Parsed = { links: [], inline: [] };
  const ids = new Set<string>();
  const precedences = new Set<number>();
  const inlineCount = list.filter((item) => inlineOf(item)).length;
  if (inlineCount > 0 && inlineCount < list.length) {
    issues.push({
      message: 'reusable and inline policies are mutually exclusive in one application',
      path: ['policies'],
    });
    return out;
  }
  list.forEach((item, i) => {
    const precedence = typeof item === 'string' ? i + 1 : (item.precedence ?? i + 1);
    let id: string;
    const inline = inlineOf(item);
    if (inline) {
      const { precedence: _p, id: given, account_id: _a, name, decision, include, ...rest } = inline;
      if (!decision || !include) {
        const missing = decision ? 'include' : 'decision';
        issues.push({
          message: `an inline policy needs decision and include`,
          path: ['policies', i, missing],
        });
        return;
      }
      issues.push(...checkPolicyBody({ ...rest, decision, include }, ['policies', i]));
      if (given !== undefined && !own.has(given)) {
        issues.push({
          message: `"${given}" is not an inline policy of this application`,
          path: ['policies', i, 'id'],
        });
      }
      id = given ?? randomUUID();
      const fields = policyFields({
        ...rest,
        decision,
        include,
        name: name ?? `${decision} policy ${precedence}`,
      });
      out.inline.push({ id, ...fields, app_id: appId });
    } else {
      if (typeof item === 'object' && item.id === undefined) {
        issues.push({
          message: 'a policy item needs id (a reusable policy) or decision and include (an inline policy)',
          path: ['policies', i, 'id'],
        });
        return;
      }
      id = typeof item === 'string' ? item : (item.id as string);
      for (const key of typeof item === 'object' ? LINK_OVERRIDES : []) {
        if (typeof item === 'object' && item[key] !== undefined) {
          issues.push(unsupported(['policies', i, key], 'overriding a reusable policy for one application'));
        }
      }
      if (typeof item === 'object' && item.account_id !== undefined && item.account_id !== accountId) {
        issues.push({
          message: `policy "${id}" belongs to account "${item.account_id}", not this one`,
          path: ['policies', i, 'account_id'],
        });
      } else if (!ids.has(id)) {
        const p = repo.policies.get(id);
        if (!p || p.app_id !== undefined)
          issues.push({ message: `Access policy "${id}" does not exist`, path: ['policies', i] });
      }
    }
    if (ids.has(id))
      issues.push({ message: `policy "${id}" is linked more than once`, path: ['policies', i] });
    else if (precedences.has(precedence)) {
      issues.push({
        message: `precedence ${precedence} is used more than once`,
        path: ['policies', i, 'precedence'],
      });
    }
    ids.add(id);
    precedences.add(precedence);
    out.links.push({ id, precedence });
  });
  out.links.sort((a, b) => a.precedence - b.precedence);
  return out;
}

/** The name Cloudflare shows for an app created without one: its domain, or the server it protects. */
const defaultName = (body: AppCreate) =>
  body.domain ?? body.destinations?.find((d) => d.mcp_server_id)?.mcp_server_id ?? body.type;

function fromBody(
  repo: Repository,
  body: AppCreate,
  accountId: string,
  appId: string,
): { fields: Omit<AppRecord, 'id' | 'aud' | 'created_at' | 'updated_at'>; inline: Parsed['inline'] } {
  const issues: Issue[] = [];
  checkType(body, issues);
  checkSettings(repo, body, issues);
  const own = new Map(repo.policies.inlineOf(appId).map((p) => [p.id, p]));
  const { links, inline } = parsePolicies(repo, body, accountId, appId, own, issues);
  if (issues.length > 0) throw new ValidationError(issues);
  const { policies: _raw, name, ...rest } = body;
  return { fields: { ...rest, name: name ?? defaultName(body), policies: links }, inline };
}

/** Writes an app and its inline policies: the app row first (they reference it), links last. */
function write(repo: Repository, rec: AppRecord, inline: Parsed['inline'], now: string, isNew: boolean) {
  const old = isNew ? [] : repo.policies.inlineOf(rec.id);
  if (isNew) repo.apps.insert({ ...rec, policies: [] });
  else repo.apps.update({ ...rec, policies: [] });
  const before = new Map(old.map((p) => [p.id, p]));
  for (const p of inline) {
    const prev = before.get(p.id);
    if (prev) repo.policies.update({ ...p, created_at: prev.created_at, updated_at: now });
    else repo.policies.insert({ ...p, created_at: now, updated_at: now });
  }
  const kept = new Set(inline.map((p) => p.id));
  for (const p of old) if (!kept.has(p.id)) repo.policies.delete(p.id);
  repo.apps.update(rec);
}

function parseAppQuery(query: Record<string, string | undefined>): AppListQuery {
  const q: AppListQuery = parseListQuery(query);
  const issues: Issue[] = [];
  for (const key of ['name', 'domain', 'aud'] as const) {
    const value = query[key];
    if (value !== undefined && value !== '') q[key] = value;
  }
  if (query.exact !== undefined) {
    if (query.exact !== 'true' && query.exact !== 'false') {
      issues.push({ message: 'exact must be true or false', path: ['exact'] });
    } else q.exact = query.exact === 'true';
  }
  const target = query.target_attributes;
  if (target !== undefined && !/^[^=&,\s]+=[^=&,]*(,[^=&,\s]+=[^=&,]*)*$/.test(target)) {
    issues.push({ message: 'target_attributes must be key=value pairs', path: ['target_attributes'] });
  }
  if (issues.length > 0) throw new BadListQueryError(issues);
  return q;
}

export function appRoutes(deps: ApiDeps): Hono {
  const { repo } = deps;
  const app = new Hono();
  const render = (rec: AppRecord) => toAppObject(rec, repo.policies.getMany(rec.policies.map((p) => p.id)));

  app.get('/', (c) => {
    const query = c.req.query();
    const q = parseAppQuery(query);
    // Target criteria belong to infrastructure applications; no MCP application has any, so none matches.
    const page = query.target_attributes !== undefined ? { items: [], total: 0 } : repo.apps.list(q);
    // The page's policies read once (apps share reusable policies), not once per app.
    const policies = repo.policies.getMany([
      ...new Set(page.items.flatMap((a) => a.policies.map((p) => p.id))),
    ]);
    return c.json(
      success(
        page.items.map((rec) => toAppObject(rec, policies)),
        [],
        resultInfo(q, page),
      ),
    );
  });

  app.post('/', async (c) => {
    const body = assertValid<AppCreate>(CREATE, await readJsonObject(c));
    const accountId = c.req.param('account_id') ?? '';
    const rec = repo.transaction(() => {
      const now = deps.now().toISOString();
      const id = randomUUID();
      const { fields, inline } = fromBody(repo, body, accountId, id);
      const created: AppRecord = {
        id,
        ...fields,
        aud: randomBytes(32).toString('hex'),
        created_at: now,
        updated_at: now,
      };
      write(repo, created, inline, now, true);
      return created;
    });
    return c.json(success(render(rec)), 201);
  });

  app.get('/:id', (c) => {
    const rec = repo.apps.get(c.req.param('id'));
    if (!rec) throw notFound(c.req.param('id'));
    return c.json(success(render(rec)));
  });

  app.put('/:id', async (c) => {
    const id = c.req.param('id');
    const accountId = c.req.param('account_id') ?? '';
    const raw = await readJsonObject(c);
    const rec = repo.transaction(() => {
      const cur = repo.apps.get(id);
      if (!cur) throw notFound(id);
      dropUnchanged(raw, { id, aud: cur.aud }, ['id', 'aud'], `Access application "${id}"`);
      const body = assertValid<AppCreate>(UPDATE, raw);
      const now = deps.now().toISOString();
      const { fields, inline } = fromBody(repo, body, accountId, id);
      const next: AppRecord = { id, ...fields, aud: cur.aud, created_at: cur.created_at, updated_at: now };
      write(repo, next, inline, now, false);
      return next;
    });
    return c.json(success(render(rec)));
  });

  app.delete('/:id', (c) => {
    const id = c.req.param('id');
    const rec = repo.transaction(() => {
      const cur = repo.apps.get(id);
      if (!cur) throw notFound(id);
      const shown = render(cur);
      // Unlink first, then drop the inline policies the app owns, then the app.
      repo.apps.update({ ...cur, policies: [] });
      for (const p of repo.policies.inlineOf(id)) repo.policies.delete(p.id);
      repo.apps.delete(id);
      return shown;
    });
    return c.json(success(rec));
  });

  app.post('/:id/revoke_tokens', (c) => {
    const id = c.req.param('id');
    repo.transaction(() => {
      const cur = repo.apps.get(id);
      if (!cur) throw notFound(id);
      // A portal app's sessions are its portal's; a server app's are those of every portal mapping it.
      const portals = new Set<string>();
      if (cur.type === 'mcp_portal') {
        for (const host of appHosts(cur)) {
          const portalId = repo.portals.idForHostname(host);
          if (portalId) portals.add(portalId);
        }
      } else {
        for (const serverId of appServers(cur))
          for (const p of repo.portals.usingServer(serverId)) portals.add(p);
      }
      repo.apps.revokePortalSessions([...portals].sort());
    });
    return c.json(success(null));
  });

  return app;
}
