// AccessGroup through the spawned plugin, as the engine drives it, against the embedded portal: a policy
// selects a group by name and the API stores the group's UUID; refresh reads the name back (no diff);
// import takes a name; a policy naming a group that does not exist, and deleting a group still in use,
// fail with messages that say what to do, and change nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GROUP, POLICY, type ProviderBench, startProviderBench } from './testing/bench.js';
import type { Plugin } from './testing/engine.js';
import type { Props } from './wire.js';

const IDP = '6f1c2f4e-8a3b-4c5d-9e7f-0a1b2c3d4e5f'; // the embedded portal's built-in identity provider
const oidc = (claimValue: string) => ({ oidc: { claimName: 'groups', claimValue, identityProviderId: IDP } });

let pb: ProviderBench;
let plugin: Plugin;
const state: Record<string, { id: string; inputs: Props; outs: Props }> = {};

async function create(type: string, name: string, news: Props) {
  const checked = await plugin.check(type, name, news);
  expect(checked.failures).toEqual([]);
  const { id, outs } = await plugin.create(type, name, checked.inputs);
  state[name] = { id, inputs: checked.inputs, outs };
  return state[name];
}

const live = async (path: string) => (await pb.bench.portal.call('GET', path)).body.result;

beforeAll(async () => {
  pb = await startProviderBench();
  plugin = pb.plugin;
});
afterAll(async () => {
  await pb?.close();
});

describe('AccessGroup through the plugin', () => {
  it('creates a group with its UUID as the id, and a policy that selects it by name', async () => {
    const group = await create(GROUP, 'platform-group', { name: 'platform', include: [oidc('platform')] });
    expect(group.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(group.outs).toMatchObject({ name: 'platform', groupId: group.id, include: [oidc('platform')] });
    const policy = await create(POLICY, 'engineers', {
      decision: 'allow',
      include: [{ emailDomain: 'example.com' }, { group: 'platform' }],
    });
    expect(policy.outs.include).toEqual([{ emailDomain: 'example.com' }, { group: 'platform' }]);
    const stored = (await live(`/access/policies/${policy.id}`)) as { include: unknown[] };
    expect(stored.include[1]).toEqual({ group: { id: group.id } });
    const g = (await live(`/access/groups/${group.id}`)) as { include: unknown[] };
    expect(g.include).toEqual([
      { oidc: { claim_name: 'groups', claim_value: 'platform', identity_provider_id: IDP } },
    ]);
  });

  it('refreshes both with no change: the policy reads the group id back as its name', async () => {
    for (const [type, name] of [
      [GROUP, 'platform-group'],
      [POLICY, 'engineers'],
    ] as const) {
      const s = state[name] as { id: string; inputs: Props; outs: Props };
      const read = await plugin.read(type, name, s.id, s.outs, s.inputs);
      expect(read.id).toBe(s.id);
      const checked = await plugin.check(type, name, s.inputs, read.inputs);
      const diff = await plugin.diff(type, name, s.id, read.props, checked.inputs, read.inputs);
      expect(diff.changes, name).toBe('none');
    }
  });

  it('updates a group in place when its rules change', async () => {
    const s = state['platform-group'] as { id: string; inputs: Props; outs: Props };
    const news = { name: 'platform', include: [oidc('platform')], exclude: [{ email: 'x@example.com' }] };
    const checked = await plugin.check(GROUP, 'platform-group', news, s.inputs);
    const diff = await plugin.diff(GROUP, 'platform-group', s.id, s.outs, checked.inputs, s.inputs);
    expect(diff.changes).toBe('some');
    expect(diff.replaces).toEqual([]);
    const outs = await plugin.update(GROUP, 'platform-group', s.id, s.outs, checked.inputs, s.inputs);
    expect(outs.exclude).toEqual([{ email: 'x@example.com' }]);
    state['platform-group'] = { id: s.id, inputs: checked.inputs, outs };
    expect(((await live(`/access/groups/${s.id}`)) as { exclude: unknown[] }).exclude).toEqual([
      { email: { email: 'x@example.com' } },
    ]);
  });

  it('imports a group by <accountId>/<name> as inputs that check cleanly', async () => {
    const read = await plugin.read(GROUP, 'imported', `${pb.bench.portal.accountId}/platform`);
    expect(read.id).toBe(state['platform-group']?.id);
    expect(read.inputs).toMatchObject({ name: 'platform', include: [oidc('platform')] });
    expect((await plugin.check(GROUP, 'imported', read.inputs)).failures).toEqual([]);
  });

  it('refuses a policy selecting a group that does not exist, naming it, and creates nothing', async () => {
    const before = ((await live('/access/policies')) as unknown[]).length;
    const checked = await plugin.check(POLICY, 'ghost', {
      decision: 'allow',
      include: [{ group: 'nobody' }],
    });
    expect(checked.failures).toEqual([]);
    await expect(plugin.create(POLICY, 'ghost', checked.inputs)).rejects.toThrow(
      /AccessGroup "nobody" does not exist: create it first/,
    );
    expect(((await live('/access/policies')) as unknown[]).length).toBe(before);
  });

  it('refuses to delete a group a policy still selects; after the policy, the group goes', async () => {
    const g = state['platform-group'] as { id: string; outs: Props };
    await expect(plugin.delete(GROUP, 'platform-group', g.id, g.outs)).rejects.toThrow();
    expect(await live(`/access/groups/${g.id}`)).toMatchObject({ id: g.id });
    const p = state.engineers as { id: string; outs: Props };
    await plugin.delete(POLICY, 'engineers', p.id, p.outs);
    await plugin.delete(GROUP, 'platform-group', g.id, g.outs);
    expect(((await live('/access/groups')) as unknown[]).length).toBe(0);
  });
});
