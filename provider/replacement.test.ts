// Replacements as the engine runs them, through the spawned plugin against the embedded portal with real
// upstreams: create-first for an autonamed server (its portal follows the new id), delete-first for a
// pinned id with its portal mappings recorded in the target (surviving a plugin restart between Delete and
// Create), and a clear refusal for a create-first replacement of a pinned id (`pulumi up --replace`).
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POLICY, PORTAL, type ProviderBench, SERVER, startProviderBench } from './testing/bench.js';
import { type Plugin, startPlugin } from './testing/engine.js';
import type { Props } from './wire.js';

let pb: ProviderBench;

beforeAll(async () => {
  pb = await startProviderBench();
});
afterAll(async () => {
  await pb?.close();
});

const get = (path: string) => pb.bench.portal.call('GET', path);
const tags = async () => ((await get('/access/tags')).body.result as { name: string }[]).map((t) => t.name);
const detachRecords = async () => (await tags()).filter((t) => t.startsWith('mcp-portals-detached:'));
const mappingsOf = async (portal: string) =>
  (
    (await get(`/access/ai-controls/mcp/portals/${portal}`)).body.result.servers as {
      server_id?: string;
      id: string;
      on_behalf?: boolean;
      default_disabled?: boolean;
    }[]
  ).map((s) => ({ id: s.server_id ?? s.id, onBehalf: s.on_behalf, defaultDisabled: s.default_disabled }));

/** A fresh plugin configured like the bench's, for tests that kill it. */
async function freshPlugin(): Promise<Plugin> {
  const p = await startPlugin();
  await p.configure(pb.config);
  return p;
}

/** `pulumi up` of a new resource with a run's seed. */
async function createWith(plugin: Plugin, type: string, name: string, news: Props) {
  const checked = await plugin.check(type, name, news, {}, { randomSeed: randomBytes(32) });
  expect(checked.failures).toEqual([]);
  const { id, outs } = await plugin.create(type, name, checked.inputs);
  return { id, outs, inputs: checked.inputs };
}

describe('an autonamed server: create first', () => {
  it('creates the replacement under a new id, moves the portal to it, then deletes the old one', async () => {
    const url = pb.bench.upstreams.docs.url;
    const docs = await createWith(pb.plugin, SERVER, 'docs', { url });
    expect(docs.id).toMatch(/^docs-[0-9a-f]{7}$/);
    const portalNews = (server: string) => ({
      hostname: 'auto.mcp.test',
      servers: [{ server, requireUserAuth: false }],
    });
    const eng = await createWith(pb.plugin, PORTAL, 'eng', portalNews(docs.id));

    // Next run: the url changes. Check with the old inputs keeps the id; Diff asks for a replacement.
    const runSeed = randomBytes(32);
    const news = { url: `${url}?v=2` };
    const checked = await pb.plugin.check(SERVER, 'docs', news, docs.inputs, { randomSeed: runSeed });
    expect(checked.inputs.serverId).toBe(docs.id);
    const diff = await pb.plugin.diff(SERVER, 'docs', docs.id, docs.outs, checked.inputs, docs.inputs);
    expect(diff).toMatchObject({ replaces: ['url'], deleteBeforeReplace: false, stables: [] });
    // The engine checks again without the old inputs, same seed: a new id, so the new server can exist
    // beside the old one.
    const again = await pb.plugin.check(SERVER, 'docs', news, {}, { randomSeed: runSeed });
    expect(again.inputs.serverId).not.toBe(docs.id);
    const created = await pb.plugin.create(SERVER, 'docs', again.inputs);
    expect(created.outs).toMatchObject({ serverId: created.id, status: 'Ready' });
    // The portal lists `${docs.serverId}`: it is updated to the new id.
    const p = await pb.plugin.check(PORTAL, 'eng', portalNews(created.id), eng.inputs, {
      randomSeed: randomBytes(32),
    });
    const pd = await pb.plugin.diff(PORTAL, 'eng', eng.id, eng.outs, p.inputs, eng.inputs);
    expect(pd).toMatchObject({ changes: 'some', replaces: [] });
    expect(pd.stables).toEqual(['localMcpUrl', 'mcpUrl', 'portalId']);
    const portalOuts = await pb.plugin.update(PORTAL, 'eng', eng.id, eng.outs, p.inputs, eng.inputs);
    expect(portalOuts.status).toBe('Ready');
    // Then the old server goes.
    await pb.plugin.delete(SERVER, 'docs', docs.id, docs.outs);
    expect((await get(`/access/ai-controls/mcp/servers/${docs.id}`)).status).toBe(404);
    expect(await mappingsOf(eng.id)).toEqual([{ id: created.id, onBehalf: false, defaultDisabled: false }]);
    expect(await detachRecords()).toEqual([]);
    await pb.plugin.delete(PORTAL, 'eng', eng.id, portalOuts);
    await pb.plugin.delete(SERVER, 'docs', created.id, created.outs);
  });
});

describe('an autonamed server with the deleteBeforeReplace option', () => {
  it('leaves its portal on Delete (nothing recorded: the portal is updated to the new id)', async () => {
    const url = pb.bench.upstreams.docs.url;
    const docs = await createWith(pb.plugin, SERVER, 'docs', { url });
    const portalNews = (server: string) => ({ hostname: 'dbr.mcp.test', servers: [{ server }] });
    const portal = await createWith(pb.plugin, PORTAL, 'dbr', portalNews(docs.id));
    const runSeed = randomBytes(32);
    const news = { url: `${url}?v=3` };
    const checked = await pb.plugin.check(SERVER, 'docs', news, docs.inputs, { randomSeed: runSeed });
    const diff = await pb.plugin.diff(SERVER, 'docs', docs.id, docs.outs, checked.inputs, docs.inputs);
    expect(diff).toMatchObject({ replaces: ['url'], deleteBeforeReplace: false });
    // The resource option overrides the provider: the engine deletes first.
    await pb.plugin.delete(SERVER, 'docs', docs.id, docs.outs);
    expect((await get(`/access/ai-controls/mcp/servers/${docs.id}`)).status).toBe(404);
    expect(await detachRecords()).toEqual([]);
    const again = await pb.plugin.check(SERVER, 'docs', news, {}, { randomSeed: runSeed });
    const created = await pb.plugin.create(SERVER, 'docs', again.inputs);
    const p = await pb.plugin.check(PORTAL, 'dbr', portalNews(created.id), portal.inputs);
    const outs = await pb.plugin.update(PORTAL, 'dbr', portal.id, portal.outs, p.inputs, portal.inputs);
    expect(outs.status).toBe('Ready');
    expect((await mappingsOf(portal.id)).map((m) => m.id)).toEqual([created.id]);
    await pb.plugin.delete(PORTAL, 'dbr', portal.id, outs);
    await pb.plugin.delete(SERVER, 'docs', created.id, created.outs);
  });
});

describe('a pinned server: delete first, durably', () => {
  it('restores the portal mapping after the plugin is killed between Delete and Create', async () => {
    const url = `${pb.bench.upstreams.docs.url}?v=2`;
    const srv = await createWith(pb.plugin, SERVER, 'tickets', {
      serverId: 'tickets',
      url: pb.bench.upstreams.docs.url,
    });
    const portal = await createWith(pb.plugin, PORTAL, 'support', {
      portalId: 'support',
      hostname: 'support.mcp.test',
      servers: [{ server: 'tickets' }],
    });
    // A mapping with its own settings, which the replacement must keep.
    await pb.bench.portal.call('PUT', '/access/ai-controls/mcp/portals/support', {
      servers: [{ server_id: 'tickets', on_behalf: false, default_disabled: true }],
    });
    const news = { serverId: 'tickets', url };
    const first = await freshPlugin();
    const checked = await first.check(SERVER, 'tickets', news, srv.inputs, { randomSeed: randomBytes(32) });
    const diff = await first.diff(SERVER, 'tickets', srv.id, srv.outs, checked.inputs, srv.inputs);
    expect(diff).toMatchObject({ replaces: ['url'], deleteBeforeReplace: true });
    await first.delete(SERVER, 'tickets', srv.id, srv.outs);
    expect((await get('/access/ai-controls/mcp/servers/tickets')).status).toBe(404);
    expect(await mappingsOf('support')).toEqual([]);
    // The intent is in the target, not in the plugin's memory.
    expect(await detachRecords()).toHaveLength(1);
    await first.close();

    const second = await freshPlugin();
    try {
      const again = await second.check(SERVER, 'tickets', news, {}, { randomSeed: randomBytes(32) });
      const created = await second.create(SERVER, 'tickets', again.inputs);
      expect(created).toMatchObject({ id: 'tickets', outs: { url, status: 'Ready' } });
      expect(await mappingsOf('support')).toEqual([
        { id: 'tickets', onBehalf: false, defaultDisabled: true },
      ]);
      expect(await detachRecords()).toEqual([]);
      await second.delete(PORTAL, 'support', portal.id, portal.outs);
      await second.delete(SERVER, 'tickets', created.id, created.outs);
    } finally {
      await second.close();
    }
  });

  it('refuses, before changing anything, a mapping too large to record', async () => {
    const srv = await createWith(pb.plugin, SERVER, 'big', {
      serverId: 'big',
      url: pb.bench.upstreams.docs.url,
    });
    const tools = Array.from({ length: 30 }, (_, i) => ({
      name: `tool_${i}`,
      description: `${'a long description that takes room '.repeat(3)}${i}`,
    }));
    const portal = await createWith(pb.plugin, PORTAL, 'bigportal', {
      portalId: 'bigportal',
      hostname: 'big.mcp.test',
      servers: [{ server: 'big', tools }],
    });
    const news = { serverId: 'big', url: `${pb.bench.upstreams.docs.url}?v=2` };
    const checked = await pb.plugin.check(SERVER, 'big', news, srv.inputs, { randomSeed: randomBytes(32) });
    const diff = await pb.plugin.diff(SERVER, 'big', srv.id, srv.outs, checked.inputs, srv.inputs);
    expect(diff.deleteBeforeReplace).toBe(true);
    const before = pb.bench.portal.dump();
    await expect(pb.plugin.delete(SERVER, 'big', srv.id, srv.outs)).rejects.toMatchObject({
      details: expect.stringContaining(
        'cannot record the mapping of McpServer "big" in McpPortal "bigportal"',
      ),
    });
    expect(pb.bench.portal.dump()).toEqual(before);
    await pb.plugin.delete(PORTAL, 'bigportal', portal.id, portal.outs);
    await pb.plugin.delete(SERVER, 'big', srv.id, srv.outs);
  });
});

describe('pulumi up --replace of a pinned id (no Diff: create first)', () => {
  it('fails naming the fixes, and changes nothing', async () => {
    const srv = await createWith(pb.plugin, SERVER, 'wiki', {
      serverId: 'wiki',
      url: pb.bench.upstreams.docs.url,
    });
    // `--replace` checks without the old inputs and creates the replacement first.
    const checked = await pb.plugin.check(
      SERVER,
      'wiki',
      { serverId: 'wiki', url: pb.bench.upstreams.docs.url },
      {},
      {
        randomSeed: randomBytes(32),
      },
    );
    const before = pb.bench.portal.dump();
    const err = await pb.plugin.create(SERVER, 'wiki', checked.inputs).catch((e: unknown) => e);
    expect(err).toMatchObject({ details: expect.stringContaining('`deleteBeforeReplace: true`') });
    expect(err).toMatchObject({ details: expect.stringContaining('drop `serverId`') });
    expect(pb.bench.portal.dump()).toEqual(before);
    await pb.plugin.delete(SERVER, 'wiki', srv.id, srv.outs);
  });

  it('works for an autonamed server: the replacement gets a new id beside the old one', async () => {
    const news = { url: pb.bench.upstreams.docs.url };
    const old = await createWith(pb.plugin, SERVER, 'wiki', news);
    const checked = await pb.plugin.check(SERVER, 'wiki', news, {}, { randomSeed: randomBytes(32) });
    const created = await pb.plugin.create(SERVER, 'wiki', checked.inputs);
    expect(created.id).not.toBe(old.id);
    expect(created.outs.status).toBe('Ready');
    await pb.plugin.delete(SERVER, 'wiki', old.id, old.outs);
    await pb.plugin.delete(SERVER, 'wiki', created.id, created.outs);
    expect(pb.bench.portal.dump().servers).toEqual([]);
  });
});

describe('Diff: what an update keeps (stables)', () => {
  it('lists the ids and what follows from unchanged inputs, and update previews keep them known', async () => {
    const policy = await createWith(pb.plugin, POLICY, 'engineers', {
      decision: 'allow',
      include: [{ emailDomain: 'example.com' }],
    });
    const rename = await pb.plugin.check(
      POLICY,
      'engineers',
      { name: 'renamed', decision: 'allow', include: [{ emailDomain: 'example.com' }] },
      policy.inputs,
    );
    const d = await pb.plugin.diff(POLICY, 'engineers', policy.id, policy.outs, rename.inputs, policy.inputs);
    // A rename is an update of the same policy: its UUID stays, its name does not.
    expect(d).toMatchObject({ changes: 'some', replaces: [], stables: ['policyId'] });
    const preview = await pb.plugin.update(
      POLICY,
      'engineers',
      policy.id,
      policy.outs,
      rename.inputs,
      policy.inputs,
      { preview: true },
    );
    expect(preview).toMatchObject({ name: 'renamed', policyId: policy.id });
    const tighten = await pb.plugin.check(
      POLICY,
      'engineers',
      { decision: 'allow', include: [{ emailDomain: 'example.com' }], sessionDuration: '1h' },
      policy.inputs,
    );
    const d2 = await pb.plugin.diff(
      POLICY,
      'engineers',
      policy.id,
      policy.outs,
      tighten.inputs,
      policy.inputs,
    );
    expect(d2.stables).toEqual(['name', 'policyId']);

    const portal = await createWith(pb.plugin, PORTAL, 'stable', { hostname: 'stable.mcp.test' });
    const moved = await pb.plugin.check(PORTAL, 'stable', { hostname: 'moved.mcp.test' }, portal.inputs);
    const pd = await pb.plugin.diff(PORTAL, 'stable', portal.id, portal.outs, moved.inputs, portal.inputs);
    // The MCP URL follows the hostname; the local URL follows only the id.
    expect(pd).toMatchObject({ replaces: [], stables: ['localMcpUrl', 'portalId'] });
    await pb.plugin.delete(PORTAL, 'stable', portal.id, portal.outs);
    await pb.plugin.delete(POLICY, 'engineers', policy.id, policy.outs);
  });
});
