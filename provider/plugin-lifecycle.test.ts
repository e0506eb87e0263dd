// The plugin as the engine drives it through `pulumi up`, `refresh` and `import`: the spawned plugin
// over gRPC against the embedded portal over HTTP, with real upstream MCP servers behind it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  POLICY,
  PORTAL,
  type ProviderBench,
  SERVER,
  startProviderBench,
  TICKETS_TOKEN,
} from './testing/bench.js';
import type { Plugin } from './testing/engine.js';
import { isSecret, type Props, SECRET_SIG, SIG_KEY, secret, UNKNOWN } from './wire.js';

let pb: ProviderBench;
let plugin: Plugin;
const state: Record<string, { id: string; inputs: Props; outs: Props }> = {};

/** `pulumi up` of a new resource: Check, then Create with the checked inputs. */
async function create(type: string, name: string, news: Props) {
  const checked = await plugin.check(type, name, news);
  expect(checked.failures).toEqual([]);
  const { id, outs } = await plugin.create(type, name, checked.inputs);
  state[name] = { id, inputs: checked.inputs, outs };
  return state[name];
}

/** `pulumi up` of a changed resource: Check, Diff, then Update (replacements are driven by the test). */
async function update(type: string, name: string, news: Props) {
  const old = state[name] as { id: string; inputs: Props; outs: Props };
  const checked = await plugin.check(type, name, news, old.inputs);
  expect(checked.failures).toEqual([]);
  const diff = await plugin.diff(type, name, old.id, old.outs, checked.inputs, old.inputs);
  const outs = await plugin.update(type, name, old.id, old.outs, checked.inputs, old.inputs);
  state[name] = { id: old.id, inputs: checked.inputs, outs };
  return { diff, outs };
}

const live = async (path: string) => (await pb.bench.portal.call('GET', path)).body.result;

beforeAll(async () => {
  pb = await startProviderBench();
  plugin = pb.plugin;
});
afterAll(async () => {
  await pb?.close();
});

describe('pulumi up: create', () => {
  it('creates policies, returning their UUIDs as ids and their names as outputs', async () => {
    const eng = await create(POLICY, 'engineers', {
      decision: 'allow',
      include: [{ emailDomain: 'example.com' }],
    });
    const bots = await create(POLICY, 'bots', {
      decision: 'non_identity',
      include: [{ anyValidServiceToken: true }],
    });
    expect(eng.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(eng.outs).toMatchObject({
      name: 'engineers',
      policyId: eng.id,
      sessionDuration: '24h',
      require: [],
    });
    expect(bots.outs.name).toBe('bots');
    const policies = await live('/access/policies');
    expect(policies.map((p: { name: string }) => p.name).sort()).toEqual(['bots', 'engineers']);
  });

  it('creates an unauthenticated server, syncs it and reports Ready with its tools and prompts', async () => {
    const docs = await create(SERVER, 'docs', {
      displayName: 'Docs',
      url: pb.bench.upstreams.docs.url,
      tools: [{ name: 'search_docs', alias: 'search' }],
      policies: ['engineers'],
    });
    expect(docs.id).toBe('docs');
    expect(docs.outs).toMatchObject({
      serverId: 'docs',
      status: 'Ready',
      statusReason: 'Synced',
      discoveredTools: ['compare_pages', 'get_page', 'list_sections', 'search_docs'],
      discoveredPrompts: ['explain_topic', 'write_howto'],
      auth: { type: 'unauthenticated' },
      policies: ['engineers'],
    });
    expect(docs.outs.lastSynced).toEqual(expect.any(String));
    expect(docs.outs.lastSuccessfulSync).toEqual(expect.any(String));
    // The Access application carries the policies and the provider's ownership tag.
    const apps = await live('/access/apps');
    const app = apps.find((a: { destinations?: { mcp_server_id?: string }[] }) =>
      a.destinations?.some((d) => d.mcp_server_id === 'docs'),
    );
    expect(app.tags).toEqual(['mcp-portals:pulumi']);
  });

  it('creates a bearer server from a secret token and returns the token as a secret output', async () => {
    const tickets = await create(SERVER, 'tickets', {
      url: pb.bench.upstreams.tickets.url,
      auth: { type: 'bearer', token: secret(TICKETS_TOKEN) },
      policies: ['engineers', 'bots'],
    });
    expect(tickets.outs.status).toBe('Ready');
    expect(tickets.outs.discoveredTools).toEqual(['close_ticket', 'create_ticket', 'list_tickets']);
    const auth = tickets.outs.auth as Props;
    expect(auth.type).toBe('bearer');
    expect(auth.token).toEqual({ [SIG_KEY]: SECRET_SIG, value: TICKETS_TOKEN });
  });

  it('wraps a secret the program passed in clear, in the checked inputs and in the outputs', async () => {
    const checked = await plugin.check(SERVER, 'tickets-keyed', {
      url: pb.bench.upstreams.tickets.url,
      auth: { type: 'bearer', headers: { 'X-Api-Key': TICKETS_TOKEN } },
    });
    expect(isSecret((checked.inputs.auth as Props).headers)).toBe(true);
    const { outs } = await plugin.create(SERVER, 'tickets-keyed', checked.inputs);
    expect(outs.status).toBe('Ready');
    expect(isSecret((outs.auth as Props).headers)).toBe(true);
    state['tickets-keyed'] = { id: 'tickets-keyed', inputs: checked.inputs, outs };
  });

  it('creates a portal mapping the servers and reports its MCP URLs and Ready status', async () => {
    const eng = await create(PORTAL, 'eng', {
      hostname: 'ENG.mcp.test',
      policies: ['engineers'],
      servers: [
        { server: 'tickets', requireUserAuth: false, tools: [{ name: 'close_ticket', enabled: false }] },
        { server: 'docs' },
      ],
    });
    expect(eng.id).toBe('eng');
    expect(eng.outs).toMatchObject({
      portalId: 'eng',
      hostname: 'eng.mcp.test',
      status: 'Ready',
      mcpUrl: 'https://eng.mcp.test/mcp',
      localMcpUrl: `${String(pb.config.apiUrl).replace('/client/v4', '')}/portals/eng/mcp`,
      codeMode: 'opt_in',
    });
    // docs exposes 4 tools, tickets 3 with close_ticket disabled here.
    expect(eng.outs.toolCount).toBe(6);
    expect((eng.outs.servers as { server: string }[]).map((s) => s.server)).toEqual(['docs', 'tickets']);
  });
});

describe('pulumi preview and up: changes', () => {
  it('diffs to nothing when the program only reorders sets or spells out defaults', async () => {
    const old = state.eng as { id: string; inputs: Props; outs: Props };
    const news = {
      ...old.inputs,
      codeMode: 'opt_in',
      servers: [
        { server: 'docs', requireUserAuth: true, defaultDisabled: false },
        { server: 'tickets', requireUserAuth: false, tools: [{ name: 'close_ticket', enabled: false }] },
      ],
    };
    const diff = await plugin.diff(PORTAL, 'eng', old.id, old.outs, news, old.inputs);
    expect(diff).toMatchObject({ changes: 'none', replaces: [], detailed: {} });
  });

  it('updates a server in place: detailed diff, no replacement, new outputs, live object changed', async () => {
    const { diff, outs } = await update(SERVER, 'docs', {
      ...(state.docs as { inputs: Props }).inputs,
      displayName: 'Product docs',
      tools: [{ name: 'search_docs', alias: 'find' }],
    });
    // The helper passes the old checked inputs back, so serverId is given (pinned): a replacement of a
    // pinned id would delete first, whatever asks for it (replaceOnChanges too).
    expect(diff).toMatchObject({
      changes: 'some',
      replaces: [],
      deleteBeforeReplace: true,
      stables: ['serverId'],
      detailed: { displayName: 'UPDATE', 'tools[0].alias': 'UPDATE' },
    });
    expect(outs).toMatchObject({
      displayName: 'Product docs',
      status: 'Ready',
      tools: [{ name: 'search_docs', alias: 'find' }],
    });
    const s = await live('/access/ai-controls/mcp/servers/docs');
    expect(s.name).toBe('Product docs');
    expect(s.updated_tools).toEqual([{ name: 'search_docs', alias: 'find' }]);
  });

  it('updates a portal mapping in place', async () => {
    const old = state.eng as { inputs: Props };
    const { diff, outs } = await update(PORTAL, 'eng', {
      ...old.inputs,
      servers: [
        { server: 'docs', defaultDisabled: true, tools: [{ name: 'search_docs', enabled: true }] },
        { server: 'tickets', requireUserAuth: false },
      ],
    });
    expect(diff.changes).toBe('some');
    expect(diff.replaces).toEqual([]);
    expect(Object.keys(diff.detailed).sort()).toEqual([
      'servers[0].defaultDisabled',
      'servers[0].tools[0]',
      'servers[1].tools',
    ]);
    expect(outs.toolCount).toBe(4);
  });

  it('replaces a server whose url changes, deleting it first and keeping its portal mapping', async () => {
    const old = state.tickets as { id: string; inputs: Props; outs: Props };
    const news = { ...old.inputs, url: `${pb.bench.upstreams.tickets.url}?v=2` };
    const checked = await plugin.check(SERVER, 'tickets', news, old.inputs);
    const diff = await plugin.diff(SERVER, 'tickets', old.id, old.outs, checked.inputs, old.inputs);
    expect(diff).toMatchObject({ changes: 'some', replaces: ['url'], deleteBeforeReplace: true });
    expect(diff.detailed.url).toBe('UPDATE_REPLACE');
    // The engine's delete-before-replace: Delete the old object, then Create the new one.
    await plugin.delete(SERVER, 'tickets', old.id, old.outs);
    expect((await pb.bench.portal.call('GET', '/access/ai-controls/mcp/servers/tickets')).status).toBe(404);
    const { id, outs } = await plugin.create(SERVER, 'tickets', checked.inputs);
    expect(id).toBe('tickets');
    expect(outs).toMatchObject({ url: `${pb.bench.upstreams.tickets.url}?v=2`, status: 'Ready' });
    state.tickets = { id, inputs: checked.inputs, outs };
    const portal = await live('/access/ai-controls/mcp/portals/eng');
    const mapping = portal.servers.find(
      (s: { server_id?: string; id: string }) => (s.server_id ?? s.id) === 'tickets',
    );
    expect(mapping).toMatchObject({ on_behalf: false });
  });

  it('replaces (create first) when the server id changes', async () => {
    const old = state['tickets-keyed'] as { id: string; inputs: Props; outs: Props };
    const diff = await plugin.diff(
      SERVER,
      'tickets-keyed',
      old.id,
      old.outs,
      { ...old.inputs, serverId: 'tickets-key' },
      old.inputs,
    );
    expect(diff).toMatchObject({ replaces: ['serverId'], deleteBeforeReplace: false });
  });

  it('previews with unknown values without calling the API', async () => {
    const before = pb.bench.portal.dump();
    const requests = pb.requests();
    const old = state.docs as { id: string; inputs: Props; outs: Props };
    const news = { ...old.inputs, url: UNKNOWN, policies: ['engineers', UNKNOWN] };
    const checked = await plugin.check(SERVER, 'docs', news, old.inputs);
    expect(checked.failures).toEqual([]);
    const diff = await plugin.diff(SERVER, 'docs', old.id, old.outs, checked.inputs, old.inputs);
    expect(diff).toMatchObject({ changes: 'some', replaces: ['url'] });
    expect(diff.detailed).toMatchObject({ url: 'UPDATE_REPLACE', policies: 'UPDATE' });
    const preview = await plugin.update(SERVER, 'docs', old.id, old.outs, checked.inputs, old.inputs, {
      preview: true,
    });
    expect(preview).toMatchObject({ url: UNKNOWN, status: UNKNOWN, displayName: 'Product docs' });
    const created = await plugin.create(
      PORTAL,
      'new-portal',
      { hostname: 'new.mcp.test', servers: [{ server: UNKNOWN }] },
      { preview: true },
    );
    expect(created.id).toBe('');
    expect(created.outs).toMatchObject({
      portalId: 'new-portal',
      mcpUrl: 'https://new.mcp.test/mcp',
      status: UNKNOWN,
    });
    const secretPreview = await plugin.create(
      SERVER,
      'new-server',
      { url: 'https://x.example/mcp', auth: { type: 'bearer', token: secret(UNKNOWN) } },
      { preview: true },
    );
    expect(isSecret((secretPreview.outs.auth as Props).token)).toBe(true);
    expect(pb.bench.portal.dump()).toEqual(before);
    expect(pb.requests()).toBe(requests);
  });
});

describe('pulumi refresh and import', () => {
  it('shows drift after an out-of-band change', async () => {
    await pb.bench.portal.call('PUT', '/access/ai-controls/mcp/servers/docs', { name: 'Renamed by hand' });
    const old = state.docs as { id: string; inputs: Props; outs: Props };
    const read = await plugin.read(SERVER, 'docs', old.id, old.outs, old.inputs);
    expect(read.id).toBe('docs');
    expect(read.inputs.displayName).toBe('Renamed by hand');
    expect(read.props.displayName).toBe('Renamed by hand');
    // The program still says "Product docs": the next up shows the drift as an update.
    const diff = await plugin.diff(SERVER, 'docs', read.id, read.props, old.inputs, read.inputs);
    expect(diff).toMatchObject({ changes: 'some', replaces: [], detailed: { displayName: 'UPDATE' } });
  });

  it("keeps unchanged refreshed inputs in the program's shape and secrets secret", async () => {
    const old = state.tickets as { id: string; inputs: Props; outs: Props };
    const read = await plugin.read(SERVER, 'tickets', old.id, old.outs, old.inputs);
    expect(Object.keys(read.inputs).sort()).toEqual(Object.keys(old.inputs).sort());
    expect((read.inputs.auth as Props).token).toEqual(secret(TICKETS_TOKEN));
    expect((read.props.auth as Props).token).toEqual(secret(TICKETS_TOKEN));
    const diff = await plugin.diff(SERVER, 'tickets', old.id, read.props, old.inputs, read.inputs);
    expect(diff.changes).toBe('none');
  });

  it('marks a credential rotated outside Pulumi as changed, without revealing anything', async () => {
    await pb.bench.portal.call('PUT', '/access/ai-controls/mcp/servers/tickets', {
      auth_credentials: 'rotated-by-hand',
    });
    const old = state.tickets as { id: string; inputs: Props; outs: Props };
    const read = await plugin.read(SERVER, 'tickets', old.id, old.outs, old.inputs);
    const token = (read.inputs.auth as Props).token;
    expect(isSecret(token)).toBe(true);
    expect(token).not.toEqual(secret(TICKETS_TOKEN));
    const diff = await plugin.diff(SERVER, 'tickets', old.id, read.props, old.inputs, read.inputs);
    expect(diff.detailed).toEqual({ 'auth.token': 'UPDATE' });
    // The next up sends the program's token again, and the server syncs with it.
    const outs = await plugin.update(SERVER, 'tickets', old.id, read.props, old.inputs, read.inputs);
    expect(outs.status).toBe('Ready');
  });

  it('answers "gone" (an empty id) for an object deleted outside Pulumi', async () => {
    const keyed = state['tickets-keyed'] as { id: string; inputs: Props; outs: Props };
    await pb.bench.portal.call(
      'DELETE',
      `/access/apps/${(await live('/access/apps')).find((a: { destinations?: { mcp_server_id?: string }[] }) => a.destinations?.some((d) => d.mcp_server_id === 'tickets-keyed')).id}`,
    );
    expect(
      (await pb.bench.portal.call('DELETE', '/access/ai-controls/mcp/servers/tickets-keyed')).status,
    ).toBe(200);
    const read = await plugin.read(SERVER, 'tickets-keyed', keyed.id, keyed.outs, keyed.inputs);
    expect(read.id).toBe('');
    // Deleting what is already gone succeeds (a later `pulumi destroy` converges).
    await plugin.delete(SERVER, 'tickets-keyed', keyed.id, keyed.outs);
  });

  it('imports a server, a portal and a policy by <accountId>/<id>', async () => {
    const account = pb.bench.portal.accountId;
    const server = await plugin.read(SERVER, 'docs', `${account}/docs`);
    expect(server.id).toBe('docs');
    expect(server.inputs).toMatchObject({
      serverId: 'docs',
      url: pb.bench.upstreams.docs.url,
      displayName: 'Renamed by hand',
    });
    expect((await plugin.check(SERVER, 'docs', server.inputs)).failures).toEqual([]);
    const portal = await plugin.read(PORTAL, 'eng', `${account}/eng`);
    expect(portal.inputs).toMatchObject({
      portalId: 'eng',
      hostname: 'eng.mcp.test',
      policies: ['engineers'],
    });
    expect(portal.props.status).toBe('Ready');
    const eng = state.engineers as { id: string };
    const policy = await plugin.read(POLICY, 'engineers', `${account}/${eng.id}`);
    expect(policy).toMatchObject({
      id: eng.id,
      inputs: { name: 'engineers', decision: 'allow', include: [{ emailDomain: 'example.com' }] },
    });
    // The imported inputs match the program's: importing changes nothing.
    const diff = await plugin.diff(
      POLICY,
      'engineers',
      eng.id,
      policy.props,
      { decision: 'allow', include: [{ emailDomain: 'example.com' }] },
      policy.inputs,
    );
    expect(diff.changes).toBe('none');
  });

  it('refuses an import id of another account', async () => {
    await expect(plugin.read(SERVER, 'docs', 'someone-else/docs')).rejects.toMatchObject({
      details: expect.stringContaining('someone-else'),
    });
  });
});

describe('pulumi destroy', () => {
  it('deletes portals, servers and policies with their Access applications', async () => {
    for (const [type, name] of [
      [PORTAL, 'eng'],
      [SERVER, 'docs'],
      [SERVER, 'tickets'],
      [POLICY, 'engineers'],
      [POLICY, 'bots'],
    ] as const) {
      const s = state[name] as { id: string; outs: Props };
      await plugin.delete(type, name, s.id, s.outs);
    }
    const dump = pb.bench.portal.dump();
    expect(dump.servers).toEqual([]);
    expect(dump.portals).toEqual([]);
    expect(dump.policies).toEqual([]);
    expect(dump.apps).toEqual([]);
  });

  it('never printed anything but its port on stdout, nor a secret on stderr', () => {
    expect(plugin.stdout()).toBe(`${plugin.port}\n`);
    expect(plugin.stderr()).not.toContain(TICKETS_TOKEN);
    expect(plugin.stderr()).not.toContain(pb.bench.portal.apiToken);
  });
});
