// Conformance with the official `cloudflare` SDK (v7) pointed at the embedded portal with `baseURL`: every
// endpoint the issue lists, auto-pagination over 250 servers, and typed SDK errors (no retries of 400s).
import Cloudflare from 'cloudflare';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
