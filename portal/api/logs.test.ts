// Request logs through the management API after real MCP traffic (payload capture on in this portal):
// rows per portal and per server, filters by time, status, server and id cursor, paging, the wire schema,
// bad queries refused with code 1006, retention, and idle MCP sessions expiring.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startDocsUpstream, type UpstreamHandle } from '../../examples/upstreams/index.js';
import { validate } from '../../schemas/registry.js';
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
import { PORTALS, readLogs, SERVERS, startTestPortal, type TestPortal } from '../testing/harness.js';
import { type Connected, connectAsUser } from '../testing/mcp-clients.js';
import { CODES } from './errors.js';

let p: TestPortal;
let docs: UpstreamHandle;
let c: Connected;
let started: string;

beforeAll(async () => {
  docs = await startDocsUpstream({ port: 0 });
  p = await startTestPortal({
    sync: syncServer,
    logPayloads: true,
    sessionIdleMs: 400,
    logRetention: { maxRows: 40 },
  });
  await addServer(p, { id: 'docs', name: 'Docs', hostname: docs.url, auth_type: 'unauthenticated' });
  await addPortal(p, {
    id: 'main',
    name: 'Main',
    hostname: 'main.example.test',
    servers: [{ server_id: 'docs' }],
  });
  const staff = await addPolicy(p, 'staff', 'allow', [{ email_domain: { domain: 'example.com' } }]);
  await protectPortal(p, 'main.example.test', [staff]);
  await protectServer(p, 'docs', [staff]);
  await addTestUser(p, 'alice@example.com');
  started = new Date().toISOString();
  c = await connectAsUser(`${p.url}/portals/main/mcp`, 'alice@example.com', PASSWORD);
  await c.client.listTools();
  await c.client.callTool({ name: 'docs_search_docs', arguments: { query: 'aliases' } });
  await c.client.callTool({ name: 'docs_get_page', arguments: { id: 'missing' } });
  await c.client.callTool({ name: 'docs_nope', arguments: {} }).catch(() => undefined);
});
afterAll(async () => {
  await c.close();
  await p.close();
  await docs.close();
});

const logs = (path: string) => p.call('GET', path);

describe('reading logs', () => {
  it("lists a portal's rows newest first, each matching the wire schema, with payloads when capture is on", async () => {
    const r = await logs(`${PORTALS}/main/logs`);
    expect(r.status).toBe(200);
    const rows = r.body.result as {
      method: string;
      capability: string | null;
      payload?: unknown;
      status: string;
    }[];
    for (const row of rows)
      expect(validate('wire/request-log.schema.json#/definitions/Object', row)).toEqual({ ok: true });
    expect(rows.map((x) => x.method)).toEqual([
      'tools/call',
      'tools/call',
      'tools/call',
      'tools/list',
      'initialize',
    ]);
    const search = rows.find((x) => x.capability === 'search_docs');
    expect(search?.payload).toMatchObject({
      arguments: { query: 'aliases' },
      result: { content: [expect.anything()] },
    });
    expect(rows.find((x) => x.capability === 'get_page')?.status).toBe('error');
    expect(r.body.result_info).toMatchObject({ page: 1, count: 5, total_count: 5 });
  });

  it('filters by status, server, time and id cursor, and pages', async () => {
    const errors = (await logs(`${PORTALS}/main/logs?status=error`)).body.result;
    expect(errors.map((x: { capability: string }) => x.capability).sort()).toEqual(['docs_nope', 'get_page']);
    const docsRows = (await logs(`${SERVERS}/docs/logs?direction=asc`)).body.result;
    expect(docsRows.map((x: { capability: string }) => x.capability)).toEqual(['search_docs', 'get_page']);
    const byServer = (await logs(`${PORTALS}/main/logs?server_id=docs`)).body.result;
    expect(byServer).toHaveLength(2);
    expect(
      (await logs(`${PORTALS}/main/logs?since=${encodeURIComponent(started)}`)).body.result,
    ).toHaveLength(5);
    expect(
      (await logs(`${PORTALS}/main/logs?until=${encodeURIComponent(started)}`)).body.result,
    ).toHaveLength(0);
    const all = (await logs(`${PORTALS}/main/logs?direction=asc`)).body.result as { id: number }[];
    const after = (await logs(`${PORTALS}/main/logs?direction=asc&after_id=${all[2]?.id}`)).body.result;
    expect(after.map((x: { id: number }) => x.id)).toEqual(all.slice(3).map((x) => x.id));
    const page2 = await logs(`${PORTALS}/main/logs?direction=asc&per_page=2&page=2`);
    expect(page2.body.result.map((x: { id: number }) => x.id)).toEqual(all.slice(2, 4).map((x) => x.id));
    expect(page2.body.result_info).toMatchObject({ page: 2, per_page: 2, total_pages: 3 });
    expect((await logs(`${PORTALS}/main/logs?page=9`)).body.result).toEqual([]);
  });

  it.each([
    { name: 'bad status', query: 'status=weird', path: ['status'] },
    { name: 'bad since', query: 'since=yesterday', path: ['since'] },
    { name: 'per_page too big', query: 'per_page=5000', path: ['per_page'] },
    { name: 'bad direction', query: 'direction=up', path: ['direction'] },
  ])('refuses $name with 400 code 1006', async ({ query, path }) => {
    const r = await logs(`${PORTALS}/main/logs?${query}`);
    expect(r.status).toBe(400);
    expect(r.body.errors[0]).toMatchObject({ code: CODES.badListQuery, path });
    expect(r.body.result).toEqual({});
  });

  it('refuses server_id on server logs, and unknown ids with 404', async () => {
    expect((await logs(`${SERVERS}/docs/logs?server_id=docs`)).status).toBe(400);
    const r = await logs(`${PORTALS}/nope/logs`);
    expect(r.status).toBe(404);
    expect(r.body.errors[0].code).toBe(CODES.notFound);
    expect((await logs(`${SERVERS}/nope/logs`)).status).toBe(404);
  });
});

describe('buffering', () => {
  it('writes rows in batches, and a read through the API sees every row recorded before it', async () => {
    const before = p.repo.logs.query({ page: 1, per_page: 1, direction: 'desc', portal_id: 'main' }).total;
    p.logger.record({ status: 'ok', portalId: 'main', method: 'ping', durationMs: 1, user: 'buffered' });
    // Not stored yet: the row waits for the batch.
    expect(p.repo.logs.query({ page: 1, per_page: 1, direction: 'desc', portal_id: 'main' }).total).toBe(
      before,
    );
    const r = await logs(`${PORTALS}/main/logs?per_page=1&direction=desc`);
    expect(r.body.result[0]).toMatchObject({ method: 'ping', user: 'buffered' });
  });

  it('finds the buffered rows of a portal that no longer exists (no 404 before they are written)', async () => {
    p.logger.record({ status: 'ok', portalId: 'gone', method: 'tools/list', durationMs: 1, user: 'last' });
    const r = await logs(`${PORTALS}/gone/logs`);
    expect(r.status).toBe(200);
    expect(r.body.result).toEqual([expect.objectContaining({ method: 'tools/list', user: 'last' })]);
  });
});

describe('retention and expiry', () => {
  it('keeps at most the configured number of rows', () => {
    for (let i = 0; i < 60; i++) {
      p.logger.record({ status: 'ok', portalId: 'bulk', method: 'tools/list', durationMs: 1, user: null });
    }
    p.logger.prune();
    expect(readLogs(p, { page: 1, per_page: 1, direction: 'desc' }).total).toBe(40);
  });

  it('closes an MCP session after it has been idle, and then answers 404 for it', async () => {
    const idle = await connectAsUser(`${p.url}/portals/main/mcp`, 'alice@example.com', PASSWORD);
    const id = idle.transport.sessionId ?? '';
    expect(p.gateway.session(id)).toBeDefined();
    await vi.waitFor(() => expect(p.gateway.session(id)).toBeUndefined(), { timeout: 5000, interval: 100 });
    const err = await idle.client.listTools().catch((e: unknown) => e);
    expect(String(err)).toContain('Session not found');
    await idle.close();
  });
});
