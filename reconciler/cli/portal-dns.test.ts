// End to end: `portalctl plan` and `apply` name the DNS record a portal hostname needs when the target is
// an API reached over HTTP (as Cloudflare is: its API creates no DNS record for a portal, and clients get
// 522 without one), in text, JSON and markdown, and say nothing of it for the in-process embedded portal.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Bench, startBench } from '../testing/e2e.js';

let bench: Bench;
let files: string[];

beforeAll(async () => {
  bench = await startBench();
  files = [
    bench.write('policies.yaml', bench.manifests.policies),
    bench.write('servers.yaml', bench.manifests.servers),
    bench.write('portals.yaml', bench.manifests.portals),
  ];
});
afterAll(async () => {
  await bench?.close();
});

const f = () => files.flatMap((p) => ['-f', p]);
const NOTE =
  'DNS (not done by apply): on Cloudflare, create a proxied CNAME eng.mcp.test -> gateway.agents.cloudflare.com, or clients get 522';

describe('the DNS record of a portal hostname', () => {
  it('is named in the plan of a new portal: text, JSON and markdown', async () => {
    const text = await bench.cli(['plan', ...f()]);
    expect(text.code, text.stderr).toBe(2);
    expect(text.stdout).toContain(NOTE);
    const json = await bench.cli(['plan', ...f(), '--format', 'json']);
    const portal = JSON.parse(json.stdout).resources.find((r: { kind: string }) => r.kind === 'McpPortal');
    expect(portal.dnsRecord).toEqual({
      type: 'CNAME',
      name: 'eng.mcp.test',
      content: 'gateway.agents.cloudflare.com',
      proxied: true,
    });
    const md = await bench.cli(['plan', ...f(), '--format', 'markdown']);
    expect(md.stdout).toContain('create a proxied CNAME eng.mcp.test -&gt; gateway.agents.cloudflare.com');
  });

  it('is said again by apply, and not once the portal exists unchanged', async () => {
    const apply = await bench.cli(['apply', ...f(), '--yes']);
    expect(apply.code, apply.stdout + apply.stderr).toBe(0);
    expect(apply.stdout).toContain(NOTE);
    const again = await bench.cli(['plan', ...f()]);
    expect(again.code, again.stdout).toBe(0);
    expect(again.stdout).not.toContain('DNS (not done by apply)');
  });

  it('names the new record and the old one when the hostname changes', async () => {
    const moved = bench.write(
      'portals.yaml',
      bench.manifests.portals.replace('eng.mcp.test', 'mcp.eng.test'),
    );
    const plan = await bench.cli(['plan', '-f', files[0] as string, '-f', files[1] as string, '-f', moved]);
    expect(plan.code, plan.stderr).toBe(2);
    expect(plan.stdout).toContain(
      'create a proxied CNAME mcp.eng.test -> gateway.agents.cloudflare.com, or clients get 522; the record for eng.mcp.test can go once clients have moved',
    );
    bench.write('portals.yaml', bench.manifests.portals);
  });

  it('is not mentioned for the embedded portal started in-process', async () => {
    const local = await bench.cli(['plan', ...f(), '--local', `${bench.dir}/local-data`, '--format', 'json']);
    expect(local.code, local.stderr).toBe(2);
    const portal = JSON.parse(local.stdout).resources.find((r: { kind: string }) => r.kind === 'McpPortal');
    expect(portal.action).toBe('create');
    expect(portal).not.toHaveProperty('dnsRecord');
  });
});
