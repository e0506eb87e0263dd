// `McpPortal.dns` through the Pulumi plugin (spawned, over gRPC, against the embedded portal over HTTP):
// create makes the hostname's proxied CNAME in the zone, a hostname change moves it (the old record, ours,
// is deleted), refresh reads the zone back from the inputs (no diff), delete removes the record, and a
// record someone else made at the hostname is never overwritten: the create fails naming it, unchanged.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PORTAL, type ProviderBench, startProviderBench } from './testing/bench.js';
import type { Plugin } from './testing/engine.js';
import type { Props } from './wire.js';

const ZONE = '0123456789abcdef0123456789abcdef';
const GATEWAY = 'gateway.agents.cloudflare.com';

let pb: ProviderBench;
let plugin: Plugin;

beforeAll(async () => {
  pb = await startProviderBench();
  plugin = pb.plugin;
});
afterAll(async () => {
  await pb?.close();
});

interface Rec {
  id: string;
  name: string;
  content: string;
  proxied: boolean;
  comment?: string;
}
const records = async (): Promise<Rec[]> =>
  (await pb.bench.portal.raw('GET', `/zones/${ZONE}/dns_records?type=CNAME`)).body.result;

describe('McpPortal.dns through the plugin', () => {
  let inputs: Props;
  let outs: Props;

  it('create makes the proxied CNAME of the hostname, marked as the provider owner’s', async () => {
    const checked = await plugin.check(PORTAL, 'dnsportal', {
      hostname: 'one.dns.test',
      dns: { zoneId: ZONE },
    });
    expect(checked.failures).toEqual([]);
    const created = await plugin.create(PORTAL, 'dnsportal', checked.inputs);
    inputs = checked.inputs;
    outs = created.outs;
    expect(await records()).toEqual([
      expect.objectContaining({
        name: 'one.dns.test',
        content: GATEWAY,
        proxied: true,
        comment: 'mcp-portals:pulumi',
      }),
    ]);
  });

  it('a hostname change moves the record; refresh then reads no difference', async () => {
    const news = { ...inputs, hostname: 'two.dns.test' };
    const checked = await plugin.check(PORTAL, 'dnsportal', news, inputs);
    const diff = await plugin.diff(PORTAL, 'dnsportal', 'dnsportal', outs, checked.inputs, inputs);
    expect(diff.changes).toBe('some');
    outs = await plugin.update(PORTAL, 'dnsportal', 'dnsportal', outs, checked.inputs, inputs);
    inputs = checked.inputs;
    expect((await records()).map((r) => [r.name, r.content, r.proxied])).toEqual([
      ['two.dns.test', GATEWAY, true],
    ]);
    const read = await plugin.read(PORTAL, 'dnsportal', 'dnsportal', outs, inputs);
    expect(read.inputs).toMatchObject({ hostname: 'two.dns.test', dns: { zoneId: ZONE } });
    const again = await plugin.diff(PORTAL, 'dnsportal', 'dnsportal', read.props, inputs, read.inputs);
    expect(again.changes).not.toBe('some');
  });

  it('outputs carry the zone, and delete takes the record (ours) along', async () => {
    expect(outs.dns).toEqual({ zoneId: ZONE });
    await plugin.delete(PORTAL, 'dnsportal', 'dnsportal', outs);
    expect((await records()).map((r) => r.name)).not.toContain('two.dns.test');
  });

  it('a record someone else made at the hostname is never overwritten: create fails and changes nothing', async () => {
    const theirs = await pb.bench.portal.raw('POST', `/zones/${ZONE}/dns_records`, {
      body: JSON.stringify({ type: 'CNAME', name: 'taken.dns.test', content: 'legacy.example.net', ttl: 1 }),
      headers: { 'content-type': 'application/json' },
    });
    expect(theirs.status).toBe(200);
    const checked = await plugin.check(PORTAL, 'taken', {
      hostname: 'taken.dns.test',
      dns: { zoneId: ZONE },
    });
    await expect(plugin.create(PORTAL, 'taken', checked.inputs)).rejects.toThrow(/legacy\.example\.net/);
    expect((await records()).find((r) => r.name === 'taken.dns.test')).toMatchObject({
      content: 'legacy.example.net',
      proxied: false,
    });
    const portals = await pb.bench.portal.call('GET', '/access/ai-controls/mcp/portals?per_page=100');
    expect(portals.body.result.map((p: { id: string }) => p.id)).not.toContain('taken');
  });
});
