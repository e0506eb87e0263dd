import { McpServer, ResourceTemplate } from '@modelcontextprotocol/sdk/server/mcp.js';
import {
  ErrorCode,
  ListResourcesRequestSchema,
  McpError,
  type Resource,
  ResourceListChangedNotificationSchema,
  ResourceUpdatedNotificationSchema,
} from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncServer } from '../sync/index.js';
import {
  addPolicy,
  addPortal,
  addServer,
  addServiceToken,
  protectPortal,
  protectServer,
  startEverything,
} from '../testing/fixtures.js';
import { readLogs, startTestPortal, type TestPortal } from '../testing/harness.js';
import { connectWithServiceToken } from '../testing/mcp-clients.js';
import { serveSessions } from '../testing/session-routing.js';
import { ACCESS_DENIED_CODE } from './requests.js';

const UI_HTML = '<!doctype html><title>chart</title><div id="chart"></div>';

/** The in-process upstream: its resources (listed two per page), a template and an MCP Apps tool. */
async function startApps() {
  const reads: string[] = [];
  const statics: Resource[] = [
    { uri: 'notes://notes/one', name: 'one', title: 'Note one', mimeType: 'text/plain' },
    { uri: 'notes://notes/two', name: 'two', mimeType: 'text/plain' },
    { uri: 'notes://secret/plan', name: 'plan', mimeType: 'text/plain' },
    { uri: 'ui://apps/chart.html', name: 'chart', mimeType: 'text/html;profile=mcp-app' },
  ];
  const build = () => {
    const mcp = new McpServer({ name: 'apps', version: '1' });
    for (const r of statics) {
      mcp.registerResource(r.name, r.uri, { mimeType: r.mimeType as string }, async (uri) => {
        reads.push(uri.href);
        const text = r.uri.startsWith('ui:') ? UI_HTML : `text of ${r.uri}`;
        return { contents: [{ uri: uri.href, mimeType: r.mimeType as string, text }] };
      });
    }
    mcp.registerResource(
      'note',
      new ResourceTemplate('notes://notes/{id}', { list: undefined }),
      { mimeType: 'text/plain' },
      async (uri, vars) => {
        reads.push(uri.href);
        return { contents: [{ uri: uri.href, text: `note ${String(vars.id)}` }] };
      },
    );
    mcp.registerTool(
      'show-chart',
      { description: 'Shows a chart', _meta: { ui: { resourceUri: 'ui://apps/chart.html' } } },
      async () => ({ content: [{ type: 'text', text: 'chart shown' }] }),
    );
    // Two per page, so the portal must follow the upstream's own cursor.
    mcp.server.removeRequestHandler('resources/list');
    mcp.server.setRequestHandler(ListResourcesRequestSchema, (req) => {
      const at = Number(req.params?.cursor ?? 0);
      const next = at + 2 < statics.length ? String(at + 2) : undefined;
      return { resources: statics.slice(at, at + 2), ...(next ? { nextCursor: next } : {}) };
    });
    return mcp.server;
  };
  const served = await serveSessions(build);
  return { url: served.url, reads, close: served.close };
}

let p: TestPortal;
let every: Awaited<ReturnType<typeof startEverything>>;
let apps: Awaited<ReturnType<typeof startApps>>;
let bot: { client_id: string; client_secret: string };
let mcp: string;

beforeAll(async () => {
  let gone: Awaited<ReturnType<typeof startApps>>;
  [every, apps, gone] = await Promise.all([startEverything(), startApps(), startApps()]);
  p = await startTestPortal({ sync: syncServer, callTimeoutMs: 20_000 });
  await addServer(p, { id: 'every', name: 'Everything', hostname: every.url, auth_type: 'unauthenticated' });
  await addServer(p, { id: 'apps', name: 'Apps', hostname: apps.url, auth_type: 'unauthenticated' });
  await addServer(p, { id: 'private', name: 'Private', hostname: apps.url, auth_type: 'unauthenticated' });
  // Synced (ready), then stopped: an upstream that cannot be reached now.
  await addServer(p, { id: 'gone', name: 'Gone', hostname: gone.url, auth_type: 'unauthenticated' });
  await gone.close();
  await addPortal(p, {
    id: 'main',
    name: 'Main',
    hostname: 'main.example.test',
    servers: [
      {
        server_id: 'apps',
        on_behalf: false,
        updated_resources: [{ uri: 'notes://secret/*', enabled: false }],
      },
      {
        server_id: 'every',
        on_behalf: false,
        updated_resources: [{ uri: 'demo://resource/dynamic/blob/{resourceId}', enabled: false }],
      },
      { server_id: 'private', on_behalf: false },
      { server_id: 'gone', on_behalf: false },
    ],
  });
  const bots = await addPolicy(p, 'bots', 'non_identity', [{ any_valid_service_token: {} }]);
  const nobody = await addPolicy(p, 'nobody', 'allow', [{ email: { email: 'nobody@example.com' } }]);
  await protectPortal(p, 'main.example.test', [bots]);
  await protectServer(p, 'every', [bots]);
  await protectServer(p, 'apps', [bots]);
  await protectServer(p, 'gone', [bots]);
  await protectServer(p, 'private', [nobody]);
  bot = await addServiceToken(p, 'bot');
  mcp = `${p.url}/portals/main/mcp`;
}, 60_000);

afterAll(async () => {
  await p?.close();
  await every?.close();
  await apps?.close();
});

const connect = () => connectWithServiceToken(mcp, bot.client_id, bot.client_secret);

/** The JSON-RPC error code a request failed with. */
async function codeOf(promise: Promise<unknown>): Promise<number | undefined> {
  try {
    await promise;
    return undefined;
  } catch (err) {
    expect(err).toBeInstanceOf(McpError);
    return (err as McpError).code;
  }
}

describe('resources/list and resources/templates/list', () => {
  it('page across servers with one cursor, every upstream page reached, URIs namespaced, rules applied', async () => {
    const c = await connect();
    try {
      const pages: Resource[][] = [];
      let cursor: string | undefined;
      do {
        const page = await c.client.listResources(cursor === undefined ? {} : { cursor });
        pages.push(page.resources);
        cursor = page.nextCursor;
      } while (cursor !== undefined && pages.length < 20);
      expect(cursor).toBeUndefined();
      // apps lists two per page: its first page ends a portal page, the cursor continues there.
      expect(pages.length).toBeGreaterThanOrEqual(2);
      expect(pages[0]?.map((r) => r.uri)).toEqual([
        'notes://apps/notes://notes/one',
        'notes://apps/notes://notes/two',
      ]);
      const all = pages.flat();
      const uris = all.map((r) => r.uri);
      expect(new Set(uris).size).toBe(uris.length);
      expect(uris).toContain('ui://apps/ui://apps/chart.html');
      expect(uris).not.toContain('notes://apps/notes://secret/plan');
      expect(uris.some((u) => u.startsWith('demo://every/demo://resource/static/document/'))).toBe(true);
      expect(uris.filter((u) => !/^[a-z]+:\/\/(apps|every)\//.test(u))).toEqual([]);
      expect(all.find((r) => r.uri === 'notes://apps/notes://notes/one')).toMatchObject({
        name: 'one',
        title: 'Note one',
        mimeType: 'text/plain',
      });
    } finally {
      await c.close();
    }
  });

  it('lists templates namespaced, without the one a rule disables', async () => {
    const c = await connect();
    try {
      const { resourceTemplates, nextCursor } = await c.client.listResourceTemplates();
      expect(nextCursor).toBeUndefined();
      const templates = resourceTemplates.map((t) => t.uriTemplate).sort();
      expect(templates).toEqual([
        'demo://every/demo://resource/dynamic/text/{resourceId}',
        'notes://apps/notes://notes/{id}',
      ]);
    } finally {
      await c.close();
    }
  });

  it('refuses a cursor it did not hand out, or one of the other list', async () => {
    const c = await connect();
    try {
      expect(await codeOf(c.client.listResources({ cursor: 'not-a-cursor' }))).toBe(ErrorCode.InvalidParams);
      const first = await c.client.listResources();
      expect(first.nextCursor).toBeDefined();
      expect(await codeOf(c.client.listResourceTemplates({ cursor: first.nextCursor as string }))).toBe(
        ErrorCode.InvalidParams,
      );
    } finally {
      await c.close();
    }
  });
});

describe('resources/read', () => {
  it('round-trips a namespaced URI to its upstream and back, for resources and template expansions', async () => {
    const c = await connect();
    try {
      const one = await c.client.readResource({ uri: 'notes://apps/notes://notes/one' });
      expect(one.contents).toEqual([
        { uri: 'notes://apps/notes://notes/one', mimeType: 'text/plain', text: 'text of notes://notes/one' },
      ]);
      const note = await c.client.readResource({ uri: 'notes://apps/notes://notes/42' });
      expect(note.contents[0]).toMatchObject({ uri: 'notes://apps/notes://notes/42', text: 'note 42' });
      const text = await c.client.readResource({ uri: 'demo://every/demo://resource/dynamic/text/3' });
      expect(text.contents[0]).toMatchObject({
        uri: 'demo://every/demo://resource/dynamic/text/3',
        text: expect.stringContaining('Resource 3'),
      });
      const listed = (
        await c.client.listResources({ cursor: (await c.client.listResources()).nextCursor as string })
      ).resources;
      const doc = listed.find((r) => r.uri.startsWith('demo://every/'));
      expect(doc).toBeDefined();
      const read = await c.client.readResource({ uri: doc?.uri as string });
      expect(read.contents[0]?.uri).toBe(doc?.uri);
      const rows = readLogs(p, { page: 1, per_page: 50, direction: 'desc', server_id: 'apps' }).items;
      expect(rows.find((r) => r.method === 'resources/read' && r.status === 'ok')?.capability).toBe(
        'notes://notes/42',
      );
    } finally {
      await c.close();
    }
  });

  it('refuses a URI a rule disables, even guessed, without asking the upstream', async () => {
    const c = await connect();
    try {
      const before = apps.reads.length;
      expect(await codeOf(c.client.readResource({ uri: 'notes://apps/notes://secret/plan' }))).toBe(
        ErrorCode.InvalidParams,
      );
      expect(apps.reads.length).toBe(before);
      // A rule naming a template also covers what it expands to.
      expect(
        await codeOf(c.client.readResource({ uri: 'demo://every/demo://resource/dynamic/blob/2' })),
      ).toBe(ErrorCode.InvalidParams);
      const rows = readLogs(p, { page: 1, per_page: 50, direction: 'desc', server_id: 'apps' }).items;
      expect(rows.find((r) => r.capability === 'notes://secret/plan')?.status).toBe('denied');
    } finally {
      await c.close();
    }
  });

  it('refuses URIs the portal did not hand out', async () => {
    const c = await connect();
    try {
      for (const uri of ['notes://notes/one', 'notes://nosuch/notes://notes/one', 'plain']) {
        expect(await codeOf(c.client.readResource({ uri })), uri).toBe(ErrorCode.InvalidParams);
      }
    } finally {
      await c.close();
    }
  });
});

describe('upstream URIs the client is shown', () => {
  it('makes resource links and embedded resources in tool and prompt results readable through the portal', async () => {
    const c = await connect();
    try {
      const links = await c.client.callTool({ name: 'every_get-resource-links', arguments: { count: 2 } });
      const blocks = links.content as { type: string; uri?: string }[];
      const linked = blocks.filter((b) => b.type === 'resource_link').map((b) => b.uri);
      expect(linked).toEqual([
        'demo://every/demo://resource/dynamic/blob/1',
        'demo://every/demo://resource/dynamic/text/2',
      ]);
      const read = await c.client.readResource({ uri: linked[1] as string });
      expect(read.contents[0]).toMatchObject({ uri: linked[1], text: expect.stringContaining('Resource 2') });
      const ref = await c.client.callTool({
        name: 'every_get-resource-reference',
        arguments: { resourceType: 'Text', resourceId: 5 },
      });
      const embedded = (ref.content as { type: string; resource?: { uri: string } }[]).find(
        (b) => b.type === 'resource',
      );
      expect(embedded?.resource?.uri).toBe('demo://every/demo://resource/dynamic/text/5');
      const again = await c.client.readResource({ uri: embedded?.resource?.uri as string });
      expect(again.contents[0]?.uri).toBe(embedded?.resource?.uri);
      const prompt = await c.client.getPrompt({
        name: 'every_resource-prompt',
        arguments: { resourceType: 'Text', resourceId: '6' },
      });
      const inPrompt = prompt.messages.map((m) => m.content).find((b) => b.type === 'resource');
      expect(inPrompt?.type === 'resource' && inPrompt.resource.uri).toBe(
        'demo://every/demo://resource/dynamic/text/6',
      );
    } finally {
      await c.close();
    }
  });

  it('makes the MCP Apps UI resource a tool names readable through the portal', async () => {
    const c = await connect();
    try {
      const { tools } = await c.client.listTools();
      const tool = tools.find((t) => t.name === 'apps_show-chart');
      const uri = (tool?._meta as { ui?: { resourceUri?: string } } | undefined)?.ui?.resourceUri;
      expect(uri).toBe('ui://apps/ui://apps/chart.html');
      const ui = await c.client.readResource({ uri: uri as string });
      expect(ui.contents).toEqual([{ uri, mimeType: 'text/html;profile=mcp-app', text: UI_HTML }]);
    } finally {
      await c.close();
    }
  });
});

describe('an upstream that cannot be reached', () => {
  it('is skipped in lists (and logged), and a read names it', async () => {
    const c = await connect();
    try {
      const uris = (await c.client.listResources()).resources.map((r) => r.uri);
      expect(uris).toContain('notes://apps/notes://notes/one');
      expect(uris.filter((u) => u.includes('://gone/'))).toEqual([]);
      const rows = readLogs(p, { page: 1, per_page: 20, direction: 'desc', server_id: 'gone' }).items;
      expect(rows.find((r) => r.method === 'resources/list')).toMatchObject({
        status: 'error',
        error: expect.stringContaining('upstream "gone" is unavailable'),
      });
      const failed = c.client.readResource({ uri: 'notes://gone/notes://notes/one' });
      await expect(failed).rejects.toThrow('upstream "gone" is unavailable');
      expect(await codeOf(failed)).toBe(ErrorCode.InternalError);
    } finally {
      await c.close();
    }
  });
});

describe('servers the session may not use', () => {
  it('a server Access denies contributes nothing and its URIs are refused', async () => {
    const c = await connect();
    try {
      const lists = [
        ...(await c.client.listResources()).resources.map((r) => r.uri),
        ...(await c.client.listResourceTemplates()).resourceTemplates.map((t) => t.uriTemplate),
      ];
      expect(lists.filter((u) => u.includes('://private/'))).toEqual([]);
      const before = apps.reads.length;
      expect(await codeOf(c.client.readResource({ uri: 'notes://private/notes://notes/one' }))).toBe(
        ACCESS_DENIED_CODE,
      );
      expect(apps.reads.length).toBe(before);
    } finally {
      await c.close();
    }
  });

  it('a server turned off in the session contributes nothing and its URIs are refused until it is on again', async () => {
    const c = await connect();
    try {
      const toggle = (action: string) =>
        c.client.callTool({ name: 'portal_toggle_single_server', arguments: { server_id: 'apps', action } });
      let changed = 0;
      c.client.setNotificationHandler(ResourceListChangedNotificationSchema, () => {
        changed++;
      });
      await c.client.listResources();
      await toggle('untoggle');
      expect(changed).toBe(1);
      const uris = (await c.client.listResources()).resources.map((r) => r.uri);
      expect(uris.length).toBeGreaterThan(0);
      expect(uris.filter((u) => u.includes('://apps/'))).toEqual([]);
      expect(await codeOf(c.client.readResource({ uri: 'notes://apps/notes://notes/one' }))).toBe(
        ErrorCode.InvalidRequest,
      );
      await toggle('toggle');
      expect(changed).toBe(2);
      const one = await c.client.readResource({ uri: 'notes://apps/notes://notes/one' });
      expect(one.contents[0]?.uri).toBe('notes://apps/notes://notes/one');
    } finally {
      await c.close();
    }
  });
});

describe('subscriptions', () => {
  it('subscribes upstream with the original URI and delivers its updates under the namespaced one', async () => {
    const c = await connect();
    const updates: string[] = [];
    c.client.setNotificationHandler(ResourceUpdatedNotificationSchema, (n) => {
      updates.push(n.params.uri);
    });
    try {
      const uri = 'demo://every/demo://resource/dynamic/text/1';
      await c.client.subscribeResource({ uri });
      // server-everything sends an update for each subscribed URI at once, then every 5 s.
      await c.client.callTool({ name: 'every_toggle-subscriber-updates', arguments: {} });
      const deadline = Date.now() + 10_000;
      while (!updates.includes(uri) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      expect(updates).toContain(uri);
      await c.client.unsubscribeResource({ uri });
      await c.client.callTool({ name: 'every_toggle-subscriber-updates', arguments: {} });
      const rows = readLogs(p, { page: 1, per_page: 50, direction: 'desc', server_id: 'every' }).items;
      expect(rows.find((r) => r.method === 'resources/subscribe')).toMatchObject({
        status: 'ok',
        capability: 'demo://resource/dynamic/text/1',
      });
    } finally {
      await c.close();
    }
  });

  it('subscribes again on a new upstream session (the link was closed and reopened)', async () => {
    const c = await connect();
    const updates: string[] = [];
    c.client.setNotificationHandler(ResourceUpdatedNotificationSchema, (n) => {
      updates.push(n.params.uri);
    });
    const toggle = (action: string) =>
      c.client.callTool({ name: 'portal_toggle_single_server', arguments: { server_id: 'every', action } });
    try {
      const uri = 'demo://every/demo://resource/dynamic/text/7';
      await c.client.subscribeResource({ uri });
      // Turning the server off closes the upstream session; its subscriptions are gone upstream.
      await toggle('untoggle');
      await toggle('toggle');
      // The next resource request on the new upstream session sends the subscription again.
      await c.client.listResourceTemplates();
      await c.client.callTool({ name: 'every_toggle-subscriber-updates', arguments: {} });
      const deadline = Date.now() + 10_000;
      while (!updates.includes(uri) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      expect(updates).toContain(uri);
      await c.client.callTool({ name: 'every_toggle-subscriber-updates', arguments: {} });
    } finally {
      await c.close();
    }
  });

  it('refuses clearly on an upstream without subscriptions, and a URI a rule disables', async () => {
    const c = await connect();
    try {
      expect(await codeOf(c.client.subscribeResource({ uri: 'notes://apps/notes://notes/one' }))).toBe(
        ErrorCode.MethodNotFound,
      );
      expect(
        await codeOf(c.client.subscribeResource({ uri: 'demo://every/demo://resource/dynamic/blob/1' })),
      ).toBe(ErrorCode.InvalidParams);
    } finally {
      await c.close();
    }
  });
});
