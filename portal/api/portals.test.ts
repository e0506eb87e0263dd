// Raw-HTTP tests of the MCP portals endpoints: mapping set semantics (replace on PUT, canonical order,
// both id and server_id), override merging, code_mode / allow_code_mode consistency, and error paths.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PORTALS, SERVERS, startTestPortal, type TestPortal } from '../testing/harness.js';
import { CODES } from './errors.js';

let p: TestPortal;
beforeAll(async () => {
  p = await startTestPortal();
  for (const id of ['zeta', 'alpha', 'mid']) {
    const r = await p.call('POST', SERVERS, {
      id,
      name: id,
      hostname: `https://${id}.example.com/mcp`,
      auth_type: 'unauthenticated',
      ...(id === 'alpha'
        ? { updated_tools: [{ name: 'a', alias: 'server-a', description: 'server says' }] }
        : {}),
    });
    expect(r.status).toBe(201);
  }
  await p.scheduler.idle();
});
afterAll(() => p.close());

let n = 0;
const newId = () => `portal-${++n}`;
const portal = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  name: `Portal ${id}`,
  hostname: `${id}.example.com`,
  ...extra,
});
const ids = (servers: { id: string }[]) => servers.map((s) => s.id);

describe('create and read', () => {
  it('returns servers in canonical order with id and server_id, defaults and the full server object', async () => {
    const id = newId();
    const r = await p.call(
      'POST',
      PORTALS,
      portal(id, { servers: [{ server_id: 'zeta' }, { server_id: 'alpha', on_behalf: false }] }),
    );
    expect(r.status).toBe(201);
    expect(r.body.result).toMatchObject({
      id,
      hostname: `${id}.example.com`,
      code_mode: 'opt_in',
      allow_code_mode: true,
      secure_web_gateway: false,
    });
    // Cloudflare types a portal's description `description?: string`: absent, never null.
    expect(r.body.result).not.toHaveProperty('description');
    expect(ids(r.body.result.servers)).toEqual(['alpha', 'zeta']);
    const [alpha, zeta] = r.body.result.servers;
    expect(alpha).toMatchObject({
      id: 'alpha',
      server_id: 'alpha',
      on_behalf: false,
      default_disabled: false,
      status: 'ready',
      tools: [{ name: 'a' }, { name: 'b' }],
    });
    expect(zeta).toMatchObject({ id: 'zeta', server_id: 'zeta', on_behalf: true, default_disabled: false });
    expect(zeta).not.toHaveProperty('updated_tools');
    const read = await p.call('GET', `${PORTALS}/${id}`);
    expect(read.body.result).toEqual(r.body.result);
  });

  it('merges portal and server overrides as portal_alias / server_alias by name', async () => {
    const id = newId();
    const r = await p.call(
      'POST',
      PORTALS,
      portal(id, {
        servers: [
          {
            server_id: 'alpha',
            updated_tools: [
              { name: 'a', alias: 'portal-a', enabled: false },
              { name: 'b', description: 'portal b' },
            ],
          },
        ],
      }),
    );
    expect(r.body.result.servers[0].updated_tools).toEqual([
      {
        name: 'a',
        enabled: false,
        portal_alias: 'portal-a',
        server_alias: 'server-a',
        server_description: 'server says',
      },
      { name: 'b', portal_description: 'portal b' },
    ]);
  });

  it('lists with pagination and searches the hostname', async () => {
    const id = newId();
    await p.call('POST', PORTALS, portal(id, { hostname: 'unique-search-host.example.org' }));
    const r = await p.call('GET', `${PORTALS}?search=unique-search-host`);
    expect(ids(r.body.result)).toEqual([id]);
    expect(r.body.result_info).toMatchObject({ total_count: 1, count: 1, page: 1 });
    const past = await p.call('GET', `${PORTALS}?page=50`);
    expect(past.status).toBe(200);
    expect(past.body.result).toEqual([]);
  });
});

describe('update', () => {
  it('replaces the whole mapping set when servers is sent, keeps it when omitted; "" clears description', async () => {
    const id = newId();
    await p.call(
      'POST',
      PORTALS,
      portal(id, { description: 'd', servers: [{ server_id: 'zeta' }, { server_id: 'mid' }] }),
    );
    const keep = await p.call('PUT', `${PORTALS}/${id}`, { name: 'Kept' });
    expect(keep.body.result).toMatchObject({ name: 'Kept', description: 'd' });
    expect(ids(keep.body.result.servers)).toEqual(['mid', 'zeta']);
    const replaced = await p.call('PUT', `${PORTALS}/${id}`, {
      servers: [{ server_id: 'alpha' }],
      description: '',
    });
    expect(ids(replaced.body.result.servers)).toEqual(['alpha']);
    expect(replaced.body.result).not.toHaveProperty('description');
    expect((await p.call('GET', `${PORTALS}/${id}`)).body.result).not.toHaveProperty('description');
    const emptied = await p.call('PUT', `${PORTALS}/${id}`, { servers: [] });
    expect(emptied.body.result.servers).toEqual([]);
    expect(p.repo.portals.usingServer('zeta')).not.toContain(id);
  });

  it('can change the hostname (unlike a server)', async () => {
    const id = newId();
    await p.call('POST', PORTALS, portal(id));
    const r = await p.call('PUT', `${PORTALS}/${id}`, { hostname: `${id}-new.example.com` });
    expect(r.status).toBe(200);
    expect(r.body.result.hostname).toBe(`${id}-new.example.com`);
  });

  const modes = [
    {
      name: 'default',
      reason: 'code_mode defaults to opt_in',
      create: {},
      update: undefined,
      want: ['opt_in', true],
    },
    {
      name: 'allow false',
      reason: 'the deprecated flag false means off',
      create: { allow_code_mode: false },
      update: undefined,
      want: ['off', false],
    },
    {
      name: 'allow true',
      reason: 'true means any mode but off: opt_in',
      create: { allow_code_mode: true },
      update: undefined,
      want: ['opt_in', true],
    },
    {
      name: 'enforced',
      reason: 'allow_code_mode follows code_mode',
      create: { code_mode: 'enforced' },
      update: undefined,
      want: ['enforced', true],
    },
    {
      name: 'both agree',
      reason: 'consistent pairs are fine',
      create: { code_mode: 'off', allow_code_mode: false },
      update: undefined,
      want: ['off', false],
    },
    {
      name: 'allow true on off',
      reason: 'turning code mode on picks opt_in',
      create: { code_mode: 'off' },
      update: { allow_code_mode: true },
      want: ['opt_in', true],
    },
    {
      name: 'allow true on enforced',
      reason: 'allow true keeps a mode that is already on',
      create: { code_mode: 'enforced' },
      update: { allow_code_mode: true },
      want: ['enforced', true],
    },
    {
      name: 'code_mode update',
      reason: 'code_mode wins on its own',
      create: { allow_code_mode: false },
      update: { code_mode: 'default_on' },
      want: ['default_on', true],
    },
  ];
  it.each(modes)('code_mode: $name', async ({ reason, create, update, want }) => {
    const id = newId();
    let r = await p.call('POST', PORTALS, portal(id, create));
    expect(r.status, reason).toBe(201);
    if (update) r = await p.call('PUT', `${PORTALS}/${id}`, update);
    expect([r.body.result.code_mode, r.body.result.allow_code_mode], reason).toEqual(want);
  });
});

describe('delete', () => {
  it('returns the portal without servers, and frees its servers for deletion', async () => {
    const id = newId();
    const server = `gone-${id}`;
    await p.call('POST', SERVERS, {
      id: server,
      name: 's',
      hostname: 'https://s.example.com/mcp',
      auth_type: 'unauthenticated',
    });
    await p.call('POST', PORTALS, portal(id, { servers: [{ server_id: server }] }));
    const r = await p.call('DELETE', `${PORTALS}/${id}`);
    expect(r.status).toBe(200);
    expect(r.body.result).toMatchObject({ id, name: `Portal ${id}` });
    expect(r.body.result).not.toHaveProperty('servers');
    expect((await p.call('DELETE', `${SERVERS}/${server}`)).status).toBe(200);
  });
});

describe('errors (nothing is written)', () => {
  const taken = 'taken-portal';
  beforeAll(async () => {
    expect((await p.call('POST', PORTALS, portal(taken))).status).toBe(201);
  });
  const cases = [
    {
      name: 'unknown server',
      reason: 'mappings must name existing servers',
      method: 'POST',
      path: PORTALS,
      body: portal('e1', { servers: [{ server_id: 'nope' }] }),
      status: 400,
      code: CODES.validation,
      errPath: ['servers', 0, 'server_id'],
    },
    {
      name: 'server listed twice',
      reason: 'servers is a set',
      method: 'POST',
      path: PORTALS,
      body: portal('e2', { servers: [{ server_id: 'mid' }, { server_id: 'mid' }] }),
      status: 400,
      code: CODES.validation,
      errPath: ['servers', 1, 'server_id'],
    },
    {
      name: 'mapping uses id instead of server_id',
      reason: 'the request shape is server_id (docs PR #33586)',
      method: 'POST',
      path: PORTALS,
      body: portal('e3', { servers: [{ id: 'mid' }] }),
      status: 400,
      code: CODES.validation,
      errPath: ['servers', 0, 'server_id'],
    },
    {
      name: 'code mode conflict',
      reason: 'allow_code_mode must agree with code_mode',
      method: 'POST',
      path: PORTALS,
      body: portal('e4', { code_mode: 'off', allow_code_mode: true }),
      status: 400,
      code: CODES.validation,
      errPath: ['allow_code_mode'],
    },
    {
      name: 'duplicate id',
      reason: 'ids are unique (400, not 409)',
      method: 'POST',
      path: PORTALS,
      body: portal(taken, { hostname: 'other.example.com' }),
      status: 400,
      code: CODES.duplicate,
      errPath: ['id'],
    },
    {
      name: 'duplicate hostname',
      reason: 'the data plane routes by hostname',
      method: 'POST',
      path: PORTALS,
      body: portal('e5', { hostname: `${taken}.example.com` }),
      status: 400,
      code: CODES.duplicate,
      errPath: ['hostname'],
    },
    {
      name: 'hostname with scheme',
      reason: 'a portal hostname is bare',
      method: 'POST',
      path: PORTALS,
      body: portal('e6', { hostname: 'https://x.example.com' }),
      status: 400,
      code: CODES.validation,
      errPath: ['hostname'],
    },
    {
      name: 'missing hostname',
      reason: 'hostname is required',
      method: 'POST',
      path: PORTALS,
      body: { id: 'e7', name: 'x' },
      status: 400,
      code: CODES.validation,
      errPath: ['hostname'],
    },
    {
      name: 'bad code_mode',
      reason: 'code_mode is an enum',
      method: 'POST',
      path: PORTALS,
      body: portal('e8', { code_mode: 'sometimes' }),
      status: 400,
      code: CODES.validation,
      errPath: ['code_mode'],
    },
    {
      name: 'null description on create',
      reason: "a portal's description is a string on Cloudflare (SDK: description?: string); omit it instead",
      method: 'POST',
      path: PORTALS,
      body: portal('e9', { description: null }),
      status: 400,
      code: CODES.validation,
      errPath: ['description'],
    },
    {
      name: 'null description on update',
      reason: 'to clear a portal description send "" (null is not in its type)',
      method: 'PUT',
      path: `${PORTALS}/${taken}`,
      body: { description: null },
      status: 400,
      code: CODES.validation,
      errPath: ['description'],
    },
    {
      name: 'update conflict',
      reason: 'checked on update too',
      method: 'PUT',
      path: `${PORTALS}/${taken}`,
      body: { code_mode: 'enforced', allow_code_mode: false },
      status: 400,
      code: CODES.validation,
      errPath: ['allow_code_mode'],
    },
    {
      name: 'update unknown server',
      reason: 'mappings are checked on update',
      method: 'PUT',
      path: `${PORTALS}/${taken}`,
      body: { name: 'changed', servers: [{ server_id: 'nope' }] },
      status: 400,
      code: CODES.validation,
      errPath: ['servers', 0, 'server_id'],
    },
    {
      name: 'update id',
      reason: 'ids are create-only',
      method: 'PUT',
      path: `${PORTALS}/${taken}`,
      body: { id: 'renamed' },
      status: 400,
      code: CODES.immutableField,
      errPath: ['id'],
    },
    {
      name: 'read unknown',
      reason: '404 for unknown ids',
      method: 'GET',
      path: `${PORTALS}/nope`,
      status: 404,
      code: CODES.notFound,
    },
    {
      name: 'update unknown',
      reason: '404 for unknown ids',
      method: 'PUT',
      path: `${PORTALS}/nope`,
      body: { name: 'x' },
      status: 404,
      code: CODES.notFound,
    },
    {
      name: 'delete unknown',
      reason: '404 for unknown ids',
      method: 'DELETE',
      path: `${PORTALS}/nope`,
      status: 404,
      code: CODES.notFound,
    },
  ];
  it.each(cases)('$name -> $status', async ({ reason, method, path, body, status, code, errPath }) => {
    const before = p.dump();
    const r = await p.call(method, path, body);
    expect(r.status, reason).toBe(status);
    expect(r.body.errors[0].code, reason).toBe(code);
    if (errPath)
      expect(
        r.body.errors.map((e: { path?: unknown }) => e.path),
        reason,
      ).toContainEqual(errPath);
    expect(p.dump(), reason).toEqual(before);
  });
});
