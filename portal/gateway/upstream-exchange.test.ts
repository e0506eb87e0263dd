// `exchange` against a real HTTP server on loopback: a JSON reply read whole on a kept-alive connection,
// a small body dumped keeps the connection and a large one drops it, an event stream handed over as a Node
// stream (destroying it cuts the request; one nobody reads holds the upstream back), aborts before the
// headers and in the body with the signal's reason, and undici's own error for a refused connection.
import { once } from 'node:events';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { Agent } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exchange } from './upstream-exchange.js';

let server: Server;
let base: URL;
const agent = new Agent({ connections: 1 });
/** Sockets the server accepted, and which of them closed. */
const sockets: Socket[] = [];
const closed = new Set<Socket>();
/** Replies left hanging by a case, closed in afterAll. */
const hanging = new Set<ServerResponse>();
let lastRequestClosed: Promise<unknown> = Promise.resolve();
/** What `/flood` wrote, and its limit. */
let flooded = 0;
const FLOOD = 256 * 1024 * 1024;

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => {
      body += c.toString('utf8');
    });
    lastRequestClosed = once(res, 'close');
    req.on('end', () => {
      const path = req.url ?? '/';
      if (path === '/json') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ echo: body, method: req.method }));
      } else if (path.startsWith('/bytes/')) {
        res.writeHead(200, { 'content-type': 'application/octet-stream' });
        res.end(Buffer.alloc(Number(path.slice(7)), 120));
      } else if (path === '/stream') {
        res.writeHead(200, { 'content-type': 'text/event-stream' });
        res.write('data: one\n\n');
        hanging.add(res);
      } else if (path === '/flood') {
        // Writes an event stream as fast as the client takes it, up to FLOOD bytes; counts what it wrote.
        res.writeHead(200, { 'content-type': 'text/event-stream' });
        const chunk = Buffer.from(`data: ${'x'.repeat(64 * 1024 - 9)}\n\n`);
        const pump = () => {
          while (flooded < FLOOD) {
            flooded += chunk.length;
            if (!res.write(chunk)) return void res.once('drain', pump);
          }
          res.end();
        };
        hanging.add(res);
        pump();
      } else if (path === '/slow-body') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write('{"partial":');
        hanging.add(res);
      } else {
        hanging.add(res); // never answers: /hang
      }
    });
  });
  server.on('connection', (s: Socket) => {
    sockets.push(s);
    s.once('close', () => closed.add(s));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  base = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
});

afterAll(async () => {
  for (const r of hanging) r.destroy();
  await agent.close();
  server.close();
});

const url = (path: string) => new URL(path, base);

describe('exchange', () => {
  it('sends the method, headers and body, and reads a JSON reply whole on one kept-alive connection', async () => {
    const before = sockets.length;
    for (let i = 0; i < 3; i++) {
      const r = await exchange(agent, url('/json'), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: `{"n":${i}}`,
      });
      expect(r.statusCode).toBe(200);
      expect(r.headers['content-type']).toBe('application/json');
      expect(await r.body.json()).toEqual({ echo: `{"n":${i}}`, method: 'POST' });
    }
    expect(sockets.length - before).toBeLessThanOrEqual(1);
  });

  it('dumps a small body and keeps the connection; a body past 128 KiB costs the connection', async () => {
    const small = await exchange(agent, url('/bytes/1000'), { method: 'GET', headers: {} });
    const socket = sockets.at(-1);
    await small.body.dump();
    const next = await exchange(agent, url('/json'), { method: 'GET', headers: {} });
    await next.body.text();
    expect(sockets.at(-1)).toBe(socket);
    expect(closed.has(socket as Socket)).toBe(false);

    const large = await exchange(agent, url(`/bytes/${4 * 1024 * 1024}`), { method: 'GET', headers: {} });
    await large.body.dump();
    await lastRequestClosed;
    const after = await exchange(agent, url('/json'), { method: 'GET', headers: {} });
    await after.body.text();
    expect(sockets.at(-1)).not.toBe(socket);
  });

  it('hands an event stream over as a Node stream; destroying it cuts the request', async () => {
    const r = await exchange(agent, url('/stream'), { method: 'GET', headers: {} });
    const stream = r.body.stream();
    expect(r.body.stream()).toBe(stream);
    const [first] = (await once(stream, 'data')) as [Buffer];
    expect(first.toString('utf8')).toBe('data: one\n\n');
    const cut = lastRequestClosed;
    stream.on('error', () => undefined);
    stream.destroy(new Error('enough'));
    await cut; // the server saw the client go away
  });

  it('holds an event stream nobody reads to what the sockets buffer: the upstream is made to wait', async () => {
    const r = await exchange(agent, url('/flood'), { method: 'GET', headers: {} });
    const stream = r.body.stream();
    // Nothing reads the stream: once its small buffer is full the request is paused, the socket is not
    // read, and the upstream's writes stop at what the kernel's buffers take (a few MiB on loopback).
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(flooded).toBeLessThan(FLOOD / 4);
    const stalled = flooded;
    // Reading resumes the flow.
    let read = 0;
    stream.on('data', (c: Buffer) => {
      read += c.length;
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(flooded).toBeGreaterThan(stalled);
    expect(read).toBeGreaterThan(0);
    stream.on('error', () => undefined);
    stream.destroy(new Error('enough'));
  });

  it('aborts before the headers with the signal reason, and the server sees the request go', async () => {
    const ctl = new AbortController();
    const pending = exchange(agent, url('/hang'), {
      method: 'POST',
      headers: {},
      body: '{}',
      signal: ctl.signal,
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const gone = lastRequestClosed;
    const reason = new Error('the client cancelled');
    ctl.abort(reason);
    await expect(pending).rejects.toBe(reason);
    await gone;
  });

  it('aborts in the body: reading it rejects with the reason', async () => {
    const ctl = new AbortController();
    const r = await exchange(agent, url('/slow-body'), { method: 'GET', headers: {}, signal: ctl.signal });
    const reason = new Error('stop');
    const text = r.body.text();
    ctl.abort(reason);
    await expect(text).rejects.toBe(reason);
  });

  it('refuses at once with an already aborted signal, sending nothing', async () => {
    const before = sockets.length;
    const reason = new Error('already');
    await expect(
      exchange(agent, url('/json'), { method: 'GET', headers: {}, signal: AbortSignal.abort(reason) }),
    ).rejects.toBe(reason);
    expect(sockets.length).toBe(before);
  });

  it("passes undici's error on for a connection that is refused", async () => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1');
    await once(probe, 'listening');
    const port = (probe.address() as AddressInfo).port;
    probe.close();
    await once(probe, 'close');
    const err = await exchange(new Agent(), new URL(`http://127.0.0.1:${port}/`), {
      method: 'GET',
      headers: {},
    }).catch((e: unknown) => e);
    expect((err as { code?: string }).code).toBe('ECONNREFUSED');
  });
});
