// Raw-HTTP tests of the MCP servers endpoints against a real portal on 127.0.0.1: fidelity points
// (envelope, partial PUT, write-only secrets, summaries, pagination) and every error path, each checking
// the error code and that the database did not change.
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PORTALS, readySync, SERVERS, startTestPortal, type TestPortal } from '../testing/harness.js';
import { CODES } from './errors.js';
import { OAUTH_PENDING_ERROR } from './server-auth.js';

let p: TestPortal;
let calls: string[];
beforeAll(async () => {
  calls = [];
  const ready = readySync([{ name: 'search' }, { name: 'fetch' }], [{ name: 'summarise' }]);
  p = await startTestPortal({
    sync: async (conn, opts) => {
      calls.push(conn.id);
      return ready(conn, opts);
    },
  });
});
afterAll(() => p.close());

let n = 0;
const newId = () => `srv-${++n}`;
const server = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  name: `Server ${id}`,
  hostname: `https://${id}.example.com/mcp`,
  auth_type: 'unauthenticated',
  ...extra,
});
const create = async (id: string, extra: Record<string, unknown> = {}) => {
  const r = await p.call('POST', SERVERS, server(id, extra));
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r;
};

describe('create and read', () => {
  it('answers 201 with the Cloudflare envelope and a waiting server, then syncs it to ready', async () => {
    const id = newId();
    const r = await create(id, { description: 'first' });
    expect(r.body).toMatchObject({ success: true, errors: [], messages: [] });
    expect(r.body.result).toMatchObject({
      id,
      name: `Server ${id}`,
      hostname: `https://${id}.example.com/mcp`,
      auth_type: 'unauthenticated',
      description: 'first',
      status: 'waiting',
      authentication_status: 'not_required',
      tools: [],
      prompts: [],
      secure_web_gateway: false,
      is_shared_oauth_callback_enabled: false,
    });
    expect(r.body.result).not.toHaveProperty('updated_tools');
    await p.scheduler.idle();
    const read = await p.call('GET', `${SERVERS}/${id}`);
    expect(read.status).toBe(200);
    expect(read.body.result).toMatchObject({
      status: 'ready',
      tools: [{ name: 'search' }, { name: 'fetch' }],
    });
    expect(read.body.result.last_synced).toBe(read.body.result.last_successful_sync);
    expect(read.body.result).not.toHaveProperty('error');
    expect(calls).toContain(id);
  });

  it('never returns secrets, and summarises them in auth_config_summary', async () => {
    const id = newId();
    const r = await create(id, { auth_type: 'bearer', auth_credentials: 'tok-very-secret' });
    expect(JSON.stringify(r.body)).not.toContain('tok-very-secret');
    expect(r.body.result.auth_config_summary).toEqual({
      has_credentials: true,
      credentials_version: 1,
      credentials_fingerprint: expect.stringMatching(/^hmac-sha256:[\w-]+:[0-9a-f]{64}$/),
    });
    // The fingerprint lets a holder of a candidate value compare it, and nobody else.
    const [, salt, hex] = r.body.result.auth_config_summary.credentials_fingerprint.split(':');
    const hmac = (v: string) => createHmac('sha256', Buffer.from(salt, 'base64url')).update(v).digest('hex');
    expect(hmac('tok-very-secret')).toBe(hex);
    expect(hmac('tok-other')).not.toBe(hex);
    const headers = newId();
    const h = await create(headers, {
      auth_type: 'bearer',
      // A value no random salt or id could contain by chance (a short one like `k1` can, now and then).
      auth_credentials: JSON.stringify({
        headers: { 'X-Api-Key': 'key-sec-ret', 'CF-Access-Client-Id': 'c' },
      }),
    });
    expect(h.body.result.auth_config_summary).toEqual({
      has_credentials: true,
      credentials_version: 1,
      header_names: ['CF-Access-Client-Id', 'X-Api-Key'],
      credentials_fingerprint: expect.stringMatching(/^hmac-sha256:/),
    });
    expect(JSON.stringify(h.body)).not.toContain('key-sec-ret');
  });

  it('stores secrets encrypted at rest', async () => {
    const id = newId();
    await create(id, { auth_type: 'bearer', auth_credentials: 'plain-text-token-123' });
    const row = p.repo.db.prepare('SELECT auth_credentials FROM servers WHERE id = ?').get(id) as {
      auth_credentials: string;
    };
    expect(row.auth_credentials).not.toContain('plain-text-token-123');
    expect(p.repo.servers.secrets(id).auth_credentials).toBe('plain-text-token-123');
  });

  it('keeps an oauth server waiting with authentication_status required and a clear error, and never syncs it', async () => {
    const id = newId();
    const r = await create(id, { auth_type: 'oauth' });
    expect(r.body.result).toMatchObject({
      status: 'waiting',
      authentication_status: 'required',
      error: OAUTH_PENDING_ERROR,
    });
    expect(r.body.result.auth_config_summary).toMatchObject({ auth_mode: 'dcr', has_client_secret: false });
    const sync = await p.call('POST', `${SERVERS}/${id}/sync`);
    expect(sync.status).toBe(200);
    expect(sync.body.result).toMatchObject({ status: 'waiting', error: OAUTH_PENDING_ERROR });
    await p.scheduler.idle();
    expect(calls).not.toContain(id);
  });

  it('summarises a manual OAuth client and rotates its client secret', async () => {
    const id = newId();
    const creds = {
      auth_mode: 'manual',
      config: { authorization_endpoint: 'https://idp/authorize', token_endpoint: 'https://idp/token' },
      registration_info: { client_id: 'client-1', redirect_uris: ['https://x/cb'] },
    };
    const r = await create(id, {
      auth_type: 'oauth',
      auth_credentials: JSON.stringify(creds),
      client_secret: 'cs-1',
    });
    expect(r.body.result.authentication_status).toBe('manual');
    expect(r.body.result.auth_config_summary).toMatchObject({
      auth_mode: 'manual',
      has_client_secret: true,
      client_secret_version: 1,
      config: creds.config,
      registration_info: creds.registration_info,
    });
    const u = await p.call('PUT', `${SERVERS}/${id}`, { client_secret: 'cs-2' });
    expect(u.body.result.auth_config_summary).toMatchObject({
      client_secret_version: 2,
      credentials_version: 1,
    });
    expect(JSON.stringify(u.body)).not.toContain('cs-2');
  });
});

describe('list', () => {
  it('pages with result_info, returns [] past the end, and searches id and name', async () => {
    for (const id of ['lst-a', 'lst-b', 'lst-c']) await create(id, { name: `Listed ${id}` });
    const page1 = await p.call('GET', `${SERVERS}?search=lst-&per_page=2&page=1`);
    expect(page1.status).toBe(200);
    expect(page1.body.result.map((s: { id: string }) => s.id)).toEqual(['lst-a', 'lst-b']);
    expect(page1.body.result_info).toEqual({
      page: 1,
      per_page: 2,
      count: 2,
      total_count: 3,
      total_pages: 2,
    });
    const page2 = await p.call('GET', `${SERVERS}?search=lst-&per_page=2&page=2`);
    expect(page2.body.result.map((s: { id: string }) => s.id)).toEqual(['lst-c']);
    const past = await p.call('GET', `${SERVERS}?search=lst-&per_page=2&page=9`);
    expect(past.status).toBe(200);
    expect(past.body.result).toEqual([]);
    const byName = await p.call('GET', `${SERVERS}?search=LISTED%20LST-B`);
    expect(byName.body.result.map((s: { id: string }) => s.id)).toEqual(['lst-b']);
  });

  it.each([
    { name: 'per_page 0', query: 'per_page=0', path: ['per_page'] },
    { name: 'per_page 101', query: 'per_page=101', path: ['per_page'] },
    { name: 'page 0', query: 'page=0', path: ['page'] },
    { name: 'page not a number', query: 'page=two', path: ['page'] },
  ])('refuses a bad list query: $name', async ({ query, path }) => {
    const r = await p.call('GET', `${SERVERS}?${query}`);
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ success: false, result: {} });
    expect(r.body.errors[0]).toMatchObject({ code: CODES.badListQuery, path });
  });
});

describe('update (partial PUT)', () => {
  it('keeps omitted fields and secrets, clears description with null, drops empty updated_* from responses', async () => {
    const id = newId();
    const created = await create(id, {
      auth_type: 'bearer',
      auth_credentials: 'keep-me',
      description: 'to be cleared',
      updated_tools: [{ name: 'search', alias: 'find' }],
    });
    const r = await p.call('PUT', `${SERVERS}/${id}`, { name: 'Renamed' });
    expect(r.status).toBe(200);
    expect(r.body.result).toMatchObject({
      name: 'Renamed',
      description: 'to be cleared',
      updated_tools: [{ name: 'search', alias: 'find' }],
    });
    expect(r.body.result.auth_config_summary).toEqual({
      has_credentials: true,
      credentials_version: 1,
      credentials_fingerprint: created.body.result.auth_config_summary.credentials_fingerprint,
    });
    expect(p.repo.servers.secrets(id).auth_credentials).toBe('keep-me');
    const cleared = await p.call('PUT', `${SERVERS}/${id}`, { description: null, updated_tools: [] });
    expect(cleared.body.result.description).toBeNull();
    expect(cleared.body.result).not.toHaveProperty('updated_tools');
    expect(p.repo.servers.secrets(id).auth_credentials).toBe('keep-me');
  });

  it('bumps credentials_version on every write that sends auth_credentials, and resyncs', async () => {
    const id = newId();
    await create(id, { auth_type: 'bearer', auth_credentials: 'v1' });
    await p.scheduler.idle();
    const before = calls.filter((c) => c === id).length;
    const r = await p.call('PUT', `${SERVERS}/${id}`, { auth_credentials: 'v2' });
    expect(r.body.result.auth_config_summary.credentials_version).toBe(2);
    expect(r.body.result.status).toBe('waiting');
    await p.scheduler.idle();
    expect(calls.filter((c) => c === id).length).toBe(before + 1);
    expect(p.repo.servers.secrets(id).auth_credentials).toBe('v2');
    const same = await p.call('PUT', `${SERVERS}/${id}`, { auth_credentials: 'v2' });
    expect(same.body.result.auth_config_summary.credentials_version).toBe(3);
  });

  it('accepts an unchanged hostname, auth_type or id in the body (clients sending back what they read)', async () => {
    const id = newId();
    const created = await create(id);
    const { hostname, auth_type } = created.body.result;
    const r = await p.call('PUT', `${SERVERS}/${id}`, { id, hostname, auth_type, name: 'Same' });
    expect(r.status).toBe(200);
    expect(r.body.result.name).toBe('Same');
  });

  it('answers the server after the sync from POST .../sync, as Cloudflare does', async () => {
    const id = newId();
    await create(id, { description: 'kept' });
    const r = await p.call('POST', `${SERVERS}/${id}/sync`);
    expect(r.status).toBe(200);
    // The whole server (a superset of the SDK's ServerSyncResponse {status, error, error_details}).
    expect(r.body.result).toEqual((await p.call('GET', `${SERVERS}/${id}`)).body.result);
    expect(r.body.result).toMatchObject({
      id,
      description: 'kept',
      status: 'ready',
      tools: [{ name: 'search' }, { name: 'fetch' }],
    });
    expect(r.body.result).not.toHaveProperty('error');
  });
});

describe('delete', () => {
  it('returns the deleted object', async () => {
    const id = newId();
    await create(id);
    const r = await p.call('DELETE', `${SERVERS}/${id}`);
    expect(r.status).toBe(200);
    expect(r.body.result).toMatchObject({ id, name: `Server ${id}` });
    expect((await p.call('GET', `${SERVERS}/${id}`)).status).toBe(404);
  });
});

describe('errors (nothing is written)', () => {
  const big = 'x'.repeat(1024 * 1024 + 10);
  const existing = 'err-existing';
  const mapped = 'err-mapped';
  beforeAll(async () => {
    await create(existing, { auth_type: 'bearer', auth_credentials: 'tok' });
    await create(mapped);
    const portal = await p.call('POST', PORTALS, {
      id: 'err-portal',
      name: 'P',
      hostname: 'err.example.com',
      servers: [{ server_id: mapped }],
    });
    expect(portal.status).toBe(201);
    await p.scheduler.idle();
  });

  const cases: {
    name: string;
    reason: string;
    method: string;
    path: string;
    body?: unknown;
    status: number;
    code: number;
    errPath?: (string | number)[];
  }[] = [
    {
      name: 'malformed JSON',
      reason: 'bodies must parse',
      method: 'POST',
      path: SERVERS,
      body: '{"id": ',
      status: 400,
      code: CODES.malformedJson,
    },
    {
      name: 'empty body',
      reason: 'create needs a body',
      method: 'POST',
      path: SERVERS,
      body: '',
      status: 400,
      code: CODES.malformedJson,
    },
    {
      name: 'array body',
      reason: 'bodies are objects',
      method: 'POST',
      path: SERVERS,
      body: '[]',
      status: 400,
      code: CODES.malformedJson,
    },
    {
      name: 'missing name',
      reason: 'name is required',
      method: 'POST',
      path: SERVERS,
      body: { id: 'x1', hostname: 'https://a/mcp', auth_type: 'unauthenticated' },
      status: 400,
      code: CODES.validation,
      errPath: ['name'],
    },
    {
      name: 'underscore in id',
      reason: 'tools are namespaced {server_id}_{tool}',
      method: 'POST',
      path: SERVERS,
      body: server('bad_id'),
      status: 400,
      code: CODES.validation,
      errPath: ['id'],
    },
    {
      name: 'id too long',
      reason: 'ids are 1-32 chars',
      method: 'POST',
      path: SERVERS,
      body: server('a'.repeat(33)),
      status: 400,
      code: CODES.validation,
      errPath: ['id'],
    },
    {
      name: 'hostname not a URL',
      reason: 'hostname is the full upstream URL',
      method: 'POST',
      path: SERVERS,
      body: server('x2', { hostname: 'example.com' }),
      status: 400,
      code: CODES.validation,
      errPath: ['hostname'],
    },
    {
      name: 'unknown auth_type',
      reason: 'auth_type is an enum',
      method: 'POST',
      path: SERVERS,
      body: server('x3', { auth_type: 'header' }),
      status: 400,
      code: CODES.validation,
      errPath: ['auth_type'],
    },
    {
      name: 'unknown field',
      reason: 'read-only fields are not accepted',
      method: 'POST',
      path: SERVERS,
      body: server('x4', { status: 'ready' }),
      status: 400,
      code: CODES.validation,
      errPath: ['status'],
    },
    {
      name: 'duplicate id',
      reason: 'ids are unique; 400 because the SDK retries 409',
      method: 'POST',
      path: SERVERS,
      body: server(existing),
      status: 400,
      code: CODES.duplicate,
      errPath: ['id'],
    },
    {
      name: 'credentials on unauthenticated',
      reason: 'they would never be used',
      method: 'POST',
      path: SERVERS,
      body: server('x5', { auth_credentials: 't' }),
      status: 400,
      code: CODES.validation,
      errPath: ['auth_credentials'],
    },
    {
      name: 'client_secret on bearer',
      reason: 'only OAuth has a client secret',
      method: 'POST',
      path: SERVERS,
      body: server('x6', { auth_type: 'bearer', client_secret: 's' }),
      status: 400,
      code: CODES.validation,
      errPath: ['client_secret'],
    },
    {
      name: 'headers JSON without headers',
      reason: 'the JSON form is {"headers": {...}}',
      method: 'POST',
      path: SERVERS,
      body: server('x7', { auth_type: 'bearer', auth_credentials: '{"x": 1}' }),
      status: 400,
      code: CODES.validation,
      errPath: ['auth_credentials'],
    },
    {
      name: 'manual oauth without client_secret',
      reason: 'a manual client needs its secret',
      method: 'POST',
      path: SERVERS,
      body: server('x8', {
        auth_type: 'oauth',
        auth_credentials: JSON.stringify({
          auth_mode: 'manual',
          config: { authorization_endpoint: 'a', token_endpoint: 'b' },
          registration_info: { client_id: 'c' },
        }),
      }),
      status: 400,
      code: CODES.validation,
      errPath: ['client_secret'],
    },
    {
      name: 'two overrides for one tool',
      reason: 'one override per name',
      method: 'POST',
      path: SERVERS,
      body: server('x9', { updated_tools: [{ name: 't' }, { name: 't' }] }),
      status: 400,
      code: CODES.validation,
      errPath: ['updated_tools', 1, 'name'],
    },
    {
      name: 'alias shared by two tools',
      reason: 'visible names are unique',
      method: 'POST',
      path: SERVERS,
      body: server('x10', {
        updated_tools: [
          { name: 't1', alias: 'same' },
          { name: 't2', alias: 'same' },
        ],
      }),
      status: 400,
      code: CODES.validation,
      errPath: ['updated_tools', 1, 'alias'],
    },
    {
      name: 'alias with bad characters',
      reason: 'aliases match ^[a-zA-Z0-9]+([_-][a-zA-Z0-9]+)*$',
      method: 'POST',
      path: SERVERS,
      body: server('x11', { updated_tools: [{ name: 't1', alias: 'no spaces' }] }),
      status: 400,
      code: CODES.validation,
      errPath: ['updated_tools', 0, 'alias'],
    },
    {
      name: 'body over 1 MiB',
      reason: 'bodies are limited to 1 MiB',
      method: 'POST',
      path: SERVERS,
      body: server('x12', { description: big }),
      status: 413,
      code: CODES.payloadTooLarge,
    },
    {
      name: 'hostname change',
      reason: 'hostname is create-only',
      method: 'PUT',
      path: `${SERVERS}/${existing}`,
      body: { hostname: 'https://other.example.com/mcp' },
      status: 400,
      code: CODES.immutableField,
      errPath: ['hostname'],
    },
    {
      name: 'auth_type change',
      reason: 'auth_type is create-only',
      method: 'PUT',
      path: `${SERVERS}/${existing}`,
      body: { auth_type: 'unauthenticated' },
      status: 400,
      code: CODES.immutableField,
      errPath: ['auth_type'],
    },
    {
      name: 'id change',
      reason: 'ids are create-only',
      method: 'PUT',
      path: `${SERVERS}/${existing}`,
      body: { id: 'other' },
      status: 400,
      code: CODES.immutableField,
      errPath: ['id'],
    },
    {
      name: 'update with bad type',
      reason: 'the update body is validated',
      method: 'PUT',
      path: `${SERVERS}/${existing}`,
      body: { name: 5 },
      status: 400,
      code: CODES.validation,
      errPath: ['name'],
    },
    {
      name: 'update malformed JSON',
      reason: 'bodies must parse',
      method: 'PUT',
      path: `${SERVERS}/${existing}`,
      body: 'nope',
      status: 400,
      code: CODES.malformedJson,
    },
    {
      name: 'read unknown',
      reason: 'unknown ids are 404',
      method: 'GET',
      path: `${SERVERS}/missing`,
      status: 404,
      code: CODES.notFound,
    },
    {
      name: 'update unknown',
      reason: 'unknown ids are 404',
      method: 'PUT',
      path: `${SERVERS}/missing`,
      body: { name: 'x' },
      status: 404,
      code: CODES.notFound,
    },
    {
      name: 'delete unknown',
      reason: 'unknown ids are 404',
      method: 'DELETE',
      path: `${SERVERS}/missing`,
      status: 404,
      code: CODES.notFound,
    },
    {
      name: 'sync unknown',
      reason: 'unknown ids are 404',
      method: 'POST',
      path: `${SERVERS}/missing/sync`,
      status: 404,
      code: CODES.notFound,
    },
    {
      name: 'delete a mapped server',
      reason: 'a portal still maps it',
      method: 'DELETE',
      path: `${SERVERS}/${mapped}`,
      status: 400,
      code: CODES.inUse,
    },
  ];

  it.each(cases)('$name -> $status', async ({ reason, method, path, body, status, code, errPath }) => {
    const before = p.dump();
    const r = await p.call(method, path, body);
    expect(r.status, reason).toBe(status);
    expect(r.body.success, reason).toBe(false);
    expect(r.body.result, reason).toBeNull();
    expect(r.body.errors[0].code, reason).toBe(code);
    if (errPath)
      expect(
        r.body.errors.map((e: { path?: unknown }) => e.path),
        reason,
      ).toContainEqual(errPath);
    await p.scheduler.idle();
    expect(p.dump(), reason).toEqual(before);
  });

  it('names the portals that still map a server it refuses to delete', async () => {
    const r = await p.call('DELETE', `${SERVERS}/${mapped}`);
    expect(r.body.errors[0].message).toContain('"err-portal"');
  });
});
