// The API client's optional abort signal (what the Pulumi provider threads from the engine's Cancel and
// customTimeouts) against a real HTTP server on 127.0.0.1: a request in flight, a rate-limit wait (429 with
// a long Retry-After) and a retry backoff each end as soon as the signal aborts, rejecting with its reason,
// and nothing is retried after it. Without a signal the client behaves as before (portalctl).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiClient } from './client.js';
import { abortable, RateLimiter } from './rate-limit.js';

class Stop extends Error {
  override readonly name = 'Stop';
}

let server: Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

async function serve(handler: (req: IncomingMessage, res: ServerResponse) => void) {
  let calls = 0;
  server = createServer((req, res) => {
    calls++;
    handler(req, res);
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { baseUrl: `http://127.0.0.1:${port}/client/v4`, calls: () => calls };
}

/** Calls GET /x with a client whose signal aborts (with a Stop) after `ms`; returns the error and the time. */
async function abortAfter(baseUrl: string, ms: number, opts: { maxRetries?: number } = {}) {
  const controller = new AbortController();
  const client = new ApiClient({ baseUrl, accountId: 'acc', token: 't', signal: controller.signal, ...opts });
  setTimeout(() => controller.abort(new Stop('stopped')), ms);
  const started = performance.now();
  const err = await client.call('GET', '/x').catch((e: unknown) => e);
  await client.close();
  return { err, ms: performance.now() - started };
}

describe('ApiClient signal', () => {
  const cases = [
    {
      name: 'a request the API never answers',
      reason: 'the request in flight is aborted (undici signal), not left to its 30 s timeout',
      handler: () => {},
    },
    {
      name: 'a 429 with Retry-After: 60',
      reason: 'the rate-limit wait ends at once instead of after a minute',
      handler: (_req: IncomingMessage, res: ServerResponse) => {
        res.writeHead(429, { 'content-type': 'application/json', 'retry-after': '60' });
        res.end(
          JSON.stringify({ success: false, errors: [{ code: 971, message: 'slow down' }], messages: [] }),
        );
      },
    },
    {
      name: 'a 503 retried with backoff',
      reason: 'the backoff between retries ends at once, and no retry follows',
      handler: (_req: IncomingMessage, res: ServerResponse) => {
        res.writeHead(503, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ success: false, errors: [{ code: 1000, message: 'busy' }], messages: [] }));
      },
    },
  ];
  it.each(cases)('stops on abort: $name', async (c) => {
    const api = await serve(c.handler);
    const { err, ms } = await abortAfter(api.baseUrl, 300, { maxRetries: 20 });
    expect(err, c.reason).toBeInstanceOf(Stop);
    expect(ms, c.reason).toBeLessThan(2_000);
    const calls = api.calls();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(api.calls(), 'nothing is sent after the abort').toBe(calls);
  });

  it('fails at once when the signal has already aborted, sending nothing', async () => {
    const api = await serve((_req, res) => res.end('{}'));
    const controller = new AbortController();
    controller.abort(new Stop('stopped'));
    const client = new ApiClient({
      baseUrl: api.baseUrl,
      accountId: 'acc',
      token: 't',
      signal: controller.signal,
    });
    await expect(client.call('GET', '/x')).rejects.toBeInstanceOf(Stop);
    expect(api.calls()).toBe(0);
    await client.close();
  });

  it('derived clients carry their own signal; the parent is unaffected', async () => {
    const api = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ success: true, errors: [], messages: [], result: [] }));
    });
    const parent = new ApiClient({ baseUrl: api.baseUrl, accountId: 'acc', token: 't' });
    const controller = new AbortController();
    const child = parent.derive({ signal: controller.signal });
    controller.abort(new Stop('child stopped'));
    await expect(child.call('GET', '/x')).rejects.toBeInstanceOf(Stop);
    await expect(parent.call('GET', '/x')).resolves.toMatchObject({ result: [] });
    await parent.close();
  });
});

describe('RateLimiter.acquire with a signal', () => {
  it('ends a wait for the window with the reason', async () => {
    const limiter = new RateLimiter();
    limiter.observe({ status: 429, retryAfter: '60' });
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Stop('stopped')), 50);
    await expect(limiter.acquire(controller.signal)).rejects.toBeInstanceOf(Stop);
  });

  it('abortable() passes a wait through when nothing aborts', async () => {
    await expect(abortable(Promise.resolve(), new AbortController().signal)).resolves.toBeUndefined();
    await expect(abortable(Promise.reject(new Stop('x')))).rejects.toBeInstanceOf(Stop);
  });
});
