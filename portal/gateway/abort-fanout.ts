/**
 * One abort listener per long-lived signal, however many requests hang on it. The SDK's client transport
 * passes its own (connection-long) AbortSignal to every request it sends, and each undici request listens
 * on the signal it is given: ten concurrent calls on one upstream connection put eleven listeners on one
 * signal (MaxListenersExceededWarning). Here each request gets its own signal, and the shared one carries
 * a single listener that aborts whichever requests are still running.
 */

type FetchLike = (url: string | URL, init?: RequestInit) => Promise<Response>;

const running = new WeakMap<AbortSignal, Set<AbortController>>();

/** A signal aborted with `parent` (with its reason); `release()` unlinks it once the request is over. */
export function linkedSignal(parent: AbortSignal): { signal: AbortSignal; release(): void } {
  const ctl = new AbortController();
  if (parent.aborted) {
    ctl.abort(parent.reason);
    return { signal: ctl.signal, release: () => {} };
  }
  let set = running.get(parent);
  if (!set) {
    const mine = new Set<AbortController>();
    set = mine;
    running.set(parent, mine);
    parent.addEventListener(
      'abort',
      () => {
        for (const c of mine) c.abort(parent.reason);
        mine.clear();
      },
      { once: true },
    );
  }
  set.add(ctl);
  const linked = set;
  return { signal: ctl.signal, release: () => linked.delete(ctl) };
}

/** `body` passed through unchanged, calling `done` once when it ends, fails or is cancelled. */
function onFinished(body: ReadableStream<Uint8Array>, done: () => void): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await reader.read();
        if (next.done) {
          done();
          controller.close();
        } else controller.enqueue(next.value);
      } catch (err) {
        done();
        controller.error(err);
      }
    },
    cancel(reason) {
      done();
      return reader.cancel(reason);
    },
  });
}

/**
 * Wraps a fetch whose replies are either read whole (JSON) or event streams: each request runs on a signal
 * linked to the caller's, unlinked when the reply has been read (for a stream: when it ends or is
 * cancelled), so the caller's signal holds one listener in all.
 */
export function oneAbortListener(fetchFn: FetchLike): FetchLike {
  return async (url, init = {}) => {
    const parent = init.signal;
    if (!parent) return fetchFn(url, init);
    const link = linkedSignal(parent);
    let res: Response;
    try {
      res = await fetchFn(url, { ...init, signal: link.signal });
    } catch (err) {
      link.release();
      throw err;
    }
    const streaming = (res.headers.get('content-type') ?? '').includes('text/event-stream');
    if (!streaming || !res.body) {
      link.release();
      return res;
    }
    return new Response(onFinished(res.body, link.release), {
      status: res.status,
      statusText: res.statusText,
      headers: res.headers,
    });
  };
}
