/**
 * Writes a web `Response` to a Node response with as few socket writes as possible. An MCP POST answered
 * as an event stream usually carries one event and ends at once; sending headers, that event and the end
 * as one write (with a length) instead of three saves most of a small call's syscalls. If the stream has
 * not ended within a short wait (progress, elicitation, a slow upstream), it is streamed as usual.
 */
import type { ServerResponse } from 'node:http';

const TICK = Symbol('tick');

function headersOf(response: Response): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    out[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) out['set-cookie'] = cookies;
  return out;
}

/** Resolves with TICK after `ms` (0: on the next turn of the event loop); `cancel` clears the timer. */
function after(ms: number): { done: Promise<typeof TICK>; cancel(): void } {
  let cancel = () => {};
  const done = new Promise<typeof TICK>((resolve) => {
    if (ms > 0) {
      const t = setTimeout(() => resolve(TICK), ms);
      cancel = () => clearTimeout(t);
    } else {
      const t = setImmediate(() => resolve(TICK));
      cancel = () => clearImmediate(t);
    }
  });
  return { done, cancel };
}

/**
 * Writes `response` to `res`. Waits up to `maxWaitMs` for the first chunk, then gathers chunks that are
 * already available; if the body ended by then, everything goes out in one write.
 */
export async function writeCoalesced(
  res: ServerResponse,
  response: Response,
  maxWaitMs = 250,
): Promise<void> {
  const headers = headersOf(response);
  if (!response.body) {
    res.writeHead(response.status, headers);
    res.end();
    return;
  }
  const reader = response.body.getReader();
  res.once('close', () => {
    if (!res.writableFinished) void reader.cancel().catch(() => undefined);
  });
  const chunks: Uint8Array[] = [];
  let pending = reader.read();
  let wait = after(maxWaitMs);
  for (;;) {
    const next = await Promise.race([pending, wait.done]);
    if (next === TICK) break;
    wait.cancel();
    if (next.done) {
      const body = Buffer.concat(chunks);
      delete headers['transfer-encoding'];
      res.writeHead(response.status, { ...headers, 'content-length': String(body.length) });
      res.end(body);
      return;
    }
    chunks.push(next.value);
    pending = reader.read();
    wait = after(0);
  }
  wait.cancel();
  res.writeHead(response.status, headers);
  if (chunks.length > 0) res.write(Buffer.concat(chunks));
  for (;;) {
    let next: Awaited<typeof pending>;
    try {
      next = await pending;
    } catch {
      res.destroy();
      return;
    }
    if (next.done) {
      res.end();
      return;
    }
    res.write(next.value);
    pending = reader.read();
  }
}
