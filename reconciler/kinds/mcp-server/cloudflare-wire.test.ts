// McpServer against the wire as Cloudflare has it: a live server that omits the optional fields of the
// SDK's ServerReadResponse plans as no change (documented defaults are read), and a removed description is
// cleared with `null`, which a server's `description?: string | null` allows.
import { describe, expect, it } from 'vitest';
import type { Manifest } from '../../../schemas/generated/manifest.js';
import type { ServerObject } from '../../../schemas/generated/wire.js';
import { observe } from '../../observe.js';
import { plan } from '../../plan/plan.js';
import type { Plan } from '../../plan/types.js';
import { FakeApi } from '../../testing/fake-api.js';
import { ownerTag } from '../apps.js';
import type { Desired, ManifestOf } from '../model.js';
import { handlerOf } from '../registry.js';

const server = (spec: Record<string, unknown> = {}) =>
  ({
    apiVersion: 'mcpportal/v1',
    kind: 'McpServer',
    metadata: { name: 'docs' },
    spec: { url: 'https://docs.example.com/mcp', ...spec },
  }) as unknown as Manifest;
const desired = (x: Manifest): Desired[] => [
  handlerOf(x.kind).fromManifest(x as ManifestOf<typeof x.kind>, {}),
];

/** The fields the SDK's ServerReadResponse requires, and nothing else. */
const bare = {
  id: 'docs',
  name: 'docs',
  hostname: 'https://docs.example.com/mcp',
  auth_type: 'unauthenticated',
  tools: [{ name: 'search' }],
  prompts: [],
};

/** A fake API holding `docs` exactly as `raw` (nothing filled in), owned by this tool. */
function live(raw: Record<string, unknown>): FakeApi {
  const api = new FakeApi();
  api.servers.set('docs', raw as unknown as ServerObject);
  api.addApp({
    name: 'MCP server docs',
    type: 'mcp',
    destinations: [{ type: 'via_mcp_server_portal', mcp_server_id: 'docs' }],
    policies: [],
    tags: [ownerTag()],
  } as never);
  return api;
}

async function planFor(manifest: Manifest, api: FakeApi): Promise<Plan> {
  const d = desired(manifest);
  const snapshot = await observe(api.api, { owner: 'default', desired: d });
  return plan(d, snapshot, {
    target: { api_url: 'x', account_id: 'a', embedded: false },
    owner: 'default',
    digest: 'd',
  });
}

const serverChange = (p: Plan) => p.resources.find((r) => r.kind === 'McpServer');

describe('McpServer reads omitted optional fields as their documented defaults', () => {
  const cases = [
    {
      name: 'every optional field omitted',
      reason: 'no status, description, secure_web_gateway, overrides, summary or sync times',
      raw: bare,
      manifest: server(),
    },
    {
      name: 'secure_web_gateway omitted',
      reason: 'defaults to false',
      raw: { ...bare, status: 'ready' },
      manifest: server({ secureWebGateway: false }),
    },
    {
      name: 'oauth without is_shared_oauth_callback_enabled',
      reason: 'the shared callback defaults to false (the SDK: "Defaults to false (off)")',
      raw: { ...bare, auth_type: 'oauth', status: 'ready' },
      manifest: server({ auth: { type: 'oauth', sharedCallback: false } }),
    },
    {
      name: 'description null',
      reason: 'a server description is nullable: null is no description',
      raw: { ...bare, status: 'ready', description: null },
      manifest: server(),
    },
    {
      name: 'empty updated_tools and updated_prompts omitted',
      reason: 'the API drops empty override lists (Terraform #7238)',
      raw: { ...bare, status: 'ready' },
      manifest: server({ tools: [], prompts: [] }),
    },
  ];
  it.each(cases)('$name', async ({ raw, manifest, reason }) => {
    const p = await planFor(manifest, live(raw));
    expect(serverChange(p)?.changes, reason).toEqual([]);
    expect(serverChange(p)?.action, reason).toBe('noop');
    expect(p.operations, reason).toEqual([]);
  });

  it('reads a server without status as waiting, not as an error', async () => {
    const api = live(bare);
    const snapshot = await observe(api.api, { owner: 'default' });
    const docs = snapshot.objects.get('McpServer')?.[0];
    expect(docs?.kind === 'McpServer' && docs.facts?.status).toBe('waiting');
  });
});

describe('McpServer request bodies', () => {
  it('clears a removed description with null, which Cloudflare documents for servers', async () => {
    const p = await planFor(server(), live({ ...bare, status: 'ready', description: 'old' }));
    expect(serverChange(p)?.changes.map((c) => c.path)).toEqual(['spec.description']);
    expect(p.operations.find((o) => o.op === 'server.update')?.args.body).toEqual({ description: null });
  });

  it('omits description on create when the manifest has none', async () => {
    const p = await planFor(server(), new FakeApi());
    const body = p.operations.find((o) => o.op === 'server.create')?.args.body;
    expect(body).toMatchObject({ id: 'docs', hostname: 'https://docs.example.com/mcp' });
    expect(body).not.toHaveProperty('description');
  });
});
