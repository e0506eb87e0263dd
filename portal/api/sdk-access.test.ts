// Conformance of the embedded portal's Access API with the official `cloudflare` SDK (v7, `baseURL`):
// every method of `zeroTrust.access.{applications,policies,groups,tags,serviceTokens}` and
// `zeroTrust.identityProviders.list` with each documented parameter, auto-pagination to the end, list
// filters, typed errors with Cloudflare's codes, and the data-plane effect of what changes behaviour
// (service token enablement and rotation overlap, revoking an application's tokens, Access groups).
import Cloudflare from 'cloudflare';
import type { ApplicationGetResponse } from 'cloudflare/resources/zero-trust/access/applications/applications';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDocsUpstream, type UpstreamHandle } from '../../examples/upstreams/index.js';
import { validate } from '../../schemas/registry.js';
import { LOCAL_IDP_ID } from '../identity/identity-provider.js';
import { syncServer } from '../sync/index.js';
import {
  addPolicy,
  addPortal,
  addServer,
  addTestUser,
  PASSWORD,
  protectServer,
} from '../testing/fixtures.js';
import { startTestPortal, type TestPortal } from '../testing/harness.js';
import { connectAsUser, connectWithServiceToken, LoginFailed } from '../testing/mcp-clients.js';
import { CODES } from './errors.js';

let p: TestPortal;
let cf: Cloudflare;
let account_id: string;
let docs: UpstreamHandle;
beforeAll(async () => {
  docs = await startDocsUpstream({ port: 0 });
  p = await startTestPortal({ sync: syncServer });
  account_id = p.accountId;
  cf = new Cloudflare({ apiToken: p.apiToken, baseURL: p.baseUrl, maxRetries: 0 });
});
afterAll(async () => {
  await p.close();
  await docs.close();
});

const access = () => cf.zeroTrust.access;

/** The typed error an SDK call rejects with. */
async function failure(call: Promise<unknown>): Promise<InstanceType<typeof Cloudflare.APIError>> {
  const err = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(Cloudflare.APIError);
  return err as InstanceType<typeof Cloudflare.APIError>;
}

/** Collects every item of an SDK list with `for await` (auto-pagination to the end). */
async function all<T>(list: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of list) out.push(item);
  return out;
}

/** Asserts that an answer has the wire schema's Object shape (so the schemas document what is served). */
function conforms(file: string, value: unknown, def = 'Object'): void {
  const result = validate(`wire/${file}.schema.json#/definitions/${def}`, value);
  expect(result.ok ? [] : result.errors, `${file} ${def}`).toEqual([]);
}

const inIdpGroup = (name: string) => ({
  oidc: { claim_name: 'groups', claim_value: name, identity_provider_id: LOCAL_IDP_ID },
});

describe('identity providers', () => {
  it('lists the built-in OIDC identity provider with a stable id', async () => {
    const list = await all(cf.zeroTrust.identityProviders.list({ account_id }));
    expect(list).toEqual([
      expect.objectContaining({
        id: LOCAL_IDP_ID,
        type: 'oidc',
        config: expect.objectContaining({ claims: expect.arrayContaining(['groups']) }),
      }),
    ]);
    conforms('identity-provider', list[0]);
    expect(await cf.zeroTrust.identityProviders.get(LOCAL_IDP_ID, { account_id })).toEqual(list[0]);
    expect((await failure(cf.zeroTrust.identityProviders.get('other', { account_id }))).status).toBe(404);
    expect(await all(cf.zeroTrust.identityProviders.list({ account_id, scim_enabled: 'true' }))).toEqual([]);
  });
});

describe('policies', () => {
  const policies = () => access().policies;

  it('accepts every documented field, with the SDK example duration, and PUT replaces the whole policy', async () => {
    const created = await policies().create({
      account_id,
      name: 'Allow devs',
      decision: 'allow',
      include: [inIdpGroup('devs'), { email_domain: { domain: 'example.com' } }],
      exclude: [{ email: { email: 'mallory@example.com' } }],
      require: [{ ip: { ip: '10.0.0.0/8' } }],
      session_duration: '2h45m',
      approval_required: false,
      approval_groups: [{ approvals_needed: 1, email_addresses: ['boss@example.com'] }],
      purpose_justification_required: false,
      purpose_justification_prompt: 'Why?',
      isolation_required: false,
      mfa_config: { mfa_disabled: true, session_duration: '5m' },
      connection_rules: { rdp: { allowed_clipboard_local_to_remote_formats: ['text'] } },
    });
    expect(created).toMatchObject({
      name: 'Allow devs',
      session_duration: '2h45m',
      approval_groups: [{ approvals_needed: 1, email_addresses: ['boss@example.com'] }],
      purpose_justification_prompt: 'Why?',
      mfa_config: { mfa_disabled: true, session_duration: '5m' },
      connection_rules: { rdp: { allowed_clipboard_local_to_remote_formats: ['text'] } },
      reusable: true,
      app_count: 0,
    });
    const id = created.id as string;
    conforms('access-policy', created);
    expect(await policies().get(id, { account_id })).toEqual(created);
    const updated = await policies().update(id, {
      account_id,
      name: 'Allow devs',
      decision: 'allow',
      include: [{ everyone: {} }],
      session_duration: null,
    });
    expect(updated).toMatchObject({ id, session_duration: null, exclude: [], require: [] });
    expect(updated).not.toHaveProperty('mfa_config');
    expect(await policies().delete(id, { account_id })).toMatchObject({ id });
    expect((await failure(policies().get(id, { account_id }))).status).toBe(404);
  });

  it.each([
    { key: 'azureAD', rule: { azureAD: { id: 'g', identity_provider_id: 'idp' } } },
    {
      key: 'github-organization',
      rule: { 'github-organization': { name: 'o', identity_provider_id: 'idp' } },
    },
    { key: 'okta', rule: { okta: { name: 'o', identity_provider_id: 'idp' } } },
  ])(
    'knows the SDK rule key $key, and refuses it as not evaluable here (not as unknown)',
    async ({ key, rule }) => {
      const err = await failure(
        policies().create({ account_id, name: 'x', decision: 'allow', include: [rule as never] }),
      );
      expect(err.status).toBe(400);
      expect(err.errors[0]).toMatchObject({ code: CODES.validation, path: ['include', 0, key] });
      expect(err.errors[0]?.message).toContain('not supported by the embedded portal');
    },
  );

  it.each([
    { field: 'approval_required', extra: { approval_required: true } },
    { field: 'purpose_justification_required', extra: { purpose_justification_required: true } },
    { field: 'isolation_required', extra: { isolation_required: true } },
    { field: 'mfa_config', extra: { mfa_config: { allowed_authenticators: ['totp' as const] } } },
  ])(
    'refuses $field when it would change behaviour the embedded portal cannot reproduce',
    async ({ field, extra }) => {
      const before = (await all(policies().list({ account_id }))).length;
      const err = await failure(
        policies().create({
          account_id,
          name: 'x',
          decision: 'allow',
          include: [{ everyone: {} }],
          ...extra,
        }),
      );
      expect(err.status).toBe(400);
      expect(err.errors[0]?.message).toContain(field);
      expect(err.errors[0]?.message).toContain('not supported by the embedded portal');
      expect((await all(policies().list({ account_id }))).length).toBe(before);
    },
  );

  it('auto-paginates to the end and refuses a malformed session_duration', async () => {
    const made = await Promise.all(
      Array.from({ length: 45 }, (_, i) =>
        policies().create({ account_id, name: `page ${i}`, decision: 'allow', include: [{ everyone: {} }] }),
      ),
    );
    const listed = await all(policies().list({ account_id, per_page: 20 }));
    expect(new Set(listed.map((x) => x.id))).toEqual(new Set(made.map((x) => x.id)));
    const err = await failure(
      policies().create({
        account_id,
        name: 'x',
        decision: 'allow',
        include: [{ everyone: {} }],
        session_duration: '2 hours',
      }),
    );
    expect(err.errors[0]).toMatchObject({ code: CODES.validation, path: ['session_duration'] });
    await Promise.all(made.map((x) => policies().delete(x.id as string, { account_id })));
  });
});

describe('groups', () => {
  const groups = () => access().groups;

  it('creates, reads, lists with name and pagination, updates and deletes', async () => {
    const created = await groups().create({
      account_id,
      name: 'platform',
      include: [inIdpGroup('platform')],
      exclude: [{ email: { email: 'intern@example.com' } }],
      require: [{ email_domain: { domain: 'example.com' } }],
      is_default: false,
    });
    const id = created.id as string;
    expect(created).toMatchObject({ name: 'platform', include: [inIdpGroup('platform')], is_default: false });
    conforms('access-group', created);
    expect(await groups().get(id, { account_id })).toEqual(created);
    const others = await Promise.all(
      Array.from({ length: 25 }, (_, i) =>
        groups().create({ account_id, name: `g${i}`, include: [{ everyone: {} }] }),
      ),
    );
    expect((await all(groups().list({ account_id, per_page: 10 }))).length).toBe(26);
    expect((await all(groups().list({ account_id, name: 'platform' }))).map((g) => g.id)).toEqual([id]);
    expect(await all(groups().list({ account_id, name: 'plat' }))).toEqual([]);
    expect((await all(groups().list({ account_id, search: 'PLAT' }))).map((g) => g.id)).toEqual([id]);
    const updated = await groups().update(id, {
      account_id,
      name: 'platform team',
      include: [inIdpGroup('platform')],
    });
    expect(updated).toMatchObject({ id, name: 'platform team', exclude: [], require: [] });
    expect(await groups().delete(id, { account_id })).toEqual({ id });
    expect((await failure(groups().get(id, { account_id }))).status).toBe(404);
    await Promise.all(others.map((g) => groups().delete(g.id as string, { account_id })));
  });

  it('refuses to delete a group a policy or another group names (in use), and unsupported rules', async () => {
    const group = await groups().create({ account_id, name: 'oncall', include: [inIdpGroup('oncall')] });
    const id = group.id as string;
    const policy = await access().policies.create({
      account_id,
      name: 'oncall only',
      decision: 'allow',
      include: [{ group: { id } }],
    });
    const outer = await groups().create({ account_id, name: 'outer', include: [{ group: { id } }] });
    const err = await failure(groups().delete(id, { account_id }));
    expect(err.status).toBe(400);
    expect(err.errors[0]?.code).toBe(CODES.inUse);
    expect(err.errors[0]?.message).toContain('oncall only');
    expect(err.errors[0]?.message).toContain('outer');
    await access().policies.delete(policy.id as string, { account_id });
    await groups().delete(outer.id as string, { account_id });
    expect(await groups().delete(id, { account_id })).toEqual({ id });
    const bad = await failure(
      groups().create({ account_id, name: 'geo', include: [{ geo: { country_code: 'GB' } }] }),
    );
    expect(bad.errors[0]).toMatchObject({ code: CODES.validation, path: ['include', 0, 'geo'] });
  });
});

describe('tags', () => {
  const tags = () => access().tags;

  it('creates, reads, lists, renames (in its apps too) and deletes; an app may only carry an existing tag', async () => {
    expect(await tags().create({ account_id, name: 'engineers' })).toMatchObject({
      name: 'engineers',
      app_count: 0,
    });
    const tag = await tags().get('engineers', { account_id });
    expect(tag).toMatchObject({ name: 'engineers' });
    conforms('access-tag', tag);
    const refused = await failure(
      access().applications.create({
        account_id,
        type: 'mcp_portal',
        domain: 't.example.test',
        tags: ['nope'],
      }),
    );
    expect(refused.status).toBe(400);
    expect(refused.errors[0]).toMatchObject({ code: CODES.validation, path: ['tags', 0] });
    expect(refused.errors[0]?.message).toContain('"nope"');
    const app = await access().applications.create({
      account_id,
      type: 'mcp_portal',
      domain: 't.example.test',
      tags: ['engineers'],
    });
    expect((await tags().get('engineers', { account_id })) as object).toMatchObject({ app_count: 1 });
    const inUse = await failure(tags().delete('engineers', { account_id }));
    expect(inUse.errors[0]?.code).toBe(CODES.inUse);
    expect(await tags().update('engineers', { account_id, name: 'platform' })).toMatchObject({
      name: 'platform',
    });
    // The SDK types the response as the union of every application type (its `type` field does not narrow it,
    // and the app-launcher member has no `tags`); this one is the mcp_portal app created above.
    const got = (await access().applications.get(app.id as string, {
      account_id,
    })) as ApplicationGetResponse.McpServerPortalApplication;
    expect(got.tags).toEqual(['platform']);
    expect((await failure(tags().get('engineers', { account_id }))).status).toBe(404);
    await Promise.all(['a', 'b', 'c'].map((name) => tags().create({ account_id, name })));
    expect((await all(tags().list({ account_id, per_page: 2 }))).map((t) => t.name)).toEqual([
      'a',
      'b',
      'c',
      'platform',
    ]);
    expect((await failure(tags().create({ account_id, name: 'a' }))).errors[0]?.code).toBe(CODES.duplicate);
    await access().applications.delete(app.id as string, { account_id });
    expect(await tags().delete('platform', { account_id })).toEqual({ name: 'platform' });
  });
});

describe('applications', () => {
  const apps = () => access().applications;
  let policyId = '';
  beforeAll(async () => {
    await access().tags.create({ account_id, name: 'mcp' });
    policyId = (
      await access().policies.create({
        account_id,
        name: 'staff',
        decision: 'allow',
        include: [{ everyone: {} }],
      })
    ).id as string;
  });

  it('stores and returns every documented field; name is optional; a link may carry account_id', async () => {
    const body = {
      account_id,
      type: 'mcp_portal' as const,
      domain: 'fields.example.test',
      allow_authenticate_via_warp: false,
      allowed_idps: [LOCAL_IDP_ID],
      auto_redirect_to_identity: true,
      custom_deny_message: 'Ask #platform',
      custom_deny_url: 'https://example.com/denied',
      custom_non_identity_deny_url: 'https://example.com/bots',
      custom_pages: [],
      logo_url: 'https://example.com/logo.png',
      http_only_cookie_attribute: true,
      same_site_cookie_attribute: 'lax',
      options_preflight_bypass: false,
      oauth_configuration: {
        enabled: true,
        dynamic_client_registration: { enabled: true, allow_any_on_localhost: true },
      },
      scim_config: { idp_uid: LOCAL_IDP_ID, remote_uri: 'https://scim.example.com', enabled: false },
      session_duration: '2h45m',
      tags: ['mcp'],
      policies: [{ id: policyId, precedence: 1, account_id }],
    };
    const created = await apps().create(body);
    const { account_id: _a, policies: _p, ...fields } = body;
    expect(created).toMatchObject({ ...fields, name: 'fields.example.test' });
    expect((created as { policies: { id: string; precedence: number }[] }).policies).toEqual([
      expect.objectContaining({ id: policyId, precedence: 1, reusable: true }),
    ]);
    conforms('access-app', created);
    expect(await apps().get(created.id as string, { account_id })).toEqual(created);
    await apps().delete(created.id as string, { account_id });
  });

  it.each([
    { name: 'custom_pages', extra: { custom_pages: ['page-id'] } },
    { name: 'http_only_cookie_attribute', extra: { http_only_cookie_attribute: false } },
    { name: 'same_site_cookie_attribute', extra: { same_site_cookie_attribute: 'none' } },
    { name: 'options_preflight_bypass', extra: { options_preflight_bypass: true } },
    {
      name: 'oauth_configuration',
      extra: { oauth_configuration: { grant: { access_token_lifetime: '5m' } } },
    },
    { name: 'scim_config', extra: { scim_config: { idp_uid: 'x', remote_uri: 'https://s', enabled: true } } },
    { name: 'allowed_idps', extra: { allowed_idps: ['okta-idp'] } },
    { name: 'account_id', extra: { policies: [{ id: 'p', account_id: 'another-account' }] } },
  ])(
    'refuses $name values it cannot honour, naming the field, and writes nothing',
    async ({ name, extra }) => {
      const before = (await all(apps().list({ account_id }))).length;
      const err = await failure(
        apps().create({ account_id, type: 'mcp_portal', domain: 'x.example.test', ...extra } as never),
      );
      expect(err.status).toBe(400);
      expect(JSON.stringify(err.errors)).toContain(name);
      expect((await all(apps().list({ account_id }))).length).toBe(before);
    },
  );

  it('takes inline policies exclusive to the app, updates them in place, and never mixes them with links', async () => {
    const inline = [
      { name: 'bots', decision: 'non_identity', include: [{ any_valid_service_token: {} }], precedence: 1 },
      { decision: 'allow', include: [inIdpGroup('eng')], precedence: 2, session_duration: '1h' },
    ];
    const created = await apps().create({
      account_id,
      type: 'mcp',
      name: 'inline',
      destinations: [{ type: 'via_mcp_server_portal', mcp_server_id: 'docs' }],
      policies: inline as never,
    });
    const got = created as {
      id: string;
      policies: { id: string; name: string; reusable: boolean; precedence: number }[];
    };
    expect(got.policies).toMatchObject([
      { name: 'bots', decision: 'non_identity', reusable: false, precedence: 1 },
      { name: 'allow policy 2', decision: 'allow', reusable: false, precedence: 2, session_duration: '1h' },
    ]);
    const listed = await all(access().policies.list({ account_id }));
    expect(listed.map((x) => x.id)).not.toContain(got.policies[0]?.id);
    expect((await failure(access().policies.get(got.policies[0]?.id as string, { account_id }))).status).toBe(
      404,
    );
    const updated = await apps().update(got.id, {
      account_id,
      type: 'mcp',
      name: 'inline',
      destinations: [{ type: 'via_mcp_server_portal', mcp_server_id: 'docs' }],
      policies: [
        {
          id: got.policies[0]?.id,
          name: 'bots',
          decision: 'non_identity',
          include: [{ any_valid_service_token: {} }],
        },
      ] as never,
    });
    expect((updated as typeof got).policies.map((x) => x.id)).toEqual([got.policies[0]?.id]);
    const mixed = await failure(
      apps().update(got.id, {
        account_id,
        type: 'mcp',
        destinations: [{ type: 'via_mcp_server_portal', mcp_server_id: 'docs' }],
        policies: [policyId, ...inline] as never,
      }),
    );
    expect(mixed.errors[0]?.message).toContain('mutually exclusive');
    const relinked = await apps().update(got.id, {
      account_id,
      type: 'mcp',
      destinations: [{ type: 'via_mcp_server_portal', mcp_server_id: 'docs' }],
      policies: [policyId],
    });
    expect((relinked as typeof got).policies.map((x) => x.id)).toEqual([policyId]);
    expect(p.repo.policies.inlineOf(got.id)).toEqual([]);
    await apps().delete(got.id, { account_id });
    // Deleting an app deletes the inline policies it owns.
    const owner = await apps().create({
      account_id,
      type: 'mcp_portal',
      domain: 'owner.example.test',
      policies: inline as never,
    });
    expect(p.repo.policies.inlineOf(owner.id as string)).toHaveLength(2);
    expect(await apps().delete(owner.id as string, { account_id })).toMatchObject({ id: owner.id });
    expect(p.repo.policies.inlineOf(owner.id as string)).toEqual([]);
  });

  it('filters lists by name, domain, aud, exact, search and target_attributes, and auto-paginates', async () => {
    const made = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        apps().create({ account_id, type: 'mcp_portal', name: `filter ${i}`, domain: `f${i}.filter.test` }),
      ),
    );
    const everything = await all(apps().list({ account_id, per_page: 7 }));
    expect(everything.length).toBeGreaterThanOrEqual(30);
    const names = async (q: Record<string, unknown>) =>
      (await all(apps().list({ account_id, ...q }))).map((a) => (a as { name: string }).name).sort();
    expect(await names({ name: 'filter 1' })).toEqual(
      ['filter 1', ...Array.from({ length: 10 }, (_, i) => `filter 1${i}`)].sort(),
    );
    expect(await names({ name: 'FILTER 1', exact: true })).toEqual(['filter 1']);
    expect(await names({ domain: 'f2.filter.test', exact: true })).toEqual(['filter 2']);
    expect(await names({ domain: 'f2' })).toEqual(
      ['filter 2', ...Array.from({ length: 10 }, (_, i) => `filter 2${i}`)].sort(),
    );
    const aud = (made[5] as { aud: string }).aud;
    expect(await names({ aud })).toEqual(['filter 5']);
    expect(await names({ search: 'f29.' })).toEqual(['filter 29']);
    expect(await names({ target_attributes: 'hostname=db' })).toEqual([]);
    const bad = await failure(apps().list({ account_id, exact: 'yes' as never }));
    expect(bad.errors[0]).toMatchObject({ code: CODES.badListQuery, path: ['exact'] });
    await Promise.all(made.map((a) => apps().delete(a.id as string, { account_id })));
  });
});

describe('the data plane follows the API', () => {
  const url = () => `${p.url}/portals/rt/mcp`;
  let portalApp = '';
  let serviceAuth = '';
  let staffGroupId = '';
  beforeAll(async () => {
    await addServer(p, { id: 'docs', name: 'docs', hostname: docs.url, auth_type: 'unauthenticated' });
    await addPortal(p, {
      id: 'rt',
      name: 'RT',
      hostname: 'rt.example.test',
      servers: [{ server_id: 'docs', on_behalf: false }],
    });
    const staffGroup = await access().groups.create({
      account_id,
      name: 'staff',
      include: [inIdpGroup('staff')],
    });
    staffGroupId = staffGroup.id as string;
    const users = await addPolicy(p, 'staff users', 'allow', [{ group: { id: staffGroupId } }]);
    serviceAuth = await addPolicy(p, 'bots', 'non_identity', [{ any_valid_service_token: {} }]);
    portalApp = (
      await access().applications.create({
        account_id,
        type: 'mcp_portal',
        domain: 'rt.example.test',
        custom_deny_message: 'Ask #platform for access',
        policies: [users, serviceAuth],
      })
    ).id as string;
    await protectServer(p, 'docs', [users, serviceAuth]);
    await addTestUser(p, 'staff@example.com', ['staff']);
    await addTestUser(p, 'guest@example.com', ['guests']);
  });

  it('matches users through an Access group of IdP groups, and shows the custom deny message', async () => {
    const staff = await connectAsUser(url(), 'staff@example.com', PASSWORD);
    expect((await staff.client.listTools()).tools.length).toBeGreaterThan(0);
    // Changing the Access group through the API changes the decision of the very next request.
    const group = () => access().groups;
    await group().update(staffGroupId, { account_id, name: 'staff', include: [inIdpGroup('nobody')] });
    await expect(staff.client.listTools()).rejects.toThrow();
    await group().update(staffGroupId, { account_id, name: 'staff', include: [inIdpGroup('staff')] });
    await staff.close();
    const guest = await connectAsUser(url(), 'guest@example.com', PASSWORD).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(guest).toBeInstanceOf(LoginFailed);
    expect((guest as LoginFailed).result).toMatchObject({
      status: 403,
      body: expect.stringContaining('Ask #platform for access'),
    });
  });

  it('revokeTokens ends the sessions an application issued: the next request must sign in again', async () => {
    const staff = await connectAsUser(url(), 'staff@example.com', PASSWORD);
    const count = () =>
      p.repo.db.prepare("SELECT COUNT(*) AS n FROM oauth_tokens WHERE portal_id = 'rt'").get();
    expect(count()).not.toEqual({ n: 0 });
    expect(await access().applications.revokeTokens(portalApp, { account_id })).toBeNull();
    expect(count()).toEqual({ n: 0 });
    await expect(staff.client.listTools()).rejects.toThrow();
    await staff.close();
    expect((await failure(access().applications.revokeTokens('no-such-app', { account_id }))).status).toBe(
      404,
    );
  });

  it('service tokens: enabled, name filter, rotation overlap until previous_client_secret_expires_at', async () => {
    const tokens = () => access().serviceTokens;
    const created = await tokens().create({ account_id, name: 'ci', duration: '2h45m', enabled: false });
    expect(created).toMatchObject({ name: 'ci', duration: '2h45m', enabled: false });
    conforms('service-token', created, 'WithSecret');
    const { id, client_id, client_secret } = created as {
      id: string;
      client_id: string;
      client_secret: string;
    };
    await expect(connectWithServiceToken(url(), client_id, client_secret)).rejects.toThrow();
    expect(await tokens().update(id, { account_id, enabled: true })).toMatchObject({ enabled: true });
    (await connectWithServiceToken(url(), client_id, client_secret)).close();

    const later = new Date(Date.now() + 3_600_000).toISOString();
    const rotated = (await tokens().rotate(id, { account_id, previous_client_secret_expires_at: later })) as {
      client_secret: string;
    };
    expect(rotated.client_secret).not.toBe(client_secret);
    const read = await tokens().get(id, { account_id });
    expect(read).toMatchObject({ client_secret_version: 2, previous_client_secret_expires_at: later });
    expect(read).not.toHaveProperty('client_secret');
    conforms('service-token', read);
    // Both secrets work during the overlap.
    (await connectWithServiceToken(url(), client_id, client_secret)).close();
    (await connectWithServiceToken(url(), client_id, rotated.client_secret)).close();
    // Moving the expiry into the past ends the previous secret at once.
    await tokens().update(id, {
      account_id,
      previous_client_secret_expires_at: new Date(Date.now() - 1000).toISOString(),
    });
    await expect(connectWithServiceToken(url(), client_id, client_secret)).rejects.toThrow();
    // A rotation without an expiry ends the previous secret at once, as Cloudflare's default.
    const again = (await tokens().rotate(id, { account_id })) as { client_secret: string };
    await expect(connectWithServiceToken(url(), client_id, rotated.client_secret)).rejects.toThrow();
    (await connectWithServiceToken(url(), client_id, again.client_secret)).close();
    // Raising client_secret_version rotates too, answering the new secret once.
    const bumped = (await tokens().update(id, { account_id, client_secret_version: 4 })) as {
      client_secret?: string;
    };
    expect(bumped.client_secret).toEqual(expect.any(String));
    (await connectWithServiceToken(url(), client_id, bumped.client_secret as string)).close();
    // A disabled token accepts neither secret.
    await tokens().update(id, { account_id, enabled: false });
    await expect(connectWithServiceToken(url(), client_id, bumped.client_secret as string)).rejects.toThrow();

    await tokens().create({ account_id, name: 'other' });
    expect((await all(tokens().list({ account_id, name: 'ci' }))).map((t) => t.id)).toEqual([id]);
    expect((await all(tokens().list({ account_id, per_page: 1 }))).length).toBe(2);
    expect(await tokens().refresh(id, { account_id })).toMatchObject({ id });
    expect(await tokens().delete(id, { account_id })).toMatchObject({ id });
    expect((await failure(tokens().get(id, { account_id }))).status).toBe(404);
    const bad = await failure(tokens().create({ account_id, name: 'x', duration: '1 year' }));
    expect(bad.errors[0]).toMatchObject({ code: CODES.validation, path: ['duration'] });
  });
});
