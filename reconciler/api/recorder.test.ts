// The API client's request recorder and dry-run mode, and idempotent tag creation, against a real HTTP
// server on 127.0.0.1 that answers from a script: every request sent is recorded (retries included); a
// dry run sends reads, holds writes back and answers them locally; a derived client shares the limiter;
// a tag create whose answer is lost, or that meets an existing tag, resolves by reading the tag back.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiClient, DRY_RUN_ID, type RecordedRequest } from './client.js';
import { PortalApi } from './endpoints.js';
import { ValidationError } from './errors.js';

interface Seen {
  method: string;
  url: string;
  body: string;
}
type Handler = (req: Seen, res: ServerResponse, n: number) => void;
let server: Server | undefined;

async function serve(handler: Handler) {
  const seen: Seen[] = [];
  server = createServer((req: IncomingMessage, res) => {
    let body = '';
    req.on('data', (d) => {
      body += d;
    });
    req.on('end', () => {
      const s = { method: req.method ?? '', url: req.url ?? '', body };
      seen.push(s);
      handler(s, res, seen.length - 1);
    });
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const recorded: RecordedRequest[] = [];
  const client = new ApiClient({
    baseUrl: `http://127.0.0.1:${port}/client/v4`,
    accountId: 'acc',
    token: 'secret-token-123',
    sleep: async () => {},
    random: () => 0.5,
    record: (r) => recorded.push(r),
  });
  return { client, seen, recorded };
}

afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

const json = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
};
const ok = (result: unknown) => ({ success: true, errors: [], messages: [], result });
const fail = (code: number, message: string) => ({
  success: false,
  errors: [{ code, message }],
  messages: [],
});

describe('the request recorder', () => {
  it('records each request sent, retries included, with method, path, query and body', async () => {
    const { client, recorded } = await serve((_req, res, n) =>
      n === 0 ? json(res, 503, fail(1000, 'busy')) : json(res, 200, ok({ id: 'x', name: 'engineers' })),
    );
    const body = { name: 'engineers', include: [{ everyone: {} }] };
    await client.call('PUT', '/accounts/acc/access/policies/p1', { body });
    body.name = 'changed after the call';
    expect(recorded).toEqual([
      {
        method: 'PUT',
        path: '/accounts/acc/access/policies/p1',
        query: {},
        body: { name: 'engineers', include: [{ everyone: {} }] },
        sent: true,
      },
      {
        method: 'PUT',
        path: '/accounts/acc/access/policies/p1',
        query: {},
        body: { name: 'engineers', include: [{ everyone: {} }] },
        sent: true,
      },
    ]);
    await client.close();
  });

  it('records list pages with their query, and never the token', async () => {
    const { client, recorded } = await serve((_req, res) => json(res, 200, ok([])));
    await client.listAll('/accounts/acc/access/apps');
    expect(recorded).toEqual([
      { method: 'GET', path: '/accounts/acc/access/apps', query: { page: '1', per_page: '100' }, sent: true },
    ]);
    expect(JSON.stringify(recorded)).not.toContain('secret-token-123');
    await client.close();
  });
});

describe('dry run', () => {
  it('sends reads, holds writes back, and answers a write with its body (and an id the API would assign)', async () => {
    const { client, seen } = await serve((_req, res) => json(res, 200, ok([{ id: 'a1', name: 'live' }])));
    const recorded: RecordedRequest[] = [];
    const dry = client.derive({ dryRun: true, record: (r) => recorded.push(r) });
    const listed = await dry.listAll('/accounts/acc/access/apps');
    expect(listed).toEqual([{ id: 'a1', name: 'live' }]);
    const created = await dry.call('POST', '/accounts/acc/access/policies', { body: { name: 'p' } });
    expect(created.result).toEqual({ id: DRY_RUN_ID, name: 'p' });
    const server = await dry.call('POST', '/accounts/acc/mcp/servers', { body: { id: 'docs', name: 'D' } });
    expect(server.result).toEqual({ id: 'docs', name: 'D' });
    await dry.call('DELETE', '/accounts/acc/access/apps/a1');
    // Only the read reached the server.
    expect(seen.map((s) => s.method)).toEqual(['GET']);
    expect(recorded.map((r) => [r.method, r.sent])).toEqual([
      ['GET', true],
      ['POST', false],
      ['POST', false],
      ['DELETE', false],
    ]);
    await client.close();
  });

  it('a derived client shares the rate limiter (one budget) and does not close the shared connections', async () => {
    const { client } = await serve((_req, res) => json(res, 200, ok([])));
    const dry = client.derive({ dryRun: true });
    expect(dry.limiter).toBe(client.limiter);
    await dry.close();
    await client.listAll('/accounts/acc/access/apps');
    await client.close();
  });
});

describe('tags: create once', () => {
  const tagPath = '/client/v4/accounts/acc/access/tags';

  it('creates a tag with a body of just its name', async () => {
    const { client, seen } = await serve((req, res) => json(res, 200, ok(JSON.parse(req.body))));
    expect(await new PortalApi(client).createTag({ name: 'mcp-portals:default' })).toEqual({
      name: 'mcp-portals:default',
    });
    expect(seen.map((s) => [s.method, s.url, s.body])).toEqual([
      ['POST', tagPath, '{"name":"mcp-portals:default"}'],
    ]);
    await client.close();
  });

  it('resolves a lost answer by reading the tag back, never creating twice', async () => {
    const { client, seen } = await serve((req, res) => {
      if (req.method === 'POST') json(res, 502, fail(1000, 'bad gateway'));
      else json(res, 200, ok({ name: 'mcp-portals:default' }));
    });
    expect(await new PortalApi(client).createTag({ name: 'mcp-portals:default' })).toEqual({
      name: 'mcp-portals:default',
    });
    expect(seen.map((s) => `${s.method} ${s.url}`)).toEqual([
      `POST ${tagPath}`,
      `GET ${tagPath}/mcp-portals%3Adefault`,
    ]);
    await client.close();
  });

  it('treats a duplicate as the tag it wanted (someone else made it): read back, no error', async () => {
    const { client, seen } = await serve((req, res) => {
      if (req.method === 'POST') json(res, 400, fail(1003, 'tag already exists'));
      else json(res, 200, ok({ name: 't1' }));
    });
    expect(await new PortalApi(client).createTag({ name: 't1' })).toEqual({ name: 't1' });
    expect(seen.map((s) => s.method)).toEqual(['POST', 'GET']);
    await client.close();
  });

  it('keeps a real refusal (a bad name) as the typed error', async () => {
    const { client } = await serve((_req, res) => json(res, 400, fail(1001, 'name: too long')));
    await expect(new PortalApi(client).createTag({ name: 'x'.repeat(500) })).rejects.toBeInstanceOf(
      ValidationError,
    );
    await client.close();
  });
});
