/**
 * A loopback HTTP proxy that holds every request for a while before passing it on (or forever), to play
 * a slow upstream MCP server or a slow management API in provider tests. The delay can change while
 * it runs; `close` drops the requests it still holds. Used only by tests.
 */
import { createServer, type IncomingMessage, request, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SlowProxy {
  /** The proxy's origin plus the target's path, e.g. `http://127.0.0.1:5555/mcp`. */
  url: string;
  /** Milliseconds each request is held; `Infinity` holds it until the client gives up. */
  delayMs: number;
  /** Requests received so far. */
  readonly received: number;
  close(): Promise<void>;
}

export async function slowProxy(target: string, delayMs: number): Promise<SlowProxy> {
  const upstream = new URL(target);
  const held = new Set<ServerResponse>();
  const state = { delayMs, received: 0 };
  const forward = (req: IncomingMessage, res: ServerResponse) => {
    const out = request(
      {
        host: upstream.hostname,
        port: upstream.port,
        path: req.url,
        method: req.method,
        headers: req.headers,
      },
      (r) => {
        res.writeHead(r.statusCode ?? 502, r.headers);
        r.pipe(res);
      },
    );
    out.on('error', () => res.destroy());
    req.pipe(out);
  };
  const server = createServer((req, res) => {
    state.received++;
    held.add(res);
    res.on('close', () => held.delete(res));
    req.pause();
    if (Number.isFinite(state.delayMs))
      setTimeout(() => {
        if (!res.destroyed) forward(req, res);
      }, state.delayMs);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${upstream.pathname}`,
    get delayMs() {
      return state.delayMs;
    },
    set delayMs(ms: number) {
      state.delayMs = ms;
    },
    get received() {
      return state.received;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of held) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
