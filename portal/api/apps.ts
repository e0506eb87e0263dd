/**
 * Routes of `/accounts/{account_id}/access/apps` for the two MCP application types: `mcp_portal` (its
 * `domain` is a portal hostname) and `mcp` (a `via_mcp_server_portal` destination naming `mcp_server_id`).
 * `policies` links reusable policies in order: `{id, precedence}` or a bare id (precedence = position).
 * PUT is a full update; the server assigns the UUID and `aud`.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import type { AppCreate } from '../../schemas/generated/wire.js';
import type { AppRecord, PolicyLinkRecord, Repository } from '../store/repository.js';
import { toAppObject } from './access-wire.js';
import { assertValid, readJsonObject } from './body.js';
import type { ApiDeps } from './deps.js';
import { parseListQuery, resultInfo, success } from './envelope.js';
import { type Issue, NotFoundError, ValidationError } from './errors.js';
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

function toLinks(repo: Repository, list: AppCreate['policies'], issues: Issue[]): PolicyLinkRecord[] {
  const links: PolicyLinkRecord[] = [];
  const ids = new Set<string>();
  const precedences = new Set<number>();
  (list ?? []).forEach((item, i) => {
    const id = typeof item === 'string' ? item : item.id;
    const precedence = typeof item === 'string' ? i + 1 : (item.precedence ?? i + 1);
    if (ids.has(id))
      issues.push({ message: `policy "${id}" is linked more than once`, path: ['policies', i] });
    else if (precedences.has(precedence)) {
      issues.push({
        message: `precedence ${precedence} is used more than once`,
        path: ['policies', i, 'precedence'],
      });
    } else if (!repo.policies.get(id)) {
      issues.push({ message: `Access policy "${id}" does not exist`, path: ['policies', i] });
    }
    ids.add(id);
    precedences.add(precedence);
    links.push({ id, precedence });
  });
  return links.sort((a, b) => a.precedence - b.precedence);
}

function fromBody(
  repo: Repository,
  body: AppCreate,
): Omit<AppRecord, 'id' | 'aud' | 'created_at' | 'updated_at'> {
  const issues: Issue[] = [];
  checkType(body, issues);
  const policies = toLinks(repo, body.policies, issues);
  if (issues.length > 0) throw new ValidationError(issues);
  const { policies: _raw, ...rest } = body;
  return { ...rest, policies };
}

export function appRoutes(deps: ApiDeps): Hono {
  const { repo } = deps;
  const app = new Hono();
  const render = (rec: AppRecord) => toAppObject(rec, repo.policies.getMany(rec.policies.map((p) => p.id)));

  app.get('/', (c) => {
    const q = parseListQuery(c.req.query());
    const page = repo.apps.list(q);
    return c.json(success(page.items.map(render), [], resultInfo(q, page)));
  });

  app.post('/', async (c) => {
    const body = assertValid<AppCreate>(CREATE, await readJsonObject(c));
    const rec = repo.transaction(() => {
      const now = deps.now().toISOString();
      const created: AppRecord = {
        id: randomUUID(),
        ...fromBody(repo, body),
        aud: randomBytes(32).toString('hex'),
        created_at: now,
        updated_at: now,
      };
      repo.apps.insert(created);
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
    const raw = await readJsonObject(c);
    const rec = repo.transaction(() => {
      const cur = repo.apps.get(id);
      if (!cur) throw notFound(id);
      dropUnchanged(raw, { id }, ['id'], `Access application "${id}"`);
      const body = assertValid<AppCreate>(UPDATE, raw);
      const next: AppRecord = {
        id,
        ...fromBody(repo, body),
        aud: cur.aud,
        created_at: cur.created_at,
        updated_at: deps.now().toISOString(),
      };
      repo.apps.update(next);
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
      repo.apps.delete(id);
      return shown;
    });
    return c.json(success(rec));
  });

  return app;
}
