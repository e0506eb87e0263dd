// Tests of import and status on a portal whose mapping echoes its server's `enabled` (one field for both
// levels in the API's answer): with no manifest to go by, an echo is the server's, except an allowlist
// entry (`enabled: true` under `defaultDisabled`), which only the portal's own override can be.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { stringify } from 'yaml';
import { importManifests } from './import.js';
import { ownerTag } from './kinds/apps.js';
import { loadManifests } from './load/index.js';
import { observe } from './observe.js';
import { statuses } from './status.js';
import { FakeApi } from './testing/fake-api.js';

function api(portalOverride: { enabled: boolean } | undefined, serverEnabled: boolean, allowlist: boolean) {
  const a = new FakeApi();
  a.addServer({
    id: 'docs',
    tools: [{ name: 'search' }, { name: 'list' }],
    updated_tools: [{ name: 'search', enabled: serverEnabled }],
  });
  a.addPortal({
    id: 'eng',
    hostname: 'eng.example.com',
    servers: [
      {
        server_id: 'docs',
        on_behalf: true,
        default_disabled: allowlist,
        updated_tools: portalOverride ? [{ name: 'search', ...portalOverride }] : [],
      },
    ],
  } as never);
  a.addApp({
    name: 'MCP portal eng',
    type: 'mcp_portal',
    domain: 'eng.example.com',
    tags: [ownerTag()],
  } as never);
  return a;
}

async function importedMapping(a: FakeApi) {
  const files = importManifests(await observe(a.api, { owner: 'default' }), ['McpPortal']);
  const portal = files[0]?.manifests[0] as { spec: { servers: { tools?: unknown[] }[] } } | undefined;
  return portal?.spec.servers[0];
}

/** The tools the portal exposes, as `status` counts them. */
async function exposedTools(a: FakeApi) {
  const all = statuses(await observe(a.api, { owner: 'default' }));
  return (all.find((x) => x.kind === 'McpPortal') as { tools?: number } | undefined)?.tools;
}

describe('import and status read an ambiguous enabled by ownership', () => {
  it("keeps an allowlist entry whose enabled equals the server's", async () => {
    const a = api({ enabled: true }, true, true);
    expect((await importedMapping(a))?.tools).toEqual([{ name: 'search', enabled: true }]);
    expect(await exposedTools(a)).toBe(1);
  });

  it("reads a server-level enabled: false echoed in a mapping as the server's", async () => {
    const a = api(undefined, false, false);
    expect((await importedMapping(a))?.tools ?? []).toEqual([]);
    expect(await exposedTools(a)).toBe(1);
  });
});

describe('import and variable substitution', () => {
  it('writes a live `${` as `$${`, so the imported manifest loads back to the same value', async () => {
    const a = new FakeApi();
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the manifests' substitution syntax, not a template
    const description = ['costs ${PRICE}', '(literal $${x} too),', 'HOME is ${HOME}'].join(' ');
    a.addServer({ id: 'docs', description });
    const [file] = importManifests(await observe(a.api, { owner: 'default' }), ['McpServer']);
    const dir = await mkdtemp(join(tmpdir(), 'import-escape-'));
    onTestFinished(() => rm(dir, { recursive: true, force: true }));
    const path = join(dir, 'servers.yaml');
    await writeFile(path, (file?.manifests ?? []).map((m) => stringify(m)).join('---\n'));
    const loaded = await loadManifests([path], { cwd: dir, env: { HOME: '/root', PRICE: '3' } });
    expect(loaded.diagnostics).toEqual([]);
    const spec = (loaded.manifests[0]?.manifest as { spec?: { description?: string } } | undefined)?.spec;
    expect(spec?.description).toBe(description);
  });
});
