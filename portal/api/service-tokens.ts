/**
 * Routes of `/accounts/{account_id}/access/service_tokens`, modelled on Cloudflare's: list (`name`, `search`),
 * create (answers the `client_secret` once), read, update (PUT, partial; a new `duration` counts from now; a
 * higher `client_secret_version` rotates), delete, `POST {id}/refresh` (extends the expiry) and
 * `POST {id}/rotate` (a new secret; the previous one stays valid until `previous_client_secret_expires_at`,
 * by default now). A disabled token authenticates with neither secret. Secrets are stored only as hashes.
 */
import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import type {
  ServiceTokenCreate,
  ServiceTokenObject,
  ServiceTokenRotate,
  ServiceTokenUpdate,
} from '../../schemas/generated/wire.js';
import { DEFAULT_DURATION, expiryFor, newClientId, newSecret } from '../identity/service-tokens.js';
import type { ServiceTokenRecord } from '../store/repository.js';
import { assertValid, readJsonObject } from './body.js';
import type { ApiDeps } from './deps.js';
import { parseListQuery, resultInfo, success } from './envelope.js';
import { NotFoundError, ValidationError } from './errors.js';
import { dropUnchanged } from './ids.js';

const CREATE = 'wire/service-token.schema.json#/definitions/Create';
const UPDATE = 'wire/service-token.schema.json#/definitions/Update';
const ROTATE = 'wire/service-token.schema.json#/definitions/Rotate';

const notFound = (id: string) => new NotFoundError(`service token "${id}" not found`);

export function toServiceTokenObject(rec: ServiceTokenRecord): ServiceTokenObject {
  const { last_seen_at, previous_client_secret_expires_at, ...rest } = rec;
  return {
    ...rest,
    ...(previous_client_secret_expires_at ? { previous_client_secret_expires_at } : {}),
    ...(last_seen_at ? { last_seen_at } : {}),
  };
}

export function serviceTokenRoutes(deps: ApiDeps): Hono {
  const { repo } = deps;
  const app = new Hono();

  app.get('/', (c) => {
    const query = c.req.query();
    const q = parseListQuery(query);
    const page = repo.serviceTokens.list({ ...q, ...(query.name ? { name: query.name } : {}) });
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
      enabled: body.enabled ?? true,
      client_secret_version: body.client_secret_version ?? 1,
      // A new token has no previous secret: the expiry is kept for a later rotation to honour.
      previous_client_secret_expires_at: body.previous_client_secret_expires_at ?? null,
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
    const { secret, hash } = newSecret();
    const { rec, rotated } = repo.transaction(() => {
      const cur = repo.serviceTokens.get(id);
      if (!cur) throw notFound(id);
      dropUnchanged(raw, { ...cur }, ['id', 'client_id'], `service token "${id}"`);
      const body = assertValid<ServiceTokenUpdate>(UPDATE, raw);
      const version = body.client_secret_version;
      if (version !== undefined && version < cur.client_secret_version) {
        throw new ValidationError([
          {
            message: `client_secret_version ${version} is lower than the current ${cur.client_secret_version}`,
            path: ['client_secret_version'],
          },
        ]);
      }
      const now = deps.now();
      const rotate = version !== undefined && version > cur.client_secret_version;
      const next: ServiceTokenRecord = {
        ...cur,
        name: body.name ?? cur.name,
        enabled: body.enabled ?? cur.enabled,
        client_secret_version: version ?? cur.client_secret_version,
        ...(body.duration !== undefined
          ? { duration: body.duration, expires_at: expiryFor(body.duration, now) }
          : {}),
        previous_client_secret_expires_at:
          body.previous_client_secret_expires_at ??
          (rotate ? now.toISOString() : cur.previous_client_secret_expires_at),
        updated_at: now.toISOString(),
      };
      repo.serviceTokens.update(next, rotate ? hash : undefined);
      return { rec: next, rotated: rotate };
    });
    // A rotation through client_secret_version answers the new secret, once, like rotate does.
    return c.json(success({ ...toServiceTokenObject(rec), ...(rotated ? { client_secret: secret } : {}) }));
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

  app.post('/:id/rotate', async (c) => {
    const id = c.req.param('id');
    const body = assertValid<ServiceTokenRotate>(ROTATE, await readJsonObject(c, true));
    const { secret, hash } = newSecret();
    const rec = repo.transaction(() => {
      const cur = repo.serviceTokens.get(id);
      if (!cur) throw notFound(id);
      const now = deps.now().toISOString();
      const next: ServiceTokenRecord = {
        ...cur,
        client_secret_version: cur.client_secret_version + 1,
        previous_client_secret_expires_at: body.previous_client_secret_expires_at ?? now,
        updated_at: now,
      };
      repo.serviceTokens.update(next, hash);
      return next;
    });
    return c.json(success({ ...toServiceTokenObject(rec), client_secret: secret }));
  });

  return app;
}
