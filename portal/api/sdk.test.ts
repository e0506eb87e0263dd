// Conformance with the official `cloudflare` SDK (v7) pointed at the embedded portal with `baseURL`: every
// endpoint the issue lists, auto-pagination over 250 servers, typed SDK errors (no retries of 400s), and
// every method and documented parameter of `zeroTrust.access.aiControls.mcp.{servers,portals}`.
import { createServer } from 'node:net';
import Cloudflare from 'cloudflare';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCS_TOOLS, startDocsUpstream, type UpstreamHandle } from '../../examples/upstreams/index.js';
import { syncServer } from '../sync/index.js';
import { startTestPortal, type TestPortal } from '../testing/harness.js';

let p: TestPortal;
let cf: Cloudflare;
let requests = 0;
beforeAll(async () => {
  p = await startTestPortal();
  cf = new Cloudflare({
    apiToken: p.apiToken,
    baseURL: p.baseUrl,
    fetch: (input, init) => {
      requests++;
      return fetch(input, init);
    },
  });
});
afterAll(() => p.close());

describe('MCP servers via the SDK', () => {
  const servers = () => cf.zeroTrust.access.aiControls.mcp.servers;

  it('creates, reads, updates, syncs and deletes', async () => {
    const account_id = p.accountId;
    const created = await servers().create({
      account_id,
      id: 'sdk-server',
      name: 'SDK',
      hostname: 'https://sdk.example.com/mcp',
      auth_type: 'bearer',
      auth_credentials: 'secret',
    });
    expect(created).toMatchObject({ id: 'sdk-server', status: 'waiting', auth_type: 'bearer' });
    const updated = await servers().update('sdk-server', { account_id, description: 'now described' });
    expect(updated).toMatchObject({ description: 'now described', name: 'SDK' });
    const synced = await servers().sync('sdk-server', { account_id });
    expect(synced).toMatchObject({ status: 'ready' });
    const read = await servers().read('sdk-server', { account_id });
    expect(read).toMatchObject({ status: 'ready', tools: [{ name: 'a' }, { name: 'b' }] });
    const deleted = await servers().delete('sdk-server', { account_id });
    expect(deleted).toMatchObject({ id: 'sdk-server' });
  });

  it('auto-paginates over 250 servers with for await', async () => {
    const account_id = p.accountId;
    for (let batch = 0; batch < 250; batch += 50) {
      await Promise.all(
        Array.from({ length: 50 }, (_, i) => {
          const id = `page-${String(batch + i).padStart(3, '0')}`;
          return servers().create({
            account_id,
            id,
            name: id,
            hostname: `https://${id}.example.com/mcp`,
            auth_type: 'unauthenticated',
          });
        }),
      );
    }
    const seen: string[] = [];
    for await (const s of servers().list({ account_id, search: 'page-', per_page: 30 })) seen.push(s.id);
    expect(seen).toHaveLength(250);
    expect(new Set(seen).size).toBe(250);
    expect(seen).toEqual([...seen].sort());
    const firstPage = await servers().list({ account_id, search: 'page-' });
    expect(firstPage.result.length).toBeGreaterThan(0);
    expect(firstPage.result_info).toMatchObject({ page: 1, total_count: 250 });
  });

  it('raises typed errors: 404 NotFoundError, 400 BadRequestError for a duplicate id without retrying', async () => {
    const account_id = p.accountId;
    await expect(servers().read('no-such-server', { account_id })).rejects.toBeInstanceOf(
      Cloudflare.NotFoundError,
    );
    await servers().create({
      account_id,
      id: 'dup',
      name: 'dup',
      hostname: 'https://dup.example.com/mcp',
      auth_type: 'unauthenticated',
    });
    const before = requests;
    const err = await servers()
      .create({
        account_id,
        id: 'dup',
        name: 'dup',
        hostname: 'https://dup.example.com/mcp',
        auth_type: 'unauthenticated',
      })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Cloudflare.BadRequestError);
    expect((err as InstanceType<typeof Cloudflare.BadRequestError>).errors[0]).toMatchObject({ code: 1003 });
    expect(requests - before).toBe(1);
  });

  it('raises PermissionDeniedError for a wrong token', async () => {
    const bad = new Cloudflare({ apiToken: 'wrong', baseURL: p.baseUrl, maxRetries: 0 });
    await expect(
      bad.zeroTrust.access.aiControls.mcp.servers.list({ account_id: p.accountId }),
    ).rejects.toBeInstanceOf(Cloudflare.PermissionDeniedError);
  });
});

describe('MCP portals via the SDK', () => {
  it('creates, reads, updates, lists and deletes', async () => {
    const account_id = p.accountId;
    const portals = cf.zeroTrust.access.aiControls.mcp.portals;
    await cf.zeroTrust.access.aiControls.mcp.servers.create({
      account_id,
      id: 'for-portal',
      name: 'fp',
      hostname: 'https://fp.example.com/mcp',
      auth_type: 'unauthenticated',
    });
    const created = await portals.create({
      account_id,
      id: 'sdk-portal',
      name: 'SDK portal',
      hostname: 'sdk.example.com',
      servers: [{ server_id: 'for-portal', default_disabled: true }],
    });
    expect(created).toMatchObject({
      id: 'sdk-portal',
      code_mode: 'opt_in',
      servers: [{ id: 'for-portal', server_id: 'for-portal', default_disabled: true }],
    });
    const updated = await portals.update('sdk-portal', { account_id, code_mode: 'off' });
    expect(updated).toMatchObject({ code_mode: 'off', allow_code_mode: false });
    expect((await portals.read('sdk-portal', { account_id })).servers).toHaveLength(1);
    const all: string[] = [];
    for await (const x of portals.list({ account_id })) all.push(x.id);
    expect(all).toContain('sdk-portal');
    const deleted = await portals.delete('sdk-portal', { account_id });
    expect(deleted).toMatchObject({ id: 'sdk-portal' });
    expect(deleted).not.toHaveProperty('servers');
  });
});

describe('Access policies and applications via the SDK', () => {
  it('creates, reads, updates, lists and deletes both', async () => {
    const account_id = p.accountId;
    const policies = cf.zeroTrust.access.policies;
    const policy = await policies.create({
      account_id,
      name: 'sdk policy',
      decision: 'allow',
      include: [{ email: { email: 'a@example.com' } }],
    });
    expect(policy.id).toEqual(expect.any(String));
    const policyId = policy.id as string;
    expect(await policies.get(policyId, { account_id })).toMatchObject({
      name: 'sdk policy',
      reusable: true,
    });
    await policies.update(policyId, {
      account_id,
      name: 'renamed',
      decision: 'non_identity',
      include: [{ everyone: {} }],
    });
    const listed: string[] = [];
    for await (const x of policies.list({ account_id })) listed.push(x.id as string);
    expect(listed).toContain(policyId);

    const apps = cf.zeroTrust.access.applications;
    const app = await apps.create({
      account_id,
      type: 'mcp_portal',
      name: 'sdk app',
      domain: 'sdk.example.com',
      policies: [{ id: policyId, precedence: 1 }],
    } as Cloudflare.ZeroTrust.Access.ApplicationCreateParams);
    const appId = (app as { id: string }).id;
    expect(await apps.get(appId, { account_id })).toMatchObject({
      type: 'mcp_portal',
      policies: [{ id: policyId, precedence: 1, name: 'renamed' }],
    });
    await apps.update(appId, {
      account_id,
      type: 'mcp',
      name: 'sdk app',
      destinations: [{ type: 'via_mcp_server_portal', mcp_server_id: 'for-portal' }],
      policies: [policyId],
    } as Cloudflare.ZeroTrust.Access.ApplicationUpdateParams);
    const appIds: string[] = [];
    for await (const x of apps.list({ account_id })) appIds.push((x as { id: string }).id);
    expect(appIds).toContain(appId);
    await expect(policies.delete(policyId, { account_id })).rejects.toBeInstanceOf(
      Cloudflare.BadRequestError,
    );
    expect(await apps.delete(appId, { account_id })).toMatchObject({ id: appId });
    expect(await policies.delete(policyId, { account_id })).toMatchObject({ id: policyId });
  });
});

// The full servers/portals surface of the SDK: every method with each documented parameter, pagination to
// the end, and the error envelope (status, code, message, field path) of each failure class. Capability
// syncs here are real, against the example docs upstream and a closed port on loopback.
describe('zeroTrust.access.aiControls.mcp via the SDK: every method and parameter', () => {
  let real: TestPortal;
  let sdk: Cloudflare;
  let docs: UpstreamHandle;
  let deadUrl: string;
  const account_id = () => real.accountId;
  const servers = () => sdk.zeroTrust.access.aiControls.mcp.servers;
  const portals = () => sdk.zeroTrust.access.aiControls.mcp.portals;
  const manualOAuth = JSON.stringify({
    auth_mode: 'manual',
    config: {
      authorization_endpoint: 'https://idp.example.com/authorize',
      token_endpoint: 'https://idp.example.com/token',
    },
    registration_info: { client_id: 'client-1', scope: 'read' },
  });
  /** The error a call fails with, as the SDK raises it. */
  const failure = async (call: Promise<unknown>) => {
    const err = await call.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(Cloudflare.APIError);
    return err as InstanceType<typeof Cloudflare.APIError>;
  };

  beforeAll(async () => {
    docs = await startDocsUpstream({ port: 0 });
    const probe = createServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
    deadUrl = `http://127.0.0.1:${(probe.address() as { port: number }).port}/mcp`;
    await new Promise((r) => probe.close(r));
    real = await startTestPortal({ sync: syncServer, syncTimeoutMs: 10_000 });
    sdk = new Cloudflare({ apiToken: real.apiToken, baseURL: real.baseUrl, maxRetries: 0 });
  });
  afterAll(async () => {
    await real?.close();
    await docs?.close();
  });

  it('servers.create takes every documented field and answers the server (201)', async () => {
    const plain = await servers().create({
      account_id: account_id(),
      id: 'docs',
      name: 'Docs',
      hostname: docs.url,
      auth_type: 'unauthenticated',
      description: 'The docs',
      secure_web_gateway: true,
      updated_tools: [{ name: 'search_docs', alias: 'search', description: 'Search', enabled: true }],
      updated_prompts: [{ name: 'write_howto', enabled: false }],
    });
    expect(plain).toMatchObject({
      id: 'docs',
      name: 'Docs',
      hostname: docs.url,
      auth_type: 'unauthenticated',
      description: 'The docs',
      secure_web_gateway: true,
      is_shared_oauth_callback_enabled: false,
      status: 'waiting',
      updated_tools: [{ name: 'search_docs', alias: 'search', description: 'Search', enabled: true }],
      updated_prompts: [{ name: 'write_howto', enabled: false }],
    });
    const bearer = await servers().create({
      account_id: account_id(),
      id: 'headers',
      name: 'Headers',
      hostname: 'https://headers.example.com/mcp',
      auth_type: 'bearer',
      auth_credentials: JSON.stringify({ headers: { 'X-Api-Key': 'k-secret' } }),
      description: null,
    });
    expect(bearer.description).toBeNull();
    expect(JSON.stringify(bearer)).not.toContain('k-secret');
    const oauth = await servers().create({
      account_id: account_id(),
      id: 'oauth',
      name: 'OAuth',
      hostname: 'https://oauth.example.com/mcp',
      auth_type: 'oauth',
      auth_credentials: manualOAuth,
      client_secret: 'cs-1',
      is_shared_oauth_callback_enabled: true,
    });
    expect(oauth).toMatchObject({
      is_shared_oauth_callback_enabled: true,
      authentication_status: 'manual',
      auth_config_summary: {
        auth_mode: 'manual',
        has_client_secret: true,
        client_secret_version: 1,
        config: { token_endpoint: 'https://idp.example.com/token' },
        registration_info: { client_id: 'client-1', scope: 'read' },
      },
    });
    expect(JSON.stringify(oauth)).not.toContain('cs-1');
  });

  it('servers.sync answers the server after a real sync, with the SDK’s status, error and error_details', async () => {
    const synced = await servers().sync('docs', { account_id: account_id() });
    expect(synced.status).toBe('ready');
    expect(synced).not.toHaveProperty('error');
    expect(synced).toMatchObject({ id: 'docs', name: 'Docs', description: 'The docs' });
    expect((synced as { tools?: { name: string }[] }).tools?.map((t) => t.name).sort()).toEqual(
      [...DOCS_TOOLS].sort(),
    );
    await servers().create({
      account_id: account_id(),
      id: 'dead',
      name: 'Dead',
      hostname: deadUrl,
      auth_type: 'unauthenticated',
    });
    const failed = await servers().sync('dead', { account_id: account_id() });
    expect(failed.status).toBe('error');
    expect(failed.error).toEqual(expect.any(String));
    expect(failed.error_details).toMatchObject({ is_upstream: false, retryable: true });
  });

  it('servers.read and servers.update, field by field (partial PUT)', async () => {
    const id = 'oauth';
    const cases: { reason: string; params: Record<string, unknown>; want: Record<string, unknown> }[] = [
      { reason: 'name', params: { name: 'OAuth 2' }, want: { name: 'OAuth 2' } },
      { reason: 'description set', params: { description: 'described' }, want: { description: 'described' } },
      { reason: 'description null clears', params: { description: null }, want: { description: null } },
      {
        reason: 'secure_web_gateway',
        params: { secure_web_gateway: true },
        want: { secure_web_gateway: true },
      },
      {
        reason: 'client_secret rotates',
        params: { client_secret: 'cs-2' },
        want: { auth_config_summary: { has_client_secret: true, client_secret_version: 2 } },
      },
      {
        reason: 'updated_tools',
        params: { updated_tools: [{ name: 'x', enabled: false }] },
        want: { updated_tools: [{ name: 'x', enabled: false }] },
      },
      {
        reason: 'updated_prompts',
        params: { updated_prompts: [{ name: 'p', alias: 'prompt-p', description: 'd' }] },
        want: { updated_prompts: [{ name: 'p', alias: 'prompt-p', description: 'd' }] },
      },
    ];
    for (const c of cases) {
      const updated = await servers().update(id, { account_id: account_id(), ...c.params });
      expect(updated, c.reason).toMatchObject(c.want);
      expect(await servers().read(id, { account_id: account_id() }), c.reason).toMatchObject(c.want);
    }
    // The shared callback off needs the client's own redirect URIs in the manual configuration.
    const withRedirects = JSON.stringify({
      ...JSON.parse(manualOAuth),
      registration_info: { client_id: 'client-1', redirect_uris: ['https://app.example.com/cb'] },
    });
    const off = await servers().update(id, {
      account_id: account_id(),
      is_shared_oauth_callback_enabled: false,
      auth_credentials: withRedirects,
    });
    expect(off).toMatchObject({
      is_shared_oauth_callback_enabled: false,
      auth_config_summary: { registration_info: { redirect_uris: ['https://app.example.com/cb'] } },
    });
    // Omitted fields kept, secrets never echoed.
    const read = await servers().read(id, { account_id: account_id() });
    expect(read).toMatchObject({ name: 'OAuth 2', secure_web_gateway: true, description: null });
    expect(JSON.stringify(read)).not.toContain('cs-2');
  });

  it('servers.list: page, per_page and search, a page past the end, and auto-pagination to the end', async () => {
    for (let i = 0; i < 7; i++)
      await servers().create({
        account_id: account_id(),
        id: `bulk-${i}`,
        name: `Bulk ${i}`,
        hostname: `https://bulk-${i}.example.com/mcp`,
        auth_type: 'unauthenticated',
      });
    const first = await servers().list({ account_id: account_id(), search: 'bulk', per_page: 3, page: 1 });
    expect(first.result.map((s) => s.id)).toEqual(['bulk-0', 'bulk-1', 'bulk-2']);
    expect(first.result_info).toMatchObject({ page: 1, per_page: 3, count: 3, total_count: 7 });
    expect(first.hasNextPage()).toBe(true);
    const second = await first.getNextPage();
    expect(second.result.map((s) => s.id)).toEqual(['bulk-3', 'bulk-4', 'bulk-5']);
    const past = await servers().list({ account_id: account_id(), search: 'bulk', per_page: 3, page: 9 });
    expect(past.result).toEqual([]);
    const all: string[] = [];
    for await (const s of servers().list({ account_id: account_id(), search: 'bulk', per_page: 2 }))
      all.push(s.id);
    expect(all).toEqual(Array.from({ length: 7 }, (_, i) => `bulk-${i}`));
    const byName: string[] = [];
    for await (const s of servers().list({ account_id: account_id(), search: 'Bulk 6' })) byName.push(s.id);
    expect(byName).toEqual(['bulk-6']);
  });

  it('portals.create takes every documented field and answers the portal (201)', async () => {
    const created = await portals().create({
      account_id: account_id(),
      id: 'eng',
      name: 'Engineering',
      hostname: 'eng.example.com',
      description: 'For engineers',
      code_mode: 'default_on',
      allow_code_mode: true,
      secure_web_gateway: true,
      servers: [
        {
          server_id: 'docs',
          default_disabled: true,
          on_behalf: false,
          updated_tools: [{ name: 'search_docs', alias: 'find', description: 'Find pages', enabled: true }],
          updated_prompts: [{ name: 'explain_topic', enabled: true }],
        },
        { server_id: 'headers' },
      ],
    });
    expect(created).toMatchObject({
      id: 'eng',
      name: 'Engineering',
      hostname: 'eng.example.com',
      description: 'For engineers',
      code_mode: 'default_on',
      allow_code_mode: true,
      secure_web_gateway: true,
    });
    const [docsEntry, headersEntry] = created.servers;
    expect(docsEntry).toMatchObject({
      id: 'docs',
      server_id: 'docs',
      name: 'Docs',
      auth_type: 'unauthenticated',
      default_disabled: true,
      on_behalf: false,
      updated_tools: [
        {
          name: 'search_docs',
          enabled: true,
          portal_alias: 'find',
          portal_description: 'Find pages',
          server_alias: 'search',
          server_description: 'Search',
        },
      ],
    });
    expect(docsEntry?.updated_prompts).toEqual(
      expect.arrayContaining([{ name: 'explain_topic', enabled: true }]),
    );
    expect(headersEntry).toMatchObject({ server_id: 'headers', default_disabled: false, on_behalf: true });
    const bare = await portals().create({
      account_id: account_id(),
      id: 'bare',
      name: 'Bare',
      hostname: 'bare.example.com',
    });
    expect(bare).toMatchObject({
      code_mode: 'opt_in',
      allow_code_mode: true,
      secure_web_gateway: false,
      servers: [],
    });
    expect(bare).not.toHaveProperty('description');
  });

  it('portals.read and portals.update, field by field (partial PUT; servers replaces the set)', async () => {
    const cases: { reason: string; params: Record<string, unknown>; want: Record<string, unknown> }[] = [
      { reason: 'name', params: { name: 'Eng' }, want: { name: 'Eng' } },
      {
        reason: 'hostname',
        params: { hostname: 'eng2.example.com' },
        want: { hostname: 'eng2.example.com' },
      },
      { reason: 'description', params: { description: 'changed' }, want: { description: 'changed' } },
      {
        reason: 'code_mode',
        params: { code_mode: 'enforced' },
        want: { code_mode: 'enforced', allow_code_mode: true },
      },
      {
        reason: 'allow_code_mode false',
        params: { allow_code_mode: false },
        want: { code_mode: 'off', allow_code_mode: false },
      },
      {
        reason: 'secure_web_gateway',
        params: { secure_web_gateway: false },
        want: { secure_web_gateway: false },
      },
      {
        reason: 'servers replaces the whole set; overrides merge with the server-level ones by name',
        params: {
          servers: [{ server_id: 'oauth', on_behalf: true, updated_tools: [{ name: 't', alias: 'tee' }] }],
        },
        want: {
          servers: [
            {
              server_id: 'oauth',
              on_behalf: true,
              updated_tools: [
                { name: 't', portal_alias: 'tee' },
                { name: 'x', enabled: false },
              ],
            },
          ],
        },
      },
    ];
    for (const c of cases) {
      const updated = await portals().update('eng', { account_id: account_id(), ...c.params });
      expect(updated, c.reason).toMatchObject(c.want);
      expect(await portals().read('eng', { account_id: account_id() }), c.reason).toMatchObject(c.want);
    }
    const kept = await portals().read('eng', { account_id: account_id() });
    expect(kept).toMatchObject({ name: 'Eng', hostname: 'eng2.example.com', description: 'changed' });
    expect(kept.servers.map((s) => s.server_id)).toEqual(['oauth']);
    const cleared = await portals().update('eng', { account_id: account_id(), description: '' });
    expect(cleared).not.toHaveProperty('description');
    expect(await portals().read('eng', { account_id: account_id() })).not.toHaveProperty('description');
  });

  it('portals.list: page, per_page and search (id, name, hostname), and auto-pagination to the end', async () => {
    for (let i = 0; i < 5; i++)
      await portals().create({
        account_id: account_id(),
        id: `team-${i}`,
        name: `Team ${i}`,
        hostname: `t${i}.teams.example.com`,
      });
    const first = await portals().list({ account_id: account_id(), search: 'team-', per_page: 2 });
    expect(first.result.map((p) => p.id)).toEqual(['team-0', 'team-1']);
    expect(first.result_info).toMatchObject({ page: 1, per_page: 2, total_count: 5 });
    const all: string[] = [];
    for await (const x of portals().list({ account_id: account_id(), search: 'team-', per_page: 2 }))
      all.push(x.id);
    expect(all).toEqual(['team-0', 'team-1', 'team-2', 'team-3', 'team-4']);
    const byHost = await portals().list({ account_id: account_id(), search: 't3.teams' });
    expect(byHost.result.map((p) => p.id)).toEqual(['team-3']);
    const byName = await portals().list({ account_id: account_id(), search: 'Team 4' });
    expect(byName.result.map((p) => p.id)).toEqual(['team-4']);
    expect((await portals().list({ account_id: account_id(), page: 50 })).result).toEqual([]);
  });

  it('portals.delete answers the portal without servers; servers.delete answers the server once unmapped', async () => {
    const deleted = await portals().delete('eng', { account_id: account_id() });
    expect(deleted).toMatchObject({ id: 'eng', name: 'Eng' });
    expect(deleted).not.toHaveProperty('servers');
    await portals().delete('bare', { account_id: account_id() });
    expect(await servers().delete('oauth', { account_id: account_id() })).toMatchObject({ id: 'oauth' });
    expect((await failure(servers().read('oauth', { account_id: account_id() }))).status).toBe(404);
  });

  it('answers each failure with its status and a Cloudflare error envelope', async () => {
    const cases = [
      {
        reason: 'unknown server: 404',
        call: () => servers().read('nope', { account_id: account_id() }),
        status: 404,
        type: Cloudflare.NotFoundError,
      },
      {
        reason: 'sync of an unknown server: 404',
        call: () => servers().sync('nope', { account_id: account_id() }),
        status: 404,
        type: Cloudflare.NotFoundError,
      },
      {
        reason: 'update of an unknown portal: 404',
        call: () => portals().update('nope', { account_id: account_id(), name: 'x' }),
        status: 404,
        type: Cloudflare.NotFoundError,
      },
      {
        reason: 'delete of an unknown portal: 404',
        call: () => portals().delete('nope', { account_id: account_id() }),
        status: 404,
        type: Cloudflare.NotFoundError,
      },
      {
        reason: 'a server id with an underscore: 400 naming the field',
        call: () =>
          servers().create({
            account_id: account_id(),
            id: 'bad_id',
            name: 'x',
            hostname: 'https://x.example.com/mcp',
            auth_type: 'unauthenticated',
          }),
        status: 400,
        type: Cloudflare.BadRequestError,
        path: ['id'],
      },
      {
        reason: 'code_mode and allow_code_mode disagree: 400',
        call: () =>
          portals().create({
            account_id: account_id(),
            id: 'conflict',
            name: 'x',
            hostname: 'conflict.example.com',
            code_mode: 'off',
            allow_code_mode: true,
          }),
        status: 400,
        type: Cloudflare.BadRequestError,
        path: ['allow_code_mode'],
      },
      {
        reason: 'a portal mapping an unknown server: 400',
        call: () =>
          portals().create({
            account_id: account_id(),
            id: 'orphan',
            name: 'x',
            hostname: 'orphan.example.com',
            servers: [{ server_id: 'nope' }],
          }),
        status: 400,
        type: Cloudflare.BadRequestError,
        path: ['servers', 0, 'server_id'],
      },
      {
        reason: 'a mapped server cannot be deleted: 400, not a retried 409',
        call: async () => {
          await portals().create({
            account_id: account_id(),
            id: 'holder',
            name: 'x',
            hostname: 'holder.example.com',
            servers: [{ server_id: 'docs' }],
          });
          return servers().delete('docs', { account_id: account_id() });
        },
        status: 400,
        type: Cloudflare.BadRequestError,
      },
      {
        reason: 'per_page over 100: 400',
        call: () => servers().list({ account_id: account_id(), per_page: 101 }),
        status: 400,
        type: Cloudflare.BadRequestError,
      },
    ];
    for (const c of cases) {
      const before = real.dump();
      const err = await failure(c.call());
      expect(err, c.reason).toBeInstanceOf(c.type);
      expect(err.status, c.reason).toBe(c.status);
      expect(err.errors.length, c.reason).toBeGreaterThan(0);
      expect(err.errors[0], c.reason).toMatchObject({
        code: expect.any(Number),
        message: expect.any(String),
      });
      if (c.path)
        expect(
          err.errors.map((e) => (e as { path?: unknown }).path),
          c.reason,
        ).toContainEqual(c.path);
      if (c.reason !== 'a mapped server cannot be deleted: 400, not a retried 409')
        expect(real.dump(), `${c.reason}: nothing changed`).toEqual(before);
    }
    const anonymous = new Cloudflare({ apiToken: 'wrong', baseURL: real.baseUrl, maxRetries: 0 });
    const denied = await failure(
      anonymous.zeroTrust.access.aiControls.mcp.portals.list({ account_id: account_id() }),
    );
    expect(denied.status).toBe(403);
    expect(denied.errors[0]).toMatchObject({ code: expect.any(Number) });
  });
});
