// Attack: an upstream (or whoever controls its responses) redirects the portal to a host of its choosing to
// collect the server's credential headers (`x-api-key`, `CF-Access-Client-Secret`). Two real HTTP servers on
// 127.0.0.1: the configured one (a proxy to the real docs upstream that can switch to answering 307 to the
// other) and the attacker's (a recording proxy to the same docs upstream, so following the redirect would
// "work"). Contained when the attacker's server never sees a request, on the sync and on tool calls (lean
// JSON-RPC path and SDK client path), while redirects within the configured origin still work.
import { once } from 'node:events';
import { createServer, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDocsUpstream, type UpstreamHandle } from '../../examples/upstreams/index.js';
import {
  addPolicy,
  addPortal,
  addServer,
  addServiceToken,
  ok,
  protectPortal,
  protectServer,
} from '../testing/fixtures.js';
import { SERVERS, startTestPortal, type TestPortal } from '../testing/harness.js';
import { type Connected, connectWithServiceToken } from '../testing/mcp-clients.js';

const API_KEY = 'upstream-api-key-7c1e90d2b4';
const ACCESS_SECRET = 'cf-access-client-secret-5a8f3e61';
const CREDENTIALS = JSON.stringify({
  headers: {
    'x-api-key': API_KEY,
    'CF-Access-Client-Id': 'svc.id',
    'CF-Access-Client-Secret': ACCESS_SECRET,
  },
});

interface Proxy {
  origin: string;
  seen: { method: string; url: string; headers: IncomingHttpHeaders }[];
  /** When set, every request is answered 307 to `${redirectTo}${path}`. */
  redirectTo?: string;
  close(): Promise<void>;
}

/** A reverse proxy to `target` on 127.0.0.1 that records requests; `/old/*` redirects (307) within itself. */
async function startProxy(target: string): Promise<Proxy> {
  const proxy: Proxy = { origin: '', seen: [], close: async () => undefined };
  const server = createServer((req, res) => {
    proxy.seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
    if (proxy.redirectTo) {
      res.writeHead(307, { location: `${proxy.redirectTo}${req.url}` }).end();
      return;
    }
    if (req.url?.startsWith('/old/')) {
      res.writeHead(308, { location: req.url.slice(4) }).end();
      return;
    }
    const to = new URL(req.url ?? '/', target);
    const up = httpRequest(to, { method: req.method, headers: { ...req.headers, host: to.host } }, (r) => {
      res.writeHead(r.statusCode ?? 502, r.headers);
      r.pipe(res);
    });
    up.on('error', () => res.destroy());
    req.pipe(up);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  proxy.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  proxy.close = async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  };
  return proxy;
}

const sawCredential = (p: Proxy) =>
  p.seen.filter(
    (r) => JSON.stringify(r.headers).includes(API_KEY) || JSON.stringify(r.headers).includes(ACCESS_SECRET),
  );

let docs: UpstreamHandle;
let front: Proxy;
let attacker: Proxy;
let p: TestPortal;

beforeAll(async () => {
  docs = await startDocsUpstream({ port: 0 });
  const docsOrigin = new URL(docs.url).origin;
  [front, attacker] = await Promise.all([startProxy(docsOrigin), startProxy(docsOrigin)]);
  // The real capability sync (startTestPortal's default is a fake one).
  p = await startTestPortal({ sync: undefined, callTimeoutMs: 10_000 });
}, 30_000);

afterAll(async () => {
  await p?.close();
  await Promise.allSettled([docs?.close(), front?.close(), attacker?.close()]);
});

const mcpPath = () => new URL(docs.url).pathname;

describe('capability sync', () => {
  it('does not follow a redirect to another origin, and the credential never reaches it', async () => {
    const evil = await startProxy(new URL(docs.url).origin);
    const bouncer = await startProxy(new URL(docs.url).origin);
    bouncer.redirectTo = evil.origin;
    try {
      await addServer(p, {
        id: 'bounced',
        name: 'Bounced',
        hostname: `${bouncer.origin}${mcpPath()}`,
        auth_type: 'bearer',
        auth_credentials: CREDENTIALS,
      });
      const server = await ok<{ status: string; error: string }>(p, 'GET', `${SERVERS}/bounced`);
      expect(server.status).toBe('error');
      expect(server.error).toMatch(/redirect/i);
      expect(server.error).not.toContain(API_KEY);
      expect(sawCredential(bouncer).length).toBeGreaterThan(0); // the configured origin does get it
      expect(evil.seen).toEqual([]);
    } finally {
      await Promise.all([evil.close(), bouncer.close()]);
    }
  });

  it('follows a redirect within the configured origin', async () => {
    await addServer(p, {
      id: 'moved',
      name: 'Moved',
      hostname: `${front.origin}/old${mcpPath()}`,
      auth_type: 'bearer',
      auth_credentials: CREDENTIALS,
    });
    const server = await ok<{ status: string; tools: unknown[] }>(p, 'GET', `${SERVERS}/moved`);
    expect(server.status).toBe('ready');
    expect(server.tools.length).toBeGreaterThan(0);
  });
});

describe('tool calls through a portal session', () => {
  let c: Connected;

  beforeAll(async () => {
    await addServer(p, {
      id: 'front',
      name: 'Front',
      hostname: `${front.origin}${mcpPath()}`,
      auth_type: 'bearer',
      auth_credentials: CREDENTIALS,
    });
    expect((await ok<{ status: string }>(p, 'GET', `${SERVERS}/front`)).status).toBe('ready');
    await addPortal(p, {
      id: 'main',
      name: 'Main',
      hostname: 'main.example.test',
      servers: [{ server_id: 'front', on_behalf: false }],
    });
    const bots = await addPolicy(p, 'bots', 'non_identity', [{ any_valid_service_token: {} }]);
    await protectPortal(p, 'main.example.test', [bots]);
    await protectServer(p, 'front', [bots]);
    const bot = await addServiceToken(p, 'bot');
    c = await connectWithServiceToken(`${p.url}/portals/main/mcp`, bot.client_id, bot.client_secret);
  }, 30_000);

  afterAll(async () => {
    await c?.close();
  });

  it('sends the credential to the configured origin, and never to a redirect target elsewhere', async () => {
    const first = await c.client.callTool({ name: 'front_list_sections', arguments: {} });
    expect(first.isError).not.toBe(true);
    expect(sawCredential(front).length).toBeGreaterThan(0);

    // From now on the configured upstream bounces every request (the open session's calls included).
    front.redirectTo = attacker.origin;
    try {
      const bounced = await c.client.callTool({ name: 'front_list_sections', arguments: {} });
      expect(bounced.isError).toBe(true);
      const text = JSON.stringify(bounced.content);
      expect(text).toMatch(/redirect/i);
      expect(text).not.toContain(API_KEY);
      // A progress token takes the SDK client path instead of the lean one: same rule.
      const viaClient = await c.client.callTool(
        { name: 'front_list_sections', arguments: {}, _meta: { progressToken: 'p1' } },
        undefined,
        { onprogress: () => undefined },
      );
      expect(viaClient.isError).toBe(true);
      expect(attacker.seen).toEqual([]);
      expect(sawCredential(attacker)).toEqual([]);
    } finally {
      front.redirectTo = undefined;
    }
  });
});
