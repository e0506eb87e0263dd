// End to end: the management API with the real capability sync against the example upstreams on
// loopback: ready with tools and prompts, a wrong token (401 -> error, is_upstream), an unreachable
// upstream (not upstream, retryable), a resync after new credentials, paged tool lists, and a renamed tool
// whose aliases are dropped and reported.
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DOCS_PROMPTS,
  DOCS_TOOLS,
  type PagedHandle,
  startDocsUpstream,
  startPagedUpstream,
  startTicketsUpstream,
  type TicketsHandle,
  type UpstreamHandle,
} from '../examples/upstreams/index.js';
import { syncServer } from './sync/index.js';
import { OVERRIDE_DROPPED_CODE } from './sync-outcome.js';
import { PORTALS, SERVERS, startTestPortal, type TestPortal } from './testing/harness.js';

let p: TestPortal;
let docs: UpstreamHandle;
let tickets: TicketsHandle;
let paged: PagedHandle;
let deadUrl: string;

beforeAll(async () => {
  [docs, tickets, paged] = await Promise.all([
    startDocsUpstream({ port: 0 }),
    startTicketsUpstream({ port: 0, token: 'right-token' }),
    startPagedUpstream({ port: 0 }),
  ]);
  const probe = createServer();
  await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
  const { port } = probe.address() as { port: number };
  await new Promise((r) => probe.close(r));
  deadUrl = `http://127.0.0.1:${port}/mcp`;
  p = await startTestPortal({ sync: syncServer, syncTimeoutMs: 10_000 });
});
afterAll(async () => {
  await p?.close();
  await Promise.all([docs?.close(), tickets?.close(), paged?.close()]);
});

const createServerObj = (id: string, hostname: string, extra: Record<string, unknown> = {}) =>
  p.call('POST', SERVERS, { id, name: id, hostname, auth_type: 'unauthenticated', ...extra });
const names = (list: { name: string }[]) => list.map((x) => x.name).sort();

describe('capability sync through the API', () => {
  it('syncs an unauthenticated upstream to ready with its tools and prompts', async () => {
    expect((await createServerObj('docs', docs.url)).status).toBe(201);
    const sync = await p.call('POST', `${SERVERS}/docs/sync`);
    // The sync answers the server after the sync, as Cloudflare does.
    expect(sync.body.result).toMatchObject({ id: 'docs', status: 'ready' });
    expect(sync.body.result).not.toHaveProperty('error');
    const read = await p.call('GET', `${SERVERS}/docs`);
    expect(names(read.body.result.tools)).toEqual([...DOCS_TOOLS].sort());
    expect(names(read.body.result.prompts)).toEqual([...DOCS_PROMPTS].sort());
    expect(read.body.result.tools[0]).toHaveProperty('inputSchema');
  });

  it('reports a wrong bearer token as an upstream 401, then recovers after the credentials are updated', async () => {
    await createServerObj('tickets', tickets.url, { auth_type: 'bearer', auth_credentials: 'wrong-token' });
    const sync = await p.call('POST', `${SERVERS}/tickets/sync`);
    expect(sync.body.result).toMatchObject({
      status: 'error',
      error_details: { is_upstream: true, status_code: 401 },
    });
    expect(sync.body.result.error).toEqual(expect.any(String));
    expect(JSON.stringify(sync.body)).not.toContain('wrong-token');
    const put = await p.call('PUT', `${SERVERS}/tickets`, { auth_credentials: 'right-token' });
    expect(put.body.result.status).toBe('waiting');
    await p.scheduler.idle();
    const read = await p.call('GET', `${SERVERS}/tickets`);
    expect(read.body.result).toMatchObject({ status: 'ready' });
    expect(read.body.result).not.toHaveProperty('error');
    expect(read.body.result.tools.length).toBeGreaterThan(0);
  });

  it('reports an unreachable upstream as not upstream and retryable', async () => {
    await createServerObj('dead', deadUrl);
    const sync = await p.call('POST', `${SERVERS}/dead/sync`);
    expect(sync.body.result).toMatchObject({
      status: 'error',
      error_details: { is_upstream: false, retryable: true },
    });
  });

  it('collects every page of a paged tool list, and drops and reports aliases of a renamed tool', async () => {
    await createServerObj('paged', paged.url, {
      updated_tools: [
        { name: 'metric_01', alias: 'first' },
        { name: 'metric_02', alias: 'second' },
      ],
    });
    expect((await p.call('POST', `${SERVERS}/paged/sync`)).body.result.status).toBe('ready');
    expect((await p.call('GET', `${SERVERS}/paged`)).body.result.tools).toHaveLength(25);
    const portal = await p.call('POST', PORTALS, {
      id: 'metrics',
      name: 'Metrics',
      hostname: 'metrics.example.com',
      servers: [{ server_id: 'paged', updated_tools: [{ name: 'metric_01', alias: 'portal-first' }] }],
    });
    expect(portal.status).toBe(201);

    paged.renameTool('metric_01', 'metric_one');
    const sync = await p.call('POST', `${SERVERS}/paged/sync`);
    expect(sync.body.result.status).toBe('ready');
    expect(sync.body.messages.map((m: { code: number }) => m.code)).toEqual([
      OVERRIDE_DROPPED_CODE,
      OVERRIDE_DROPPED_CODE,
    ]);
    expect(sync.body.messages.map((m: { message: string }) => m.message).join('\n')).toContain('"metric_01"');

    const server = await p.call('GET', `${SERVERS}/paged`);
    expect(server.body.result.updated_tools).toEqual([{ name: 'metric_02', alias: 'second' }]);
    expect(names(server.body.result.tools)).toContain('metric_one');
    expect(server.body.messages).toEqual(sync.body.messages);
    const read = await p.call('GET', `${PORTALS}/metrics`);
    expect(read.body.result.servers[0].updated_tools).toEqual([
      { name: 'metric_02', server_alias: 'second' },
    ]);
  });
});
