// Ownership tags and app updates against the in-memory API, which answers as Cloudflare does: an app may
// only carry tags that exist, and an app PUT replaces the whole app. The tag is created first, once, only
// when the account lacks it; an app update is a read-modify-write that keeps every field the manifest
// does not own (end to end against the embedded portal: reconciler/cli/app-fidelity.test.ts).
import { describe, expect, it } from 'vitest';
import type { Manifest } from '../../schemas/generated/manifest.js';
import { ownerTag } from '../kinds/apps.js';
import type { Desired, KindName, ManifestOf } from '../kinds/model.js';
import { handlerOf } from '../kinds/registry.js';
import { observe } from '../observe.js';
import { plan } from '../plan/plan.js';
import { renderPlan } from '../render/plan.js';
import { keyResolver } from '../secrets.js';
import { FakeApi } from '../testing/fake-api.js';
import { APP_READ_ONLY, appReplaceBody } from './app-replace.js';
import { apply } from './apply.js';

const m = (kind: KindName, name: string, spec: Record<string, unknown>) =>
  ({ apiVersion: 'mcpportal/v1', kind, metadata: { name }, spec }) as unknown as Manifest;
const desiredOf = (list: Manifest[]): Desired[] =>
  list.map((x) => handlerOf(x.kind).fromManifest(x as ManifestOf<typeof x.kind>, {}));
const opts = { target: { api_url: 'x', account_id: 'a', embedded: true }, owner: 'team-a', digest: 'd' };
const secrets = keyResolver({});

const policies = [
  m('AccessPolicy', 'engineers', { decision: 'allow', include: [{ everyone: true }] }),
  m('AccessPolicy', 'admins', { decision: 'allow', include: [{ email: 'root@example.com' }] }),
];
const docs = (policy: string) =>
  m('McpServer', 'docs', { url: 'https://docs.example.com/mcp', policies: [policy] });
const eng = m('McpPortal', 'eng', {
  hostname: 'eng.example.com',
  policies: ['engineers'],
  servers: [{ server: 'docs' }],
});

async function planFor(api: FakeApi, manifests: Manifest[]) {
  const d = desiredOf(manifests);
  return plan(d, await observe(api.api, { owner: opts.owner, desired: d }), opts);
}

/** Settings made outside the manifests (the dashboard, another tool): a full PUT would reset them. */
const ELSEWHERE = {
  session_duration: '2h45m',
  allowed_idps: ['idp-1'],
  auto_redirect_to_identity: true,
  custom_deny_url: 'https://deny.example.com',
  custom_pages: ['page-1'],
  logo_url: 'https://logo.example.com/l.png',
  options_preflight_bypass: false,
};

describe('ownership tags', () => {
  it('tags:created-first: a missing tag is created once, before every app that carries it', async () => {
    const api = new FakeApi();
    const p = await planFor(api, [...policies, docs('engineers'), eng]);
    const tagOps = p.operations.filter((o) => o.op === 'tag.create');
    expect(tagOps).toEqual([
      {
        id: `AccessTag/${ownerTag('team-a')}:tag.create`,
        op: 'tag.create',
        resource: `AccessTag/${ownerTag('team-a')}`,
        args: { body: { name: ownerTag('team-a') } },
        dependsOn: [],
      },
    ]);
    for (const app of p.operations.filter((o) => o.op === 'app.create'))
      expect(app.dependsOn, app.id).toContain(tagOps[0]?.id);
    // Reviewers read it in the plan.
    expect(renderPlan('text', p, { color: false })).toContain(
      `Apply first creates the Access tag ${ownerTag('team-a')} (the ownership tag its applications carry).`,
    );
    api.calls.length = 0;
    const r = await apply(p, api.api, { secrets });
    expect(r.failed).toEqual([]);
    expect(api.calls.filter((c) => c.startsWith('POST tags'))).toEqual([`POST tags ${ownerTag('team-a')}`]);
    expect(api.calls.indexOf(`POST tags ${ownerTag('team-a')}`)).toBeLessThan(
      api.calls.findIndex((c) => c.startsWith('POST apps')),
    );
    expect([...api.apps.values()].map((a) => a.tags)).toEqual([[ownerTag('team-a')], [ownerTag('team-a')]]);
  });

  it('tags:existing-not-recreated: a tag the account has is not created again', async () => {
    const api = new FakeApi();
    api.tags.add(ownerTag('team-a'));
    const p = await planFor(api, [...policies, docs('engineers'), eng]);
    expect(p.operations.filter((o) => o.op === 'tag.create')).toEqual([]);
    expect(renderPlan('text', p, { color: false })).not.toContain('Access tag');
    api.calls.length = 0;
    expect((await apply(p, api.api, { secrets })).failed).toEqual([]);
    expect(api.calls.filter((c) => c.startsWith('POST tags'))).toEqual([]);
  });

  it('tags:needed-only-for-app-writes: a plan that writes no app plans no tag', async () => {
    const api = new FakeApi();
    const p = await planFor(api, policies);
    expect(p.operations.map((o) => o.op)).toEqual(['policy.create', 'policy.create']);
  });

  it('tags:failure-skips-apps: apps wait for the tag, so a refused tag create skips them (nothing half-tagged)', async () => {
    const api = new FakeApi();
    const p = await planFor(api, [...policies, docs('engineers')]);
    api.failOn = (call) => (call.startsWith('POST tags') ? new Error('refused') : undefined);
    const r = await apply(p, api.api, { secrets });
    expect(r.failed.map((f) => [f.op, Boolean(f.skipped)])).toEqual([
      ['tag.create', false],
      ['app.create', true],
    ]);
    expect(api.apps.size).toBe(0);
  });
});

describe('app updates: read-modify-write', () => {
  it('apps:rmw-keeps-foreign-fields: a policy change keeps settings made elsewhere, and other tags', async () => {
    const api = new FakeApi();
    await apply(await planFor(api, [...policies, docs('engineers')]), api.api, { secrets });
    const app = [...api.apps.values()][0];
    if (!app) throw new Error('no app');
    Object.assign(app, ELSEWHERE, { tags: [...(app.tags ?? []), 'billing'] });
    api.tags.add('billing');

    const p = await planFor(api, [...policies, docs('admins')]);
    expect(p.operations.map((o) => o.op)).toEqual(['app.update']);
    api.calls.length = 0;
    expect((await apply(p, api.api, { secrets })).failed).toEqual([]);
    // Read first, then the one PUT.
    expect(api.calls).toEqual([`GET apps ${app.id}`, `PUT apps ${app.id}`]);
    const after = api.apps.get(app.id) as unknown as Record<string, unknown>;
    expect(after).toMatchObject(ELSEWHERE);
    const admins = [...api.policies.values()].find((x) => x.name === 'admins');
    expect(after.policies).toEqual([{ id: admins?.id, precedence: 1 }]);
    expect(after.tags).toEqual([ownerTag('team-a'), 'billing']);
    expect(after.destinations).toEqual([{ type: 'via_mcp_server_portal', mcp_server_id: 'docs' }]);
    // And nothing is left to do.
    expect((await planFor(api, [...policies, docs('admins')])).operations).toEqual([]);
  });

  it('apps:rmw-gone: an app deleted since the plan fails its update (no blind PUT of a partial app)', async () => {
    const api = new FakeApi();
    await apply(await planFor(api, [...policies, docs('engineers')]), api.api, { secrets });
    const p = await planFor(api, [...policies, docs('admins')]);
    api.apps.clear();
    const r = await apply(p, api.api, { secrets });
    expect(r.failed.map((f) => [f.op, f.error?.class])).toEqual([['app.update', 'NotFoundError']]);
    expect(api.calls.filter((c) => c.startsWith('PUT apps'))).toEqual([]);
  });

  it.each([
    {
      name: 'read-only fields are dropped',
      reason: 'id, aud and timestamps are the API’s; Cloudflare’s params have no such keys',
      live: { id: 'a1', aud: 'x', created_at: 't', updated_at: 't', name: 'old', type: 'mcp' },
      want: { name: 'new', type: 'mcp', tags: ['mcp-portals:default'] },
    },
    {
      name: 'unknown fields survive',
      reason: 'a field our wire schema does not name (a future Cloudflare setting) is sent back as read',
      live: { name: 'old', type: 'mcp', some_future_setting: { deep: [1, 2] }, tags: ['x'] },
      want: {
        name: 'new',
        type: 'mcp',
        some_future_setting: { deep: [1, 2] },
        tags: ['x', 'mcp-portals:default'],
      },
    },
    {
      name: 'policies are replaced',
      reason: 'the live list has the response shape (names, decisions); the manifest owns the links',
      live: {
        name: 'old',
        type: 'mcp',
        policies: [{ id: 'p0', precedence: 1, name: 'n', decision: 'allow' }],
      },
      want: { name: 'new', type: 'mcp', policies: [], tags: ['mcp-portals:default'] },
    },
  ])('appReplaceBody: $name', ({ reason, live, want }) => {
    const owned = {
      name: 'new',
      type: 'mcp' as const,
      tags: ['mcp-portals:default'],
      ...('policies' in want ? { policies: [] } : {}),
    };
    expect(appReplaceBody(live, owned), reason).toEqual(want);
    for (const k of APP_READ_ONLY) expect(appReplaceBody(live, owned), reason).not.toHaveProperty(k);
  });
});
