// An upstream that is down, through the spawned plugin against the embedded portal: by default the step
// fails and the server is kept (a partial failure with its outputs); `tolerateSyncErrors` and
// `waitForReady: false` let the step succeed and report the status. Once the upstream is back, the next
// up brings the server to Ready without a needless change, and a refresh only moves status outputs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDocsUpstream, type UpstreamHandle } from '../examples/upstreams/index.js';
import { type ProviderBench, SERVER, startProviderBench } from './testing/bench.js';
import { type Plugin, type RpcError, startPlugin } from './testing/engine.js';
import type { Props } from './wire.js';

let pb: ProviderBench;
let upstream: UpstreamHandle | undefined;
let port = 0;
let url = '';
const state: Record<string, { id: string; inputs: Props; outs: Props }> = {};

beforeAll(async () => {
  pb = await startProviderBench();
  // An upstream that existed, then went down: its port is known and refuses connections.
  const first = await startDocsUpstream({ port: 0 });
  port = Number(new URL(first.url).port);
  url = first.url;
  await first.close();
});
afterAll(async () => {
  await upstream?.close();
  await pb?.close();
});

const live = async (id: string) =>
  (await pb.bench.portal.call('GET', `/access/ai-controls/mcp/servers/${id}`)).body.result;

async function checked(plugin: Plugin, name: string, news: Props) {
  const c = await plugin.check(SERVER, name, news);
  expect(c.failures).toEqual([]);
  return c.inputs;
}

describe('an upstream that is down', () => {
  it('fails the step by default, keeping the server with its status (a partial failure)', async () => {
    const inputs = await checked(pb.plugin, 'flaky', { serverId: 'flaky', url });
    const err = (await pb.plugin.create(SERVER, 'flaky', inputs).catch((e: unknown) => e)) as RpcError;
    expect(err.details).toContain('McpServer "flaky" is in Error');
    expect(err.initFailed?.id).toBe('flaky');
    expect(err.initFailed?.properties).toMatchObject({ serverId: 'flaky', url, status: 'Error' });
    expect((await live('flaky')).status).toBe('error');
    state.flaky = { id: 'flaky', inputs, outs: err.initFailed?.properties as Props };
  });

  it('succeeds with tolerateSyncErrors, reporting the error in the outputs', async () => {
    const inputs = await checked(pb.plugin, 'tolerant', {
      serverId: 'tolerant',
      url,
      tolerateSyncErrors: true,
    });
    const { id, outs } = await pb.plugin.create(SERVER, 'tolerant', inputs);
    expect(outs).toMatchObject({ serverId: 'tolerant', status: 'Error', tolerateSyncErrors: true });
    expect(outs.error).toEqual(expect.any(String));
    state.tolerant = { id, inputs, outs };
  });

  it('succeeds with waitForReady: false, without judging the sync', async () => {
    const plugin = await startPlugin();
    try {
      await plugin.configure({ ...pb.config, waitForReady: false });
      const inputs = await checked(plugin, 'nowait', { serverId: 'nowait', url });
      const { outs } = await plugin.create(SERVER, 'nowait', inputs);
      expect(['Waiting', 'Error']).toContain(outs.status);
      state.nowait = { id: 'nowait', inputs, outs };
    } finally {
      await plugin.close();
    }
  });
});

describe('after the upstream recovers', () => {
  beforeAll(async () => {
    upstream = await startDocsUpstream({ port });
  });

  it('the next up of the failed server (an update the engine runs for init errors) brings it to Ready', async () => {
    const s = state.flaky as { id: string; inputs: Props; outs: Props };
    // The program is unchanged: Diff finds nothing. The engine still runs Update because the state has
    // init errors (pulumi/pulumi v3.248.0 pkg/resource/deploy/step_generator.go, "If resource was
    // unchanged, but there were initialization errors, generate an empty update step").
    const diff = await pb.plugin.diff(SERVER, 'flaky', s.id, s.outs, s.inputs, s.inputs);
    expect(diff.changes).toBe('none');
    const outs = await pb.plugin.update(SERVER, 'flaky', s.id, s.outs, s.inputs, s.inputs);
    expect(outs).toMatchObject({ status: 'Ready', statusReason: 'Synced' });
    expect(outs.discoveredTools).toEqual(['compare_pages', 'get_page', 'list_sections', 'search_docs']);
  });

  it('a refresh of a tolerated server moves only status outputs, so the next up has nothing to do', async () => {
    const s = state.tolerant as { id: string; inputs: Props; outs: Props };
    // The portal syncs again on its own schedule; the test asks for it now.
    expect((await pb.bench.portal.call('POST', '/access/ai-controls/mcp/servers/tolerant/sync')).status).toBe(
      200,
    );
    for (let i = 0; i < 100 && (await live('tolerant')).status !== 'ready'; i++)
      await new Promise((r) => setTimeout(r, 100));
    const read = await pb.plugin.read(SERVER, 'tolerant', s.id, s.outs, s.inputs);
    expect(read.props).toMatchObject({ status: 'Ready' });
    expect(read.inputs).toEqual(s.inputs);
    const diff = await pb.plugin.diff(SERVER, 'tolerant', s.id, read.props, s.inputs, read.inputs);
    expect(diff.changes).toBe('none');
    for (const name of ['flaky', 'tolerant', 'nowait']) {
      const x = state[name] as { id: string; outs: Props };
      await pb.plugin.delete(SERVER, name, x.id, x.outs);
    }
    expect(pb.bench.portal.dump().servers).toEqual([]);
  });
});
