/**
 * Routes of `/accounts/{account_id}/access/tags` (account-wide tag names applications list in `tags`),
 * keyed by name as Cloudflare's: list, create, read, update (PUT renames, and the new name replaces the old
 * in every application) and delete (refused while an application lists the tag, so an app's tags exist).
 */
import { Hono } from 'hono';
import type { TagCreate } from '../../schemas/generated/wire.js';
import type { TagRecord } from '../store/repository.js';
import { toTagObject } from './access-wire.js';
import { assertValid, readJsonObject } from './body.js';
import type { ApiDeps } from './deps.js';
import { parseListQuery, resultInfo, success } from './envelope.js';
import { DuplicateError, InUseError, NotFoundError } from './errors.js';

const CREATE = 'wire/access-tag.schema.json#/definitions/Create';
const UPDATE = 'wire/access-tag.schema.json#/definitions/Update';

const notFound = (name: string) => new NotFoundError(`Access tag "${name}" not found`);
const exists = (name: string) => new DuplicateError(`Access tag "${name}" already exists`);

export function tagRoutes(deps: ApiDeps): Hono {
  const { repo } = deps;
  const app = new Hono();
  const render = (rec: TagRecord) => toTagObject(rec, repo.tags.appCount(rec.name));

  app.get('/', (c) => {
    const q = parseListQuery(c.req.query());
    const page = repo.tags.list(q);
    // One pass over the apps for the whole page, not one per tag (accounts hold a tag per managed object).
    const counts = repo.tags.appCounts(page.items.map((t) => t.name));
    return c.json(
      success(
        page.items.map((t) => toTagObject(t, counts.get(t.name) ?? 0)),
        [],
        resultInfo(q, page),
      ),
    );
  });

  app.post('/', async (c) => {
    const body = assertValid<TagCreate>(CREATE, await readJsonObject(c));
    const now = deps.now().toISOString();
    const rec: TagRecord = { name: body.name, created_at: now, updated_at: now };
    repo.transaction(() => {
      if (repo.tags.get(rec.name)) throw exists(rec.name);
      repo.tags.insert(rec);
    });
    return c.json(success(render(rec)), 201);
  });

  app.get('/:name', (c) => {
    const rec = repo.tags.get(c.req.param('name'));
    if (!rec) throw notFound(c.req.param('name'));
    return c.json(success(render(rec)));
  });

  app.put('/:name', async (c) => {
    const name = c.req.param('name');
    const raw = await readJsonObject(c);
    const rec = repo.transaction(() => {
      const cur = repo.tags.get(name);
      if (!cur) throw notFound(name);
      const body = assertValid<TagCreate>(UPDATE, raw);
      if (body.name !== name && repo.tags.get(body.name)) throw exists(body.name);
      const next: TagRecord = {
        name: body.name,
        created_at: cur.created_at,
        updated_at: deps.now().toISOString(),
      };
      repo.tags.rename(name, next);
      return next;
    });
    return c.json(success(render(rec)));
  });

  app.delete('/:name', (c) => {
    const name = c.req.param('name');
    repo.transaction(() => {
      if (!repo.tags.get(name)) throw notFound(name);
      const count = repo.tags.appCount(name);
      if (count > 0) {
        throw new InUseError(
          `Access tag "${name}" is still listed by ${count} application${count > 1 ? 's' : ''}; remove it from them first`,
        );
      }
      repo.tags.delete(name);
    });
    return c.json(success({ name }));
  });

  return app;
}
