// linkedSignal / oneAbortListener: however many requests hang on one long-lived signal, it carries one
// abort listener; aborting it aborts every running request with its reason, and finished ones are unlinked.
import { getEventListeners } from 'node:events';
import { describe, expect, it } from 'vitest';
import { linkedSignal, oneAbortListener } from './abort-fanout.js';

describe('linkedSignal', () => {
  it('puts one listener on the parent for any number of requests, and aborts them all with its reason', () => {
    const parent = new AbortController();
    const links = Array.from({ length: 50 }, () => linkedSignal(parent.signal));
    expect(getEventListeners(parent.signal, 'abort')).toHaveLength(1);
    links[0]?.release();
    const reason = new Error('transport closed');
    parent.abort(reason);
    expect(links[0]?.signal.aborted).toBe(false);
    for (const l of links.slice(1)) expect(l.signal.reason).toBe(reason);
  });

  it('is aborted at once when the parent already is', () => {
    const parent = new AbortController();
    parent.abort(new Error('gone'));
    expect(linkedSignal(parent.signal).signal.aborted).toBe(true);
  });
});

describe('oneAbortListener', () => {
  it('unlinks a JSON reply at once and an event stream when it ends', async () => {
    const parent = new AbortController();
    const seen: AbortSignal[] = [];
    const fetchFn = oneAbortListener(async (url, init) => {
      seen.push(init?.signal as AbortSignal);
      const sse = String(url).endsWith('/sse');
      return new Response(sse ? 'data: 1\n\n' : '{}', {
        headers: { 'content-type': sse ? 'text/event-stream' : 'application/json' },
      });
    });
    const json = await fetchFn('http://x/json', { signal: parent.signal });
    const sse = await fetchFn('http://x/sse', { signal: parent.signal });
    await json.text();
    parent.abort(new Error('closed'));
    expect(seen[0]?.aborted).toBe(false);
    expect(seen[1]?.aborted).toBe(true);
    expect(seen[0]).not.toBe(parent.signal);
    await sse.text();
  });
});
