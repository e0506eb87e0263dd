// McpPortal against the wire as Cloudflare has it: live portals that omit optional fields plan as no change
// (their documented defaults are read), request bodies never carry `description: null` (a portal's
// description is `description?: string` in the SDK), and a plan for a target other than the embedded
// portal says which DNS record the hostname needs.
import { describe, expect, it } from 'vitest';
import type { Manifest } from '../../../schemas/generated/manifest.js';
import type { PortalObject } from '../../../schemas/generated/wire.js';
import { observe } from '../../observe.js';
import { plan } from '../../plan/plan.js';
import type { Plan } from '../../plan/types.js';
import { FakeApi } from '../../testing/fake-api.js';
import { ownerTag } from '../apps.js';
import type { Desired, KindName, ManifestOf } from '../model.js';
import { handlerOf } from '../registry.js';
import { PORTAL_CNAME_TARGET } from './plan.js';

const EMBEDDED = { api_url: 'embedded:x', account_id: 'a', embedded: true };
const CLOUDFLARE = { api_url: 'https://api.cloudflare.com/client/v4', account_id: 'a', embedded: false };

const m = (kind: KindName, name: string, spec: Record<string, unknown>) =>
  ({ apiVersion: 'mcpportal/v1', kind, metadata: { name }, spec }) as unknown as Manifest;
const desired = (list: Manifest[]): Desired[] =>
  list.map((x) => handlerOf(x.kind).fromManifest(x as ManifestOf<typeof x.kind>, {}));
const docs = m('McpServer', 'docs', { url: 'https://docs.example.com/mcp' });
const eng = (over: Record<string, unknown> = {}) =>
  m('McpPortal', 'eng', { hostname: 'eng.example.com', servers: [{ server: 'docs' }], ...over });

/** A fake API holding server `docs` and, when given, portal `eng` exactly as `raw` (nothing filled in). */
function live(raw?: Record<string, unknown>): FakeApi {
  const api = new FakeApi();
  api.addServer({ id: 'docs', hostname: 'https://docs.example.com/mcp', tools: [{ name: 'search' }] });
  if (raw) {
    api.listPortals = async () => [
      { id: 'eng', name: 'eng', hostname: 'eng.example.com', ...raw } as PortalObject,
    ];
    api.addApp({
      name: 'MCP portal eng',
      type: 'mcp_portal',
      domain: 'eng.example.com',
      policies: [],
    } as never);
  }
  api.addApp({
    name: 'MCP server docs',
    type: 'mcp',
    destinations: [{ type: 'via_mcp_server_portal', mcp_server_id: 'docs' }],
    policies: [],
    tags: [ownerTag()],
  } as never);
  return api;
}

async function planFor(manifests: Manifest[], api: FakeApi, target = EMBEDDED): Promise<Plan> {
  const d = desired(manifests);
  const snapshot = await observe(api.api, { owner: 'default', desired: d });
  return plan(d, snapshot, { target, owner: 'default', digest: 'd' });
}

const changesOf = (p: Plan) =>
  p.resources.filter((r) => r.kind === 'McpPortal').flatMap((r) => r.changes.map((c) => c.path));
const bodyOf = (p: Plan, op: string) =>
  p.operations.find((o) => o.op === op)?.args.body as Record<string, unknown>;

/** The smallest portal Cloudflare's SDK types allow: id, name, hostname and mappings of server_id only. */
const bare = { servers: [{ id: 'docs', server_id: 'docs' }] };

describe('McpPortal reads omitted optional fields as their documented defaults', () => {
  const cases = [
    {
      name: 'every optional field omitted',
      reason:
        'code_mode opt_in, secure_web_gateway false, on_behalf true, default_disabled false, no description',
      raw: bare,
      manifest: eng(),
    },
    {
      name: 'code_mode omitted, allow_code_mode false',
      reason: 'the deprecated flag false means code mode off',
      raw: { ...bare, allow_code_mode: false },
      manifest: eng({ codeMode: 'off' }),
    },
    {
      name: 'code_mode omitted, allow_code_mode true',
      reason: 'true means any mode but off; opt_in is the default on create',
      raw: { ...bare, allow_code_mode: true },
      manifest: eng({ codeMode: 'opt_in' }),
    },
    {
      name: 'mapping without on_behalf',
      reason: 'on_behalf defaults to true: the manifest says requireUserAuth: true',
      raw: { servers: [{ id: 'docs', server_id: 'docs', default_disabled: false }] },
      manifest: eng({ servers: [{ server: 'docs', requireUserAuth: true }] }),
    },
    {
      name: 'mapping without default_disabled',
      reason: 'default_disabled defaults to false',
      raw: { servers: [{ id: 'docs', server_id: 'docs', on_behalf: true }] },
      manifest: eng({ servers: [{ server: 'docs', defaultDisabled: false }] }),
    },
    {
      name: 'mapping given only as id (older API)',
      reason: 'older APIs returned the mapping as id without server_id',
      raw: { servers: [{ id: 'docs' }] },
      manifest: eng(),
    },
    {
      name: 'secure_web_gateway omitted',
      reason: 'defaults to false',
      raw: { ...bare, code_mode: 'opt_in' },
      manifest: eng({ secureWebGateway: false }),
    },
    {
      name: 'description empty',
      reason: 'an empty description (what "" leaves) is no description',
      raw: { ...bare, description: '' },
      manifest: eng(),
    },
  ];
  it.each(cases)('$name', async ({ raw, manifest, reason }) => {
    const p = await planFor([docs, manifest], live(raw));
    expect(changesOf(p), reason).toEqual([]);
    expect(
      p.operations.filter((o) => o.op.startsWith('portal.')),
      reason,
    ).toEqual([]);
  });

  it('still sees a real difference next to an omitted field', async () => {
    const p = await planFor([docs, eng({ codeMode: 'enforced', secureWebGateway: true })], live(bare));
    expect(changesOf(p).sort()).toEqual(['spec.codeMode', 'spec.secureWebGateway']);
    expect(bodyOf(p, 'portal.update')).toEqual({ code_mode: 'enforced', secure_web_gateway: true });
  });
});

describe('McpPortal request bodies', () => {
  it('omits description on create when the manifest has none (never null)', async () => {
    const p = await planFor([docs, eng()], live());
    const body = bodyOf(p, 'portal.create');
    expect(body).toMatchObject({ id: 'eng', hostname: 'eng.example.com' });
    expect(body).not.toHaveProperty('description');
  });

  it('sends the description on create when set', async () => {
    const p = await planFor([docs, eng({ description: 'Engineering' })], live());
    expect(bodyOf(p, 'portal.create')).toMatchObject({ description: 'Engineering' });
  });

  it('clears a removed description with "" (a string, as the SDK types it), not null', async () => {
    const p = await planFor([docs, eng()], live({ ...bare, description: 'old' }));
    expect(changesOf(p)).toEqual(['spec.description']);
    expect(bodyOf(p, 'portal.update')).toEqual({ description: '' });
  });
});

describe('McpPortal DNS note', () => {
  const record = { type: 'CNAME', name: 'eng.example.com', content: PORTAL_CNAME_TARGET, proxied: true };
  const portalOf = (p: Plan) => p.resources.find((r) => r.kind === 'McpPortal');

  it('names the proxied CNAME a new portal needs on Cloudflare', async () => {
    const p = await planFor([docs, eng()], live(), CLOUDFLARE);
    expect(portalOf(p)?.dnsRecord).toEqual(record);
  });

  it('names the new record, and the one it replaces, when the hostname changes', async () => {
    const p = await planFor([docs, eng({ hostname: 'mcp.example.com' })], live(bare), CLOUDFLARE);
    expect(portalOf(p)?.dnsRecord).toEqual({
      ...record,
      name: 'mcp.example.com',
      replaces: 'eng.example.com',
    });
  });

  it('says nothing for other updates, or for the embedded portal', async () => {
    const other = await planFor([docs, eng({ displayName: 'Eng' })], live(bare), CLOUDFLARE);
    expect(portalOf(other)?.action).toBe('update');
    expect(portalOf(other)).not.toHaveProperty('dnsRecord');
    const embedded = await planFor([docs, eng()], live(), EMBEDDED);
    expect(portalOf(embedded)?.action).toBe('create');
    expect(portalOf(embedded)).not.toHaveProperty('dnsRecord');
  });
});
