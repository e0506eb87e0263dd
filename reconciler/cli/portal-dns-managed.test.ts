// End to end: `portalctl` with `spec.dns` on a portal manages its hostname's DNS record in that zone,
// against the embedded portal's `/zones/{zone_id}/dns_records` over HTTP: plan shows the record change
// (text and JSON), apply creates it, then plan and drift are empty; an out-of-band edit of our record is
// drift that apply repairs; a saved plan applies; someone else's record is never overwritten (exit 3,
// nothing written); and a pruned portal's record goes with it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Bench, startBench } from '../testing/e2e.js';

const ZONE = 'fedcba9876543210fedcba9876543210';
const GATEWAY = 'gateway.agents.cloudflare.com';

let bench: Bench;
let base: string[];

const portalYaml = (name: string, hostname: string) => `apiVersion: mcpportal/v1
kind: McpPortal
metadata: { name: ${name} }
spec:
  hostname: ${hostname}
  dns: { zoneId: ${ZONE} }
  policies: [ engineers ]
  servers: [ { server: docs } ]
`;

beforeAll(async () => {
  bench = await startBench();
  base = [
    bench.write('policies.yaml', bench.manifests.policies),
    bench.write('servers.yaml', bench.manifests.servers),
  ];
});
afterAll(async () => {
  await bench?.close();
});

const files = (portals: string) => [...base, bench.write('portals.yaml', portals)].flatMap((p) => ['-f', p]);

interface Rec {
  id: string;
  name: string;
  content: string;
  proxied: boolean;
  comment?: string;
}
async function records(): Promise<Rec[]> {
  const reply = await bench.portal.raw('GET', `/zones/${ZONE}/dns_records?type=CNAME&per_page=100`);
  return (reply.body.result as Rec[]).sort((a, b) => a.name.localeCompare(b.name));
}

describe('portalctl manages a portal hostname’s DNS record given spec.dns', () => {
  it('plan shows the record to create (text and JSON) instead of the note', async () => {
    const f = files(portalYaml('eng', 'eng.mcp.test'));
    const text = await bench.cli(['plan', ...f]);
    expect(text.code, text.stderr).toBe(2);
    expect(text.stdout).toContain(
      `DNS record: create proxied CNAME eng.mcp.test -> ${GATEWAY} in zone ${ZONE}`,
    );
    expect(text.stdout).not.toContain('DNS (not done by apply)');
    const json = JSON.parse((await bench.cli(['plan', ...f, '--format', 'json'])).stdout);
    const portal = json.resources.find((r: { kind: string }) => r.kind === 'McpPortal');
    expect(portal.dns).toEqual([
      {
        action: 'create',
        zoneId: ZONE,
        type: 'CNAME',
        name: 'eng.mcp.test',
        content: GATEWAY,
        proxied: true,
      },
    ]);
    expect(portal).not.toHaveProperty('dnsRecord');
    expect(json.operations.map((o: { op: string }) => o.op)).toContain('dns.create');
    expect(await records()).toEqual([]);
  });

  it('apply creates it; then plan and drift are empty', async () => {
    const f = files(portalYaml('eng', 'eng.mcp.test'));
    const apply = await bench.cli(['apply', ...f, '--yes']);
    expect(apply.code, apply.stdout + apply.stderr).toBe(0);
    expect(await records()).toEqual([
      expect.objectContaining({
        name: 'eng.mcp.test',
        content: GATEWAY,
        proxied: true,
        comment: 'mcp-portals:default',
      }),
    ]);
    const plan = await bench.cli(['plan', ...f]);
    expect(plan.code, plan.stdout).toBe(0);
    const drift = await bench.cli(['drift', ...f]);
    expect(drift.code, drift.stdout).toBe(0);
  });

  it('an out-of-band edit of our record is drift, and apply (of a saved plan) repairs it', async () => {
    const f = files(portalYaml('eng', 'eng.mcp.test'));
    const [rec] = await records();
    const edit = await bench.portal.raw('PATCH', `/zones/${ZONE}/dns_records/${rec?.id}`, {
      body: JSON.stringify({ content: 'elsewhere.example.net', proxied: false }),
      headers: { 'content-type': 'application/json' },
    });
    expect(edit.status).toBe(200);
    const drift = await bench.cli(['drift', ...f, '--format', 'json']);
    expect(drift.code, drift.stdout).toBe(2);
    expect(drift.stdout).toContain('dns[eng.mcp.test]');
    const out = `${bench.dir}/dns-plan.json`;
    const saved = await bench.cli(['plan', ...f, '--out', out]);
    expect(saved.code, saved.stderr).toBe(2);
    expect(saved.stdout).toContain(
      `DNS record: update eng.mcp.test in zone ${ZONE} from -> elsewhere.example.net`,
    );
    const apply = await bench.cli(['apply', '--plan', out, '--yes']);
    expect(apply.code, apply.stdout + apply.stderr).toBe(0);
    expect(await records()).toEqual([
      expect.objectContaining({ id: rec?.id, name: 'eng.mcp.test', content: GATEWAY, proxied: true }),
    ]);
    expect((await bench.cli(['plan', ...f])).code).toBe(0);
  });

  it('a record someone else made for the hostname is never overwritten: exit 3, nothing written', async () => {
    const theirs = await bench.portal.raw('POST', `/zones/${ZONE}/dns_records`, {
      body: JSON.stringify({ type: 'CNAME', name: 'ops.mcp.test', content: 'legacy.example.net', ttl: 300 }),
      headers: { 'content-type': 'application/json' },
    });
    expect(theirs.status).toBe(200);
    const before = bench.portal.dump();
    const f = files(`${portalYaml('eng', 'eng.mcp.test')}---\n${portalYaml('ops', 'ops.mcp.test')}`);
    const apply = await bench.cli(['apply', ...f, '--yes']);
    expect(apply.code, apply.stdout + apply.stderr).toBe(3);
    expect(apply.stdout + apply.stderr).toContain('ops.mcp.test -> legacy.example.net (not proxied)');
    expect(apply.stdout + apply.stderr).toContain('never overwritten');
    const after = bench.portal.dump();
    for (const table of ['portals', 'apps', 'dns_records']) expect(after[table]).toEqual(before[table]);
    await bench.portal.raw('DELETE', `/zones/${ZONE}/dns_records/${theirs.body.result.id}`);
  });

  it('a pruned portal takes its record along; the other portal’s stays', async () => {
    const both = files(`${portalYaml('eng', 'eng.mcp.test')}---\n${portalYaml('ops', 'ops.mcp.test')}`);
    expect((await bench.cli(['apply', ...both, '--yes'])).code).toBe(0);
    expect((await records()).map((r) => r.name)).toEqual(['eng.mcp.test', 'ops.mcp.test']);
    const one = files(portalYaml('ops', 'ops.mcp.test'));
    const plan = await bench.cli(['plan', ...one, '--prune']);
    expect(plan.stdout).toContain(
      `DNS record: delete proxied CNAME eng.mcp.test -> ${GATEWAY} in zone ${ZONE}`,
    );
    const apply = await bench.cli(['apply', ...one, '--prune', '--yes']);
    expect(apply.code, apply.stdout + apply.stderr).toBe(0);
    expect((await records()).map((r) => r.name)).toEqual(['ops.mcp.test']);
    expect((await bench.cli(['plan', ...one, '--prune'])).code).toBe(0);
  });
});
