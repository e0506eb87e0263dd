// `withinOrigin` over the session client's lean fetch, against two real HTTP servers on 127.0.0.1: a
// redirect within the origin is followed (307/308 keep the method, body and headers), one to another
// origin or with userinfo is returned unfollowed, `manual` callers get every 3xx as is, and the loop ends.
import { once } from 'node:events';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Agent } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leanFetch } from '../gateway/upstream-http.js';
import { sameOrigin, withinOrigin } from './redirects.js';

interface Seen {
  url: string;
  method: string;
  body: string;
  headers: IncomingHttpHeaders;
}

async function start(route: (url: string, origin: string) => [number, Record<string, string>] | undefined) {
  const seen: Seen[] = [];
  let origin = '';
  const server: Server = createServer(async (req, res) => {
    let body = '';
    for await (const chunk of req) body += String(chunk);
    seen.push({ url: req.url ?? '', method: req.method ?? '', body, headers: req.headers });
    const r = route(req.url ?? '', origin);
    if (r) res.writeHead(r[0], r[1]).end();
    else
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ at: req.url, body }));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { origin, seen, close: () => new Promise((r) => server.close(r)) };
}

let other: Awaited<ReturnType<typeof start>>;
let home: Awaited<ReturnType<typeof start>>;
const agent = new Agent();
const f = withinOrigin(leanFetch(agent));

beforeAll(async () => {
  other = await start(() => undefined);
  home = await start((url) => {
    if (url === '/moved') return [308, { location: '/mcp' }];
    if (url === '/away') return [307, { location: `${other.origin}/mcp` }];
    if (url === '/userinfo') return [307, { location: `http://user:pw@${new URL(other.origin).host}/mcp` }];
    if (url === '/see-other') return [303, { location: '/mcp' }];
    if (url === '/loop') return [307, { location: '/loop' }];
    return undefined;
  });
});
afterAll(async () => {
  await Promise.all([home.close(), other.close(), agent.destroy()]);
});

const post = { method: 'POST', body: '{"x":1}', headers: { 'x-api-key': 'k-secret-1234' } };

describe('withinOrigin', () => {
  it('follows a 308 within the origin with method, body and credential', async () => {
    const res = await f(`${home.origin}/moved`, post);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ at: '/mcp', body: '{"x":1}' });
    expect(home.seen.at(-1)?.headers['x-api-key']).toBe('k-secret-1234');
  });

  it.each(['/away', '/userinfo'])(
    'returns the redirect at %s unfollowed; the other origin sees nothing',
    async (path) => {
      const res = await f(`${home.origin}${path}`, post);
      expect(res.status).toBe(307);
      expect(other.seen).toEqual([]);
    },
  );

  it('does not turn a POST into a GET on 303 (the SDK would not either)', async () => {
    expect((await f(`${home.origin}/see-other`, post)).status).toBe(303);
  });

  it('gives a manual caller the 3xx as is', async () => {
    expect((await f(`${home.origin}/moved`, { ...post, redirect: 'manual' })).status).toBe(308);
  });

  it('stops after 5 redirects', async () => {
    const before = home.seen.length;
    expect((await f(`${home.origin}/loop`, { method: 'GET' })).status).toBe(307);
    expect(home.seen.length - before).toBe(6);
  });
});

describe('sameOrigin', () => {
  it.each([
    ['http://a.test/x', 'http://a.test/y', true],
    ['http://a.test/x', 'https://a.test/y', true],
    ['http://a.test:8080/x', 'https://a.test:8443/y', false],
    ['https://a.test/x', 'http://a.test/y', false],
    ['http://a.test/x', 'http://b.test/x', false],
    ['http://a.test/x', 'http://a.test:81/x', false],
  ])('%s -> %s: %s', (from, to, want) => {
    expect(sameOrigin(new URL(from), new URL(to))).toBe(want);
  });
});
