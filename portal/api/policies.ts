/**
 * Routes of `/accounts/{account_id}/access/policies` (reusable Access policies): list, create (the server
 * assigns a UUID), read, update (PUT is a full update, as Cloudflare's) and delete (refused while an Access
 * application links the policy). Inline policies of applications are not reusable and are not served here.
 */
import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import type { PolicyCreate } from '../../schemas/generated/wire.js';
import type { PolicyRecord } from '../store/repository.js';
import { checkPolicyBody, policyFields } from './access-checks.js';
import { toPolicyObject } from './access-wire.js';
import { assertValid, readJsonObject } from './body.js';
import type { ApiDeps } from './deps.js';
import { parseListQuery, resultInfo, success } from './envelope.js';
import { InUseError, NotFoundError, ValidationError } from './errors.js';
import { dropUnchanged } from './ids.js';

const CREATE = 'wire/access-policy.schema.json#/definitions/Create';
const UPDATE = 'wire/access-policy.schema.json#/definitions/Update';

export { DEFAULT_SESSION_DURATION } from './access-checks.js';

const notFound = (id: string) => new NotFoundError(`Access policy "${id}" not found`);

function fromBody(body: PolicyCreate): Omit<PolicyRecord, 'id' | 'created_at' | 'updated_at'> {
  const issues = checkPolicyBody(body);
  if (issues.length > 0) throw new ValidationError(issues);
  return policyFields(body);
}

export function policyRoutes(deps: ApiDeps): Hono {
  const { repo } = deps;
  const app = new Hono();
  const render = (rec: PolicyRecord) => toPolicyObject(rec, repo.policies.usedBy(rec.id).length);
  /** A reusable policy by id (an app's inline policy is not one). */
  const reusable = (id: string) => {
    const rec = repo.policies.get(id);
    if (!rec || rec.app_id !== undefined) throw notFound(id);
    return rec;
  };

  app.get('/', (c) => {
    const q = parseListQuery(c.req.query());
    const page = repo.policies.list(q);
    // The page's app counts in one read, not one query per policy.
    const counts = repo.policies.appCounts(page.items.map((p) => p.id));
    return c.json(
      success(
        page.items.map((rec) => toPolicyObject(rec, counts.get(rec.id) ?? 0)),
        [],
        resultInfo(q, page),
      ),
    );
  });

  app.post('/', async (c) => {
    const body = assertValid<PolicyCreate>(CREATE, await readJsonObject(c));
    const now = deps.now().toISOString();
    const rec: PolicyRecord = { id: randomUUID(), ...fromBody(body), created_at: now, updated_at: now };
    repo.transaction(() => repo.policies.insert(rec));
    return c.json(success(render(rec)), 201);
  });

  app.get('/:id', (c) => c.json(success(render(reusable(c.req.param('id'))))));

  app.put('/:id', async (c) => {
    const id = c.req.param('id');
    const raw = await readJsonObject(c);
    const rec = repo.transaction(() => {
      const cur = reusable(id);
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
      const cur = reusable(id);
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
