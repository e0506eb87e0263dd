// The data plane against real upstreams (docs, tickets with a bearer token, paged, server-everything) and a
// real SDK client signed in through OAuth: aliases and precedence on the wire, the allowlist, calls routed
// under the original name with the stored credential (which never reaches the client), errors, progress,
// cancellation and timeouts passed through, an upstream going down, list_changed on toggles, admin
// changes and syncs, and one log row per request.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { ErrorCode, McpError, ToolListChangedNotificationSchema } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  type PagedHandle,
  startDocsUpstream,
  startPagedUpstream,
  startTicketsUpstream,
  type TicketsHandle,
  type UpstreamHandle,
} from '../../examples/upstreams/index.js';
import { syncServer } from '../sync/index.js';
import {
  addPolicy,
  addPortal,
  addServer,
  addTestUser,
  ok,
  PASSWORD,
  protectPortal,
  protectServer,
  startEverything,
} from '../testing/fixtures.js';
import { PORTALS, readLogs, SERVERS, startTestPortal, type TestPortal } from '../testing/harness.js';
import { type Connected, connectAsUser, recordingFetch } from '../testing/mcp-clients.js';
import { ACCESS_DENIED_CODE } from './gateway.js';

const TICKETS_TOKEN = 'tickets-upstream-secret-4f9d2a';

let p: TestPortal;
let docs: UpstreamHandle;
let flaky: UpstreamHandle;
let tickets: TicketsHandle;
let paged: PagedHandle;
let every: { url: string; close(): Promise<void> };
let c: Connected;
let traffic: () => string;
let changes = 0;

const MAIN = {
  id: 'main',
  name: 'Main',
  hostname: 'main.example.test',
  servers: [
    {
      server_id: 'docs',
      updated_tools: [
        { name: 'search_docs', alias: 'find', description: 'Portal-level description' },
        { name: 'compare_pages', enabled: false },
      ],
    },
    {
      server_id: 'tickets',
      default_disabled: true,
      updated_tools: [
        { name: 'create_ticket', enabled: true },
        { name: 'list_tickets', enabled: true },
      ],
    },
    { server_id: 'every' },
    { server_id: 'flaky' },
    { server_id: 'paged' },
  ],
};

beforeAll(async () => {
  [docs, flaky, tickets, paged, every] = await Promise.all([
    startDocsUpstream({ port: 0 }),
    startDocsUpstream({ port: 0 }),
    startTicketsUpstream({ port: 0, token: TICKETS_TOKEN }),
    startPagedUpstream({ port: 0, toolCount: 3 }),
    startEverything(),
  ]);
  p = await startTestPortal({ sync: syncServer, callTimeoutMs: 1500 });
  await addServer(p, {
    id: 'docs',
    name: 'Docs',
    hostname: docs.url,
    auth_type: 'unauthenticated',
    updated_tools: [
      { name: 'get_page', alias: 'read', description: 'Server-level description' },
      { name: 'search_docs', alias: 'lookup', description: 'Server-level search' },
    ],
  });
  await addServer(p, {
    id: 'tickets',
    name: 'Tickets',
    hostname: tickets.url,
    auth_type: 'bearer',
    auth_credentials: TICKETS_TOKEN,
  });
  await addServer(p, { id: 'every', name: 'Everything', hostname: every.url, auth_type: 'unauthenticated' });
  await addServer(p, { id: 'flaky', name: 'Flaky', hostname: flaky.url, auth_type: 'unauthenticated' });
  await addServer(p, { id: 'paged', name: 'Paged', hostname: paged.url, auth_type: 'unauthenticated' });
  await addPortal(p, MAIN);
  const staff = await addPolicy(p, 'staff', 'allow', [{ email_domain: { domain: 'example.com' } }]);
  await protectPortal(p, 'main.example.test', [staff]);
  for (const id of ['docs', 'tickets', 'every', 'flaky', 'paged']) await protectServer(p, id, [staff]);
  await addTestUser(p, 'alice@example.com');
  const rec = recordingFetch();
  traffic = rec.received;
  c = await connectAsUser(`${p.url}/portals/main/mcp`, 'alice@example.com', PASSWORD, { fetch: rec.fetch });
  c.client.setNotificationHandler(ToolListChangedNotificationSchema, () => {
    changes++;
  });
}, 60_000);

afterAll(async () => {
  await c?.close();
  await p?.close();
  await Promise.allSettled([docs, flaky, tickets, paged, every].map((u) => u?.close()));
});

const toolNames = async () => (await c.client.listTools()).tools.map((t) => t.name);
const text = (r: unknown) => ((r as { content: { text?: string }[] }).content[0]?.text ?? '') as string;
const rpcError = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (err) {
    return err as McpError;
  }
  throw new Error('expected an error');
};
/** Waits until `n` more tools/list_changed notifications arrived than `from`. */
const changedSince = (from: number) =>
  vi.waitFor(() => expect(changes).toBeGreaterThan(from), { timeout: 5000 });

describe('curation on the wire', () => {
  it('prefixes names and applies aliases, descriptions and enabled flags (portal over server over upstream)', async () => {
    const { tools } = await c.client.listTools();
    const byName = new Map(tools.map((t) => [t.name, t]));
    const docsTools = tools
      .filter((t) => t.name.startsWith('docs_'))
      .map((t) => t.name)
      .sort();
    expect(docsTools).toEqual(['docs_find', 'docs_list_sections', 'docs_read']);
    expect(byName.get('docs_find')?.description).toBe('Portal-level description');
    expect(byName.get('docs_read')?.description).toBe('Server-level description');
    expect(byName.get('docs_find')?.inputSchema).toMatchObject({
      type: 'object',
      properties: { query: expect.anything() },
    });
  });

  it('default_disabled makes the portal entries an allowlist', async () => {
    expect((await toolNames()).filter((n) => n.startsWith('tickets_')).sort()).toEqual([
      'tickets_create_ticket',
      'tickets_list_tickets',
    ]);
    const err = await rpcError(
      c.client.callTool({ name: 'tickets_close_ticket', arguments: { id: 1, resolution: 'fixed' } }),
    );
    expect(err).toBeInstanceOf(McpError);
    expect(err.code).toBe(ErrorCode.InvalidParams);
    expect(err.message).toContain('unknown tool "tickets_close_ticket"');
  });

  it('prefixes prompts too', async () => {
    const names = (await c.client.listPrompts()).prompts.map((x) => x.name);
    expect(names).toEqual(expect.arrayContaining(['docs_explain_topic', 'docs_write_howto']));
  });
});

describe('routing', () => {
  it('calls the upstream under its original name', async () => {
    const r = await c.client.callTool({ name: 'docs_find', arguments: { query: 'portal' } });
    expect(text(r)).toContain('portal-basics');
  });

  it('sends the stored credential to the upstream, and never to the client', async () => {
    const r = await c.client.callTool({
      name: 'tickets_create_ticket',
      arguments: { title: 'Printer on fire' },
    });
    expect(r.structuredContent).toEqual({ id: 1, status: 'open' });
    expect(tickets.tickets().map((t) => t.title)).toEqual(['Printer on fire']);
    await c.client.listTools();
    expect(traffic().length).toBeGreaterThan(1000);
    expect(traffic()).not.toContain(TICKETS_TOKEN);
    expect(JSON.stringify(readLogs(p, { page: 1, per_page: 1000, direction: 'asc' }))).not.toContain(
      TICKETS_TOKEN,
    );
  });

  it('passes a tool error result through unchanged', async () => {
    const r = await c.client.callTool({ name: 'docs_read', arguments: { id: 'no-such-page' } });
    expect(r.isError).toBe(true);
    expect(text(r)).toBe('unknown page "no-such-page"');
  });

  it('passes an upstream JSON-RPC error through with the code and message the upstream sent', async () => {
    const direct = new Client({ name: 'direct', version: '1' });
    await direct.connect(new StreamableHTTPClientTransport(new URL(docs.url)));
    const want = await rpcError(direct.getPrompt({ name: 'explain_topic', arguments: {} }));
    await direct.close();
    const err = await rpcError(c.client.getPrompt({ name: 'docs_explain_topic', arguments: {} }));
    expect(err.code).toBe(ErrorCode.InvalidParams);
    expect(err.message).toBe(want.message);
    expect(err.message).toContain('Invalid arguments for prompt explain_topic');
  });

  it('relays progress notifications under the client progress token', async () => {
    const seen: number[] = [];
    const r = await c.client.callTool(
      { name: 'every_trigger-long-running-operation', arguments: { duration: 0.3, steps: 3 } },
      undefined,
      { onprogress: (pr) => seen.push(pr.progress) },
    );
    expect(text(r)).toContain('Long running operation completed');
    expect(seen).toEqual([1, 2, 3]);
  });

  it('cancels the upstream call when the client cancels, and logs it', async () => {
    const abort = new AbortController();
    const call = c.client.callTool(
      { name: 'every_trigger-long-running-operation', arguments: { duration: 20, steps: 20 } },
      undefined,
      { signal: abort.signal, onprogress: () => abort.abort(new Error('user gave up')) },
    );
    await expect(call).rejects.toThrow('user gave up');
    await vi.waitFor(() => {
      const rows = readLogs(p, { page: 1, per_page: 1, direction: 'desc', server_id: 'every' }).items;
      expect(rows[0]).toMatchObject({ status: 'cancelled', capability: 'trigger-long-running-operation' });
    });
  });

  it('turns an upstream that does not answer in time into a timeout error', async () => {
    const err = await rpcError(
      c.client.callTool({
        name: 'every_trigger-long-running-operation',
        arguments: { duration: 5, steps: 1 },
      }),
    );
    expect(err.code).toBe(ErrorCode.RequestTimeout);
    expect(err.message).toContain('upstream "every" did not answer within 1500 ms');
  });

  it('reports an upstream that went down as an error result; the others keep working', async () => {
    expect(text(await c.client.callTool({ name: 'flaky_list_sections', arguments: {} }))).toContain(
      'getting-started',
    );
    await flaky.close();
    const r = await c.client.callTool({ name: 'flaky_list_sections', arguments: {} });
    expect(r.isError).toBe(true);
    expect(text(r)).toMatch(
      /^upstream "flaky" is unavailable: cannot reach upstream at http:\/\/127\.0\.0\.1:\d+\/mcp: connection (refused|reset|closed)/,
    );
    expect(text(await c.client.callTool({ name: 'docs_list_sections', arguments: {} }))).toContain(
      'getting-started',
    );
  });
});

describe('toggles and list_changed', () => {
  it('turns a server off and on in this session, notifying the client each time', async () => {
    const before = changes;
    const off = await c.client.callTool({
      name: 'portal_toggle_single_server',
      arguments: { server_id: 'docs', action: 'untoggle' },
    });
    expect(text(off)).toBe('server "docs" is off for this session');
    await changedSince(before);
    expect((await toolNames()).some((n) => n.startsWith('docs_'))).toBe(false);
    const err = await rpcError(c.client.callTool({ name: 'docs_find', arguments: { query: 'x' } }));
    expect(err.message).toContain('server "docs" is off in this session');
    const listed = await c.client.callTool({ name: 'portal_list_servers', arguments: {} });
    expect(text(listed)).toContain('docs (Docs): off');
    const mid = changes;
    await c.client.callTool({
      name: 'portal_toggle_single_server',
      arguments: { server_id: 'docs', action: 'toggle' },
    });
    await changedSince(mid);
    expect(await toolNames()).toContain('docs_find');
  });

  it('answers portal_toggle_servers with the selection page URL when the client has no URL elicitation', async () => {
    const r = await c.client.callTool({ name: 'portal_toggle_servers', arguments: {} });
    expect(text(r)).toMatch(
      new RegExp(
        `^Open this page to choose your servers: ${p.url}/portals/main/authorize\\?elicitationId=[\\w-]+$`,
      ),
    );
  });

  it.each([
    {
      name: 'unknown server',
      args: { server_id: 'nope', action: 'toggle' },
      want: 'server "nope" is not available to you in this portal',
    },
    {
      name: 'bad action',
      args: { server_id: 'docs', action: 'flip' },
      want: 'action must be "toggle" (turn on) or "untoggle" (turn off)',
    },
    { name: 'no server id', args: { action: 'toggle' }, want: 'server_id must be a server id (a string)' },
  ])('refuses $name with an error result and changes nothing', async ({ args, want }) => {
    const before = await toolNames();
    const r = await c.client.callTool({ name: 'portal_toggle_single_server', arguments: args });
    expect(r.isError).toBe(true);
    expect(text(r)).toBe(want);
    expect(await toolNames()).toEqual(before);
  });

  it('notifies after an admin change to the portal and to a server', async () => {
    let before = changes;
    await ok(p, 'PUT', `${PORTALS}/main`, { servers: MAIN.servers.filter((s) => s.server_id !== 'tickets') });
    await changedSince(before);
    expect((await toolNames()).some((n) => n.startsWith('tickets_'))).toBe(false);
    before = changes;
    await ok(p, 'PUT', `${SERVERS}/docs`, { updated_tools: [{ name: 'get_page', alias: 'open' }] });
    await changedSince(before);
    expect(await toolNames()).toContain('docs_open');
    before = changes;
    await ok(p, 'PUT', `${PORTALS}/main`, { servers: MAIN.servers });
    await changedSince(before);
    expect(await toolNames()).toContain('tickets_create_ticket');
  });

  it('notifies after a sync finds new tools', async () => {
    const before = changes;
    paged.renameTool('metric_01', 'metric_renamed');
    await ok(p, 'POST', `${SERVERS}/paged/sync`);
    await changedSince(before);
    const names = await toolNames();
    expect(names).toContain('paged_metric_renamed');
    expect(names).not.toContain('paged_metric_01');
  });

  it('re-checks Access on every call: a server whose policy stops allowing disappears and refuses calls', async () => {
    const apps = await ok<{ id: string; type: string; destinations?: { mcp_server_id?: string }[] }[]>(
      p,
      'GET',
      '/access/apps?per_page=100',
    );
    const app = apps.find((a) => a.destinations?.[0]?.mcp_server_id === 'paged');
    const nobody = await addPolicy(p, 'nobody', 'allow', [{ email: { email: 'nobody@example.com' } }]);
    const before = changes;
    await ok(p, 'PUT', `/access/apps/${app?.id}`, {
      name: 'server paged',
      type: 'mcp',
      destinations: [{ type: 'via_mcp_server_portal', mcp_server_id: 'paged' }],
      policies: [nobody],
    });
    await changedSince(before);
    expect((await toolNames()).some((n) => n.startsWith('paged_'))).toBe(false);
    const err = await rpcError(c.client.callTool({ name: 'paged_metric_02', arguments: {} }));
    expect(err.code).toBe(ACCESS_DENIED_CODE);
    expect(err.message).toContain('access to server "paged" is denied by your Zero Trust policies');
  });
});

describe('request logs', () => {
  it('has one row per request with portal, server, capability, duration, user and session, and no payloads', async () => {
    const rows = readLogs(p, { page: 1, per_page: 1000, direction: 'asc', portal_id: 'main' }).items;
    const session = c.transport.sessionId;
    const calls = rows.filter((r) => r.method === 'tools/call' && r.session_id === session);
    expect(calls.find((r) => r.capability === 'search_docs')).toMatchObject({
      status: 'ok',
      portal_id: 'main',
      server_id: 'docs',
      user: 'alice@example.com',
    });
    expect(calls.find((r) => r.capability === 'create_ticket')?.server_id).toBe('tickets');
    expect(calls.find((r) => r.server_id === 'every' && r.status === 'timeout')).toBeDefined();
    expect(calls.find((r) => r.server_id === 'flaky' && r.status === 'error')?.error).toMatch(
      /upstream "flaky"/,
    );
    expect(calls.find((r) => r.capability === 'tickets_close_ticket')).toMatchObject({
      status: 'error',
      server_id: null,
      error: 'unknown tool "tickets_close_ticket"',
    });
    expect(calls.find((r) => r.status === 'denied')?.server_id).toBe('paged');
    expect(rows.some((r) => r.method === 'tools/list')).toBe(true);
    expect(rows.every((r) => r.payload === null && typeof r.duration_ms === 'number')).toBe(true);
  });
});
