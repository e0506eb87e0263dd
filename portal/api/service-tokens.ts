/**
 * Routes of `/accounts/{account_id}/access/service_tokens`, modelled on Cloudflare's: list, create (answers
 * the `client_secret` once), read, update (PUT, partial; a new `duration` counts from now), delete (answers
 * the deleted token), `POST {id}/refresh` (extends the expiry by the duration) and `POST {id}/rotate` (a new
 * secret; the old one stops working at once). Secrets are stored only as hashes.
 */
import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import type {
  ServiceTokenCreate,
  ServiceTokenObject,
  ServiceTokenUpdate,
} from '../../schemas/generated/wire.js';
import { DEFAULT_DURATION, expiryFor, newClientId, newSecret } from '../identity/service-tokens.js';
import type { ServiceTokenRecord } from '../store/repository.js';
import { assertValid, readJsonObject } from './body.js';
import type { ApiDeps } from './deps.js';
import { parseListQuery, resultInfo, success } from './envelope.js';
import { NotFoundError } from './errors.js';
import { dropUnchanged } from './ids.js';

const CREATE = 'wire/service-token.schema.json#/definitions/Create';
const UPDATE = 'wire/service-token.schema.json#/definitions/Update';

const notFound = (id: string) => new NotFoundError(`service token "${id}" not found`);

export function toServiceTokenObject(rec: ServiceTokenRecord): ServiceTokenObject {
  const { last_seen_at, ...rest } = rec;
  return { ...rest, ...(last_seen_at ? { last_seen_at } : {}) };
}

export function serviceTokenRoutes(deps: ApiDeps): Hono {
  const { repo } = deps;
  const app = new Hono();

  app.get('/', (c) => {
    const q = parseListQuery(c.req.query());
    const page = repo.serviceTokens.list(q);
    return c.json(success(page.items.map(toServiceTokenObject), [], resultInfo(q, page)));
  });

  app.post('/', async (c) => {
    const body = assertValid<ServiceTokenCreate>(CREATE, await readJsonObject(c));
    const now = deps.now();
    const duration = body.duration ?? DEFAULT_DURATION;
    const { secret, hash } = newSecret();
    const rec: ServiceTokenRecord = {
      id: randomUUID(),
      name: body.name,
      client_id: newClientId(),
      duration,
      expires_at: expiryFor(duration, now),
      last_seen_at: null,
      created_at: now.toISOString(),
      updated_at: now.toISOString(),
    };
    repo.transaction(() => repo.serviceTokens.insert(rec, hash));
    return c.json(success({ ...toServiceTokenObject(rec), client_secret: secret }), 201);
  });

  app.get('/:id', (c) => {
    const rec = repo.serviceTokens.get(c.req.param('id'));
    if (!rec) throw notFound(c.req.param('id'));
    return c.json(success(toServiceTokenObject(rec)));
  });

  app.put('/:id', async (c) => {
    const id = c.req.param('id');
    const raw = await readJsonObject(c, true);
    const rec = repo.transaction(() => {
      const cur = repo.serviceTokens.get(id);
      if (!cur) throw notFound(id);
      dropUnchanged(raw, { ...cur }, ['id', 'client_id'], `service token "${id}"`);
      const body = assertValid<ServiceTokenUpdate>(UPDATE, raw);
      const now = deps.now();
      const next: ServiceTokenRecord = {
        ...cur,
        name: body.name ?? cur.name,
        ...(body.duration !== undefined
          ? { duration: body.duration, expires_at: expiryFor(body.duration, now) }
          : {}),
        updated_at: now.toISOString(),
      };
      repo.serviceTokens.update(next);
      return next;
    });
    return c.json(success(toServiceTokenObject(rec)));
  });

  app.delete('/:id', (c) => {
    const id = c.req.param('id');
    const rec = repo.transaction(() => {
      const cur = repo.serviceTokens.get(id);
      if (!cur) throw notFound(id);
      repo.serviceTokens.delete(id);
      return cur;
    });
    return c.json(success(toServiceTokenObject(rec)));
  });

  app.post('/:id/refresh', (c) => {
    const id = c.req.param('id');
    const rec = repo.transaction(() => {
      const cur = repo.serviceTokens.get(id);
      if (!cur) throw notFound(id);
      const now = deps.now();
      const next = { ...cur, expires_at: expiryFor(cur.duration, now), updated_at: now.toISOString() };
      repo.serviceTokens.update(next);
      return next;
    });
    return c.json(success(toServiceTokenObject(rec)));
  });

  app.post('/:id/rotate', (c) => {
    const id = c.req.param('id');
    const { secret, hash } = newSecret();
    const rec = repo.transaction(() => {
      const cur = repo.serviceTokens.get(id);
      if (!cur) throw notFound(id);
      const next = { ...cur, updated_at: deps.now().toISOString() };
      repo.serviceTokens.update(next, hash);
      return next;
    });
    return c.json(success({ ...toServiceTokenObject(rec), client_secret: secret }));
  });

  return app;
}
