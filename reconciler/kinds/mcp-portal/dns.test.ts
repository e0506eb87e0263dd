// A portal hostname's DNS record with `spec.dns`, planned and applied against the in-memory API (which
// answers as Cloudflare's DNS API: a CNAME stands alone at its name): created after the portal, replaced
// when ours and wrong, never touched when someone else's, the old one deleted on a hostname change and on
// a prune, one listing per zone whatever number of portals, and an empty plan after apply.
import { Ajv } from 'ajv';
import addFormatsModule, { type FormatsPlugin } from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import type { Manifest } from '../../../schemas/generated/manifest.js';
import planSchema from '../../../schemas/output/plan.schema.json' with { type: 'json' };
import { apply } from '../../apply/apply.js';
import { observe } from '../../observe.js';
import { hasChanges, plan } from '../../plan/plan.js';
import { renderPlan } from '../../render/plan.js';
import { keyResolver } from '../../secrets.js';
import { FakeApi } from '../../testing/fake-api.js';
import { ownerTag } from '../apps.js';
import type { Desired, KindName, ManifestOf } from '../model.js';
import { handlerOf } from '../registry.js';
import { PORTAL_CNAME_TARGET } from './dns.js';

// ajv-formats is CommonJS: see schemas/registry.ts.
const addFormats = addFormatsModule as unknown as FormatsPlugin;
const ajv = new Ajv({ allErrors: true, strict: true });
addFormats(ajv);
const validatePlan = ajv.compile(planSchema);

const ZONE = '023e105f4ecef8ad9ca31a8372d0c353';
const ZONE_B = 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb';
const OWNER = 'team-a';
const m = (kind: KindName, name: string, spec: Record<string, unknown>) =>
  ({ apiVersion: 'mcpportal/v1', kind, metadata: { name }, spec }) as unknown as Manifest;
const desiredOf = (list: Manifest[]): Desired[] =>
  list.map((x) => handlerOf(x.kind).fromManifest(x as ManifestOf<typeof x.kind>, {}));
const opts = (prune = false) => ({
  target: { api_url: 'https://api.cloudflare.com/client/v4', account_id: 'a', embedded: false },
  owner: OWNER,
  digest: 'd',
  prune,
});
const portal = (name: string, hostname: string, zone: string | null = ZONE) =>
  m('McpPortal', name, { hostname, ...(zone ? { dns: { zoneId: zone } } : {}) });

async function planFor(api: FakeApi, manifests: Manifest[], prune = false) {
  const d = desiredOf(manifests);
  return plan(d, await observe(api.api, { owner: OWNER, desired: d }), opts(prune));
}
async function applyAll(api: FakeApi, manifests: Manifest[], prune = false) {
  const p = await planFor(api, manifests, prune);
  expect(p.errored, JSON.stringify(p.diagnostics)).toBe(false);
  const result = await apply(p, api.api, { secrets: keyResolver({}) });
  expect(result.failed).toEqual([]);
  return p;
}
const records = (api: FakeApi, zone = ZONE) =>
  (api.dns.get(zone) ?? []).map((r) => ({
    name: r.name,
    content: r.content,
    proxied: r.proxied,
    comment: r.comment,
  }));
const mine = { content: PORTAL_CNAME_TARGET, proxied: true, comment: ownerTag(OWNER) };

describe('a portal with spec.dns', () => {
  it('dns:create-after-portal: a new portal gets its proxied CNAME after the portal exists; then nothing to do', async () => {
    const api = new FakeApi();
    const p = await applyAll(api, [portal('eng', 'eng.example.com')]);
    const create = p.operations.find((o) => o.op === 'dns.create');
    expect(create).toMatchObject({
      resource: 'McpPortal/eng',
      args: {
        zone: ZONE,
        body: { type: 'CNAME', name: 'eng.example.com', content: PORTAL_CNAME_TARGET, proxied: true, ttl: 1 },
      },
      dependsOn: ['McpPortal/eng:portal.create'],
    });
    const r = p.resources.find((x) => x.kind === 'McpPortal');
    expect(r?.dns).toEqual([
      {
        action: 'create',
        zoneId: ZONE,
        type: 'CNAME',
        name: 'eng.example.com',
        content: PORTAL_CNAME_TARGET,
        proxied: true,
      },
    ]);
    // The note of a record to make by hand is for portals without a zone only.
    expect(r).not.toHaveProperty('dnsRecord');
    expect(renderPlan('text', p)).toContain(
      `DNS record: create proxied CNAME eng.example.com -> ${PORTAL_CNAME_TARGET} in zone ${ZONE}`,
    );
    expect(records(api)).toEqual([{ name: 'eng.example.com', ...mine }]);
    const again = await planFor(api, [portal('eng', 'eng.example.com')]);
    expect(hasChanges(again)).toBe(false);
    expect(again.operations).toEqual([]);
  });

  it('dns:one-list-per-zone: observing reads each zone once, whatever number of portals it holds', async () => {
    const api = new FakeApi();
    const many = Array.from({ length: 30 }, (_, i) =>
      portal(`p${i}`, `p${i}.example.com`, i % 2 ? ZONE : ZONE_B),
    );
    const d = desiredOf(many);
    await observe(api.api, { owner: OWNER, desired: d });
    expect(api.calls.filter((c) => c.startsWith('GET dns')).sort()).toEqual([
      `GET dns ${ZONE}`,
      `GET dns ${ZONE_B}`,
    ]);
    // Without spec.dns nothing of DNS is read.
    const before = api.calls.length;
    await observe(api.api, { owner: OWNER, desired: desiredOf([portal('x', 'x.example.com', null)]) });
    expect(api.calls.slice(before).some((c) => c.startsWith('GET dns'))).toBe(false);
  });

  it('dns:ours-replaced: our record that points elsewhere is replaced (PUT), then converges', async () => {
    const api = new FakeApi();
    await applyAll(api, [portal('eng', 'eng.example.com')]);
    const rec = api.dns.get(ZONE)?.[0];
    if (!rec) throw new Error('no record');
    Object.assign(rec, { content: 'old.example.net', proxied: false });
    const p = await planFor(api, [portal('eng', 'eng.example.com')]);
    const r = p.resources.find((x) => x.kind === 'McpPortal');
    expect(r).toMatchObject({ action: 'update', reason: 'its DNS record is missing or wrong' });
    expect(r?.changes).toEqual([
      {
        path: 'dns[eng.example.com]',
        before: { type: 'CNAME', content: 'old.example.net', proxied: false, comment: ownerTag(OWNER) },
        after: { type: 'CNAME', content: PORTAL_CNAME_TARGET, proxied: true },
      },
    ]);
    expect(p.operations.map((o) => o.op)).toEqual(['dns.update']);
    await applyAll(api, [portal('eng', 'eng.example.com')]);
    expect(records(api)).toEqual([{ name: 'eng.example.com', ...mine }]);
    expect(hasChanges(await planFor(api, [portal('eng', 'eng.example.com')]))).toBe(false);
  });

  it("dns:never-overwrites: someone else's record that points elsewhere is an error, and nothing is sent", async () => {
    const api = new FakeApi();
    api.addDnsRecord(ZONE, {
      name: 'eng.example.com',
      content: 'legacy.example.net',
      proxied: true,
      comment: 'ops',
    });
    const p = await planFor(api, [portal('eng', 'eng.example.com')]);
    expect(p.errored).toBe(true);
    expect(p.diagnostics).toEqual([
      expect.objectContaining({ severity: 'error', code: 'dns/record-not-owned' }),
    ]);
    expect(p.diagnostics[0]?.message).toContain('eng.example.com -> legacy.example.net');
    expect(p.operations.some((o) => o.op.startsWith('dns.'))).toBe(false);
    const before = api.calls.length;
    await expect(apply(p, api.api, { secrets: keyResolver({}) })).rejects.toThrow();
    expect(api.calls.slice(before).filter((c) => !c.startsWith('GET'))).toEqual([]);
    expect(records(api)).toEqual([
      { name: 'eng.example.com', content: 'legacy.example.net', proxied: true, comment: 'ops' },
    ]);
  });

  it("dns:foreign-right-kept: someone else's record that already points to the gateway is left alone", async () => {
    const api = new FakeApi();
    api.addDnsRecord(ZONE, { name: 'eng.example.com', content: PORTAL_CNAME_TARGET, proxied: true });
    const p = await applyAll(api, [portal('eng', 'eng.example.com')]);
    expect(p.operations.some((o) => o.op.startsWith('dns.'))).toBe(false);
    expect(p.resources[0]?.dns?.[0]).toMatchObject({ action: 'noop' });
    // Pruning the portal leaves a record that is not ours.
    await applyAll(api, [], true);
    expect(records(api)).toHaveLength(1);
  });

  it('dns:hostname-change: the new record is created and our old one deleted after it', async () => {
    const api = new FakeApi();
    await applyAll(api, [portal('eng', 'eng.example.com')]);
    const p = await applyAll(api, [portal('eng', 'mcp.example.com')]);
    const create = p.operations.find((o) => o.op === 'dns.create');
    const del = p.operations.find((o) => o.op === 'dns.delete');
    expect(del?.dependsOn).toEqual(expect.arrayContaining([create?.id, 'McpPortal/eng:portal.update']));
    expect(p.resources[0]?.dns?.map((c) => [c.action, c.name])).toEqual([
      ['create', 'mcp.example.com'],
      ['delete', 'eng.example.com'],
    ]);
    expect(records(api)).toEqual([{ name: 'mcp.example.com', ...mine }]);
    expect(hasChanges(await planFor(api, [portal('eng', 'mcp.example.com')]))).toBe(false);
  });

  it('dns:prune-deletes-ours: a pruned portal takes its record along, unless another portal took the name', async () => {
    const api = new FakeApi();
    await applyAll(api, [portal('eng', 'eng.example.com'), portal('ops', 'ops.example.com')]);
    // `eng` leaves; `eng2` takes its hostname over: that record stays (it is eng2's now).
    const p = await applyAll(
      api,
      [portal('ops', 'ops.example.com'), portal('eng2', 'eng.example.com')],
      true,
    );
    expect(p.operations.filter((o) => o.op === 'dns.delete')).toEqual([]);
    expect(
      records(api)
        .map((r) => r.name)
        .sort(),
    ).toEqual(['eng.example.com', 'ops.example.com']);
    const gone = await applyAll(api, [portal('ops', 'ops.example.com')], true);
    expect(gone.operations.filter((o) => o.op === 'dns.delete').map((o) => o.dependsOn)).toEqual([
      ['McpPortal/eng2:portal.delete'],
    ]);
    expect(records(api).map((r) => r.name)).toEqual(['ops.example.com']);
  });

  it('dns:plan-json: a plan with record changes round-trips and validates against plan.schema.json', async () => {
    const api = new FakeApi();
    await applyAll(api, [portal('eng', 'eng.example.com'), portal('ops', 'ops.example.com')]);
    const rec = api.dns.get(ZONE)?.[0];
    if (rec) Object.assign(rec, { content: 'old.example.net' });
    const p = await planFor(api, [portal('eng', 'new.example.com'), portal('ops', 'ops.example.com')], true);
    expect(
      p.resources
        .flatMap((r) => r.dns ?? [])
        .map((c) => c.action)
        .sort(),
    ).toEqual(['create', 'delete', 'noop']);
    const doc = JSON.parse(renderPlan('json', p));
    expect(doc).toEqual(JSON.parse(JSON.stringify(p)));
    expect(validatePlan(doc), JSON.stringify(validatePlan.errors)).toBe(true);
  });

  it('dns:note-without-zone: without spec.dns the plan only notes the record, and sends nothing for it', async () => {
    const api = new FakeApi();
    const p = await planFor(api, [portal('eng', 'eng.example.com', null)]);
    expect(p.resources[0]).toMatchObject({ dnsRecord: { name: 'eng.example.com' } });
    expect(p.resources[0]).not.toHaveProperty('dns');
    expect(p.operations.some((o) => o.op.startsWith('dns.'))).toBe(false);
  });
});
