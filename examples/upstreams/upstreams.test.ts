// The example upstreams behave like real MCP servers: their tools work, auth is enforced with a proper 401,
// tool lists page, and each starts with one command.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type PagedHandle,
  startAllUpstreams,
  startDocsUpstream,
  startPagedUpstream,
  startTicketsUpstream,
  type TicketsHandle,
  type UpstreamHandle,
} from './index.js';

async function connect(url: string, headers: Record<string, string> = {}): Promise<Client> {
  const client = new Client({ name: 'upstreams-test', version: '1.0.0' });
  await client.connect(new StreamableHTTPClientTransport(new URL(url), { requestInit: { headers } }));
  return client;
}

// Record<string, unknown> rather than { content?: unknown }: callTool's result type also has the legacy
// { toolResult } member, which shares no property with the latter.
const text = (result: Record<string, unknown>) =>
  (result.content as { type: string; text?: string }[]).map((c) => c.text ?? '').join('\n');

describe('docs upstream', () => {
  let docs: UpstreamHandle;
  let client: Client;
  beforeAll(async () => {
    docs = await startDocsUpstream({ port: 0, host: '127.0.0.1' });
    client = await connect(docs.url);
  });
  afterAll(async () => {
    await client?.close();
    await docs?.close();
  });

  it('searches the corpus with filters and returns structured hits', async () => {
    const res = await client.callTool({
      name: 'search_docs',
      arguments: { query: 'alias tools', filters: { sections: ['portals'] }, limit: 3 },
    });
    const hits = (res.structuredContent as { hits: { id: string; section: string }[] }).hits;
    expect(hits[0]?.id).toBe('aliases');
    expect(hits.every((h) => h.section === 'portals')).toBe(true);
  });

  it('reads a page, and reports an unknown page as a tool error', async () => {
    const page = await client.callTool({
      name: 'get_page',
      arguments: { id: 'transports', include: { tags: true } },
    });
    expect(text(page)).toContain('# Transport detection');
    expect(text(page)).toContain('tags: transport, sse');
    const missing = await client.callTool({ name: 'get_page', arguments: { id: 'nope' } });
    expect(missing.isError).toBe(true);
  });

  it('rejects arguments that break the input schema', async () => {
    const res = await client.callTool({ name: 'search_docs', arguments: { query: 'x', match: 'some' } });
    expect(res.isError).toBe(true);
  });

  it('renders a prompt from its arguments', async () => {
    const prompt = await client.getPrompt({
      name: 'explain_topic',
      arguments: { topic: 'aliases', audience: 'expert' },
    });
    expect(JSON.stringify(prompt.messages)).toContain('explain \\"aliases\\" for expert');
  });

  it('answers 405 to GET on the stateless endpoint and 404 elsewhere', async () => {
    expect((await fetch(docs.url)).status).toBe(405);
    expect((await fetch(`${docs.origin}/other`, { method: 'POST' })).status).toBe(404);
  });
});

describe('tickets upstream', () => {
  let tickets: TicketsHandle;
  beforeAll(async () => {
    tickets = await startTicketsUpstream({
      port: 0,
      host: '127.0.0.1',
      token: 'tok-abc-123',
      apiKey: 'key-xyz-789',
    });
  });
  afterAll(async () => {
    await tickets?.close();
  });

  const post = (headers: Record<string, string>) =>
    fetch(tickets.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json, text/event-stream',
        ...headers,
      },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
    });

  it.each<{ name: string; headers: Record<string, string>; challenge: string }>([
    { name: 'no credentials', headers: {}, challenge: 'Bearer realm="tickets"' },
    {
      name: 'wrong token',
      headers: { authorization: 'Bearer nope' },
      challenge: 'Bearer realm="tickets", error="invalid_token"',
    },
    {
      name: 'wrong api key',
      headers: { 'x-api-key': 'nope' },
      challenge: 'Bearer realm="tickets", error="invalid_token"',
    },
  ])('answers 401 with a Bearer challenge: $name', async ({ headers, challenge }) => {
    const res = await post(headers);
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe(challenge);
  });

  it('creates, lists and closes tickets with the bearer token', async () => {
    const client = await connect(tickets.url, { Authorization: 'Bearer tok-abc-123' });
    try {
      const created = await client.callTool({
        name: 'create_ticket',
        arguments: { title: 'Portal 522', priority: 'high', labels: ['dns'] },
      });
      const { id } = created.structuredContent as { id: number };
      expect(text(await client.callTool({ name: 'list_tickets', arguments: { label: 'dns' } }))).toContain(
        `#${id} [open] (high) Portal 522`,
      );
      await client.callTool({ name: 'close_ticket', arguments: { id, resolution: 'fixed' } });
      expect(tickets.tickets().find((t) => t.id === id)).toMatchObject({
        status: 'closed',
        resolution: 'fixed',
      });
    } finally {
      await client.close();
    }
  });

  it('accepts the X-Api-Key header instead of a bearer token', async () => {
    const client = await connect(tickets.url, { 'X-Api-Key': 'key-xyz-789' });
    try {
      expect((await client.listTools()).tools.map((t) => t.name)).toContain('create_ticket');
    } finally {
      await client.close();
    }
  });
});

describe('paged upstream', () => {
  let paged: PagedHandle;
  beforeAll(async () => {
    paged = await startPagedUpstream({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await paged?.close();
  });

  it('pages 25 tools 10 at a time, and renames at runtime', async () => {
    const client = await connect(paged.url);
    try {
      const p1 = await client.listTools();
      const p2 = await client.listTools({ cursor: p1.nextCursor });
      const p3 = await client.listTools({ cursor: p2.nextCursor });
      expect([p1.tools.length, p2.tools.length, p3.tools.length]).toEqual([10, 10, 5]);
      expect(p3.nextCursor).toBeUndefined();
      paged.renameTool('metric_25', 'metric_last');
      const again = await client.listTools({ cursor: p2.nextCursor });
      expect(again.tools.map((t) => t.name)).toContain('metric_last');
      expect(() => paged.renameTool('nope', 'x')).toThrow();
      await expect(client.listTools({ cursor: 'garbage' })).rejects.toMatchObject({ code: -32602 });
    } finally {
      await client.close();
    }
  });
});

describe('starting the upstreams', () => {
  it('startAllUpstreams starts all three and closes them', async () => {
    const all = await startAllUpstreams({ host: '127.0.0.1' });
    const urls = [all.docs.url, all.tickets.url, all.paged.url];
    expect(new Set(urls).size).toBe(3);
    await all.close();
    await expect(fetch(all.docs.url, { method: 'POST' })).rejects.toThrow();
  });

  it('runs from one command and stops cleanly on SIGTERM', async () => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(import.meta.dirname, 'docs.ts'), '--port', '0'],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    const [line] = (await once(createInterface({ input: child.stdout! }), 'line')) as [string];
    const url = /(http:\/\/\S+)/.exec(line)?.[1];
    expect(url).toMatch(/\/mcp$/);
    const client = await connect(url!);
    expect((await client.listTools()).tools.length).toBe(4);
    await client.close();
    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
  });
});
