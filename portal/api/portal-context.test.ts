// The context-cost extension (`GET .../portals/{id}/context`) over real HTTP, with servers synced from real
// upstreams (docs, tickets with a bearer token) and one that cannot sync: the full-mode count is that of
// the very `tools/list` result a signed-in user receives over MCP, the allowlist of a default_disabled
// mapping is counted, a server in error is listed as not counted, an unknown portal is a 404 envelope,
// and the counts are cached until the catalog changes.
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  startDocsUpstream,
  startTicketsUpstream,
  type UpstreamHandle,
} from '../../examples/upstreams/index.js';
import { type ContextCosts, contextCosts, countTokens } from '../../schemas/token-cost.js';
import { syncServer } from '../sync/index.js';
import {
  addPolicy,
  addPortal,
  addServer,
  addTestUser,
  PASSWORD,
  protectPortal,
  protectServer,
} from '../testing/fixtures.js';
import { freePort } from '../testing/free-port.js';
import { PORTALS, startTestPortal, type TestPortal } from '../testing/harness.js';
import { type Connected, connectAsUser, recordingFetch } from '../testing/mcp-clients.js';
import { noopSync } from './deps.js';
import { portalContextRoutes } from './portal-context.js';

const TOKEN = 'tickets-context-secret-7c1e';
let p: TestPortal;
let docs: UpstreamHandle;
let tickets: UpstreamHandle;
let c: Connected;
let traffic: () => string;

const ENG = {
  id: 'eng',
  name: 'Engineering',
  hostname: 'eng.example.test',
  servers: [
    { server_id: 'docs', updated_tools: [{ name: 'search_docs', alias: 'find' }] },
    {
      server_id: 'tickets',
      default_disabled: true,
      updated_tools: [{ name: 'list_tickets', enabled: true }],
    },
    { server_id: 'down' },
  ],
};

beforeAll(async () => {
  [docs, tickets] = await Promise.all([
    startDocsUpstream({ port: 0 }),
    startTicketsUpstream({ port: 0, token: TOKEN }),
  ]);
  p = await startTestPortal({ sync: syncServer });
  await addServer(p, { id: 'docs', name: 'Docs', hostname: docs.url, auth_type: 'unauthenticated' });
  await addServer(p, {
    id: 'tickets',
    name: 'Tickets',
    hostname: tickets.url,
    auth_type: 'bearer',
    auth_credentials: TOKEN,
  });
  const closed = await freePort();
  await addServer(p, {
    id: 'down',
    name: 'Down',
    hostname: `http://127.0.0.1:${closed}/mcp`,
    auth_type: 'unauthenticated',
  });
  await addPortal(p, ENG);
  const staff = await addPolicy(p, 'staff', 'allow', [{ email_domain: { domain: 'example.com' } }]);
  await protectPortal(p, ENG.hostname, [staff]);
  for (const id of ['docs', 'tickets', 'down']) await protectServer(p, id, [staff]);
  await addTestUser(p, 'alice@example.com');
  const rec = recordingFetch();
  traffic = rec.received;
  c = await connectAsUser(`${p.url}/portals/eng/mcp`, 'alice@example.com', PASSWORD, { fetch: rec.fetch });
}, 60_000);

afterAll(async () => {
  await c?.close();
  await p?.close();
  await Promise.allSettled([docs, tickets].map((u) => u?.close()));
});

/** The JSON of the `tools/list` result the client received, as the portal wrote it. */
async function servedToolsJson(): Promise<string> {
  const { tools } = await c.client.listTools();
  expect(tools.length).toBeGreaterThan(0);
  // Responses come as JSON or as SSE `data:` lines; the last one holding a tools list is this call's.
  const messages = traffic()
    .split('\n')
    .map((l) => l.replace(/^data: /, ''))
    .filter((l) => l.startsWith('{') && l.includes('"tools":['));
  const last = messages.at(-1);
  if (!last) throw new Error('no tools/list response recorded');
  return JSON.stringify(JSON.parse(last).result);
}

describe('GET /portals/{id}/context', () => {
  it('counts exactly the tools/list result a user who may use every server receives', async () => {
    const r = await p.call('GET', `${PORTALS}/eng/context`);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({ success: true, errors: [], messages: [] });
    const result = r.body.result;
    const served = await servedToolsJson();
    expect(result.modes.full).toEqual({
      tokens: await countTokens(served),
      bytes: Buffer.byteLength(served, 'utf8'),
    });
    const upstream = (JSON.parse(served).tools as { name: string }[]).filter(
      (t) => t.name.startsWith('docs_') || t.name.startsWith('tickets_'),
    );
    expect(result).toMatchObject({ portal_id: 'eng', tokenizer: 'o200k_base', tools: upstream.length });
    // The default_disabled mapping counts its allowlist: one tickets tool, not none and not all.
    expect(upstream.filter((t) => t.name.startsWith('tickets_')).map((t) => t.name)).toEqual([
      'tickets_list_tickets',
    ]);
    expect(result.servers_counted).toEqual(['docs', 'tickets']);
    expect(result.servers_not_counted).toEqual([
      { id: 'down', reason: expect.stringContaining('not ready') },
    ]);
    const empty = await contextCosts([]);
    expect(result.modes.search_and_execute).toEqual(empty.modes.search_and_execute);
    expect(result.modes.code).toEqual(empty.modes.code);
    expect(result.modes.full.tokens).toBeGreaterThan(result.modes.minimize_tools.tokens);
  });

  it('answers an unknown portal with a 404 failure envelope', async () => {
    const r = await p.call('GET', `${PORTALS}/nope/context`);
    expect(r.status).toBe(404);
    expect(r.body).toMatchObject({ success: false, result: null, errors: [{ code: 7003 }] });
  });

  it('counts again only when what the portal exposes changed', async () => {
    const measure = vi.fn(
      (tools: Parameters<typeof contextCosts>[0]): Promise<ContextCosts> => contextCosts(tools),
    );
    const app = new Hono().route(
      '/',
      portalContextRoutes(
        { repo: p.repo, sync: noopSync(p.repo), now: () => new Date(), actor: 't' },
        measure,
      ),
    );
    const read = async () => {
      const res = await app.request('/eng/context');
      expect(res.status).toBe(200);
      return ((await res.json()) as { result: { tools: number } }).result;
    };
    const before = await read();
    await read();
    expect(measure).toHaveBeenCalledTimes(1);
    // A new name exposes nothing new: no recount.
    expect((await p.call('PUT', `${PORTALS}/eng`, { name: 'Engineering 2' })).status).toBe(200);
    await read();
    expect(measure).toHaveBeenCalledTimes(1);
    // One more allowlisted tool: counted again.
    const servers = ENG.servers.map((s) =>
      s.server_id === 'tickets'
        ? { ...s, updated_tools: [...(s.updated_tools ?? []), { name: 'create_ticket', enabled: true }] }
        : s,
    );
    expect((await p.call('PUT', `${PORTALS}/eng`, { servers })).status).toBe(200);
    const after = await read();
    expect(measure).toHaveBeenCalledTimes(2);
    expect(after.tools).toBe(before.tools + 1);
  });
});
