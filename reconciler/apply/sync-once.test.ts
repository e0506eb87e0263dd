// One sync per server (issue #19): apply against the embedded portal over real HTTP on 127.0.0.1 with its
// real capability sync and a real MCP upstream that counts sessions (`initialize`) per server. New servers,
// a changed URL (a replacement) and a changed credential each cost exactly one upstream session, and every
// server ends Ready. The wait's safety net for an API that never syncs a new server is tested in memory.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncServer } from '../../portal/sync/index.js';
import { startTestPortal, type TestPortal } from '../../portal/testing/harness.js';
import type { Manifest } from '../../schemas/generated/manifest.js';
import { ApiClient, type RecordedRequest } from '../api/client.js';
import { PortalApi } from '../api/endpoints.js';
import { planAgainst } from '../engine.js';
import type { ManifestOf } from '../kinds/model.js';
import { handlerOf } from '../kinds/registry.js';
import { keyResolver } from '../secrets.js';
import { FakeApi } from '../testing/fake-api.js';
import { apply } from './apply.js';
import { waitForServers } from './wait.js';

/** A stateless MCP upstream (Streamable HTTP, JSON answers) on every path, counting `initialize` per path. */
async function countingUpstream() {
  const sessions = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    if (req.method !== 'POST') return void res.writeHead(405).end();
    let text = '';
    req.on('data', (d) => {
      text += d;
    });
    req.on('end', () => {
      const msg = JSON.parse(text) as { id?: number; method: string; params?: { protocolVersion?: string } };
      if (msg.id === undefined) return void res.writeHead(202).end();
      const path = (req.url ?? '').split('?')[0] as string;
      let result: unknown = {};
      if (msg.method === 'initialize') {
        sessions.set(path, (sessions.get(path) ?? 0) + 1);
        result = {
          protocolVersion: msg.params?.protocolVersion,
          capabilities: { tools: {} },
          serverInfo: { name: 'counting', version: '1.0.0' },
        };
      } else if (msg.method === 'tools/list')
        result = { tools: [{ name: 'echo', inputSchema: { type: 'object' } }] };
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ jsonrpc: '2.0', id: msg.id, result }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    sessions: (path: string) => sessions.get(path) ?? 0,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const N = 6;
let upstream: Awaited<ReturnType<typeof countingUpstream>>;
let portal: TestPortal;
let api: PortalApi;
const sent: RecordedRequest[] = [];

beforeAll(async () => {
  upstream = await countingUpstream();
  portal = await startTestPortal({ sync: syncServer });
  const client = new ApiClient({
    baseUrl: portal.baseUrl,
    accountId: portal.accountId,
    token: portal.apiToken,
    record: (r) => sent.push(r),
  });
  api = new PortalApi(client);
});
afterAll(async () => {
  await api?.client.close();
  await portal?.close();
  await upstream?.close();
});

/** Servers s0..s{N-1}; the odd ones with a bearer token from TOKEN_i; `path(i)` is each one's URL path. */
function manifests(path: (i: number) => string): Manifest[] {
  const servers = Array.from({ length: N }, (_, i) => ({
    apiVersion: 'mcpportal/v1',
    kind: 'McpServer',
    metadata: { name: `s${i}` },
    spec: {
      url: `${upstream.origin}${path(i)}`,
      ...(i % 2 ? { auth: { type: 'bearer', token: { fromEnv: `TOKEN_${i}` } } } : {}),
    },
  }));
  const portalDoc = {
    apiVersion: 'mcpportal/v1',
    kind: 'McpPortal',
    metadata: { name: 'eng' },
    spec: { hostname: 'eng.example.com', servers: servers.map((s) => ({ server: s.metadata.name })) },
  };
  return [...servers, portalDoc] as unknown as Manifest[];
}

/** Plans and applies `docs` with `env`, waits for the syncs, and returns the POST .../sync requests sent. */
async function applyAll(docs: Manifest[], env: Record<string, string>) {
  const desired = docs.map((x) => handlerOf(x.kind).fromManifest(x as ManifestOf<typeof x.kind>, env));
  const target = { api_url: portal.baseUrl, account_id: portal.accountId, embedded: true };
  const { plan } = await planAgainst(api, desired, { target, owner: 'default' });
  const before = sent.length;
  const result = await apply(plan, api, { secrets: keyResolver(env) });
  expect(result.failed).toEqual([]);
  const pending = await waitForServers(api, result.synced, { timeoutMs: 20_000, intervalMs: 20 });
  expect(pending).toEqual([]);
  await portal.scheduler.idle();
  return sent.slice(before).filter((r) => r.method === 'POST' && r.path.endsWith('/sync'));
}

const tokens = (v: string) =>
  Object.fromEntries(Array.from({ length: N }, (_, i) => [`TOKEN_${i}`, `${v}-${i}-0123456789`]));
const statuses = async () => (await api.listServers()).map((s) => [s.id, s.status]);
const all = (status: string) => Array.from({ length: N }, (_, i) => [`s${i}`, status]);

describe('one sync per server (embedded portal, real upstream)', () => {
  it('sync-once:create: N new servers cost N upstream sessions, and all end Ready', async () => {
    const syncPosts = await applyAll(
      manifests((i) => `/u/s${i}/mcp`),
      tokens('a'),
    );
    expect(Array.from({ length: N }, (_, i) => upstream.sessions(`/u/s${i}/mcp`))).toEqual(Array(N).fill(1));
    expect(syncPosts).toEqual([]);
    expect(await statuses()).toEqual(all('ready'));
  });

  it('sync-once:url-and-credential-change: a new URL or a new token costs one more session each, others none', async () => {
    // s0 and s1 move (a replacement: URLs cannot change in place); s3 and s5 get another token.
    const moved = (i: number) => (i < 2 ? `/v/s${i}/mcp` : `/u/s${i}/mcp`);
    const env = { ...tokens('a'), TOKEN_3: 'b-3-0123456789', TOKEN_5: 'b-5-0123456789' };
    const syncPosts = await applyAll(manifests(moved), env);
    const counts = Array.from({ length: N }, (_, i) => upstream.sessions(moved(i)));
    expect(counts).toEqual([1, 1, 1, 2, 1, 2]);
    expect([upstream.sessions('/u/s0/mcp'), upstream.sessions('/u/s1/mcp')]).toEqual([1, 1]);
    expect(syncPosts).toEqual([]);
    expect(await statuses()).toEqual(all('ready'));
  });
});

describe('the wait asks for a sync the API never started', () => {
  it('sync-once:safety-net: a server left waiting and never synced gets one POST .../sync after syncAfterMs', async () => {
    const fake = new FakeApi();
    for (const id of ['a', 'b'])
      await fake.api.createServer({
        id,
        name: id,
        hostname: `https://${id}.example.com/mcp`,
        auth_type: 'unauthenticated',
      });
    fake.calls.length = 0;
    let t = 0;
    const pending = await waitForServers(fake.api, ['a', 'b'], {
      timeoutMs: 60_000,
      syncAfterMs: 1_000,
      now: () => t,
      sleep: async (ms) => {
        t += ms;
      },
    });
    expect(pending).toEqual([]);
    expect(fake.calls.filter((c) => c.endsWith('/sync')).sort()).toEqual([
      'POST servers a/sync',
      'POST servers b/sync',
    ]);
  });

  it('sync-once:no-ask-when-self-syncing: an API seen syncing new servers by itself is never asked', async () => {
    const fake = new FakeApi();
    for (const id of ['a', 'b'])
      await fake.api.createServer({
        id,
        name: id,
        hostname: `https://${id}.example.com/mcp`,
        auth_type: 'unauthenticated',
      });
    fake.calls.length = 0;
    let t = 0;
    // The API syncs `a` after 1 s and `b` (slowly) after 30 s, on its own.
    const syncedAt: Record<string, number> = { a: 1_000, b: 30_000 };
    const pending = await waitForServers(fake.api, ['a', 'b'], {
      timeoutMs: 60_000,
      syncAfterMs: 1_000,
      now: () => t,
      sleep: async (ms) => {
        t += ms;
        for (const [id, at] of Object.entries(syncedAt)) {
          const s = fake.servers.get(id);
          if (s && t >= at) Object.assign(s, { status: 'ready', last_synced: 'x' });
        }
      },
    });
    expect(pending).toEqual([]);
    expect(fake.calls.filter((c) => c.endsWith('/sync'))).toEqual([]);
  });
});
