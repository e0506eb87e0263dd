// The AccessGroup kind through observe, plan and apply on the in-memory API: groups are created before
// the policies that select them (by `$ref` to the new id), read back by name, pruned only when provably
// ours, and a policy naming a group that exists nowhere makes an errored plan.
import { describe, expect, it } from 'vitest';
import type { Manifest } from '../../../schemas/generated/manifest.js';
import { apply } from '../../apply/apply.js';
import { observe } from '../../observe.js';
import { hasChanges, plan } from '../../plan/plan.js';
import { keyResolver } from '../../secrets.js';
import { FakeApi } from '../../testing/fake-api.js';
import { ownerTag } from '../apps.js';
import type { Desired, KindName, ManifestOf } from '../model.js';
import { handlerOf } from '../registry.js';

const opts = { target: { api_url: 'x', account_id: 'a', embedded: true }, owner: 'default', digest: 'd' };
const IDP = '6f1c2f4e-8a3b-4c5d-9e7f-0a1b2c3d4e5f';
const m = (kind: KindName, name: string, spec: Record<string, unknown>) =>
  ({ apiVersion: 'mcpportal/v1', kind, metadata: { name }, spec }) as unknown as Manifest;
const desired = (list: Manifest[]): Desired[] =>
  list.map((x) => handlerOf(x.kind).fromManifest(x as ManifestOf<typeof x.kind>, {}));
const platform = m('AccessGroup', 'platform', {
  include: [{ oidc: { claimName: 'groups', claimValue: 'platform', identityProviderId: IDP } }],
});
const engineers = m('AccessPolicy', 'engineers', {
  decision: 'allow',
  include: [{ emailDomain: 'example.com' }, { group: 'platform' }],
});
/** The include rules of an operation's request body. */
const includeOf = (op: { args: { body?: unknown } } | undefined) =>
  (op?.args.body as { include?: unknown[] } | undefined)?.include;
const planFor = async (api: FakeApi, list: Manifest[], prune = false) =>
  plan(desired(list), await observe(api.api, { owner: 'default' }), { ...opts, prune });

/** The app of server `docs`, carrying this tool's owner tag, linking one policy. */
const ownedServerApp = (api: FakeApi, policyId: string) =>
  api.addApp({
    name: 'MCP server docs',
    type: 'mcp',
    destinations: [{ type: 'via_mcp_server_portal', mcp_server_id: 'docs' }],
    policies: [{ id: policyId, precedence: 1 }],
    tags: [ownerTag()],
  } as never);

/** A fake API where an owned app links `engineers`, which selects the live group `platform`. */
function owned(extra: (api: FakeApi) => void = () => {}) {
  const api = new FakeApi();
  const g = api.addGroup('platform');
  const p = api.addPolicy('engineers', {
    include: [{ email_domain: { domain: 'example.com' } }, { group: { id: g.id } }] as never,
  });
  // The app of a server this tool manages: it makes `engineers` (and so `platform`) provably ours.
  ownedServerApp(api, p.id);
  extra(api);
  return { api, group: g, policy: p };
}

describe('AccessGroup', () => {
  it('creates a group before the policy that selects it, which gets the new id', async () => {
    const api = new FakeApi();
    const p = await planFor(api, [platform, engineers]);
    const create = p.operations.find((o) => o.op === 'group.create');
    const policy = p.operations.find((o) => o.op === 'policy.create');
    expect(create?.produces).toBe('AccessGroup/platform');
    expect(policy?.dependsOn).toContain(create?.id);
    expect(includeOf(policy)?.[1]).toEqual({
      group: { id: { $ref: 'AccessGroup/platform' } },
    });
    expect(includeOf(create)).toEqual([
      { oidc: { claim_name: 'groups', claim_value: 'platform', identity_provider_id: IDP } },
    ]);

    const r = await apply(p, api.api, { secrets: keyResolver({}) });
    expect(r.failed).toEqual([]);
    const [group] = [...api.groups.values()];
    const [stored] = [...api.policies.values()];
    expect(stored?.include[1]).toEqual({ group: { id: group?.id } });
    // Read back, the id is the group's name again: nothing left to do.
    const again = await planFor(api, [platform, engineers]);
    expect(hasChanges(again), JSON.stringify(again.resources)).toBe(false);
    expect(again.operations).toEqual([]);
  });

  it('selects a live group the manifests do not define by its id, with nothing to wait for', async () => {
    const { api, group } = owned();
    const changed = m('AccessPolicy', 'engineers', { decision: 'allow', include: [{ group: 'platform' }] });
    const p = await planFor(api, [changed]);
    const update = p.operations.find((o) => o.op === 'policy.update');
    expect(includeOf(update)).toEqual([{ group: { id: group.id } }]);
    expect(update?.dependsOn).toEqual([]);
  });

  it('refuses to plan a policy selecting a group that is neither a manifest nor live', async () => {
    const api = new FakeApi();
    const p = await planFor(api, [engineers]);
    expect(p.errored).toBe(true);
    expect(p.diagnostics.map((d) => d.code)).toContain('plan/unresolved-group');
    await expect(apply(p, api.api, { secrets: keyResolver({}) })).rejects.toThrow(/errors/);
    expect(api.groups.size + api.policies.size).toBe(0);
  });

  it('shows a changed rule as a field change and updates the group in place', async () => {
    const { api, group } = owned();
    const changed = m('AccessGroup', 'platform', { include: [{ email: 'a@example.com' }] });
    const p = await planFor(api, [changed, engineers]);
    const r = p.resources.find((x) => x.kind === 'AccessGroup');
    expect(r?.action).toBe('update');
    expect(r?.changes.map((c) => c.path)).toEqual(['spec.include']);
    expect(p.operations.map((o) => `${o.op} ${o.target}`)).toEqual([`group.update ${group.id}`]);
  });

  it.each([
    {
      name: 'selected only by an owned policy',
      setup: () => owned(),
      manifests: [m('AccessPolicy', 'engineers', { decision: 'allow', include: [{ everyone: true }] })],
      deleted: true,
      listed: true,
    },
    {
      name: 'also selected by a policy no owned app links',
      setup: () =>
        owned((api) => {
          const g = [...api.groups.values()][0];
          api.addPolicy('theirs', { include: [{ group: { id: g?.id } }] as never });
        }),
      manifests: [m('AccessPolicy', 'engineers', { decision: 'allow', include: [{ everyone: true }] })],
      deleted: false,
      listed: true,
    },
    {
      // Nothing MCP uses selects it: not this tool's to report (Observed.unrelated).
      name: 'selected by no policy at all',
      setup: () => {
        const api = new FakeApi();
        return { api, group: api.addGroup('platform') };
      },
      manifests: [],
      deleted: false,
      listed: false,
    },
  ])('prunes a group not in the manifests only when $name', async ({ setup, manifests, deleted, listed }) => {
    const { api, group } = setup();
    const p = await planFor(api, manifests, true);
    const del = p.operations.find((o) => o.op === 'group.delete');
    expect(Boolean(del)).toBe(deleted);
    const row = { kind: 'AccessGroup', name: 'platform', id: group.id, owned: deleted };
    if (listed) expect(p.unmanaged).toContainEqual(row);
    else expect(p.unmanaged).not.toContainEqual(row);
    if (!del) return;
    // After the policy stops selecting it: the API refuses to delete a group in use.
    expect(del.dependsOn).toEqual(p.operations.filter((o) => o.op === 'policy.update').map((o) => o.id));
    const r = await apply(p, api.api, { secrets: keyResolver({}) });
    expect(r.failed).toEqual([]);
    expect(api.groups.size).toBe(0);
  });

  it('assumes the manifest is_default when the API answers no boolean (the SDK types it as rules)', async () => {
    const api = new FakeApi();
    api.addGroup('platform', {
      include: [
        { oidc: { claim_name: 'groups', claim_value: 'platform', identity_provider_id: IDP } },
      ] as never,
      is_default: [] as never,
    });
    const isDefault = m('AccessGroup', 'platform', {
      ...(platform as { spec: object }).spec,
      isDefault: true,
    });
    const snapshot = await observe(api.api, { owner: 'default', desired: desired([isDefault]) });
    const [o] = snapshot.objects.get('AccessGroup') ?? [];
    expect(o?.assumed).toEqual(['isDefault']);
    expect(hasChanges(plan(desired([isDefault]), snapshot, opts))).toBe(false);
  });

  it('imports a live group as a manifest that plans no change', async () => {
    const { api } = owned();
    const snapshot = await observe(api.api, { owner: 'default' });
    const manifests = (snapshot.objects.get('AccessGroup') ?? []).map((o) =>
      handlerOf('AccessGroup').toManifest(o as never),
    );
    expect(manifests).toEqual([
      {
        apiVersion: 'mcpportal/v1',
        kind: 'AccessGroup',
        metadata: { name: 'platform' },
        spec: { include: [{ everyone: true }] },
      },
    ]);
    const p = plan(desired([...(manifests as Manifest[]), engineers]), snapshot, opts);
    expect(hasChanges(p)).toBe(false);
  });

  describe('what MCP access involves (observe with scope "related", as plan and drift read)', () => {
    const related = (api: FakeApi, list: Manifest[] = []) =>
      observe(api.api, { owner: 'default', desired: desired(list), scope: 'related' });
    /** A self-hosted app of the account's (not MCP) linking its own policy, which selects its own group. */
    const wiki = (api: FakeApi, policyId?: string) => {
      const g = api.addGroup('wiki-readers');
      const p = api.addPolicy('wiki', { include: [{ group: { id: g.id } }] as never });
      api.addApp({
        name: 'Wiki',
        type: 'self_hosted',
        domain: 'wiki.example.com',
        policies: [{ id: p.id, precedence: 1 }, ...(policyId ? [{ id: policyId, precedence: 2 }] : [])],
      } as never);
      return { group: g, policy: p };
    };

    it("reads no group when nothing MCP selects one, and does not report the account's other Access objects", async () => {
      const api = new FakeApi();
      const linked = api.addPolicy('engineers', {
        include: [{ email_domain: { domain: 'example.com' } }] as never,
      });
      ownedServerApp(api, linked.id);
      wiki(api);
      api.addGroup('unused');
      const snapshot = await related(api);
      expect(api.calls).not.toContain('GET groups');
      expect(snapshot.unread).toEqual(['AccessGroup']);
      const p = plan([], snapshot, opts);
      expect(p.unmanaged.map((u) => `${u.kind}/${u.name}`)).toEqual(['AccessPolicy/engineers']);
      // Read in full, the other objects are known but still not reported.
      const full = plan([], await observe(api.api, { owner: 'default' }), opts);
      expect(full.unmanaged).toEqual(p.unmanaged);
    });

    it('reads the groups one round trip later when a policy an MCP app links selects one, and follows groups through groups', async () => {
      const api = new FakeApi();
      const inner = api.addGroup('inner');
      const outer = api.addGroup('outer', { include: [{ group: { id: inner.id } }] as never });
      const p = api.addPolicy('engineers', { include: [{ group: { id: outer.id } }] as never });
      api.addApp({
        name: 'MCP portal',
        type: 'mcp_portal',
        domain: 'mcp.example.com',
        policies: [{ id: p.id, precedence: 1 }],
      } as never);
      wiki(api);
      const snapshot = await related(api);
      expect(api.calls.indexOf('GET groups')).toBeGreaterThan(api.calls.indexOf('GET policies'));
      expect(snapshot.unread).toBeUndefined();
      const listed = plan([], snapshot, opts).unmanaged.map((u) => `${u.kind}/${u.name}`);
      expect(listed).toEqual(['AccessPolicy/engineers', 'AccessGroup/inner', 'AccessGroup/outer']);
    });

    it('reads the groups with everything else when a manifest names or selects one', async () => {
      for (const list of [[platform], [engineers]]) {
        const api = new FakeApi();
        api.addGroup('platform');
        await related(api, list);
        expect(api.calls.slice(0, 5)).toContain('GET groups');
      }
    });

    it('does not own a policy another application links as well, even one that is not an MCP app', async () => {
      const { api, policy } = owned();
      wiki(api, policy.id);
      const p = await planFor(api, [], true);
      expect(p.unmanaged).toContainEqual(expect.objectContaining({ name: 'engineers', owned: false }));
      expect(p.operations.filter((o) => o.op === 'policy.delete' || o.op === 'group.delete')).toEqual([]);
    });
  });
});
