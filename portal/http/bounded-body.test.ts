/**
 * `readNodeBody` on a real Node HTTP server fed by a raw socket: a body in several chunks comes back whole,
 * one past the limit reads as `undefined` (the rest is drained by `discardRest`), a client that goes away
 * mid-body is an error, and every outcome leaves no listener of the read itself on the request.
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { type AddressInfo, connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BoundedBody, readNodeBody } from './bounded-body.js';

const MAX = 64;

interface Outcome {
  body?: BoundedBody;
  error?: Error;
  /** The request's listeners for the read's events, once it has settled. */
  left: number;
}

let server: Server;
let port = 0;
const outcomes: Outcome[] = [];
let settled: (() => void) | undefined;

const listenersLeft = (req: IncomingMessage) =>
  ['data', 'end', 'error', 'close'].reduce((n, e) => n + req.listeners(e).length, 0);

beforeAll(async () => {
  server = createServer((req, res) => {
    const before = listenersLeft(req);
    readNodeBody(req, MAX).then(
      (body) => {
        outcomes.push({ body, left: listenersLeft(req) - before });
        settled?.();
        res.end('ok');
      },
      (error: Error) => {
        outcomes.push({ error, left: listenersLeft(req) - before });
        settled?.();
      },
    );
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

/** Opens a socket and writes a chunked POST's head; the test writes the chunks. */
async function chunkedPost(): Promise<Socket> {
  const socket = connect(port, '127.0.0.1');
  await once(socket, 'connect');
  socket.write('POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n');
  return socket;
}

const chunk = (text: string) => `${Buffer.byteLength(text).toString(16)}\r\n${text}\r\n`;
const pause = () => new Promise((r) => setTimeout(r, 20));

async function next(run: () => Promise<void>): Promise<Outcome> {
  const done = new Promise<void>((r) => {
    settled = r;
  });
  await run();
  await done;
  return outcomes[outcomes.length - 1] as Outcome;
}

describe('readNodeBody', () => {
  it('returns a body sent in several chunks whole, and removes its listeners', async () => {
    let socket: Socket | undefined;
    const out = await next(async () => {
      socket = await chunkedPost();
      for (const part of ['{"a":', '"hello', ' world"}']) {
        socket.write(chunk(part));
        await pause();
      }
      socket.write('0\r\n\r\n');
    });
    socket?.destroy();
    expect(out.error).toBeUndefined();
    expect(out.body?.toString('utf8')).toBe('{"a":"hello world"}');
    expect(out.left).toBe(0);
  });

  it('reads a body past the limit as undefined and hands the rest to the drain', async () => {
    let socket: Socket | undefined;
    const out = await next(async () => {
      socket = await chunkedPost();
      socket.write(chunk('x'.repeat(MAX)));
      await pause();
      socket.write(chunk('y'));
    });
    socket?.destroy();
    expect(out.error).toBeUndefined();
    expect(out.body).toBeUndefined();
    // What is left is the drain's: one data listener (discarding) and its end and close listeners.
    expect(out.left).toBe(3);
  });

  it('fails when the client goes away before the body ends, and removes its listeners', async () => {
    const out = await next(async () => {
      const socket = await chunkedPost();
      socket.write(chunk('{"partial":'));
      await pause();
      socket.destroy();
    });
    expect(out.error?.message).toMatch(/went away|aborted/);
    expect(out.left).toBe(0);
  });
});
