// Table-driven tests of observe + plan: manifests and the API's wire objects (from an in-memory API that
// answers as the real one does) in, actions, field changes and the operation graph out.
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Manifest } from '../../schemas/generated/manifest.js';
import type { ServerObject } from '../../schemas/generated/wire.js';
import { ownerTag } from '../kinds/apps.js';
import type { Desired, KindName, ManifestOf } from '../kinds/model.js';
import { handlerOf } from '../kinds/registry.js';
import { observe, snapshotDigest } from '../observe.js';
import { FakeApi } from '../testing/fake-api.js';
import { plan } from './plan.js';

const ENV = { T: 'new-token', SAME: 'same' };
const opts = { target: { api_url: 'x', account_id: 'a', embedded: true }, owner: 'default', digest: 'd' };

const m = (kind: KindName, name: string, spec: Record<string, unknown>) =>
  ({ apiVersion: 'mcpportal/v1', kind, metadata: { name }, spec }) as unknown as Manifest;
const desired = (list: Manifest[]): Desired[] =>
  list.map((x) => handlerOf(x.kind).fromManifest(x as ManifestOf<typeof x.kind>, ENV));

const engineers = m('AccessPolicy', 'engineers', { decision: 'allow', include: [{ everyone: true }] });
const docs = (over: Record<string, unknown> = {}) =>
  m('McpServer', 'docs', { url: 'https://docs.example.com/mcp', policies: ['engineers'], ...over });
const eng = (over: Record<string, unknown> = {}) =>
  m('McpPortal', 'eng', { hostname: 'eng.example.com', policies: ['engineers'], ...over });

/** A fake API holding `engineers`, and `docs` (synced: tools search, list) owned by this tool. */
function live(server: Partial<ServerObject> | null = {}, portal?: Record<string, unknown>): FakeApi {
  const api = new FakeApi();
  const pol = api.addPolicy('engineers', { include: [{ everyone: {} }] as never });
  api.addApp({
    name: 'p',
    type: 'mcp',
    destinations: [],
    policies: [{ id: pol.id, precedence: 1 }],
    tags: [ownerTag()],
  } as never);
  if (server) {
    api.addServer({
      id: 'docs',
      hostname: 'https://docs.example.com/mcp',
      tools: [{ name: 'search' }, { name: 'list' }],
      ...server,
    });
    api.addApp({
      name: 'MCP server docs',
      type: 'mcp',
      destinations: [{ type: 'via_mcp_server_portal', mcp_server_id: 'docs' }],
      policies: [{ id: pol.id, precedence: 1 }],
      tags: [ownerTag()],
    } as never);
  }
  if (portal) {
    api.addPortal({ id: 'eng', hostname: 'eng.example.com', ...portal } as never);
    api.addApp({
      name: 'MCP portal eng',
      type: 'mcp_portal',
      domain: 'eng.example.com',
      policies: [{ id: pol.id, precedence: 1 }],
      tags: [ownerTag()],
    } as never);
  }
  return api;
}

const fp = (value: string) => {
  const salt = Buffer.from('salt');
  return `hmac-sha256:${salt.toString('base64url')}:${createHmac('sha256', salt).update(value).digest('hex')}`;
};
const mapping = (over: Record<string, unknown> = {}) => ({
  server_id: 'docs',
  on_behalf: true,
  default_disabled: false,
  ...over,
});

interface Case {
  name: string;
  reason: string;
  manifests: Manifest[];
  api: FakeApi;
  prune?: boolean;
  /** Resources that are not noop, with their changed paths. */
  want: { name: string; action: string; changes?: string[] }[];
  /** Operation types planned, in order. */
  ops?: string[];
  warnings?: string[];
}

const cases: Case[] = [
  {
    name: 'plan:noop-when-equal',
    reason: 'server-owned facts (tools, status, timestamps) never cause a diff',
    manifests: [engineers, docs()],
    api: live(),
    want: [],
    ops: [],
  },
  {
    name: 'plan:update-field',
    reason: 'a changed description is an in-place update with a partial body',
    manifests: [engineers, docs({ description: 'new' })],
    api: live(),
    want: [{ name: 'docs', action: 'update', changes: ['spec.description'] }],
    ops: ['server.update'],
  },
  {
    name: 'plan:empty-description-is-none',
    reason: 'absent, null and "" are one value: no description',
    manifests: [engineers, docs({ description: '' })],
    api: live({ description: null }),
    want: [],
  },
  {
    name: 'plan:replace-on-url',
    reason: 'the API cannot change a server url in place: detach, delete (then its app), create, app',
    manifests: [engineers, docs({ url: 'https://other.example.com/mcp' })],
    api: live(),
    want: [{ name: 'docs', action: 'replace', changes: ['spec.url'] }],
    ops: ['server.delete', 'app.delete', 'server.create', 'app.create'],
  },
  {
    name: 'plan:replace-on-auth-type',
    reason: 'nor its auth type',
    manifests: [engineers, docs({ auth: { type: 'oauth' } })],
    api: live(),
    want: [{ name: 'docs', action: 'replace', changes: ['spec.auth.sharedCallback', 'spec.auth.type'] }],
  },
  {
    name: 'plan:overrides-are-a-set',
    reason: 'overrides are keyed by name, so their order never matters',
    manifests: [
      engineers,
      docs({
        tools: [
          { name: 'search', alias: 'x' },
          { name: 'list', enabled: false },
        ],
      }),
    ],
    api: live({
      updated_tools: [
        { name: 'list', enabled: false },
        { name: 'search', alias: 'x' },
      ],
    }),
    want: [],
  },
  {
    name: 'plan:override-field-path',
    reason: 'a changed alias is reported under the tool it belongs to',
    manifests: [engineers, docs({ tools: [{ name: 'search', alias: 'y' }] })],
    api: live({ updated_tools: [{ name: 'search', alias: 'x' }] }),
    want: [{ name: 'docs', action: 'update', changes: ['spec.tools[search].alias'] }],
  },
  {
    name: 'plan:name-only-override-is-nothing',
    reason: 'an override with only a name changes nothing, and the API does not echo it back',
    manifests: [
      engineers,
      docs({ tools: [{ name: 'search' }] }),
      eng({ servers: [{ server: 'docs', tools: [{ name: 'list' }] }] }),
    ],
    api: live({}, { servers: [mapping()] }),
    want: [],
  },
  {
    name: 'plan:unknown-capability-not-compared',
    reason: 'the portal drops overrides of capabilities the last sync did not find, so they are not compared',
    manifests: [
      engineers,
      docs({ tools: [{ name: 'gone', enabled: false }] }),
      eng({ servers: [{ server: 'docs', tools: [{ name: 'vanished', alias: 'v' }] }] }),
    ],
    api: live({}, { servers: [mapping()] }),
    want: [],
    warnings: ['plan/unknown-capability'],
  },
  {
    name: 'plan:unknown-capability-before-sync',
    reason: 'before any successful sync nothing is known, so every override is compared',
    manifests: [engineers, docs({ tools: [{ name: 'gone', enabled: false }] })],
    api: live({ status: 'waiting', last_successful_sync: undefined }),
    want: [{ name: 'docs', action: 'update', changes: ['spec.tools[gone]'] }],
  },
  {
    name: 'plan:server-enabled-echo-false',
    reason: "the portal's merged enabled echoes the server's enabled:false; the portal does not own it",
    manifests: [
      engineers,
      docs({ tools: [{ name: 'list', enabled: false }] }),
      eng({ servers: [{ server: 'docs' }] }),
    ],
    api: live({ updated_tools: [{ name: 'list', enabled: false }] }, { servers: [mapping()] }),
    want: [],
  },
  {
    name: 'plan:server-enabled-echo-true',
    reason: 'the same for enabled:true',
    manifests: [
      engineers,
      docs({ tools: [{ name: 'list', enabled: true }] }),
      eng({ servers: [{ server: 'docs' }] }),
    ],
    api: live({ updated_tools: [{ name: 'list', enabled: true }] }, { servers: [mapping()] }),
    want: [],
  },
  {
    name: 'plan:portal-enabled-equal-to-server',
    reason: 'a portal override equal to the server one is the portal own where the manifest sets it',
    manifests: [
      engineers,
      docs({ tools: [{ name: 'list', enabled: false }] }),
      eng({ servers: [{ server: 'docs', tools: [{ name: 'list', enabled: false }] }] }),
    ],
    api: live(
      { updated_tools: [{ name: 'list', enabled: false }] },
      { servers: [mapping({ updated_tools: [{ name: 'list', enabled: false }] })] },
    ),
    want: [],
  },
  {
    name: 'plan:portal-enabled-differs-from-server',
    reason: 'an enabled that differs from the server one can only be the portal own: removing it is a change',
    manifests: [
      engineers,
      docs({ tools: [{ name: 'list', enabled: false }] }),
      eng({ servers: [{ server: 'docs' }] }),
    ],
    api: live(
      { updated_tools: [{ name: 'list', enabled: false }] },
      { servers: [mapping({ updated_tools: [{ name: 'list', enabled: true }] })] },
    ),
    want: [{ name: 'eng', action: 'update', changes: ['spec.servers[docs].tools[list]'] }],
    ops: ['portal.update'],
  },
  {
    name: 'plan:portal-servers-are-a-set',
    reason: 'portal mappings are keyed by server id; the API returns its own order',
    manifests: [
      engineers,
      docs(),
      m('McpServer', 'wiki', { url: 'https://wiki.example.com/mcp' }),
      eng({ servers: [{ server: 'wiki' }, { server: 'docs', requireUserAuth: false }] }),
    ],
    api: (() => {
      const api = live({}, { servers: [mapping({ on_behalf: false }), mapping({ server_id: 'wiki' })] });
      api.addServer({ id: 'wiki', hostname: 'https://wiki.example.com/mcp' });
      api.addApp({
        name: 'w',
        type: 'mcp',
        destinations: [{ type: 'via_mcp_server_portal', mcp_server_id: 'wiki' }],
        policies: [],
        tags: [ownerTag()],
      } as never);
      return api;
    })(),
    want: [],
  },
  {
    name: 'plan:policy-order-is-precedence',
    reason: 'the order of policies is their precedence, so it is compared',
    manifests: [
      engineers,
      m('AccessPolicy', 'bots', { decision: 'allow', include: [{ everyone: true }] }),
      docs({ policies: ['bots', 'engineers'] }),
    ],
    api: (() => {
      const api = live();
      const bots = api.addPolicy('bots');
      const app = [...api.apps.values()].find((a) => a.name === 'MCP server docs');
      if (app) app.policies = [...(app.policies ?? []), { id: bots.id, precedence: 2 }];
      return api;
    })(),
    want: [{ name: 'docs', action: 'update', changes: ['spec.policies'] }],
    ops: ['app.update'],
  },
  {
    name: 'plan:rotation-detected-by-fingerprint',
    reason: 'a published fingerprint that does not match the resolved secret means the value changed',
    manifests: [engineers, docs({ auth: { type: 'bearer', token: { fromEnv: 'T' } } })],
    api: live({
      auth_type: 'bearer',
      auth_config_summary: { has_credentials: true, credentials_fingerprint: fp('old-token') },
    } as never),
    want: [{ name: 'docs', action: 'update', changes: ['spec.credentials.value'] }],
    ops: ['server.update'],
  },
  {
    name: 'plan:no-rotation-when-fingerprint-matches',
    reason: 'the same secret is not sent again',
    manifests: [engineers, docs({ auth: { type: 'bearer', token: { fromEnv: 'SAME' } } })],
    api: live({
      auth_type: 'bearer',
      auth_config_summary: { has_credentials: true, credentials_fingerprint: fp('same') },
    } as never),
    want: [],
  },
  {
    name: 'plan:resync-error-server',
    reason: 'a server in Error is synced again by apply, which is not a change',
    manifests: [engineers, docs()],
    api: live({ status: 'error', error: 'down' }),
    want: [],
    ops: ['server.sync'],
  },
  {
    name: 'plan:missing-app-without-policies-is-noop',
    reason: 'no app and an app with no policies both admit no one',
    manifests: [engineers, docs({ policies: [] })],
    api: (() => {
      const api = live();
      for (const [id, a] of api.apps) if (a.name === 'MCP server docs') api.apps.delete(id);
      return api;
    })(),
    want: [],
  },
  {
    name: 'plan:prune-owned-only',
    reason: "with prune, only objects tagged as this tool's are deleted, then their apps",
    manifests: [engineers],
    api: (() => {
      const api = live();
      api.addServer({ id: 'manual' });
      return api;
    })(),
    prune: true,
    want: [{ name: 'docs', action: 'delete' }],
    ops: ['server.delete', 'app.delete'],
  },
  {
    name: 'plan:no-delete-without-prune',
    reason: 'without prune nothing outside the manifests is deleted',
    manifests: [engineers],
    api: live(),
    want: [],
    ops: [],
  },
];

describe('plan', () => {
  it.each(cases)('$name', async ({ manifests, api, prune, want, ops, warnings, reason }) => {
    const d = desired(manifests);
    const snapshot = await observe(api.api, { owner: 'default', desired: d });
    const p = plan(d, snapshot, { ...opts, prune });
    const got = p.resources
      .filter((r) => r.action !== 'noop')
      .map((r) => ({
        name: r.name,
        action: r.action,
        ...(r.changes.length ? { changes: r.changes.map((c) => c.path).sort() } : {}),
      }));
    expect(got, reason).toEqual(want);
    if (ops)
      expect(
        p.operations.map((o) => o.op),
        reason,
      ).toEqual(ops);
    if (warnings)
      expect(
        p.diagnostics.map((x) => x.code),
        reason,
      ).toEqual(expect.arrayContaining(warnings));
  });

  it('is a plain value: JSON round-trips it exactly and it holds no secret', async () => {
    const d = desired([engineers, docs({ auth: { type: 'bearer', token: { fromEnv: 'T' } } })]);
    const p = plan(d, await observe(new FakeApi().api, { owner: 'default' }), opts);
    const json = JSON.stringify(p);
    expect(JSON.parse(json)).toEqual(p);
    expect(json).not.toContain(ENV.T);
    expect(json).toContain('"$secret":"env:T"');
  });

  it('is a graph: every dependency is an operation of the plan, listed before the operations that need it', async () => {
    const d = desired([
      engineers,
      docs({ tools: [{ name: 'search', alias: 'find' }] }),
      eng({ servers: [{ server: 'docs' }] }),
    ]);
    const p = plan(d, await observe(new FakeApi().api, { owner: 'default' }), opts);
    const seen = new Set<string>();
    for (const op of p.operations) {
      for (const dep of op.dependsOn) expect(seen.has(dep), `${op.id} needs ${dep}`).toBe(true);
      seen.add(op.id);
    }
    const appOfPortal = p.operations.find((o) => o.id === 'McpPortal/eng:app.create');
    expect(appOfPortal?.dependsOn).toEqual([
      'AccessPolicy/engineers:policy.create',
      'AccessTag/mcp-portals:default:tag.create',
      'McpPortal/eng:portal.create',
    ]);
    // A policy created in this run is referred to by the id its create produces.
    expect(JSON.stringify(appOfPortal?.args)).toContain('{"$ref":"AccessPolicy/engineers"}');
    expect(p.operations.find((o) => o.op === 'portal.create')?.dependsOn).toEqual([
      'McpServer/docs:server.create',
    ]);
  });

  it("orders a portal's update after its servers' updates, and serialises writes to one portal", async () => {
    // The server gains an alias and the portal overrides the aliased tool: the API checks the portal's
    // override against the server's aliases, so the server's update must land first.
    const api = live({}, { servers: [mapping()] });
    const d = desired([
      engineers,
      docs({ tools: [{ name: 'search', alias: 'find' }] }),
      eng({ servers: [{ server: 'docs', tools: [{ name: 'search', description: 'Find pages' }] }] }),
    ]);
    const p = plan(d, await observe(api.api, { owner: 'default', desired: d }), opts);
    const upd = p.operations.find((o) => o.id === 'McpPortal/eng:portal.update');
    expect(upd?.dependsOn).toContain('McpServer/docs:server.update');
  });

  it('keeps a saved plan valid where the API hides the credential form: the digest leaves assumed fields out', async () => {
    // No auth_config_summary: the form is filled from the manifest, which apply --plan does not read.
    const api = live({ auth_type: 'bearer' } as never);
    const d = desired([engineers, docs({ auth: { type: 'bearer', token: { fromEnv: 'T' } } })]);
    const withDesired = await observe(api.api, { owner: 'default', desired: d });
    const without = await observe(api.api, { owner: 'default' });
    expect(withDesired.objects.get('McpServer')?.[0]?.assumed).toEqual(['credentials']);
    expect(snapshotDigest(withDesired)).toBe(snapshotDigest(without));
    // A change the digest must see still changes it.
    api.servers.set('docs', { ...(api.servers.get('docs') as ServerObject), hostname: 'https://x/mcp' });
    expect(snapshotDigest(await observe(api.api, { owner: 'default' }))).not.toBe(snapshotDigest(without));
  });

  it('lists unmanaged objects with their ownership', async () => {
    const api = live();
    api.addServer({ id: 'manual' });
    const p = plan(desired([engineers]), await observe(api.api, { owner: 'default' }), opts);
    expect(p.unmanaged).toEqual([
      { kind: 'McpServer', name: 'docs', id: 'docs', owned: true },
      { kind: 'McpServer', name: 'manual', id: 'manual', owned: false },
    ]);
  });
});
