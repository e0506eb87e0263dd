// Autonaming of ids through the spawned plugin, as the engine drives Check: a random seed per resource
// (and the stack's `pulumi:autonaming` options), old inputs on later runs. Two stacks of one program then
// create their objects side by side in one account (the embedded portal over HTTP, real upstreams).
import { randomBytes } from 'node:crypto';
import provpb from '@pulumi/pulumi/proto/provider_pb.js';
import structpb from 'google-protobuf/google/protobuf/struct_pb.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POLICY, PORTAL, type ProviderBench, SERVER, startProviderBench } from './testing/bench.js';
import type { CheckNaming } from './testing/engine.js';
import { type Props, sanitize } from './wire.js';

let pb: ProviderBench;
const seed = (byte: number) => new Uint8Array(32).fill(byte);

beforeAll(async () => {
  pb = await startProviderBench();
});
afterAll(async () => {
  await pb?.close();
});

const check = (type: string, name: string, news: Props, olds?: Props, naming?: CheckNaming) =>
  pb.plugin.check(type, name, news, olds ?? {}, naming);

describe('Check fills the id the Pulumi way', () => {
  const cases: {
    name: string;
    reason: string;
    type: string;
    resource: string;
    news: Props;
    olds?: Props;
    naming?: CheckNaming;
    want: { key: string; value: string | RegExp; defaulted: boolean };
  }[] = [
    {
      name: 'seed, no id',
      reason: 'the logical name plus 7 hex characters, lowercased to fit the API id rules',
      type: SERVER,
      resource: 'ticketsReadonly',
      news: { url: 'https://x.example/mcp' },
      naming: { randomSeed: seed(1) },
      want: { key: 'serverId', value: /^ticketsreadonly-[0-9a-f]{7}$/, defaulted: true },
    },
    {
      name: 'long logical name',
      reason: 'the prefix is cut so the id stays within 32 characters',
      type: PORTAL,
      resource: 'a-very-long-logical-name-for-a-portal',
      news: { hostname: 'x.mcp.test' },
      naming: { randomSeed: seed(2) },
      want: { key: 'portalId', value: /^a-very-long-logical-name-[0-9a-f]{7}$/, defaulted: true },
    },
    {
      name: 'policy name',
      reason: 'policy names keep their case (any printable name, up to 100 characters)',
      type: POLICY,
      resource: 'Engineers',
      news: { decision: 'allow', include: [{ everyone: true }] },
      naming: { randomSeed: seed(3) },
      want: { key: 'name', value: /^Engineers-[0-9a-f]{7}$/, defaulted: true },
    },
    {
      name: 'old id kept',
      reason: 'a later up keeps the id the resource has (no churn), even one equal to the logical name',
      type: SERVER,
      resource: 'docs',
      news: { url: 'https://x.example/mcp' },
      olds: { url: 'https://x.example/mcp', serverId: 'docs' },
      naming: { randomSeed: seed(4) },
      want: { key: 'serverId', value: 'docs', defaulted: true },
    },
    {
      name: 'given id',
      reason: 'an id in the program pins it, whatever the stack configuration says',
      type: SERVER,
      resource: 'docs',
      news: { url: 'https://x.example/mcp', serverId: 'pinned' },
      naming: { randomSeed: seed(5), autonaming: { proposedName: 'other', mode: 'ENFORCE' } },
      want: { key: 'serverId', value: 'pinned', defaulted: false },
    },
    {
      name: 'proposed name',
      reason: "the stack's autonaming pattern proposes a name; it is fitted to the API id rules",
      type: SERVER,
      resource: 'docs',
      news: { url: 'https://x.example/mcp' },
      naming: { randomSeed: seed(6), autonaming: { proposedName: 'Prod_Docs', mode: 'PROPOSE' } },
      want: { key: 'serverId', value: 'prod-docs', defaulted: true },
    },
    {
      name: 'enforced name',
      reason: 'an enforced name is used exactly',
      type: POLICY,
      resource: 'engineers',
      news: { decision: 'allow', include: [{ everyone: true }] },
      naming: { randomSeed: seed(7), autonaming: { proposedName: 'prod engineers', mode: 'ENFORCE' } },
      want: { key: 'name', value: 'prod engineers', defaulted: true },
    },
  ];
  it.each(cases)('$name', async (c) => {
    const { inputs, failures } = await check(c.type, c.resource, c.news, c.olds, c.naming);
    expect(failures, c.reason).toEqual([]);
    if (typeof c.want.value === 'string') expect(inputs[c.want.key], c.reason).toBe(c.want.value);
    else expect(inputs[c.want.key], c.reason).toMatch(c.want.value);
    expect(inputs.__defaults, c.reason).toEqual(c.want.defaulted ? [c.want.key] : undefined);
  });

  it('derives the name from the seed, so preview and up of one run agree and other runs differ', async () => {
    const news = { url: 'https://x.example/mcp' };
    const a = await check(SERVER, 'docs', news, undefined, { randomSeed: seed(9) });
    const b = await check(SERVER, 'docs', news, undefined, { randomSeed: seed(9) });
    const c = await check(SERVER, 'docs', news, undefined, { randomSeed: seed(10) });
    expect(a.inputs.serverId).toBe(b.inputs.serverId);
    expect(c.inputs.serverId).not.toBe(a.inputs.serverId);
  });

  it('refuses what cannot be named: autonaming disabled without an id, an enforced name the API refuses', async () => {
    const off = await check(SERVER, 'docs', { url: 'https://x.example/mcp' }, undefined, {
      randomSeed: seed(11),
      autonaming: { proposedName: '', mode: 'DISABLE' },
    });
    expect(off.failures).toEqual([
      { property: 'serverId', reason: expect.stringContaining('autonaming is disabled') },
    ]);
    const bad = await check(SERVER, 'docs', { url: 'https://x.example/mcp' }, undefined, {
      randomSeed: seed(12),
      autonaming: { proposedName: 'Not_Valid', mode: 'ENFORCE' },
    });
    expect(bad.failures.map((f) => f.property)).toEqual(['serverId']);
    expect(bad.failures[0]?.reason).toContain('set serverId');
  });

  it('announces autonaming support at Configure, so the engine sends the stack options', async () => {
    const r = new provpb.ConfigureRequest();
    r.setArgs(structpb.Struct.fromJavaScript(sanitize(pb.config) as never));
    r.setAcceptsecrets(true);
    const res = await pb.plugin.call<InstanceType<typeof provpb.ConfigureResponse>>('configure', r);
    expect(res.getSupportsAutonamingConfiguration()).toBe(true);
  });
});

describe('two stacks of one program in one account', () => {
  /** One stack's `pulumi up`: a policy and a server that lists it by its (autonamed) name. */
  async function stack(runSeed: () => Uint8Array) {
    const policy = await check(
      POLICY,
      'engineers',
      { decision: 'allow', include: [{ emailDomain: 'example.com' }] },
      undefined,
      { randomSeed: runSeed() },
    );
    expect(policy.failures).toEqual([]);
    const p = await pb.plugin.create(POLICY, 'engineers', policy.inputs);
    const server = await check(
      SERVER,
      'docs',
      { url: pb.bench.upstreams.docs.url, policies: [p.outs.name] },
      undefined,
      { randomSeed: runSeed() },
    );
    expect(server.failures).toEqual([]);
    const s = await pb.plugin.create(SERVER, 'docs', server.inputs);
    return { policy: p, server: s, serverInputs: server.inputs };
  }

  it('creates both without a collision, each Ready, and a later up of one changes nothing', async () => {
    const dev = await stack(() => randomBytes(32));
    const prod = await stack(() => randomBytes(32));
    expect(dev.server.id).not.toBe(prod.server.id);
    expect(dev.server.id).toMatch(/^docs-[0-9a-f]{7}$/);
    expect(dev.server.outs).toMatchObject({ serverId: dev.server.id, status: 'Ready' });
    expect(prod.server.outs).toMatchObject({ serverId: prod.server.id, status: 'Ready' });
    expect(dev.policy.outs.name).not.toBe(prod.policy.outs.name);
    const live = pb.bench.portal.dump();
    expect((live.servers as { id: string }[]).map((s) => s.id).sort()).toEqual(
      [dev.server.id, prod.server.id].sort(),
    );
    expect(live.policies).toHaveLength(2);
    // The next `pulumi up` of dev: a new seed, the old inputs: same id, no diff.
    const again = await check(
      SERVER,
      'docs',
      { url: pb.bench.upstreams.docs.url, policies: [dev.policy.outs.name] },
      dev.serverInputs,
      { randomSeed: randomBytes(32) },
    );
    expect(again.inputs.serverId).toBe(dev.server.id);
    const diff = await pb.plugin.diff(
      SERVER,
      'docs',
      dev.server.id,
      dev.server.outs,
      again.inputs,
      dev.serverInputs,
    );
    expect(diff).toMatchObject({ changes: 'none', stables: ['serverId'] });
    for (const s of [dev, prod]) {
      await pb.plugin.delete(SERVER, 'docs', s.server.id, s.server.outs);
      await pb.plugin.delete(POLICY, 'engineers', s.policy.id, s.policy.outs);
    }
    expect(pb.bench.portal.dump().servers).toEqual([]);
  });
});
