// The requests a session relays to its client with its own string ids: answers taken out of POSTed bodies
// (one response, a batch of responses, a batch mixing them with other messages), the client's errors kept,
// cancellation and timeouts telling the client with notifications/cancelled, a closed stream and a closed
// session failing what waits.
import { ErrorCode, McpError } from '@modelcontextprotocol/sdk/types.js';
import { describe, expect, it } from 'vitest';
import { ClientRequests } from './client-requests.js';

type Msg = Record<string, unknown>;

/** A ClientRequests with what it wrote and the cancellations it sent. */
function harness() {
  const requests = new ClientRequests();
  const written: Msg[] = [];
  const cancels: Msg[] = [];
  const send = (opts: { signal?: AbortSignal; timeoutMs?: number } = {}) =>
    requests.send(
      { method: 'roots/list', params: {} },
      { timeoutMs: 5_000, ...opts },
      (m) => {
        written.push(m);
        return true;
      },
      (c) => cancels.push(c),
    );
  return { requests, written, cancels, send };
}

describe('ClientRequests', () => {
  it('sends string ids and takes a single response, resolving with its result', async () => {
    const h = harness();
    const answer = h.send();
    const id = h.written[0]?.id;
    expect(typeof id).toBe('string');
    expect(h.requests.take({ jsonrpc: '2.0', id, result: { roots: [] } })).toEqual({
      rest: undefined,
      taken: true,
    });
    await expect(answer).resolves.toEqual({ roots: [] });
  });

  it('takes every response of a batch, and leaves the other messages of a mixed batch to the transport', async () => {
    const h = harness();
    const a = h.send();
    const b = h.send();
    const [ida, idb] = h.written.map((m) => m.id);
    const other = { jsonrpc: '2.0', id: 7, result: {} };
    const note = { jsonrpc: '2.0', method: 'notifications/roots/list_changed' };
    expect(h.requests.take([{ jsonrpc: '2.0', id: ida, result: { a: 1 } }, other, note])).toEqual({
      rest: [other, note],
      taken: true,
    });
    expect(h.requests.take([{ jsonrpc: '2.0', id: idb, result: { b: 2 } }])).toEqual({
      rest: undefined,
      taken: true,
    });
    await expect(a).resolves.toEqual({ a: 1 });
    await expect(b).resolves.toEqual({ b: 2 });
  });

  it('leaves bodies that answer none of its requests as they are', () => {
    const h = harness();
    void h.send();
    const body = { jsonrpc: '2.0', id: 0, result: {} };
    expect(h.requests.take(body)).toEqual({ rest: body, taken: false });
    const request = { jsonrpc: '2.0', id: h.written[0]?.id, method: 'ping' };
    expect(h.requests.take(request)).toEqual({ rest: request, taken: false });
  });

  it("rejects with the client's error code, message and data", async () => {
    const h = harness();
    const answer = h.send();
    h.requests.take({
      jsonrpc: '2.0',
      id: h.written[0]?.id,
      error: { code: -32042, message: 'no', data: { x: 1 } },
    });
    await expect(answer).rejects.toMatchObject({ code: -32042, data: { x: 1 } });
    await expect(answer).rejects.toBeInstanceOf(McpError);
  });

  it('tells the client when the caller cancels, and when the time is up', async () => {
    const h = harness();
    const ctl = new AbortController();
    const cancelled = h.send({ signal: ctl.signal });
    ctl.abort(new Error('call ended'));
    await expect(cancelled).rejects.toThrow('call ended');
    const late = h.send({ timeoutMs: 20 });
    await expect(late).rejects.toMatchObject({ code: ErrorCode.RequestTimeout });
    expect(h.cancels).toEqual([
      {
        jsonrpc: '2.0',
        method: 'notifications/cancelled',
        params: { requestId: h.written[0]?.id, reason: 'cancelled' },
      },
      {
        jsonrpc: '2.0',
        method: 'notifications/cancelled',
        params: { requestId: h.written[1]?.id, reason: 'timed out' },
      },
    ]);
    // A late answer to a cancelled request is not taken.
    expect(h.requests.take({ jsonrpc: '2.0', id: h.written[0]?.id, result: {} }).taken).toBe(false);
  });

  it('fails at once when the stream is gone, and everything when the session closes', async () => {
    const requests = new ClientRequests();
    await expect(
      requests.send(
        { method: 'roots/list' },
        { timeoutMs: 1_000 },
        () => false,
        () => {},
      ),
    ).rejects.toThrow('closed');
    await expect(
      requests.send(
        { method: 'roots/list' },
        { timeoutMs: 1_000 },
        () => Promise.reject(new Error('no stream')),
        () => {},
      ),
    ).rejects.toThrow('no stream');
    const pending = requests.send(
      { method: 'roots/list' },
      { timeoutMs: 1_000 },
      () => true,
      () => {},
    );
    requests.close(new Error('the session was closed'));
    await expect(pending).rejects.toThrow('the session was closed');
    await expect(
      requests.send(
        { method: 'roots/list' },
        { timeoutMs: 1_000 },
        () => true,
        () => {},
      ),
    ).rejects.toThrow('the session was closed');
  });
});
