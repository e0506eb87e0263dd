/**
 * Routes of `/accounts/{account_id}/access/groups` (Access groups: reusable include/require/exclude rule
 * sets a policy matches with `{group: {id}}`): list (`name`, `search`), create, read, update (PUT, full)
 * and delete, refused while a policy or another group names the group, as Cloudflare refuses it.
 */
import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import type { GroupCreate } from '../../schemas/generated/wire.js';
import { checkPolicyRules } from '../access/selectors.js';
import type { GroupRecord } from '../store/repository.js';
import { toGroupObject } from './access-wire.js';
import { assertValid, readJsonObject } from './body.js';
import type { ApiDeps } from './deps.js';
import { parseListQuery, resultInfo, success } from './envelope.js';
import { InUseError, type Issue, NotFoundError, ValidationError } from './errors.js';
import { dropUnchanged } from './ids.js';

const CREATE = 'wire/access-group.schema.json#/definitions/Create';
const UPDATE = 'wire/access-group.schema.json#/definitions/Update';

const notFound = (id: string) => new NotFoundError(`Access group "${id}" not found`);

function fromBody(body: GroupCreate, selfId?: string): Omit<GroupRecord, 'id' | 'created_at' | 'updated_at'> {
  // A group's rules are checked as an Allow policy's would be: it is only ever used inside policies.
  const issues: Issue[] = checkPolicyRules({ ...body, decision: 'allow' });
  for (const field of ['include', 'exclude', 'require'] as const) {
    (body[field] ?? []).forEach((rule, i) => {
      if (selfId !== undefined && 'group' in rule && rule.group.id === selfId) {
        issues.push({ message: 'a group cannot name itself', path: [field, i, 'group', 'id'] });
      }
    });
  }
  if (issues.length > 0) throw new ValidationError(issues);
  const { include, exclude, require, ...rest } = body;
  return { ...rest, include, exclude: exclude ?? [], require: require ?? [] };
}

export function groupRoutes(deps: ApiDeps): Hono {
  const { repo } = deps;
  const app = new Hono();

  app.get('/', (c) => {
    const query = c.req.query();
    const q = parseListQuery(query);
    const page = repo.groups.list({ ...q, ...(query.name ? { name: query.name } : {}) });
    return c.json(success(page.items.map(toGroupObject), [], resultInfo(q, page)));
  });

  app.post('/', async (c) => {
    const body = assertValid<GroupCreate>(CREATE, await readJsonObject(c));
    const now = deps.now().toISOString();
    const rec: GroupRecord = { id: randomUUID(), ...fromBody(body), created_at: now, updated_at: now };
    repo.transaction(() => repo.groups.insert(rec));
    return c.json(success(toGroupObject(rec)), 201);
  });

  app.get('/:id', (c) => {
    const rec = repo.groups.get(c.req.param('id'));
    if (!rec) throw notFound(c.req.param('id'));
    return c.json(success(toGroupObject(rec)));
  });

  app.put('/:id', async (c) => {
    const id = c.req.param('id');
    const raw = await readJsonObject(c);
    const rec = repo.transaction(() => {
      const cur = repo.groups.get(id);
      if (!cur) throw notFound(id);
      dropUnchanged(raw, { id }, ['id'], `Access group "${id}"`);
      const body = assertValid<GroupCreate>(UPDATE, raw);
      const next: GroupRecord = {
        id,
        ...fromBody(body, id),
        created_at: cur.created_at,
        updated_at: deps.now().toISOString(),
      };
      repo.groups.update(next);
      return next;
    });
    return c.json(success(toGroupObject(rec)));
  });

  app.delete('/:id', (c) => {
    const id = c.req.param('id');
    repo.transaction(() => {
      const cur = repo.groups.get(id);
      if (!cur) throw notFound(id);
      const users = repo.groups.referencedBy(id);
      if (users.length > 0) {
        const list = users.map((u) => `${u.kind} "${u.name}" (${u.id})`).join(', ');
        throw new InUseError(
          `Access group "${cur.name}" is still used by ${list}; remove it from them first`,
        );
      }
      repo.groups.delete(id);
    });
    return c.json(success({ id }));
  });

  return app;
}
