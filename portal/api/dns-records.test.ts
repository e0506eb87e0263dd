// The embedded portal's `/zones/{zone_id}/dns_records` driven by the official `cloudflare` SDK
// (`client.dns.records.*`) over HTTP: create, get, list with filters and auto-pagination, update (PUT),
// edit (PATCH), delete, Cloudflare's conflict rules, and refusals that name the field and change nothing.
import Cloudflare from 'cloudflare';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPortal, type TestPortal } from '../testing/harness.js';

let p: TestPortal;
let cf: Cloudflare;
const ZONE = '023e105f4ecef8ad9ca31a8372d0c353';
const OTHER_ZONE = 'aaaabbbbccccddddeeeeffff00001111';

beforeAll(async () => {
  p = await startTestPortal();
  cf = new Cloudflare({ apiToken: p.apiToken, baseURL: p.baseUrl, maxRetries: 0 });
});
afterAll(() => p.close());

const records = () => cf.dns.records;

/** The SDK error's status and first Cloudflare error code. */
async function refusal(
  promise: Promise<unknown>,
): Promise<{ status: number; code?: number; message: string }> {
  try {
    await promise;
  } catch (err) {
    const e = err as { status: number; errors?: { code: number; message: string }[] };
    return { status: e.status, code: e.errors?.[0]?.code, message: e.errors?.[0]?.message ?? '' };
  }
  throw new Error('expected a refusal');
}

describe('dns records via the SDK', () => {
  it('creates, reads, updates (PUT), edits (PATCH) and deletes a proxied CNAME', async () => {
    const zone_id = ZONE;
    const created = await records().create({
      zone_id,
      type: 'CNAME',
      name: 'MCP.Example.com.',
      content: 'gateway.agents.cloudflare.com',
      proxied: true,
      ttl: 300,
      comment: 'mcp-portals:default',
    });
    expect(created).toMatchObject({
      type: 'CNAME',
      name: 'mcp.example.com',
      content: 'gateway.agents.cloudflare.com',
      proxied: true,
      proxiable: true,
      // Proxied records have an automatic TTL whatever was sent.
      ttl: 1,
      comment: 'mcp-portals:default',
      tags: [],
    });
    expect(created.id).toMatch(/^[0-9a-f]{32}$/);

    const read = await records().get(created.id, { zone_id });
    expect(read).toEqual(created);

    const put = await records().update(created.id, {
      zone_id,
      type: 'CNAME',
      name: 'mcp.example.com',
      content: 'elsewhere.example.net',
      ttl: 1,
    });
    // PUT replaces: what it omits returns to its default.
    expect(put).toMatchObject({ content: 'elsewhere.example.net', proxied: false });
    expect(put).not.toHaveProperty('comment');

    const patched = await records().edit(created.id, {
      zone_id,
      type: 'CNAME',
      name: 'mcp.example.com',
      proxied: true,
      comment: 'edited',
    } as Parameters<Cloudflare['dns']['records']['edit']>[1]);
    expect(patched).toMatchObject({ content: 'elsewhere.example.net', proxied: true, comment: 'edited' });

    const deleted = await records().delete(created.id, { zone_id });
    expect(deleted).toEqual({ id: created.id });
    const gone = await refusal(records().get(created.id, { zone_id }));
    expect(gone).toMatchObject({ status: 404, code: 81044 });
  });

  it('lists with filters (type, name.exact, comment.startswith, match any) and auto-paginates', async () => {
    const zone_id = OTHER_ZONE;
    for (let i = 0; i < 120; i++)
      await records().create({
        zone_id,
        type: 'TXT',
        name: `t${String(i).padStart(3, '0')}.example.com`,
        content: `v=${i}`,
        ttl: 60,
      });
    await records().create({
      zone_id,
      type: 'CNAME',
      name: 'a.example.com',
      content: 'gateway.agents.cloudflare.com',
      ttl: 1,
      comment: 'mcp-portals:team',
    });
    await records().create({
      zone_id,
      type: 'CNAME',
      name: 'b.example.com',
      content: 'other.example.net',
      ttl: 1,
    });

    const all: string[] = [];
    for await (const r of records().list({ zone_id, per_page: 50 })) all.push(r.name);
    expect(all).toHaveLength(122);

    const cnames = await records().list({ zone_id, type: 'CNAME' });
    expect(cnames.result.map((r) => r.name).sort()).toEqual(['a.example.com', 'b.example.com']);

    const exact = await records().list({ zone_id, name: { exact: 'B.example.com' } });
    expect(exact.result.map((r) => r.name)).toEqual(['b.example.com']);

    const ours = await records().list({ zone_id, comment: { startswith: 'mcp-portals:' } });
    expect(ours.result.map((r) => r.name)).toEqual(['a.example.com']);

    const either = await records().list({
      zone_id,
      match: 'any',
      name: { exact: 't007.example.com' },
      content: { exact: 'other.example.net' },
    });
    expect(either.result.map((r) => r.name).sort()).toEqual(['b.example.com', 't007.example.com']);

    // Zones are separate: the first zone's records are not here.
    const elsewhere = await records().list({ zone_id: ZONE, type: 'TXT' });
    expect(elsewhere.result).toEqual([]);
  });

  it('keeps a CNAME alone at its name (81053) and refuses an identical record (81058)', async () => {
    const zone_id = ZONE;
    const a = await records().create({
      zone_id,
      type: 'A',
      name: 'host.example.com',
      content: '192.0.2.1',
      ttl: 1,
    });
    const before = p.dump().dns_records;
    const conflict = await refusal(
      records().create({
        zone_id,
        type: 'CNAME',
        name: 'host.example.com',
        content: 'x.example.net',
        ttl: 1,
      }),
    );
    expect(conflict).toMatchObject({ status: 400, code: 81053 });
    const identical = await refusal(
      records().create({ zone_id, type: 'A', name: 'host.example.com', content: '192.0.2.1', ttl: 1 }),
    );
    expect(identical).toMatchObject({ status: 400, code: 81058 });
    expect(p.dump().dns_records).toEqual(before);
    await records().delete(a.id, { zone_id });
  });

  it('refuses what it cannot store, naming the field, and changes nothing', async () => {
    const zone_id = ZONE;
    const before = p.dump().dns_records;
    const mx = await refusal(
      records().create({
        zone_id,
        type: 'MX',
        name: 'example.com',
        content: 'mail.example.com',
        priority: 10,
        ttl: 1,
      }),
    );
    expect(mx).toMatchObject({ status: 400 });
    expect(mx.message).toMatch(/priority.*not supported by the embedded portal/);
    const apex = await refusal(
      records().create({ zone_id, type: 'CNAME', name: '@', content: 'x.example.net', ttl: 1 }),
    );
    expect(apex.message).toMatch(/"@".*not supported by the embedded portal/);
    const proxiedTxt = await refusal(
      records().create({
        zone_id,
        type: 'TXT',
        name: 't.example.com',
        content: 'x',
        proxied: true,
        ttl: 1,
      } as never),
    );
    expect(proxiedTxt).toMatchObject({ status: 400 });
    const badIp = await refusal(
      records().create({ zone_id, type: 'A', name: 'a.example.com', content: 'nope', ttl: 1 }),
    );
    expect(badIp.message).toMatch(/IPv4/);
    const tagFilter = await refusal(records().list({ zone_id, tag: { present: 'x' } }));
    expect(tagFilter.message).toMatch(/tag\.present.*not supported by the embedded portal/);
    const badZone = await refusal(records().list({ zone_id: 'not-a-zone' }));
    expect(badZone.status).toBe(404);
    expect(p.dump().dns_records).toEqual(before);
  });
});
