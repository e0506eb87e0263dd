// A portal mapping's `resources` rules through load, plan, apply, import and drift against the in-memory API:
// with a target that announces the `resources` extension they are sent in order (`enabled` filled in), read
// back and compared (a reordering is a change), and import writes them so that planning it is empty; against
// a target that does not (Cloudflare) the plan fails at each `resources` section's file:line:column, no body
// carries `updated_resources`, and manifests without rules plan and send exactly as before.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { McpPortal } from '../../../schemas/generated/manifest.js';
import { apply, PlanNotApplicableError } from '../../apply/apply.js';
import { desiredFromManifests } from '../../engine.js';
import { loadManifests } from '../../load/index.js';
import { observe } from '../../observe.js';
import { hasChanges, plan } from '../../plan/plan.js';
import type { Plan } from '../../plan/types.js';
import { renderPlan } from '../../render/plan.js';
import { keyResolver } from '../../secrets.js';
import { FakeApi } from '../../testing/fake-api.js';
import { tempDir } from '../../testing/temp-dir.js';
import { ownerTag } from '../apps.js';
import type { Desired, Observed } from '../model.js';
import { portalManifest } from './manifest.js';
import { RESOURCES_UNSUPPORTED } from './plan.js';

const OWNER = 'default';
const TARGET = { api_url: 'http://127.0.0.1:1/client/v4', account_id: 'a', embedded: false };

const SERVERS = `apiVersion: mcpportal/v1
kind: McpServer
metadata: { name: docs }
spec: { url: 'https://docs.example.com/mcp' }
---
apiVersion: mcpportal/v1
kind: McpServer
metadata: { name: files }
spec: { url: 'https://files.example.com/mcp' }
`;
const portalYaml = (docsRules: string, filesRules = '') => `${SERVERS}---
apiVersion: mcpportal/v1
kind: McpPortal
metadata: { name: eng }
spec:
  hostname: eng.example.com
  servers:
    - server: files
${filesRules}    - server: docs
${docsRules}`;
const RULES = `      resources:
        - uri: 'docs://internal/*'
          enabled: false
        - uri: 'docs://*'
`;

async function load(text: string): Promise<Desired[]> {
  const dir = tempDir('portal-resources-');
  writeFileSync(join(dir, 'eng.yaml'), text);
  const loaded = await loadManifests([join(dir, 'eng.yaml')], { cwd: dir });
  expect(loaded.diagnostics, JSON.stringify(loaded.diagnostics)).toEqual([]);
  return desiredFromManifests(loaded.manifests, {});
}

/** A fake API holding both servers (with apps this owner made), announcing the extension or not. */
function api(extension: boolean): FakeApi {
  const a = new FakeApi();
  if (extension) a.client.extensions.add('resources');
  for (const id of ['docs', 'files']) {
    a.addServer({ id, hostname: `https://${id}.example.com/mcp`, name: id });
    a.addApp({
      name: `MCP server ${id}`,
      type: 'mcp',
      destinations: [{ type: 'via_mcp_server_portal', mcp_server_id: id }],
      policies: [],
      tags: [ownerTag()],
    } as never);
  }
  return a;
}

async function planFor(a: FakeApi, desired: Desired[]): Promise<Plan> {
  const snapshot = await observe(a.api, { owner: OWNER, desired });
  return plan(desired, snapshot, { target: TARGET, owner: OWNER, digest: 'd' });
}

const portalOps = (p: Plan) => p.operations.filter((o) => o.resource === 'McpPortal/eng');
const mappingsSent = (p: Plan) =>
  portalOps(p).flatMap(
    (o) => ((o.args as { body?: { servers?: unknown[] } }).body?.servers ?? []) as object[],
  );
const portalChanges = (p: Plan) => p.resources.find((r) => r.kind === 'McpPortal')?.changes ?? [];

describe('against a target that takes resource rules', () => {
  it('sends the rules in order with enabled filled in; after apply, plan is empty and import plans empty', async () => {
    const a = api(true);
    const desired = await load(portalYaml(RULES));
    const first = await planFor(a, desired);
    expect(first.errored).toBe(false);
    const docs = mappingsSent(first).find((m) => (m as { server_id: string }).server_id === 'docs');
    expect(docs).toMatchObject({
      updated_resources: [
        { uri: 'docs://internal/*', enabled: false },
        { uri: 'docs://*', enabled: true },
      ],
    });
    const files = mappingsSent(first).find((m) => (m as { server_id: string }).server_id === 'files');
    expect(files).not.toHaveProperty('updated_resources');
    expect((await apply(first, a.api, { secrets: keyResolver({}) })).failed).toEqual([]);

    const again = await planFor(a, desired);
    expect(hasChanges(again), JSON.stringify(portalChanges(again))).toBe(false);

    const snapshot = await observe(a.api, { owner: OWNER });
    const live = snapshot.objects.get('McpPortal')?.[0] as Observed<'McpPortal'>;
    const imported = portalManifest(live);
    expect(imported.spec.servers?.find((m) => m.server === 'docs')?.resources).toEqual([
      { uri: 'docs://internal/*', enabled: false },
      { uri: 'docs://*' },
    ]);
    expect(imported.spec.servers?.find((m) => m.server === 'files')).not.toHaveProperty('resources');
    const fromImport = desired.filter((d) => d.kind !== 'McpPortal');
    const { portalFromManifest } = await import('./spec.js');
    fromImport.push(portalFromManifest(imported as McpPortal));
    expect(hasChanges(await planFor(a, fromImport))).toBe(false);
  });

  it('a reordering is a change (the first matching rule decides); removing the rules sends the mapping without them', async () => {
    const a = api(true);
    const desired = await load(portalYaml(RULES));
    await apply(await planFor(a, desired), a.api, { secrets: keyResolver({}) });

    const swapped = await planFor(
      a,
      await load(
        portalYaml(`      resources:
        - uri: 'docs://*'
        - uri: 'docs://internal/*'
          enabled: false
`),
      ),
    );
    expect(portalChanges(swapped).map((c) => c.path)).toEqual(['spec.servers[docs].resources']);
    expect(renderPlan('text', swapped, { color: false })).toContain('spec.servers[docs].resources');

    const cleared = await planFor(a, await load(portalYaml('')));
    expect(portalChanges(cleared)).toEqual([
      {
        path: 'spec.servers[docs].resources',
        before: [
          { uri: 'docs://internal/*', enabled: false },
          { uri: 'docs://*', enabled: true },
        ],
      },
    ]);
    expect(mappingsSent(cleared)).toHaveLength(2);
    for (const m of mappingsSent(cleared)) expect(m).not.toHaveProperty('updated_resources');
    await apply(cleared, a.api, { secrets: keyResolver({}) });
    expect(hasChanges(await planFor(a, await load(portalYaml(''))))).toBe(false);
  });

  it('a rule edited outside the manifests is drift', async () => {
    const a = api(true);
    const desired = await load(portalYaml(RULES));
    await apply(await planFor(a, desired), a.api, { secrets: keyResolver({}) });
    const stored = a.portals.get('eng');
    const docs = stored?.servers.find((m) => m.server_id === 'docs');
    if (docs) docs.updated_resources = [{ uri: 'docs://*', enabled: false }];
    const drift = await planFor(a, desired);
    expect(portalChanges(drift)).toEqual([
      {
        path: 'spec.servers[docs].resources',
        before: [{ uri: 'docs://*', enabled: false }],
        after: [
          { uri: 'docs://internal/*', enabled: false },
          { uri: 'docs://*', enabled: true },
        ],
      },
    ]);
  });
});

describe("against Cloudflare's API (no resources extension)", () => {
  it('refuses rules at plan time at each resources section, and no body carries them', async () => {
    const a = api(false);
    const p = await planFor(
      a,
      await load(portalYaml(RULES, `      resources: [ { uri: '*', enabled: false } ]\n`)),
    );
    expect(p.errored).toBe(true);
    const errors = p.diagnostics.filter((d) => d.code === RESOURCES_UNSUPPORTED);
    // Mappings are planned in server order (docs, files); each points at its own `resources:` key.
    expect(errors.map((d) => [d.source?.file.endsWith('eng.yaml'), d.source?.start])).toEqual([
      [true, { line: 20, column: 7 }],
      [true, { line: 18, column: 7 }],
    ]);
    for (const d of errors) {
      expect(d.severity).toBe('error');
      expect(d.message).toContain("Cloudflare's API has no resources");
    }
    expect(renderPlan('text', p, { color: false })).toMatch(
      /eng\.yaml:20:7: error target\/resources-unsupported/,
    );
    expect(mappingsSent(p)).toHaveLength(2);
    for (const m of mappingsSent(p)) expect(m).not.toHaveProperty('updated_resources');
    const writes = a.calls.length;
    await expect(apply(p, a.api, { secrets: keyResolver({}) })).rejects.toBeInstanceOf(
      PlanNotApplicableError,
    );
    expect(a.calls.slice(writes).filter((c) => !c.startsWith('GET'))).toEqual([]);
  });

  it('manifests without rules plan, send and converge exactly as before', async () => {
    const a = api(false);
    const desired = await load(portalYaml(''));
    const p = await planFor(a, desired);
    expect(p.errored).toBe(false);
    for (const m of mappingsSent(p))
      expect(Object.keys(m).sort()).toEqual([
        'default_disabled',
        'on_behalf',
        'server_id',
        'updated_prompts',
        'updated_tools',
      ]);
    await apply(p, a.api, { secrets: keyResolver({}) });
    expect(hasChanges(await planFor(a, desired))).toBe(false);
  });
});
