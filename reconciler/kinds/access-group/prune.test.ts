// `portalctl apply --prune` with Access groups, in process against the real embedded portal: a group
// removed from the manifests together with the policy rule that selected it is deleted (after the
// policy's update, since the API refuses to delete a group in use); a group some policy outside the
// manifests selects is never deleted; `validate` reports an unknown group at its file:line:col.
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

const env = () => ({
  CLOUDFLARE_BASE_URL: portal.baseUrl,
  CLOUDFLARE_API_TOKEN: portal.apiToken,
  CLOUDFLARE_ACCOUNT_ID: portal.accountId,
  PATH: process.env.PATH ?? '',
});
async function cli(args: string[], docs: string[]) {
  const file = join(dir, 'm.yaml');
  await writeFile(file, docs.join('---\n'));
  return inProcessCli([...args, '-f', file], env(), dir);
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
    // `support` and `theirs` remain: drift lists them as unmanaged, not ours (apply gave up the record of
    // `support` when it kept it, so it is not a pending delete either).
    const drift = await cli(['drift', '--format', 'json'], second);
    expect(drift.code).toBe(2);
    expect(JSON.parse(drift.stdout).items).toEqual(
      expect.arrayContaining([
        { kind: 'AccessGroup', name: 'support', class: 'unmanaged', origin: 'drift', owned: false },
      ]),
    );
  });
});
