// Access applications end to end against the embedded portal (portalctl's `main()` in this process, real
// HTTP, the example upstreams): settings someone made through the official `cloudflare` SDK on the apps
// portalctl manages (session duration, deny pages, cookies, logo, another tag...) survive a policy change
// in the manifests, because an app update is a read-modify-write, not a PUT of the few fields we own; and
// the ownership tag is an account object, created once.
import Cloudflare from 'cloudflare';
import type {
  ApplicationGetResponse,
  ApplicationListResponse,
} from 'cloudflare/resources/zero-trust/access/applications/applications';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseLedgerTag } from '../ledger.js';
import { inProcessCli } from '../testing/convergence.js';
import { type Bench, SECRET_MARKER, startBench } from '../testing/e2e.js';

let bench: Bench;
let files: string[];
let env: Record<string, string>;
let cf: Cloudflare;

beforeAll(async () => {
  bench = await startBench();
  files = [
    bench.write('policies.yaml', bench.manifests.policies),
    bench.write('servers.yaml', bench.manifests.servers),
    bench.write('portals.yaml', bench.manifests.portals),
  ];
  env = {
    NO_COLOR: '1',
    CLOUDFLARE_API_TOKEN: bench.portal.apiToken,
    CLOUDFLARE_BASE_URL: bench.portal.baseUrl,
    CLOUDFLARE_ACCOUNT_ID: bench.portal.accountId,
    TICKETS_TOKEN: SECRET_MARKER,
  };
  cf = new Cloudflare({ apiToken: bench.portal.apiToken, baseURL: bench.portal.baseUrl, maxRetries: 0 });
});
afterAll(async () => {
  await bench?.close();
});

const cli = (args: string[]) => inProcessCli(args, env, bench.dir);
const f = (list: string[]) => list.flatMap((p) => ['-f', p]);

/** Settings made outside the manifests, through the SDK: a PUT of only the manifest's fields resets them. */
const ELSEWHERE = {
  session_duration: '2h45m',
  auto_redirect_to_identity: true,
  allow_authenticate_via_warp: false,
  custom_deny_message: 'Ask #platform for access',
  custom_deny_url: 'https://deny.example.com/',
  custom_non_identity_deny_url: 'https://deny.example.com/bots',
  logo_url: 'https://logo.example.com/l.png',
  http_only_cookie_attribute: true,
  same_site_cookie_attribute: 'lax',
  options_preflight_bypass: false,
} as const;

async function appOf(serverId: string): Promise<ApplicationListResponse.McpServerApplication> {
  const account_id = bench.portal.accountId;
  for await (const app of cf.zeroTrust.access.applications.list({ account_id })) {
    const dest = (app as { destinations?: { mcp_server_id?: string }[] }).destinations;
    // The SDK's `type` field is the whole ApplicationType union on every member, so checking it does not
    // narrow the response union (some members have no `tags`, or policies without `precedence`).
    if (app.type === 'mcp' && dest?.some((d) => d.mcp_server_id === serverId))
      return app as ApplicationListResponse.McpServerApplication;
  }
  throw new Error(`no app for server ${serverId}`);
}

describe('Access applications keep what the manifests do not own', () => {
  it('apps:tag-account-object: apply creates the ownership tag once, as an account object', async () => {
    const r = await cli(['apply', ...f(files), '--yes', '--no-wait']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const tags = [];
    for await (const t of cf.zeroTrust.access.tags.list({ account_id: bench.portal.accountId }))
      tags.push(t.name);
    // Besides the ownership tag: one last-applied record per object (ledger.ts), carried by no app.
    expect(tags.filter((t) => !parseLedgerTag(t))).toEqual(['mcp-portals:default']);
    expect(tags.filter((t) => parseLedgerTag(t)).length).toBeGreaterThan(0);
    expect((await appOf('docs')).tags).toEqual(['mcp-portals:default']);
  });

  it('apps:rmw-e2e: settings made through the SDK survive a policy change applied by portalctl', async () => {
    const account_id = bench.portal.accountId;
    const app = await appOf('docs');
    const id = app.id as string;
    await cf.zeroTrust.access.tags.create({ account_id, name: 'billing' });
    const idps = [];
    for await (const idp of cf.zeroTrust.identityProviders.list({ account_id })) idps.push(idp.id as string);
    expect(idps.length).toBeGreaterThan(0);
    const elsewhere = { ...ELSEWHERE, allowed_idps: idps.slice(0, 1) };
    // A full update through the SDK, as a dashboard user or another tool would make it.
    await cf.zeroTrust.access.applications.update(id, {
      account_id,
      type: 'mcp',
      name: app.name as string,
      destinations: [{ type: 'via_mcp_server_portal', mcp_server_id: 'docs' }],
      policies: (app.policies ?? []).map((p) => ({ id: p.id as string, precedence: p.precedence as number })),
      tags: ['mcp-portals:default', 'billing'],
      ...elsewhere,
    });
    expect(await cf.zeroTrust.access.applications.get(id, { account_id })).toMatchObject(elsewhere);

    // The manifest now gives docs a second policy: an app update.
    const servers = bench.write(
      'servers.yaml',
      bench.manifests.servers.replace(
        '  policies: [ engineers ]\n---\napiVersion: mcpportal/v1\nkind: McpServer\nmetadata: { name: tickets }',
        '  policies: [ engineers, bots ]\n---\napiVersion: mcpportal/v1\nkind: McpServer\nmetadata: { name: tickets }',
      ),
    );
    const plan = await cli([
      'plan',
      ...f([files[0] as string, servers, files[2] as string]),
      '--format',
      'json',
    ]);
    expect(plan.code, plan.stdout).toBe(2);
    expect(JSON.parse(plan.stdout).operations.map((o: { op: string }) => o.op)).toEqual(['app.update']);
    const r = await cli([
      'apply',
      ...f([files[0] as string, servers, files[2] as string]),
      '--yes',
      '--no-wait',
    ]);
    expect(r.code, r.stdout + r.stderr).toBe(0);

    // An mcp app (see appOf): the SDK's response union does not narrow on `type`.
    const after = (await cf.zeroTrust.access.applications.get(id, {
      account_id,
    })) as ApplicationGetResponse.McpServerApplication;
    expect(after).toMatchObject(elsewhere);
    expect(after.tags).toEqual(['mcp-portals:default', 'billing']);
    expect(after.policies?.map((p) => p.name)).toEqual(['engineers', 'bots']);
    // And the change is done: nothing left to plan.
    const again = await cli(['plan', ...f([files[0] as string, servers, files[2] as string])]);
    expect(again.code, again.stdout).toBe(0);
  });
});
