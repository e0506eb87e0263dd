// The API client against a real HTTP server on 127.0.0.1 that answers from a script: retries on 429
// (honouring Retry-After) and 5xx, no blind retry of an ambiguous create, paging until an empty page,
// typed errors, and the rate-limit budget.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { AmbiguousError, ApiClient } from './client.js';
import { createOnce } from './endpoints.js';
import { AuthError, NotFoundError, RateLimitBudgetError, ValidationError } from './errors.js';
import { parseRatelimit, RateLimiter } from './rate-limit.js';

type Handler = (req: IncomingMessage, res: ServerResponse, n: number) => void;
let server: Server | undefined;

async function serve(
  handler: Handler,
  maxWaitMs = 60_000,
): Promise<{ client: ApiClient; calls: () => number }> {
  let n = 0;
  server = createServer((req, res) => handler(req, res, n++));
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const client = new ApiClient({
    baseUrl: `http://127.0.0.1:${port}/client/v4`,
    accountId: 'acc',
    token: 't',
    sleep: async () => {},
    random: () => 0.5,
    maxWaitMs,
  });
  return { client, calls: () => n };
}

const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
};
const ok = (result: unknown) => ({ success: true, errors: [], messages: [], result });
const fail = (code: number, message: string) => ({
  success: false,
  errors: [{ code, message }],
  messages: [],
  result: null,
});

afterEach(async () => {
  const s = server;
  server = undefined;
  if (!s) return;
  s.closeAllConnections();
  await new Promise((resolve) => s.close(resolve));
});

describe('ApiClient', () => {
  it('retries a 429 and a 503 on a GET, then returns the result', async () => {
    const { client, calls } = await serve((_req, res, n) => {
      if (n === 0) return json(res, 429, fail(971, 'slow down'), { 'retry-after': '0' });
      if (n === 1) return json(res, 503, fail(1000, 'unavailable'));
      json(res, 200, ok({ id: 'x' }));
    });
    const r = await client.call<{ id: string }>('GET', '/x');
    expect(r.result).toEqual({ id: 'x' });
    expect(calls()).toBe(3);
    expect(client.retries).toBe(2);
  });

  it('does not blindly retry a create that failed ambiguously', async () => {
    const { client, calls } = await serve((_req, res) => json(res, 500, fail(1000, 'boom')));
    await expect(client.call('POST', '/x', { body: {} })).rejects.toBeInstanceOf(AmbiguousError);
    expect(calls()).toBe(1);
  });

  it('maps statuses to typed errors', async () => {
    const { client } = await serve((req, res) => {
      if (req.url?.includes('auth')) return json(res, 403, fail(10000, 'Authentication error'));
      if (req.url?.includes('missing')) return json(res, 404, fail(7003, 'not found'));
      json(res, 400, fail(1001, 'bad'));
    });
    await expect(client.call('GET', '/auth')).rejects.toBeInstanceOf(AuthError);
    await expect(client.call('GET', '/missing')).rejects.toBeInstanceOf(NotFoundError);
    const err = await client.call('PUT', '/bad', { body: {} }).catch((e) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect(err.code).toBe(1001);
  });

  it('pages until a short page', async () => {
    const { client, calls } = await serve((req, res) => {
      const page = Number(new URL(req.url ?? '', 'http://x').searchParams.get('page'));
      const size = page < 3 ? 100 : 7;
      json(res, 200, {
        ...ok(Array.from({ length: size }, (_, i) => ({ i }))),
        result_info: { page, per_page: 100, count: size, total_count: 207, total_pages: 3 },
      });
    });
    expect(await client.listAll('/x')).toHaveLength(207);
    expect(calls()).toBe(3);
  });

  it('fails with the budget error when the window would take longer than --max-wait', async () => {
    const { client } = await serve(
      (_req, res) =>
        json(res, 429, fail(971, 'slow down'), { 'retry-after': '300', ratelimit: '"default";r=0;t=300' }),
      60_000,
    );
    await expect(client.call('GET', '/x')).rejects.toBeInstanceOf(RateLimitBudgetError);
  });
});

describe('createOnce', () => {
  it('resolves an ambiguous failure by reading back, never creating twice', async () => {
    let creates = 0;
    const stored: { id: string }[] = [];
    const created = await createOnce(
      async () => {
        creates++;
        stored.push({ id: 'a' }); // the write landed ...
        throw new AmbiguousError('connection reset'); // ... but the answer was lost
      },
      async () => stored.find((o) => o.id === 'a'),
    );
    expect(created).toEqual({ id: 'a' });
    expect(creates).toBe(1);
    expect(stored).toHaveLength(1);
  });

  it('creates again when the read-back finds nothing', async () => {
    let creates = 0;
    const created = await createOnce(
      async () => {
        if (creates++ === 0) throw new AmbiguousError('502');
        return { id: 'a' };
      },
      async () => undefined,
    );
    expect(created).toEqual({ id: 'a' });
    expect(creates).toBe(2);
  });
});

describe('RateLimiter', () => {
  it('parses Cloudflare headers', () => {
    expect(parseRatelimit('"default";r=50;t=30')).toEqual({ remaining: 50, resetSeconds: 30 });
    expect(parseRatelimit('garbage')).toBeUndefined();
  });

  it('holds requests at the reserve until the window resets, counting wall time once', async () => {
    let now = 0;
    const slept: number[] = [];
    const limiter = new RateLimiter({
      now: () => now,
      sleep: async (ms) => {
        slept.push(ms);
        now += ms;
      },
      maxWaitMs: 60_000,
      reserve: 1,
    });
    limiter.observe({ ratelimit: '"default";r=1;t=10', status: 200 });
    await limiter.acquire();
    expect(slept).toEqual([10_000]);
    expect(limiter.waitedMs).toBe(10_000);
  });
});
