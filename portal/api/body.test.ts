// readJsonObject bounds the body itself (not only through the API's body-limit middleware): a streamed
// body without a length is refused with 413 once it passes the limit, without reading the rest.
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { errorHandler } from './app.js';
import { MAX_JSON_BODY_BYTES, readJsonObject } from './body.js';

/** A route that echoes the object it read, with the API's error mapping and no other middleware. */
function app() {
  const a = new Hono();
  a.post('/', async (c) => c.json(await readJsonObject(c)));
  a.onError(errorHandler(() => undefined));
  return a;
}

/** A body stream of `total` bytes in 64 KiB chunks, counting how many bytes were pulled from it. */
function counted(total: number) {
  const chunk = new Uint8Array(64 * 1024).fill(0x20);
  chunk[0] = 0x7b;
  let pulled = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled >= total) return controller.close();
      pulled += chunk.length;
      controller.enqueue(chunk);
    },
  });
  return { stream, pulled: () => pulled };
}

describe('readJsonObject', () => {
  it('refuses a streamed body past the limit with 413 (code 1007) without reading the rest', async () => {
    const body = counted(64 * MAX_JSON_BODY_BYTES);
    const res = await app().request('/', {
      method: 'POST',
      body: body.stream,
      headers: { 'content-type': 'application/json' },
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
    const envelope = (await res.json()) as { errors: { code: number }[] };
    expect(envelope.errors[0]?.code).toBe(1007);
    expect(body.pulled()).toBeLessThan(2 * MAX_JSON_BODY_BYTES);
  });

  it('refuses a declared Content-Length over the limit before reading', async () => {
    const body = counted(2 * MAX_JSON_BODY_BYTES);
    const res = await app().request('/', {
      method: 'POST',
      body: body.stream,
      headers: { 'content-type': 'application/json', 'content-length': String(2 * MAX_JSON_BODY_BYTES) },
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(body.pulled()).toBeLessThanOrEqual(64 * 1024);
  });

  it('reads a body at the limit', async () => {
    const text = JSON.stringify({ name: 'x'.repeat(MAX_JSON_BODY_BYTES - 20) });
    const res = await app().request('/', { method: 'POST', body: text });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { name: string }).name).toHaveLength(MAX_JSON_BODY_BYTES - 20);
  });
});
