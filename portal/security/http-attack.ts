/**
 * Raw HTTP for attack tests: requests with any Host header and from any loopback source address (127.0.0.x,
 * so per-address throttles can be exercised on one machine), a browser-like cookie jar with SameSite=Lax
 * rules, and a chunked body pump that stops as soon as the server answers, to measure how much it read.
 */
import { request } from 'node:http';

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface RawRequest {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  /** Source address, e.g. `127.0.0.7`. */
  localAddress?: string;
}

export function raw(url: string, init: RawRequest = {}): Promise<RawResponse> {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: u.hostname,
        port: u.port,
        path: `${u.pathname}${u.search}`,
        method: init.method ?? 'GET',
        headers: {
          ...(init.body !== undefined ? { 'content-length': String(Buffer.byteLength(init.body)) } : {}),
          ...init.headers,
        },
        ...(init.localAddress ? { localAddress: init.localAddress } : {}),
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(init.body);
  });
}

export const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
export const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

export const header = (r: RawResponse, name: string): string => {
  const v = r.headers[name];
  return Array.isArray(v) ? v.join(', ') : (v ?? '');
};

/** The `name=value` a response set as a cookie. */
export const cookieOf = (r: RawResponse): string => header(r, 'set-cookie').split(';')[0] ?? '';

export const hidden = (page: string, name: string): string =>
  new RegExp(`name="${name}" value="([^"]*)"`).exec(page)?.[1] ?? '';

export interface PumpResult {
  /** The status the server answered with; 0 if it closed the connection without one; -1 if none in 20 s. */
  status: number;
  /** Body bytes written before the answer (or the end). */
  sent: number;
}

/**
 * POSTs a body of up to `max` bytes, in 64 KiB chunks with backpressure, without Content-Length (chunked)
 * unless `declaredLength` is given, and stops writing as soon as the server answers.
 */
export function pump(
  url: string,
  max: number,
  opts: { contentType?: string; declaredLength?: number; headers?: Record<string, string> } = {},
): Promise<PumpResult> {
  const u = new URL(url);
  const chunk = Buffer.alloc(64 * 1024, 'a');
  return new Promise((resolve) => {
    let sent = 0;
    let answered = false;
    let settled = false;
    const done = (status: number) => {
      if (settled) return;
      settled = true;
      resolve({ status, sent });
    };
    const req = request(
      {
        host: u.hostname,
        port: u.port,
        path: `${u.pathname}${u.search}`,
        method: 'POST',
        headers: {
          'content-type': opts.contentType ?? 'application/x-www-form-urlencoded',
          ...(opts.declaredLength !== undefined
            ? { 'content-length': String(opts.declaredLength) }
            : { 'transfer-encoding': 'chunked' }),
          ...opts.headers,
        },
        agent: false,
      },
      (res) => {
        answered = true;
        res.resume();
        done(res.statusCode ?? 0);
        req.destroy();
      },
    );
    // A server that answers then closes may make further writes fail; give its answer a moment to arrive.
    req.on('error', () => setTimeout(() => done(0), 200));
    const timer = setTimeout(() => {
      done(-1);
      req.destroy();
    }, 20_000);
    timer.unref();
    const write = () => {
      while (!answered && sent < max) {
        sent += chunk.length;
        if (!req.write(chunk)) {
          req.once('drain', write);
          return;
        }
      }
      if (!answered) req.end();
    };
    if (opts.declaredLength !== undefined) req.write(chunk.subarray(0, 16));
    else write();
  });
}
