/**
 * Routes of `/accounts/{account_id}/access/policies` (reusable Access policies): list, create (the server
 * assigns a UUID), read, update (PUT is a full update, as Cloudflare's) and delete (refused while an Access
 * application links the policy). Create and update refuse selectors the embedded portal cannot evaluate.
 */
import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import type { PolicyCreate } from '../../schemas/generated/wire.js';
import { checkPolicyRules } from '../access/selectors.js';
import type { PolicyRecord } from '../store/repository.js';
import { toPolicyObject } from './access-wire.js';
import { assertValid, readJsonObject } from './body.js';
import type { ApiDeps } from './deps.js';
import { parseListQuery, resultInfo, success } from './envelope.js';
import { InUseError, NotFoundError, ValidationError } from './errors.js';
import { dropUnchanged } from './ids.js';

const CREATE = 'wire/access-policy.schema.json#/definitions/Create';
const UPDATE = 'wire/access-policy.schema.json#/definitions/Update';
export const DEFAULT_SESSION_DURATION = '24h';

const notFound = (id: string) => new NotFoundError(`Access policy "${id}" not found`);

function fromBody(body: PolicyCreate): Omit<PolicyRecord, 'id' | 'created_at' | 'updated_at'> {
  const issues = checkPolicyRules(body);
  if (issues.length > 0) throw new ValidationError(issues);
  const { include, exclude, require, session_duration, ...rest } = body;
  return {
    ...rest,
    include,
    exclude: exclude ?? [],
    require: require ?? [],
    session_duration: session_duration ?? DEFAULT_SESSION_DURATION,
  };
}

export function policyRoutes(deps: ApiDeps): Hono {
  const { repo } = deps;
  const app = new Hono();
  const render = (rec: PolicyRecord) => toPolicyObject(rec, repo.policies.usedBy(rec.id).length);

  app.get('/', (c) => {
    const q = parseListQuery(c.req.query());
    const page = repo.policies.list(q);
    return c.json(success(page.items.map(render), [], resultInfo(q, page)));
  });

  app.post('/', async (c) => {
    const body = assertValid<PolicyCreate>(CREATE, await readJsonObject(c));
    const now = deps.now().toISOString();
    const rec: PolicyRecord = { id: randomUUID(), ...fromBody(body), created_at: now, updated_at: now };
    repo.transaction(() => repo.policies.insert(rec));
    return c.json(success(render(rec)), 201);
  });

  app.get('/:id', (c) => {
    const rec = repo.policies.get(c.req.param('id'));
    if (!rec) throw notFound(c.req.param('id'));
    return c.json(success(render(rec)));
  });

  app.put('/:id', async (c) => {
    const id = c.req.param('id');
    const raw = await readJsonObject(c);
    const rec = repo.transaction(() => {
      const cur = repo.policies.get(id);
      if (!cur) throw notFound(id);
      dropUnchanged(raw, { id }, ['id'], `Access policy "${id}"`);
      const body = assertValid<PolicyCreate>(UPDATE, raw);
      const next: PolicyRecord = {
        id,
        ...fromBody(body),
        created_at: cur.created_at,
        updated_at: deps.now().toISOString(),
      };
      repo.policies.update(next);
      return next;
    });
    return c.json(success(render(rec)));
  });

  app.delete('/:id', (c) => {
    const id = c.req.param('id');
    const rec = repo.transaction(() => {
      const cur = repo.policies.get(id);
      if (!cur) throw notFound(id);
      const apps = repo.policies.usedBy(id);
      if (apps.length > 0) {
        const list = apps.map((a) => `"${a.name}" (${a.id})`).join(', ');
        throw new InUseError(
          `Access policy "${cur.name}" is still used by application${apps.length > 1 ? 's' : ''} ${list}; unlink it first`,
        );
      }
      repo.policies.delete(id);
      return cur;
    });
    return c.json(success(toPolicyObject(rec, 0)));
  });

  return app;
}
