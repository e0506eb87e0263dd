// The package's functions as the engine calls them: Invoke on the spawned plugin over gRPC, against the
// embedded portal over HTTP with real upstream servers behind it, for objects `portalctl apply` created
// (so no Pulumi state knows them). Lookups by id and by name, listing with filters, the errors (not
// found, ambiguous name, bad arguments), no credential in any answer, and one listing per collection.
import provpb from '@pulumi/pulumi/proto/provider_pb.js';
import structpb from 'google-protobuf/google/protobuf/struct_pb.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ProviderBench, startProviderBench, TICKETS_TOKEN } from './testing/bench.js';
import type { Props } from './wire.js';

let pb: ProviderBench;

type Answer = { value: Props; failures: { property: string; reason: string }[] };

/** Invoke as the engine sends it. */
async function invoke(fn: string, args: Props): Promise<Answer> {
  const req = new provpb.InvokeRequest();
  req.setTok(`mcpportal:index:${fn}`);
  req.setArgs(structpb.Struct.fromJavaScript(args as never));
  const res = await pb.plugin.call<InstanceType<typeof provpb.InvokeResponse>>('invoke', req);
  return {
    value: (res.getReturn()?.toJavaScript() ?? {}) as Props,
    failures: res.getFailuresList().map((f) => ({ property: f.getProperty(), reason: f.getReason() })),
  };
}

/** The value of a successful Invoke. */
async function ok(fn: string, args: Props): Promise<Props> {
  const a = await invoke(fn, args);
  expect(a.failures).toEqual([]);
  return a.value;
}

const UUID = /^[0-9a-f-]{36}$/;

beforeAll(async () => {
  pb = await startProviderBench();
  const { bench } = pb;
  const mirror = bench.write(
    'mirror.yaml',
    `apiVersion: mcpportal/v1
kind: McpServer
metadata: { name: docs-mirror }
spec:
  displayName: Docs
  url: ${bench.upstreams.docs.url}
---
apiVersion: mcpportal/v1
kind: McpServer
metadata: { name: docs-copy }
spec:
  displayName: Docs
  url: ${bench.upstreams.docs.url}
`,
  );
  const files = [bench.manifests.policies, bench.manifests.servers, bench.manifests.portals].map((text, i) =>
    bench.write(`m${i}.yaml`, text),
  );
  const applied = await bench.cli(['apply', ...files.flatMap((f) => ['-f', f]), '--yes']);
  expect(applied.code, applied.stderr).toBe(0);
  // A second run for the two servers that share a display name (no portal maps them).
  const again = await bench.cli(['apply', ...[...files, mirror].flatMap((f) => ['-f', f]), '--yes']);
  expect(again.code, again.stderr).toBe(0);
}, 120_000);

afterAll(async () => {
  await pb?.close();
});

describe('getServer', () => {
  it('reads a server by id: settings, status and the tools its last sync found', async () => {
    const docs = await ok('getServer', { serverId: 'docs' });
    expect(docs).toMatchObject({
      serverId: 'docs',
      displayName: 'Docs',
      url: pb.bench.upstreams.docs.url,
      description: 'the docs',
      auth: { type: 'unauthenticated' },
      tools: [{ name: 'search_docs', alias: 'search' }],
      policies: ['engineers'],
      status: 'Ready',
      statusReason: 'Synced',
    });
    expect(docs.discoveredTools).toContain('search_docs');
    expect(docs.lastSynced).toEqual(expect.any(String));
    expect(docs).not.toHaveProperty('tolerateSyncErrors');
  });

  it('reads a server by its display name', async () => {
    expect(await ok('getServer', { name: 'tickets' })).toMatchObject({
      serverId: 'tickets',
      status: 'Ready',
    });
  });

  it('never returns a credential', async () => {
    const tickets = await ok('getServer', { serverId: 'tickets' });
    expect(tickets.auth).toEqual({ type: 'bearer' });
    expect(JSON.stringify(tickets)).not.toContain(TICKETS_TOKEN);
    expect(pb.plugin.stdout() + pb.plugin.stderr()).not.toContain(TICKETS_TOKEN);
  });

  it('fails on a display name two servers share, naming their ids', async () => {
    await expect(invoke('getServer', { name: 'Docs' })).rejects.toMatchObject({
      details: expect.stringMatching(
        /3 McpServers are named "Docs" \(ids docs, docs-copy, docs-mirror\).*serverId/,
      ),
    });
  });

  it('fails when no server has the id or the name', async () => {
    await expect(invoke('getServer', { serverId: 'nope' })).rejects.toMatchObject({
      details: expect.stringContaining('no McpServer has serverId "nope"'),
    });
    await expect(invoke('getServer', { name: 'Nope' })).rejects.toMatchObject({
      details: expect.stringContaining('no McpServer has name "Nope"'),
    });
  });

  const bad = [
    { reason: 'both the id and the name', args: { serverId: 'docs', name: 'Docs' }, property: 'name' },
    { reason: 'neither the id nor the name', args: {}, property: 'serverId' },
    { reason: 'an empty id', args: { serverId: '' }, property: 'serverId' },
    { reason: 'an input the function does not take', args: { id: 'docs' }, property: 'id' },
    { reason: 'a number for a string', args: { serverId: 7 }, property: 'serverId' },
  ];
  it.each(bad)('answers check failures for $reason, reading nothing', async ({ args, property }) => {
    const before = pb.requests();
    const a = await invoke('getServer', args);
    expect(a.failures.map((f) => f.property)).toEqual([property]);
    expect(a.value).toEqual({});
    expect(pb.requests()).toBe(before);
  });
});

describe('getPortal', () => {
  it('reads a portal by id and by display name: settings, URLs and status', async () => {
    const eng = await ok('getPortal', { portalId: 'eng' });
    expect(eng).toMatchObject({
      portalId: 'eng',
      displayName: 'eng',
      hostname: 'eng.mcp.test',
      policies: ['engineers'],
      status: 'Ready',
      mcpUrl: 'https://eng.mcp.test/mcp',
      // Relative to the configured API (here the bench's counting proxy in front of the portal).
      localMcpUrl: `${new URL(String(pb.config.apiUrl)).origin}/portals/eng/mcp`,
    });
    expect(eng.servers).toEqual(expect.arrayContaining([expect.objectContaining({ server: 'docs' })]));
    expect(eng.toolCount).toBeGreaterThan(0);
    expect(eng).not.toHaveProperty('dns');
    expect(await ok('getPortal', { name: 'eng' })).toEqual(eng);
  });

  it('fails when no portal has the id', async () => {
    await expect(invoke('getPortal', { portalId: 'nope' })).rejects.toMatchObject({
      details: expect.stringContaining('no McpPortal has portalId "nope"'),
    });
  });
});

describe('getPolicy', () => {
  it('reads a policy by name and by its API id', async () => {
    const byName = await ok('getPolicy', { name: 'engineers' });
    expect(byName).toMatchObject({
      name: 'engineers',
      decision: 'allow',
      include: [{ emailDomain: 'example.com' }],
    });
    expect(byName.policyId).toMatch(UUID);
    expect(await ok('getPolicy', { policyId: byName.policyId })).toEqual(byName);
  });

  it('fails when no policy has the name', async () => {
    await expect(invoke('getPolicy', { name: 'nobody' })).rejects.toMatchObject({
      details: expect.stringContaining('no AccessPolicy has name "nobody"'),
    });
  });
});

describe('listServers', () => {
  const ids = (v: Props) => (v.servers as Props[]).map((s) => s.serverId);

  it('lists every server, sorted by id, each as getServer reads it', async () => {
    const all = await ok('listServers', {});
    expect(ids(all)).toEqual(['docs', 'docs-copy', 'docs-mirror', 'metrics', 'tickets']);
    expect((all.servers as Props[])[0]).toEqual(await ok('getServer', { serverId: 'docs' }));
    expect(JSON.stringify(all)).not.toContain(TICKETS_TOKEN);
  });

  it('filters by text in the id, display name or URL, and by status', async () => {
    expect(ids(await ok('listServers', { search: 'TICK' }))).toEqual(['tickets']);
    expect(ids(await ok('listServers', { search: 'docs' }))).toEqual(['docs', 'docs-copy', 'docs-mirror']);
    expect(ids(await ok('listServers', { status: 'Error' }))).toEqual([]);
    expect(ids(await ok('listServers', { search: 'metrics', status: 'Ready' }))).toEqual(['metrics']);
  });

  it('refuses an unknown status', async () => {
    const a = await invoke('listServers', { status: 'ready' });
    expect(a.failures).toEqual([{ property: 'status', reason: 'must be one of Waiting, Ready, Error' }]);
  });

  it('reads one listing per collection, whatever the number of servers', async () => {
    const count = async (fn: string, args: Props) => {
      const before = pb.requests();
      await ok(fn, args);
      return pb.requests() - before;
    };
    expect(await count('listServers', {})).toBe(await count('getServer', { serverId: 'docs' }));
  });
});

it('refuses a function the provider does not serve', async () => {
  await expect(invoke('getNothing', {})).rejects.toMatchObject({
    details: expect.stringContaining('unknown function "mcpportal:index:getNothing"'),
  });
});
