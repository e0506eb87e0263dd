// Tests of apply, the walker of a plan's operation graph, against an in-memory API: order from
// dependencies, failures that skip only their dependants, typed results and exit codes, the concurrency
// bound, saved plans, secrets and replacements. End-to-end behaviour is in reconciler/cli/*.test.ts.
import { describe, expect, it } from 'vitest';
import type { Manifest } from '../../schemas/generated/manifest.js';
import { AuthError, ValidationError } from '../api/errors.js';
import { ExitCode } from '../exit-codes.js';
import { ownerTag } from '../kinds/apps.js';
import type { Desired, KindName, ManifestOf } from '../kinds/model.js';
import { handlerOf } from '../kinds/registry.js';
import { observe } from '../observe.js';
import { plan } from '../plan/plan.js';
import { keyResolver } from '../secrets.js';
import { FakeApi } from '../testing/fake-api.js';
import { apply, exitCodeOfFailures, MissingSecretError, PlanNotApplicableError } from './apply.js';

const ENV = { TOKEN: 'tk-0123456789' };
const m = (kind: KindName, name: string, spec: Record<string, unknown>) =>
  ({ apiVersion: 'mcpportal/v1', kind, metadata: { name }, spec }) as unknown as Manifest;
const desiredOf = (list: Manifest[]): Desired[] =>
  list.map((x) => handlerOf(x.kind).fromManifest(x as ManifestOf<typeof x.kind>, ENV));
const opts = { target: { api_url: 'x', account_id: 'a', embedded: true }, owner: 'default', digest: 'd' };
const secrets = keyResolver(ENV);

const ALL = [
  m('AccessPolicy', 'engineers', { decision: 'allow', include: [{ everyone: true }] }),
  m('McpServer', 'docs', { url: 'https://docs.example.com/mcp', policies: ['engineers'] }),
  m('McpServer', 'tickets', {
    url: 'https://tickets.example.com/mcp',
    auth: { type: 'bearer', token: { fromEnv: 'TOKEN' } },
    policies: ['engineers'],
  }),
  m('McpPortal', 'eng', {
    hostname: 'eng.example.com',
    policies: ['engineers'],
    servers: [{ server: 'docs' }, { server: 'tickets' }],
  }),
];

async function planFor(api: FakeApi, manifests = ALL) {
  const d = desiredOf(manifests);
  return plan(d, await observe(api.api, { owner: 'default', desired: d }), opts);
}

/** The index of the first call starting with `prefix`. */
const at = (api: FakeApi, prefix: string) => api.calls.findIndex((c) => c.startsWith(prefix));

describe('apply', () => {
  it('apply:order-from-dependencies: creates what others refer to first', async () => {
    const api = new FakeApi();
    const p = await planFor(api);
    api.calls.length = 0;
    const r = await apply(p, api.api, { secrets });
    expect(r.failed).toEqual([]);
    expect(at(api, 'POST policies')).toBeLessThan(at(api, 'POST apps MCP server docs'));
    expect(at(api, 'POST servers docs')).toBeLessThan(at(api, 'POST portals eng'));
    expect(at(api, 'POST servers tickets')).toBeLessThan(at(api, 'POST portals eng'));
    expect(at(api, 'POST portals eng')).toBeLessThan(at(api, 'POST apps MCP portal eng'));
    // The app links the id the policy create produced.
    const policyId = [...api.policies.values()][0]?.id;
    const app = [...api.apps.values()].find((a) => a.name === 'MCP portal eng');
    expect(app?.policies).toEqual([{ id: policyId, precedence: 1 }]);
    expect(app?.tags).toEqual([ownerTag()]);
    expect(r.synced).toEqual(['docs', 'tickets']);
  });

  it('apply:converges: a second plan after apply is empty', async () => {
    const api = new FakeApi();
    await apply(await planFor(api), api.api, { secrets });
    for (const s of api.servers.values()) Object.assign(s, { status: 'ready', last_successful_sync: 'x' });
    const again = await planFor(api);
    expect(again.resources.filter((r) => r.action !== 'noop')).toEqual([]);
    expect(again.operations).toEqual([]);
  });

  it('apply:failure-skips-dependants-only: a failed create skips what needs it; the rest runs', async () => {
    const api = new FakeApi();
    const p = await planFor(api);
    api.failOn = (call) =>
      call === 'POST servers docs'
        ? new ValidationError('bad', 400, [{ code: 1001, message: 'bad' }])
        : undefined;
    const r = await apply(p, api.api, { secrets });
    const byId = new Map(r.results.map((x) => [x.id, x]));
    expect(byId.get('McpServer/docs:server.create')).toMatchObject({
      ok: false,
      error: { class: 'ValidationError', status: 400, code: 1001 },
    });
    expect(byId.get('McpServer/docs:app.create')).toMatchObject({ ok: false, skipped: true });
    expect(byId.get('McpPortal/eng:portal.create')).toMatchObject({ ok: false, skipped: true });
    expect(byId.get('McpPortal/eng:app.create')).toMatchObject({ ok: false, skipped: true });
    expect(byId.get('McpServer/tickets:server.create')).toMatchObject({ ok: true });
    expect(byId.get('McpServer/tickets:app.create')).toMatchObject({ ok: true });
    expect(api.calls.some((c) => c.startsWith('POST portals'))).toBe(false);
    // The API refused one request as input, but others were sent: did not converge (5), not 3.
    expect(exitCodeOfFailures(r.failed)).toBe(ExitCode.NotConverged);
    expect(r.synced).toEqual(['tickets']);
  });

  it('apply:auth-failure-exits-4: an authentication failure mid-apply is exit 4, not 5', async () => {
    const api = new FakeApi();
    const p = await planFor(api);
    api.failOn = (call) =>
      call.startsWith('POST portals')
        ? new AuthError('no', 403, [{ code: 10000, message: 'no' }])
        : undefined;
    const r = await apply(p, api.api, { secrets });
    expect(r.failed.find((f) => !f.skipped)?.error?.class).toBe('AuthError');
    expect(exitCodeOfFailures(r.failed)).toBe(ExitCode.AuthFailed);
  });

  it('apply:bounded-concurrency: never more operations in flight than allowed', async () => {
    const api = new FakeApi();
    const many = [
      ALL[0] as Manifest,
      ...Array.from({ length: 12 }, (_, i) =>
        m('McpServer', `s${i}`, { url: `https://s${i}.example.com/mcp` }),
      ),
    ];
    const p = await planFor(api, many);
    api.delayMs = 5;
    const r = await apply(p, api.api, { secrets, concurrency: 3 });
    expect(r.failed).toEqual([]);
    expect(api.maxInFlight).toBe(3);
  });

  it('apply:saved-plan-is-self-contained: a plan read back from JSON applies with nothing but the secrets', async () => {
    const api = new FakeApi();
    const saved = JSON.parse(JSON.stringify(await planFor(api)));
    const r = await apply(saved, api.api, { secrets: keyResolver(ENV) });
    expect(r.failed).toEqual([]);
    expect([...api.servers.keys()].sort()).toEqual(['docs', 'tickets']);
    expect(
      api.portals
        .get('eng')
        ?.servers.map((s) => s.server_id)
        .sort(),
    ).toEqual(['docs', 'tickets']);
  });

  it('apply:missing-secret-sends-nothing: a secret that cannot be resolved stops apply before any call', async () => {
    const api = new FakeApi();
    const p = await planFor(api);
    api.calls.length = 0;
    await expect(apply(p, api.api, { secrets: keyResolver({}) })).rejects.toBeInstanceOf(MissingSecretError);
    expect(api.calls).toEqual([]);
  });

  it('apply:refuses-cycles-before-sending: a hand-edited plan with a dependency cycle sends nothing', async () => {
    const api = new FakeApi();
    const p = await planFor(api);
    const [first, second] = p.operations.filter((o) => o.resource === 'McpServer/docs');
    if (!first || !second) throw new Error('expected two operations of docs');
    first.dependsOn = [...first.dependsOn, second.id];
    api.calls.length = 0;
    const refused = apply(p, api.api, { secrets });
    await expect(refused).rejects.toBeInstanceOf(PlanNotApplicableError);
    await expect(refused).rejects.toThrow(/cycle: .*McpServer\/docs/);
    expect(api.calls).toEqual([]);
  });

  it('apply:refuses-errored-plan', async () => {
    const api = new FakeApi();
    const p = { ...(await planFor(api)), errored: true };
    await expect(apply(p, api.api, { secrets })).rejects.toBeInstanceOf(PlanNotApplicableError);
  });

  it('apply:skip-resync: --no-sync leaves re-syncs of servers in Error out', async () => {
    const api = new FakeApi();
    await apply(await planFor(api), api.api, { secrets });
    for (const s of api.servers.values()) Object.assign(s, { status: 'error', last_successful_sync: 'x' });
    const p = await planFor(api);
    expect(p.operations.map((o) => o.op)).toEqual(['server.sync', 'server.sync']);
    api.calls.length = 0;
    await apply(p, api.api, { secrets, skip: (op) => op.purpose === 'resync' });
    expect(api.calls).toEqual([]);
    await apply(p, api.api, { secrets });
    expect(api.calls.sort()).toEqual(['POST servers docs/sync', 'POST servers tickets/sync']);
  });

  it("apply:replace-keeps-portals: a replaced server leaves and rejoins portals, others' mappings untouched", async () => {
    const api = new FakeApi();
    const docs = ALL[1] as Manifest;
    const manifests = [
      ALL[0] as Manifest,
      docs,
      m('McpServer', 'wiki', { url: 'https://wiki.example.com/mcp', tools: [{ name: 'a', enabled: false }] }),
    ];
    await apply(await planFor(api, manifests), api.api, { secrets });
    for (const s of api.servers.values())
      Object.assign(s, { status: 'ready', last_successful_sync: 'x', tools: [{ name: 'a' }] });
    // A portal nobody manages here maps both servers; wiki's tool `a` is disabled at the server level only.
    api.addPortal({
      id: 'other',
      hostname: 'other.example.com',
      servers: [
        {
          server_id: 'docs',
          on_behalf: false,
          default_disabled: true,
          updated_tools: [{ name: 'a', enabled: true }],
        },
        { server_id: 'wiki', on_behalf: true, default_disabled: false },
      ],
    } as never);
    const moved = m('McpServer', 'docs', { url: 'https://docs2.example.com/mcp', policies: ['engineers'] });
    const p = await planFor(api, [manifests[0] as Manifest, moved, manifests[2] as Manifest]);
    expect(p.operations.map((o) => o.op)).toEqual([
      'portal.detach',
      'server.delete',
      'app.delete',
      'server.create',
      'app.create',
      'portal.attach',
    ]);
    const r = await apply(p, api.api, { secrets });
    expect(r.failed).toEqual([]);
    expect(api.servers.get('docs')?.hostname).toBe('https://docs2.example.com/mcp');
    const other = api.portals.get('other');
    expect(other?.servers.find((s) => s.server_id === 'docs')).toEqual({
      server_id: 'docs',
      on_behalf: false,
      default_disabled: true,
      updated_tools: [{ name: 'a', enabled: true }],
      updated_prompts: [],
    });
    // wiki's server-level enabled:false, echoed in the portal's response, did not become a portal override.
    expect(other?.servers.find((s) => s.server_id === 'wiki')?.updated_tools).toEqual([]);
  });
  it('apply:replacements-of-one-portal-serialise: three servers replaced at once all stay mapped', async () => {
    const api = new FakeApi();
    const servers = ['a', 'b', 'c'].map((n) => m('McpServer', n, { url: `https://${n}.example.com/mcp` }));
    const portal = m('McpPortal', 'eng', {
      hostname: 'eng.example.com',
      servers: ['a', 'b', 'c'].map((server) => ({ server })),
    });
    await apply(await planFor(api, [...servers, portal]), api.api, { secrets });
    const moved = ['a', 'b', 'c'].map((n) => m('McpServer', n, { url: `https://${n}2.example.com/mcp` }));
    const p = await planFor(api, [...moved, portal]);
    expect(p.resources.filter((r) => r.action === 'replace').map((r) => r.name)).toEqual(['a', 'b', 'c']);
    // Calls overlap: unserialised read-modify-writes of the portal would lose each other's mappings.
    api.delayMs = 3;
    const r = await apply(p, api.api, { secrets, concurrency: 16 });
    expect(r.failed).toEqual([]);
    expect(
      api.portals
        .get('eng')
        ?.servers.map((s) => s.server_id)
        .sort(),
    ).toEqual(['a', 'b', 'c']);
    expect(api.servers.get('b')?.hostname).toBe('https://b2.example.com/mcp');
  });
});
