// `portalctl apply --prune` with Access groups, in process against the real embedded portal: a group
// removed from the manifests together with the policy rule that selected it is deleted (after the
// policy's update, since the API refuses to delete a group in use); a group some policy outside the
// manifests selects is never deleted, and reported only once an MCP server's app links that policy;
// `validate` reports an unknown group at its file:line:col.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPortal, type TestPortal } from '../../../portal/testing/harness.js';
import { inProcessCli } from '../../testing/convergence.js';

const IDP = '6f1c2f4e-8a3b-4c5d-9e7f-0a1b2c3d4e5f';
const group = (name: string) => `apiVersion: mcpportal/v1
kind: AccessGroup
metadata: { name: ${name} }
spec:
  include: [ { oidc: { claimName: groups, claimValue: ${name}, identityProviderId: ${IDP} } } ]
`;
const policy = (include: string) => `apiVersion: mcpportal/v1
kind: AccessPolicy
metadata: { name: engineers }
spec:
  decision: allow
  include: ${include}
`;
// The server's Access app (tagged as ours) is what makes `engineers`, and so the groups it selects, ours.
const server = `apiVersion: mcpportal/v1
kind: McpServer
metadata: { name: docs }
spec:
  url: https://docs.example.invalid/mcp
  policies: [ engineers ]
`;

let portal: TestPortal;
let dir: string;
beforeAll(async () => {
  portal = await startTestPortal();
  dir = await mkdtemp(join(tmpdir(), 'groups-prune-'));
});
afterAll(async () => {
  await portal?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const env = (p = portal) => ({
  CLOUDFLARE_BASE_URL: p.baseUrl,
  CLOUDFLARE_API_TOKEN: p.apiToken,
  CLOUDFLARE_ACCOUNT_ID: p.accountId,
  PATH: process.env.PATH ?? '',
});
async function cli(args: string[], docs: string[], p = portal) {
  const file = join(dir, 'm.yaml');
  await writeFile(file, docs.join('---\n'));
  return inProcessCli([...args, '-f', file], env(p), dir);
}
const groups = async () =>
  (
    (await portal.call('GET', '/access/groups')).body.result as {
      name: string;
    }[]
  )
    .map((g) => g.name)
    .sort();

describe('AccessGroup with the CLI', () => {
  it('validate reports a group no manifest defines at its line and column, and exits 3', async () => {
    const r = await cli(['validate'], [group('platform'), policy('[ { group: platfrom } ]')]);
    expect(r.code).toBe(3);
    expect(r.stdout + r.stderr).toMatch(/m\.yaml:12:23: error semantic\/unresolved-group/);
    expect(r.stdout + r.stderr).toMatch(/platform/);
  });

  it('apply creates the groups first; prune deletes only the group it provably owns', async () => {
    const first = [
      group('platform'),
      group('support'),
      policy('[ { group: platform }, { group: support } ]'),
      server,
    ];
    const applied = await cli(['apply', '--yes', '--no-wait'], first);
    expect(applied.code, applied.stdout + applied.stderr).toBe(0);
    expect(await groups()).toEqual(['platform', 'support']);
    // Someone else's policy also selects `support`: it is no longer provably ours.
    const live = (await portal.call('GET', '/access/groups')).body.result as {
      id: string;
      name: string;
    }[];
    const support = live.find((g) => g.name === 'support');
    const theirs = await portal.call('POST', '/access/policies', {
      name: 'theirs',
      decision: 'allow',
      include: [{ group: { id: support?.id } }],
    });
    expect(theirs.status).toBe(201);

    // Both groups leave the manifests, with the rules that selected them.
    const second = [policy('[ { emailDomain: example.com } ]'), server];
    const pruned = await cli(['apply', '--yes', '--no-wait', '--prune'], second);
    expect(pruned.code, pruned.stdout + pruned.stderr).toBe(0);
    expect(await groups()).toEqual(['support']);
    expect((await cli(['plan'], second)).code).toBe(0);
    // `support` and `theirs` remain, but no MCP server or portal uses them: none of drift's business.
    const quiet = await cli(['drift', '--format', 'json'], second);
    expect(quiet.code, quiet.stdout).toBe(0);
    // Once a server's app (made by hand) links `theirs`, MCP access depends on both: drift lists them as
    // unmanaged, not ours (apply gave up the record of `support` when it kept it, so it is not a pending
    // delete either).
    const handmade = await portal.call('POST', '/access/ai-controls/mcp/servers', {
      id: 'handmade',
      name: 'Made by hand',
      hostname: 'https://handmade.example.invalid/mcp',
      auth_type: 'unauthenticated',
    });
    expect(handmade.status).toBe(201);
    const app = await portal.call('POST', '/access/apps', {
      name: 'handmade',
      type: 'mcp',
      destinations: [{ type: 'via_mcp_server_portal', mcp_server_id: 'handmade' }],
      policies: [{ id: theirs.body.result.id, precedence: 1 }],
    });
    expect(app.status, JSON.stringify(app.body)).toBe(201);
    const drift = await cli(['drift', '--format', 'json'], second);
    expect(drift.code).toBe(2);
    expect(JSON.parse(drift.stdout).items).toEqual(
      expect.arrayContaining([
        { kind: 'AccessGroup', name: 'support', class: 'unmanaged', origin: 'drift', owned: false },
        { kind: 'AccessPolicy', name: 'theirs', class: 'unmanaged', origin: 'drift', owned: false },
      ]),
    );
  });

  it('applies a saved plan that read the groups where apply alone would not (no manifests given)', async () => {
    // A policy no server links selects a group: only the manifests make the group something to read.
    const docs = (id: string) => [
      group('platform'),
      `apiVersion: mcpportal/v1
kind: AccessPolicy
metadata: { name: unlinked }
spec:
  decision: allow
  include: [ { group: platform } ]
  require: [ { email: ${id}@example.com } ]
`,
    ];
    // An account of its own: nothing else there may select a group.
    const own = await startTestPortal();
    try {
      expect((await cli(['apply', '--yes', '--no-wait'], docs('a'), own)).code).toBe(0);
      const out = join(dir, 'saved.json');
      const planned = await cli(['plan', '--out', out], docs('b'), own);
      expect(planned.code, planned.stdout + planned.stderr).toBe(2);
      const applied = await inProcessCli(['apply', '--plan', out, '--yes', '--no-wait'], env(own), dir);
      expect(applied.code, applied.stdout + applied.stderr).toBe(0);
      expect((await cli(['plan'], docs('b'), own)).code).toBe(0);
    } finally {
      await own.close();
    }
  });
});
