// The API client's transport against real HTTP servers on 127.0.0.1: whole answers as text (multi-byte
// characters split across chunks included), a body sent with its length, kept-alive connections reused and
// bounded, and the failures a client must see: no answer within the timeout (for the headers, and between
// body chunks), a connection cut part way through the body, an aborted signal, a refused connection. Over
// TLS (Cloudflare's only way in): a certificate nobody vouches for is refused, and one the process trusts
// (NODE_EXTRA_CA_CERTS, in a child process: Node reads it at start) is accepted. testdata/ holds a
// self-signed certificate for 127.0.0.1 and its key, made for these tests only.
import { execFile } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { HttpTransport, TransportTimeoutError } from './http-transport.js';

const servers: Server[] = [];
const transports: HttpTransport[] = [];
afterEach(async () => {
  for (const t of transports.splice(0)) t.close();
  for (const s of servers.splice(0)) {
    s.closeAllConnections();
    await new Promise((resolve) => s.close(resolve));
  }
});

async function serve(handler: (req: IncomingMessage, res: ServerResponse) => void) {
  const sockets = new Set<Socket>();
  const server = createServer(handler);
  server.on('connection', (s) => sockets.add(s));
  servers.push(server);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const url = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/x`);
  return { url, sockets };
}

const transport = (connections = 4) => {
  const t = new HttpTransport({ connections, keepAliveMs: 5_000 });
  transports.push(t);
  return t;
};

describe('HttpTransport', () => {
  it('returns the status, lower-case headers and the whole body, and sends a body with its length', async () => {
    let seen: { method?: string; length?: string; chunked?: string; body: string } = { body: '' };
    const { url } = await serve(async (req, res) => {
      let body = '';
      for await (const c of req) body += c;
      seen = {
        method: req.method,
        length: req.headers['content-length'],
        chunked: req.headers['transfer-encoding'],
        body,
      };
      res.setHeader('Ratelimit', 'limit=10, remaining=9, reset=3');
      // "é" split across two writes: decoding must not break it.
      const text = Buffer.from('{"name":"café"}');
      res.write(text.subarray(0, 13));
      setTimeout(() => res.end(text.subarray(13)), 10);
    });
    const r = await transport().send({
      method: 'PUT',
      url,
      headers: { 'content-type': 'application/json' },
      body: '{"a":"ü"}',
      timeoutMs: 5_000,
    });
    expect(r).toMatchObject({ statusCode: 200, text: '{"name":"café"}' });
    expect(r.headers.ratelimit).toBe('limit=10, remaining=9, reset=3');
    expect(seen).toEqual({ method: 'PUT', length: '10', chunked: undefined, body: '{"a":"ü"}' });
  });

  it('reuses kept-alive connections and opens at most `connections` at once', async () => {
    let inFlight = 0;
    let most = 0;
    const { url, sockets } = await serve((_req, res) => {
      most = Math.max(most, ++inFlight);
      setTimeout(() => {
        inFlight--;
        res.end('{}');
      }, 20);
    });
    const t = transport(2);
    await Promise.all(
      Array.from({ length: 8 }, () => t.send({ method: 'GET', url, headers: {}, timeoutMs: 5_000 })),
    );
    expect(most).toBe(2);
    expect(sockets.size).toBe(2);
    await t.send({ method: 'GET', url, headers: {}, timeoutMs: 5_000 });
    expect(sockets.size).toBe(2);
  });

  it('fails when no headers come within the timeout', async () => {
    const { url } = await serve(() => {});
    const started = Date.now();
    const err = await transport()
      .send({ method: 'GET', url, headers: {}, timeoutMs: 200 })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TransportTimeoutError);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('fails when the body stalls for longer than the timeout', async () => {
    const { url } = await serve((_req, res) => {
      res.writeHead(200, { 'content-length': '100' });
      res.write('{"partial":');
    });
    const err = await transport()
      .send({ method: 'GET', url, headers: {}, timeoutMs: 200 })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TransportTimeoutError);
  });

  it('fails when the connection is cut part way through the body', async () => {
    const { url } = await serve((req, res) => {
      res.writeHead(200, { 'content-length': '100' });
      res.write('{"partial":', () => req.socket.destroy());
    });
    const err = await transport()
      .send({ method: 'GET', url, headers: {}, timeoutMs: 5_000 })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
  });

  it('fails with the reason of an aborted signal, at once', async () => {
    const { url } = await serve(() => {});
    const controller = new AbortController();
    const sent = transport().send({
      method: 'GET',
      url,
      headers: {},
      timeoutMs: 30_000,
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(new Error('stop')), 50);
    const err = await sent.catch((e: unknown) => e);
    expect((err as Error).name).toBe('AbortError');
  });

  it('fails on a refused connection', async () => {
    const { url } = await serve(() => {});
    const closed = servers.pop() as Server;
    await new Promise((resolve) => closed.close(resolve));
    const err = await transport()
      .send({ method: 'GET', url, headers: {}, timeoutMs: 5_000 })
      .catch((e: unknown) => e);
    expect((err as NodeJS.ErrnoException).code).toBe('ECONNREFUSED');
  });

  describe('over TLS', () => {
    const testdata = join(import.meta.dirname, 'testdata');
    const cert = join(testdata, 'localhost-test-cert.pem');
    const serveTls = async () => {
      const server = createTlsServer(
        { cert: readFileSync(cert), key: readFileSync(join(testdata, 'localhost-test-key.pem')) },
        (_req, res) => res.end('{"secure":true}'),
      );
      servers.push(server as unknown as Server);
      server.listen(0, '127.0.0.1');
      await once(server, 'listening');
      return new URL(`https://127.0.0.1:${(server.address() as AddressInfo).port}/x`);
    };

    it('refuses a certificate nobody vouches for', async () => {
      const url = await serveTls();
      const err = await transport()
        .send({ method: 'GET', url, headers: {}, timeoutMs: 5_000 })
        .catch((e: unknown) => e);
      expect((err as NodeJS.ErrnoException).code).toBe('DEPTH_ZERO_SELF_SIGNED_CERT');
    });

    it('answers over a certificate the process trusts', async () => {
      const url = await serveTls();
      const compiled = pathToFileURL(
        join(import.meta.dirname, '..', '..', 'dist', 'reconciler', 'api', 'http-transport.js'),
      );
      const script = `import { HttpTransport } from ${JSON.stringify(compiled.href)};
const t = new HttpTransport({ connections: 1, keepAliveMs: 1000 });
const r = await t.send({ method: 'GET', url: new URL(${JSON.stringify(url.href)}), headers: {}, timeoutMs: 5000 });
t.close();
process.stdout.write(r.statusCode + ' ' + r.text);`;
      // Asynchronously: this process serves the answer.
      const child = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], {
        encoding: 'utf8',
        env: { ...process.env, NODE_EXTRA_CA_CERTS: cert },
      });
      expect(child.stderr).toBe('');
      expect(child.stdout).toBe('200 {"secure":true}');
    });
  });
});
