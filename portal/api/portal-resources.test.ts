// The `updated_resources` extension of portal mappings over raw HTTP: stored in order with `enabled` filled in,
// returned by create, get, list and update only when a mapping has rules (Cloudflare's shape otherwise),
// replaced with the mapping set, announced by the `Mcp-Portals-Extensions` header, kept across a restart
// and a migration from the store before it, and bad rules refused with their JSON path and nothing written.
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validate } from '../../schemas/registry.js';
import { migrate, migrations } from '../store/migrations.js';
import { createPortalTable } from '../store/portals-table.js';
import { PORTALS, SERVERS, startTestPortal, type TestPortal } from '../testing/harness.js';
import { CODES } from './errors.js';

let p: TestPortal;
beforeAll(async () => {
  p = await startTestPortal();
  for (const id of ['docs', 'files']) {
    const r = await p.call('POST', SERVERS, {
      id,
      name: id,
      hostname: `https://${id}.example.com/mcp`,
      auth_type: 'unauthenticated',
    });
    expect(r.status).toBe(201);
  }
  await p.scheduler.idle();
});
afterAll(() => p.close());

let n = 0;
const newId = () => `res-${++n}`;
const portal = (id: string, servers: unknown[]) => ({ id, name: id, hostname: `${id}.example.com`, servers });
const mapping = (body: { result: { servers: { server_id: string }[] } }, server: string) =>
  body.result.servers.find((s) => s.server_id === server) as Record<string, unknown> | undefined;

const RULES = [
  { uri: 'docs://internal/*', enabled: false },
  { uri: 'docs://*' },
  { uri: 'docs://guides/{page}', enabled: true },
];
const STORED = [
  { uri: 'docs://internal/*', enabled: false },
  { uri: 'docs://*', enabled: true },
  { uri: 'docs://guides/{page}', enabled: true },
];

describe('updated_resources on portal mappings', () => {
  it('create, get and list return the rules in order with enabled filled in; a mapping without rules has no key', async () => {
    const id = newId();
    const r = await p.call(
      'POST',
      PORTALS,
      portal(id, [{ server_id: 'docs', updated_resources: RULES }, { server_id: 'files' }]),
    );
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(mapping(r.body, 'docs')?.updated_resources).toEqual(STORED);
    expect(mapping(r.body, 'files')).not.toHaveProperty('updated_resources');
    const read = await p.call('GET', `${PORTALS}/${id}`);
    expect(read.body.result).toEqual(r.body.result);
    const list = await p.call('GET', `${PORTALS}?search=${id}.example.com`);
    expect(list.body.result).toEqual([r.body.result]);
    const v = validate('wire/mcp-portal.schema.json#/definitions/Object', r.body.result);
    expect(v.ok ? [] : v.errors).toEqual([]);
  });

  it('an empty list is no rules: the response has no key, as on Cloudflare', async () => {
    const id = newId();
    const r = await p.call('POST', PORTALS, portal(id, [{ server_id: 'docs', updated_resources: [] }]));
    expect(r.status).toBe(201);
    expect(mapping(r.body, 'docs')).not.toHaveProperty('updated_resources');
  });

  it('PUT with servers replaces the rules; PUT without servers keeps them; omitting them clears them', async () => {
    const id = newId();
    await p.call('POST', PORTALS, portal(id, [{ server_id: 'docs', updated_resources: RULES }]));
    const renamed = await p.call('PUT', `${PORTALS}/${id}`, { name: 'renamed' });
    expect(mapping(renamed.body, 'docs')?.updated_resources).toEqual(STORED);
    const replaced = await p.call('PUT', `${PORTALS}/${id}`, {
      servers: [{ server_id: 'docs', updated_resources: [{ uri: '*', enabled: false }] }],
    });
    expect(replaced.status).toBe(200);
    expect(mapping(replaced.body, 'docs')?.updated_resources).toEqual([{ uri: '*', enabled: false }]);
    const cleared = await p.call('PUT', `${PORTALS}/${id}`, { servers: [{ server_id: 'docs' }] });
    expect(mapping(cleared.body, 'docs')).not.toHaveProperty('updated_resources');
    expect(mapping((await p.call('GET', `${PORTALS}/${id}`)).body, 'docs')).not.toHaveProperty(
      'updated_resources',
    );
  });

  it('every portals answer announces the extension; other collections do not', async () => {
    const list = await p.call('GET', PORTALS);
    expect(list.headers.get('mcp-portals-extensions')).toBe('resources');
    const missing = await p.call('GET', `${PORTALS}/nope`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('mcp-portals-extensions')).toBe('resources');
    expect((await p.call('GET', SERVERS)).headers.get('mcp-portals-extensions')).toBeNull();
  });
});

describe('bad rules are refused with their path, and nothing is written', () => {
  const existing = 'res-existing';
  beforeAll(async () => {
    const r = await p.call(
      'POST',
      PORTALS,
      portal(existing, [{ server_id: 'docs', updated_resources: RULES }]),
    );
    expect(r.status).toBe(201);
  });
  const cases = [
    {
      name: 'uri listed twice',
      reason: 'the first matching rule decides: a second rule for one uri would never apply',
      method: 'POST',
      path: PORTALS,
      body: portal('bad-1', [
        { server_id: 'docs', updated_resources: [{ uri: 'docs://a' }, { uri: 'docs://a', enabled: false }] },
      ]),
      errPath: ['servers', 0, 'updated_resources', 1, 'uri'],
    },
    {
      name: 'empty uri',
      reason: 'a rule must match something',
      method: 'POST',
      path: PORTALS,
      body: portal('bad-2', [{ server_id: 'docs', updated_resources: [{ uri: '' }] }]),
      errPath: ['servers', 0, 'updated_resources', 0, 'uri'],
    },
    {
      name: 'uri with a space',
      reason: 'URIs and URI templates have no whitespace',
      method: 'POST',
      path: PORTALS,
      body: portal('bad-3', [{ server_id: 'docs', updated_resources: [{ uri: 'docs://a b' }] }]),
      errPath: ['servers', 0, 'updated_resources', 0, 'uri'],
    },
    {
      name: 'missing uri',
      reason: 'uri is required',
      method: 'POST',
      path: PORTALS,
      body: portal('bad-4', [{ server_id: 'docs', updated_resources: [{ enabled: false }] }]),
      errPath: ['servers', 0, 'updated_resources', 0, 'uri'],
    },
    {
      name: 'unknown rule field',
      reason: 'rules are {uri, enabled}',
      method: 'POST',
      path: PORTALS,
      body: portal('bad-5', [{ server_id: 'docs', updated_resources: [{ uri: 'x://y', alias: 'z' }] }]),
      errPath: ['servers', 0, 'updated_resources', 0, 'alias'],
    },
    {
      name: 'enabled not a boolean',
      reason: 'enabled is a boolean',
      method: 'PUT',
      path: `${PORTALS}/${existing}`,
      body: { servers: [{ server_id: 'docs', updated_resources: [{ uri: 'x://y', enabled: 'no' }] }] },
      errPath: ['servers', 0, 'updated_resources', 0, 'enabled'],
    },
    {
      name: 'duplicate on update',
      reason: 'checked on update too',
      method: 'PUT',
      path: `${PORTALS}/${existing}`,
      body: {
        name: 'changed',
        servers: [
          { server_id: 'files' },
          { server_id: 'docs', updated_resources: [{ uri: '*' }, { uri: '*' }] },
        ],
      },
      errPath: ['servers', 1, 'updated_resources', 1, 'uri'],
    },
  ];
  it.each(cases)('$name', async ({ reason, method, path, body, errPath }) => {
    const before = p.dump();
    const r = await p.call(method, path, body);
    expect(r.status, reason).toBe(400);
    expect(r.body.errors[0].code, reason).toBe(CODES.validation);
    expect(
      r.body.errors.map((e: { path?: unknown }) => e.path),
      reason,
    ).toContainEqual(errPath);
    expect(p.dump(), reason).toEqual(before);
  });
});

describe('store', () => {
  it('a database from before the extension migrates: its mappings read back without rules, and take them', () => {
    const db = new Database(':memory:');
    migrate(
      db,
      migrations.filter((m) => m.version < 6),
    );
    db.prepare(
      `INSERT INTO servers (id, name, hostname, auth_type, is_shared_oauth_callback_enabled, secure_web_gateway,
         updated_tools, updated_prompts, credentials_version, client_secret_version, auth_summary, generation, status,
         authentication_status, tools, prompts, sync_messages, created_at, modified_at, created_by, modified_by)
       VALUES ('docs', 'docs', 'https://d/mcp', 'unauthenticated', 0, 0, '[]', '[]', 0, 0, '{}', 0, 'ready',
         'not_required', '[]', '[]', '[]', 't', 't', 'a', 'a')`,
    ).run();
    db.prepare(
      `INSERT INTO portals (id, name, hostname, code_mode, secure_web_gateway, created_at, modified_at, created_by,
         modified_by) VALUES ('old', 'old', 'old.example.com', 'opt_in', 0, 't', 't', 'a', 'a')`,
    ).run();
    db.prepare(
      `INSERT INTO portal_servers (portal_id, server_id, default_disabled, on_behalf, updated_tools, updated_prompts)
       VALUES ('old', 'docs', 0, 1, '[]', '[]')`,
    ).run();
    expect(migrate(db)[0]).toBe(6);
    const table = createPortalTable(db);
    const old = table.get('old');
    expect(old?.servers).toEqual([
      { server_id: 'docs', default_disabled: false, on_behalf: true, updated_tools: [], updated_prompts: [] },
    ]);
    const mapping = old?.servers[0];
    expect(mapping).toBeDefined();
    table.updateMapping('old', { ...mapping!, updated_resources: STORED });
    expect(table.get('old')?.servers[0]?.updated_resources).toEqual(STORED);
    expect(table.mappingsOf('docs')[0]?.mapping.updated_resources).toEqual(STORED);
    db.close();
  });
});
