/**
 * Cancellation on the per-call path without Node's EventTarget. Making an AbortController and adding and
 * removing an 'abort' listener cost several µs each; a proxied `tools/call` needed two controllers and four
 * such calls (~3% of the portal's CPU per call, measured A/B). `Cancellation` does the same job with an array of
 * listeners and makes a real AbortSignal only when something asks for one (the SDK's handlers, tasks).
 */

/** What the request path reads of a signal: satisfied by an AbortSignal and by a Cancellation. */
export interface AbortLike {
  readonly aborted: boolean;
  readonly reason: unknown;
  addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}

export class Cancellation implements AbortLike {
  #aborted = false;
  #reason: unknown;
  #listeners: (() => void)[] | undefined;
  #controller: AbortController | undefined;

  get aborted(): boolean {
    return this.#aborted;
  }

  get reason(): unknown {
    return this.#reason;
  }

  /**
   * Aborts once, as `AbortController.abort` does: listeners run in the order they were added, and one that
   * throws is reported as an uncaught exception without stopping the others.
   */
  abort(reason?: unknown): void {
    if (this.#aborted) return;
    this.#aborted = true;
    this.#reason = reason ?? new DOMException('This operation was aborted', 'AbortError');
    const listeners = this.#listeners;
    this.#listeners = undefined;
    this.#controller?.abort(this.#reason);
    if (!listeners) return;
    for (const listener of listeners) {
      try {
        listener();
      } catch (err) {
        process.nextTick(() => {
          throw err;
        });
      }
    }
  }

  /** Listeners added after the abort never run (as with an AbortSignal); adding one twice adds it once. */
  addEventListener(_type: 'abort', listener: () => void, _options?: { once?: boolean }): void {
    if (this.#aborted) return;
    if (!this.#listeners) this.#listeners = [listener];
    else if (!this.#listeners.includes(listener)) this.#listeners.push(listener);
  }

  removeEventListener(_type: 'abort', listener: () => void): void {
    const listeners = this.#listeners;
    const at = listeners ? listeners.indexOf(listener) : -1;
    if (at >= 0) listeners?.splice(at, 1);
  }

  /** A real AbortSignal that aborts with this, made on first use. */
  get signal(): AbortSignal {
    if (!this.#controller) {
      this.#controller = new AbortController();
      if (this.#aborted) this.#controller.abort(this.#reason);
    }
    return this.#controller.signal;
  }
}

/** Resolves after `ms`, or rejects with the signal's reason once it aborts. */
export function delay(ms: number, signal: AbortLike): Promise<void> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

const OWNED = Symbol('mcp-portals.cancellation');

/** A context marked by `ownCancellation`: the Cancellation, and the context it was given to. */
type Marked = { [OWNED]?: { cancellation: Cancellation; owner: object } };

/** The one `signal` getter of every marked extra: the owned Cancellation's signal, made on first use. */
function ownedSignal(this: Marked): AbortSignal {
  return (this[OWNED] as { cancellation: Cancellation }).cancellation.signal;
}

/**
 * Marks `extra` (a request handler's context) as cancelled by `cancellation`, and gives it a `signal` getter
 * that hands out the Cancellation's AbortSignal on demand. A copy of the extra (`{ ...extra, signal }`)
 * carries the mark but is not its owner, so whoever replaces the signal in a copy is obeyed. (A property,
 * not a WeakMap: no ephemeron per request.)
 *
 * The getter is one module function, defined here, not a getter in the caller's object literal: a literal's
 * getter is a new function per request, so every extra got a hidden class of its own (allocated in old
 * space) that referenced the request's closures, and the young-generation GC then promoted whole request
 * graphs (~1 MB per scavenge, ~2.4 KB per proxied call) and ran a full GC every few seconds. With one
 * shared getter all extras share one hidden class and 10-25 KB survive a scavenge (`--trace-gc-nvp`).
 */
export function ownCancellation<T extends object>(
  extra: T,
  cancellation: Cancellation,
): T & { readonly signal: AbortSignal } {
  (extra as Marked)[OWNED] = { cancellation, owner: extra };
  Object.defineProperty(extra, 'signal', { get: ownedSignal, enumerable: true, configurable: true });
  return extra as T & { readonly signal: AbortSignal };
}

/** What cancels the request `extra` belongs to, without making its AbortSignal when it has a Cancellation. */
export function cancellationOf(extra: { readonly signal: AbortSignal }): AbortLike {
  const mark = (extra as Marked)[OWNED];
  return mark !== undefined && mark.owner === extra ? mark.cancellation : extra.signal;
}
