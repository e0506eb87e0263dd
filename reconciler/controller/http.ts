/**
 * The controller's HTTP endpoints on node:http: `/healthz` (the process runs), `/readyz` (the last cycle
 * completed, the lease is held and the last cycle is recent), `/metrics` (Prometheus text) and `/status`
 * (ControllerState as JSON, secrets masked). Bounded: GET only, no request bodies, short timeouts, and
 * a loopback address unless told otherwise.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Registry } from 'prom-client';
import { maskSecrets } from '../render/mask.js';
import type { ControllerState } from './types.js';

export const DEFAULT_METRICS_PORT = 9464;
export const DEFAULT_LISTEN = `127.0.0.1:${DEFAULT_METRICS_PORT}`;
export const HEALTH_PATH = '/healthz';
export const READY_PATH = '/readyz';
export const METRICS_PATH = '/metrics';
export const STATUS_PATH = '/status';
/** The last cycle may be at most this many intervals old for `/readyz` to answer 200. */
export const READY_MAX_INTERVALS = 3;

export interface ControllerSource {
  state(): ControllerState;
  /** The loop's own say (false e.g. while starting or shutting down). */
  ready(): boolean;
}

export interface ControllerHttpOptions {
  /** `host:port`, `[v6]:port` or a port alone (then 127.0.0.1); port 0 picks a free one. */
  listen: string;
  /** The cycle interval, for the staleness rule of `/readyz` (without it, age is not checked). */
  intervalMs?: number;
  /** Epoch ms (default Date.now). */
  now?: () => number;
}

export interface ControllerHttp {
  /** `http://host:port`, with the port actually bound. */
  url: string;
  close(): Promise<void>;
}

export class ListenAddressError extends Error {
  override readonly name = 'ListenAddressError';
}

/** Parses `--listen`. */
export function parseListen(text: string): { host: string; port: number } {
  const m = /^(?:(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+):)?(\d{1,5})$/.exec(text.trim());
  const port = m ? Number(m[2]) : Number.NaN;
  if (!m || port > 65535)
    throw new ListenAddressError(`"${text}" is not a listen address: use HOST:PORT (e.g. ${DEFAULT_LISTEN})`);
  const host = m[1] ? m[1].replace(/^\[|\]$/g, '') : '127.0.0.1';
  return { host, port };
}

/** Whether the controller is ready, and if not, why (the first reason that applies). */
export function readiness(
  state: ControllerState,
  loopReady: boolean,
  opts: { intervalMs?: number; now?: number } = {},
): { ready: true } | { ready: false; reason: string } {
  if (!loopReady) return { ready: false, reason: 'the controller is starting or shutting down' };
  if (!state.leaseHeld)
    return { ready: false, reason: 'the lease is held by another controller (or not yet)' };
  const last = state.lastCycle;
  if (!last) return { ready: false, reason: 'no cycle has finished yet' };
  if (!last.completed)
    return {
      ready: false,
      reason: `the last cycle ${last.id} did not complete: ${last.error ?? 'unknown error'}`,
    };
  if (opts.intervalMs !== undefined) {
    const age = (opts.now ?? Date.now()) - Date.parse(last.finishedAt);
    const max = READY_MAX_INTERVALS * opts.intervalMs;
    if (!(age <= max))
      return {
        ready: false,
        reason: `the last cycle ${last.id} finished ${Math.round(age / 1000)} s ago, more than ${READY_MAX_INTERVALS} intervals`,
      };
  }
  return { ready: true };
}

const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  const text = maskSecrets(`${JSON.stringify(body, null, 2)}\n`);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    ...headers,
  });
  res.end(text);
};

const hasBody = (req: IncomingMessage) =>
  req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;

export async function startControllerHttp(
  source: ControllerSource,
  metrics: Registry,
  opts: ControllerHttpOptions,
): Promise<ControllerHttp> {
  const { host, port } = parseListen(opts.listen);
  const now = opts.now ?? Date.now;

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method !== 'GET')
      return json(res, 405, { error: `method ${req.method} not allowed: GET only` }, { allow: 'GET' });
    if (hasBody(req)) {
      res.shouldKeepAlive = false;
      return json(res, 413, { error: 'request bodies are not accepted' }, { connection: 'close' });
    }
    switch (path) {
      case HEALTH_PATH:
        return json(res, 200, { status: 'ok' });
      case READY_PATH: {
        const r = readiness(source.state(), source.ready(), {
          ...(opts.intervalMs !== undefined ? { intervalMs: opts.intervalMs } : {}),
          now: now(),
        });
        return r.ready
          ? json(res, 200, { status: 'ready' })
          : json(res, 503, { status: 'not ready', reason: r.reason });
      }
      case METRICS_PATH: {
        const text = await metrics.metrics();
        res.writeHead(200, { 'content-type': metrics.contentType, 'cache-control': 'no-store' });
        return res.end(text);
      }
      case STATUS_PATH:
        return json(res, 200, source.state());
      default:
        return json(res, 404, {
          error: `no such endpoint: ${path}`,
          endpoints: [HEALTH_PATH, READY_PATH, METRICS_PATH, STATUS_PATH],
        });
    }
  };

  const server = createServer(
    { maxHeaderSize: 16 * 1024, requestTimeout: 10_000, headersTimeout: 10_000 },
    (req, res) => {
      handle(req, res).catch((err: unknown) => {
        if (!res.headersSent) json(res, 500, { error: (err as Error).message });
        else res.destroy();
      });
    },
  );
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const bound = server.address() as AddressInfo;
  const shownHost = bound.family === 'IPv6' ? `[${bound.address}]` : bound.address;
  return {
    url: `http://${shownHost}:${bound.port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
