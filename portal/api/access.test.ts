// Raw-HTTP tests of Access reusable policies and the two MCP application types: UUID ids, full-update PUT,
// ordered policy links (objects or bare ids), app_count, and refusing to delete a policy still linked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APPS, POLICIES, startTestPortal, type TestPortal } from '../testing/harness.js';
import { CODES } from './errors.js';

let p: TestPortal;
beforeAll(async () => {
  p = await startTestPortal();
});
afterAll(() => p.close());

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const policy = (name: string, extra: Record<string, unknown> = {}) => ({
  name,
  decision: 'allow',
  include: [{ email_domain: { domain: 'example.com' } }],
  ...extra,
});
const createPolicy = async (name: string, extra: Record<string, unknown> = {}): Promise<string> => {
  const r = await p.call('POST', POLICIES, policy(name, extra));
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body.result.id;
};
const portalApp = (name: string, policies: unknown[]) => ({
  name,
  type: 'mcp_portal',
  domain: `${name}.example.com`,
  policies,
});
const serverApp = (name: string, policies: unknown[]) => ({
  name,
  type: 'mcp',
  destinations: [{ type: 'via_mcp_server_portal', mcp_server_id: 'docs' }],
  policies,
});

describe('policies', () => {
  it('creates with a UUID and defaults, reads, lists, and PUT replaces the whole policy', async () => {
    const r = await p.call(
      'POST',
      POLICIES,
      policy('Engineers', {
        require: [{ ip: { ip: '10.0.0.0/8' } }],
        purpose_justification_prompt: 'Which incident?',
      }),
    );
    expect(r.status).toBe(201);
    const id = r.body.result.id;
    expect(id).toMatch(UUID);
    expect(r.body.result).toMatchObject({
      name: 'Engineers',
      decision: 'allow',
      exclude: [],
      require: [{ ip: { ip: '10.0.0.0/8' } }],
      session_duration: '24h',
      purpose_justification_prompt: 'Which incident?',
      reusable: true,
      app_count: 0,
    });
    expect((await p.call('GET', `${POLICIES}/${id}`)).body.result).toEqual(r.body.result);
    const list = await p.call('GET', `${POLICIES}?search=engineers`);
    expect(list.body.result.map((x: { id: string }) => x.id)).toContain(id);
    const u = await p.call('PUT', `${POLICIES}/${id}`, policy('Engineers 2', { decision: 'deny' }));
    expect(u.status).toBe(200);
    expect(u.body.result).toMatchObject({ id, name: 'Engineers 2', decision: 'deny', require: [] });
    expect(u.body.result).not.toHaveProperty('purpose_justification_prompt');
    expect(u.body.result.created_at).toBe(r.body.result.created_at);
    const d = await p.call('DELETE', `${POLICIES}/${id}`);
    expect(d.status).toBe(200);
    expect(d.body.result.id).toBe(id);
    expect((await p.call('GET', `${POLICIES}/${id}`)).status).toBe(404);
  });
});

describe('apps', () => {
  it('links policies in precedence order from objects or bare ids, and counts apps per policy', async () => {
    const first = await createPolicy('first');
    const second = await createPolicy('second');
    const r = await p.call(
      'POST',
      APPS,
      portalApp('portal-app', [
        { id: second, precedence: 2 },
        { id: first, precedence: 1 },
      ]),
    );
    expect(r.status).toBe(201);
    expect(r.body.result.id).toMatch(UUID);
    expect(r.body.result).toMatchObject({
      name: 'portal-app',
      type: 'mcp_portal',
      domain: 'portal-app.example.com',
    });
    expect(r.body.result.aud).toMatch(/^[0-9a-f]{64}$/);
    expect(
      r.body.result.policies.map((x: { id: string; precedence: number }) => [x.id, x.precedence]),
    ).toEqual([
      [first, 1],
      [second, 2],
    ]);
    expect(r.body.result.policies[0]).toMatchObject({ name: 'first', decision: 'allow' });
    const bare = await p.call('POST', APPS, serverApp('server-app', [second, first]));
    expect(bare.status).toBe(201);
    expect(
      bare.body.result.policies.map((x: { id: string; precedence: number }) => [x.id, x.precedence]),
    ).toEqual([
      [second, 1],
      [first, 2],
    ]);
    expect(bare.body.result.destinations).toEqual([{ type: 'via_mcp_server_portal', mcp_server_id: 'docs' }]);
    expect((await p.call('GET', `${POLICIES}/${first}`)).body.result.app_count).toBe(2);
    // A list page reads its counts and links in bulk: each item as reading it alone shows it.
    const policyList = (await p.call('GET', `${POLICIES}?per_page=100`)).body.result as { id: string }[];
    for (const item of policyList)
      expect((await p.call('GET', `${POLICIES}/${item.id}`)).body.result).toEqual(item);
    expect(policyList.find((x) => x.id === first)).toMatchObject({ app_count: 2 });
    const appList = (await p.call('GET', `${APPS}?per_page=100`)).body.result as { id: string }[];
    expect(appList.length).toBeGreaterThanOrEqual(2);
    for (const item of appList) expect((await p.call('GET', `${APPS}/${item.id}`)).body.result).toEqual(item);

    const u = await p.call('PUT', `${APPS}/${bare.body.result.id}`, serverApp('server-app', [first]));
    expect(u.body.result.policies.map((x: { id: string }) => x.id)).toEqual([first]);
    expect(u.body.result.aud).toBe(bare.body.result.aud);
    expect((await p.call('GET', `${POLICIES}/${second}`)).body.result.app_count).toBe(1);

    const d = await p.call('DELETE', `${APPS}/${bare.body.result.id}`);
    expect(d.status).toBe(200);
    expect(d.body.result).toMatchObject({ id: bare.body.result.id, name: 'server-app' });
    expect((await p.call('GET', `${APPS}/${bare.body.result.id}`)).status).toBe(404);
  });
});

describe('tags', () => {
  it('counts the apps listing each tag in a listing page as reading each tag does', async () => {
    for (const name of ['count-a', 'count-b', 'count-none']) {
      expect((await p.call('POST', '/access/tags', { name })).status).toBe(201);
    }
    for (const [i, tags] of [['count-a'], ['count-a', 'count-b'], ['count-b', 'count-a']].entries()) {
      const r = await p.call('POST', APPS, { ...portalApp(`tagged-${i}`, []), tags });
      expect(r.status, JSON.stringify(r.body)).toBe(201);
    }
    const listed = (await p.call('GET', '/access/tags?per_page=50')).body.result as {
      name: string;
      app_count: number;
    }[];
    const counts = Object.fromEntries(
      listed.filter((t) => t.name.startsWith('count-')).map((t) => [t.name, t.app_count]),
    );
    expect(counts).toEqual({ 'count-a': 3, 'count-b': 2, 'count-none': 0 });
    for (const [name, n] of Object.entries(counts))
      expect((await p.call('GET', `/access/tags/${name}`)).body.result.app_count).toBe(n);
  });
});

describe('errors (nothing is written)', () => {
  let used = '';
  let app = '';
  beforeAll(async () => {
    used = await createPolicy('in use');
    const r = await p.call('POST', APPS, portalApp('uses-policy', [used]));
    app = r.body.result.id;
  });
  const cases = () => [
    {
      name: 'policy without include',
      reason: 'include needs a rule',
      method: 'POST',
      path: POLICIES,
      body: policy('x', { include: [] }),
      status: 400,
      code: CODES.validation,
      errPath: ['include'],
    },
    {
      name: 'policy with two keys in a rule',
      reason: 'a rule has exactly one selector',
      method: 'POST',
      path: POLICIES,
      body: policy('x', { include: [{ everyone: {}, email: { email: 'a@b.c' } }] }),
      status: 400,
      code: CODES.validation,
      errPath: ['include', 0],
    },
    {
      name: 'policy bad decision',
      reason: 'decision is an enum',
      method: 'POST',
      path: POLICIES,
      body: policy('x', { decision: 'maybe' }),
      status: 400,
      code: CODES.validation,
      errPath: ['decision'],
    },
    {
      name: 'delete a linked policy',
      reason: 'an app still links it',
      method: 'DELETE',
      path: `${POLICIES}/${used}`,
      status: 400,
      code: CODES.inUse,
    },
    {
      name: 'policy PUT missing include',
      reason: 'PUT is a full update',
      method: 'PUT',
      path: `${POLICIES}/${used}`,
      body: { name: 'x', decision: 'allow' },
      status: 400,
      code: CODES.validation,
      errPath: ['include'],
    },
    {
      name: 'unknown policy',
      reason: '404 for unknown ids',
      method: 'GET',
      path: `${POLICIES}/00000000-0000-4000-8000-000000000000`,
      status: 404,
      code: CODES.notFound,
    },
    {
      name: 'mcp_portal app without domain',
      reason: 'the portal app is found by hostname',
      method: 'POST',
      path: APPS,
      body: { name: 'x', type: 'mcp_portal' },
      status: 400,
      code: CODES.validation,
      errPath: ['domain'],
    },
    {
      name: 'mcp app without destination',
      reason: 'a server app names its server',
      method: 'POST',
      path: APPS,
      body: { name: 'x', type: 'mcp' },
      status: 400,
      code: CODES.validation,
      errPath: ['destinations'],
    },
    {
      name: 'destination without mcp_server_id',
      reason: 'via_mcp_server_portal needs mcp_server_id',
      method: 'POST',
      path: APPS,
      body: { name: 'x', type: 'mcp', destinations: [{ type: 'via_mcp_server_portal' }] },
      status: 400,
      code: CODES.validation,
      errPath: ['destinations', 0, 'mcp_server_id'],
    },
    {
      name: 'unsupported app type',
      reason: 'only the MCP types are served',
      method: 'POST',
      path: APPS,
      body: { name: 'x', type: 'self_hosted', domain: 'a.b' },
      status: 400,
      code: CODES.validation,
      errPath: ['type'],
    },
    {
      name: 'unknown linked policy',
      reason: 'links must name existing policies',
      method: 'POST',
      path: APPS,
      body: portalApp('x', ['00000000-0000-4000-8000-000000000000']),
      status: 400,
      code: CODES.validation,
      errPath: ['policies', 0],
    },
    {
      name: 'policy linked twice',
      reason: 'a policy appears once per app',
      method: 'POST',
      path: APPS,
      body: portalApp('x', [used, used]),
      status: 400,
      code: CODES.validation,
      errPath: ['policies', 1],
    },
    {
      name: 'precedence used twice',
      reason: 'precedences are unique per app',
      method: 'POST',
      path: APPS,
      body: portalApp('x', [
        { id: used, precedence: 1 },
        { id: 'other', precedence: 1 },
      ]),
      status: 400,
      code: CODES.validation,
      errPath: ['policies', 1, 'precedence'],
    },
    {
      name: 'precedence below 1',
      reason: 'precedence starts at 1',
      method: 'POST',
      path: APPS,
      body: portalApp('x', [{ id: used, precedence: 0 }]),
      status: 400,
      code: CODES.validation,
      errPath: ['policies', 0, 'precedence'],
    },
    {
      name: 'app PUT to unknown policy',
      reason: 'links are checked on update',
      method: 'PUT',
      path: `${APPS}/${app}`,
      body: portalApp('x', ['nope']),
      status: 400,
      code: CODES.validation,
      errPath: ['policies', 0],
    },
    {
      name: 'unknown field in a policy',
      reason: 'fields the SDK does not know are still refused',
      method: 'POST',
      path: POLICIES,
      body: policy('x', { colour: 'red' }),
      status: 400,
      code: CODES.validation,
      errPath: ['colour'],
    },
    {
      name: 'old rule key azure_ad',
      reason: "the SDK's key is azureAD",
      method: 'POST',
      path: POLICIES,
      body: policy('x', { include: [{ azure_ad: { id: 'g', identity_provider_id: 'i' } }] }),
      status: 400,
      code: CODES.validation,
      errPath: ['include', 0, 'azure_ad'],
    },
    {
      name: 'group rule in a bypass policy',
      reason: 'an Access group identifies users, which bypass may not look at',
      method: 'POST',
      path: POLICIES,
      body: policy('x', { decision: 'bypass', include: [{ group: { id: 'g' } }] }),
      status: 400,
      code: CODES.validation,
      errPath: ['include', 0, 'group'],
    },
    {
      name: 'inline and reusable policies mixed',
      reason: 'Cloudflare makes them mutually exclusive',
      method: 'POST',
      path: APPS,
      body: portalApp('x', [used, { decision: 'allow', include: [{ everyone: {} }] }]),
      status: 400,
      code: CODES.validation,
      errPath: ['policies'],
    },
    {
      name: 'inline policy without include',
      reason: 'an inline policy needs decision and include',
      method: 'POST',
      path: APPS,
      body: portalApp('x', [{ decision: 'allow' }]),
      status: 400,
      code: CODES.validation,
      errPath: ['policies', 0, 'include'],
    },
    {
      name: 'inline policy with an unevaluable rule',
      reason: 'inline policies pass the same checks as reusable ones',
      method: 'POST',
      path: APPS,
      body: portalApp('x', [{ decision: 'allow', include: [{ geo: { country_code: 'GB' } }] }]),
      status: 400,
      code: CODES.validation,
      errPath: ['policies', 0, 'include', 0, 'geo'],
    },
    {
      name: 'link overriding a reusable policy',
      reason: 'per-application overrides of a reusable policy are not supported',
      method: 'POST',
      path: APPS,
      body: portalApp('x', [{ id: used, session_duration: '1h' }]),
      status: 400,
      code: CODES.validation,
      errPath: ['policies', 0, 'session_duration'],
    },
    {
      name: 'inline policy named by /access/policies',
      reason: 'an inline policy id is not a reusable policy, so it cannot be linked',
      method: 'PUT',
      path: `${APPS}/${app}`,
      body: portalApp('x', [{ id: 'not-mine', decision: 'allow', include: [{ everyone: {} }] }]),
      status: 400,
      code: CODES.validation,
      errPath: ['policies', 0, 'id'],
    },
    {
      name: 'app with a tag that does not exist',
      reason: 'tags are account objects; create the tag first',
      method: 'POST',
      path: APPS,
      body: { ...portalApp('x', []), tags: ['missing'] },
      status: 400,
      code: CODES.validation,
      errPath: ['tags', 0],
    },
    {
      name: 'auto redirect without one IdP',
      reason: 'auto_redirect_to_identity needs exactly one allowed IdP',
      method: 'POST',
      path: APPS,
      body: { ...portalApp('x', []), auto_redirect_to_identity: true },
      status: 400,
      code: CODES.validation,
      errPath: ['auto_redirect_to_identity'],
    },
    {
      name: 'unknown app field',
      reason: 'fields outside the SDK params are still refused',
      method: 'POST',
      path: APPS,
      body: { ...portalApp('x', []), cors_headers: {} },
      status: 400,
      code: CODES.validation,
      errPath: ['cors_headers'],
    },
    {
      name: 'app PUT changing aud',
      reason: 'aud is assigned by the server',
      method: 'PUT',
      path: `${APPS}/${app}`,
      body: { ...portalApp('x', []), aud: 'mine' },
      status: 400,
      code: CODES.immutableField,
      errPath: ['aud'],
    },
    {
      name: 'bad app list filter',
      reason: 'exact is a boolean',
      method: 'GET',
      path: `${APPS}?exact=maybe`,
      status: 400,
      code: CODES.badListQuery,
      errPath: ['exact'],
    },
    {
      name: 'malformed target_attributes',
      reason: 'target_attributes is key=value',
      method: 'GET',
      path: `${APPS}?target_attributes=nokey`,
      status: 400,
      code: CODES.badListQuery,
      errPath: ['target_attributes'],
    },
    {
      name: 'unknown group field',
      reason: 'fields outside the SDK params are refused',
      method: 'POST',
      path: '/access/groups',
      body: { name: 'g', include: [{ everyone: {} }], colour: 1 },
      status: 400,
      code: CODES.validation,
      errPath: ['colour'],
    },
    {
      name: 'unknown group',
      reason: '404 for unknown ids',
      method: 'DELETE',
      path: '/access/groups/nope',
      status: 404,
      code: CODES.notFound,
    },
    {
      name: 'tag with spaces around',
      reason: 'a tag name has no leading or trailing blanks',
      method: 'POST',
      path: '/access/tags',
      body: { name: ' padded ' },
      status: 400,
      code: CODES.validation,
      errPath: ['name'],
    },
    {
      name: 'rename to an unknown tag',
      reason: '404 for unknown names',
      method: 'PUT',
      path: '/access/tags/nope',
      body: { name: 'other' },
      status: 404,
      code: CODES.notFound,
    },
    {
      name: 'unknown app',
      reason: '404 for unknown ids',
      method: 'DELETE',
      path: `${APPS}/nope`,
      status: 404,
      code: CODES.notFound,
    },
  ];
  it('refuses each bad request with its code and writes nothing', async () => {
    for (const { name, reason, method, path, body, status, code, errPath } of cases()) {
      const before = p.dump();
      const r = await p.call(method, path, body);
      expect(r.status, `${name}: ${reason}`).toBe(status);
      expect(r.body.errors[0].code, name).toBe(code);
      if (errPath)
        expect(
          r.body.errors.map((e: { path?: unknown }) => e.path),
          name,
        ).toContainEqual(errPath);
      expect(p.dump(), name).toEqual(before);
    }
  });

  it('names the applications that still link a policy it refuses to delete', async () => {
    const r = await p.call('DELETE', `${POLICIES}/${used}`);
    expect(r.body.errors[0].message).toContain('"uses-policy"');
  });
});
