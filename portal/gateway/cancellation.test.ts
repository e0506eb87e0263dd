/**
 * Cancellation behaves as an AbortController does where the request path relies on it: listeners once and
 * in order, none after the abort, a lazily made AbortSignal that follows it, `delay` that stops on abort,
 * and `cancellationOf` that obeys a copied context's own signal.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type AbortLike, Cancellation, cancellationOf, delay, ownCancellation } from './cancellation.js';

afterEach(() => vi.restoreAllMocks());

describe('Cancellation', () => {
  it('runs each listener once, in order, with the reason set; later aborts change nothing', () => {
    const c = new Cancellation();
    const seen: string[] = [];
    const first = () => seen.push(`first:${String(c.reason)}`);
    c.addEventListener('abort', first);
    c.addEventListener('abort', first);
    c.addEventListener('abort', () => seen.push('second'));
    expect(c.aborted).toBe(false);
    c.abort('why');
    c.abort('again');
    expect(seen).toEqual(['first:why', 'second']);
    expect(c.reason).toBe('why');
  });

  it('gives a DOMException AbortError as the reason when none is given', () => {
    const c = new Cancellation();
    c.abort();
    expect(c.reason).toBeInstanceOf(DOMException);
    expect((c.reason as DOMException).name).toBe('AbortError');
  });

  it('does not run removed listeners or ones added after the abort', () => {
    const c = new Cancellation();
    const removed = vi.fn();
    c.addEventListener('abort', removed);
    c.removeEventListener('abort', removed);
    c.removeEventListener('abort', () => {});
    c.abort(new Error('x'));
    const late = vi.fn();
    c.addEventListener('abort', late);
    expect(removed).not.toHaveBeenCalled();
    expect(late).not.toHaveBeenCalled();
  });

  it('a throwing listener does not stop the others; its error is raised on its own', () => {
    const ticks: (() => void)[] = [];
    vi.spyOn(process, 'nextTick').mockImplementation(((fn: () => void) => {
      ticks.push(fn);
    }) as typeof process.nextTick);
    const c = new Cancellation();
    const after = vi.fn();
    c.addEventListener('abort', () => {
      throw new Error('listener failed');
    });
    c.addEventListener('abort', after);
    expect(() => c.abort()).not.toThrow();
    expect(after).toHaveBeenCalledOnce();
    expect(ticks).toHaveLength(1);
    expect(() => ticks[0]?.()).toThrow('listener failed');
  });

  it('makes its AbortSignal on first use, aborted with the same reason before or after', () => {
    const before = new Cancellation();
    const signal = before.signal;
    expect(before.signal).toBe(signal);
    const onAbort = vi.fn();
    signal.addEventListener('abort', onAbort);
    const reason = new Error('stop');
    before.abort(reason);
    expect(signal.aborted).toBe(true);
    expect(signal.reason).toBe(reason);
    expect(onAbort).toHaveBeenCalledOnce();

    const after = new Cancellation();
    after.abort(reason);
    expect(after.signal.aborted).toBe(true);
    expect(after.signal.reason).toBe(reason);
  });
});

describe('delay', () => {
  it('resolves after the time and leaves no listener behind', async () => {
    const listeners = new Set<() => void>();
    const signal: AbortLike = {
      aborted: false,
      reason: undefined,
      addEventListener: (_t, l) => listeners.add(l),
      removeEventListener: (_t, l) => listeners.delete(l),
    };
    await delay(5, signal);
    expect(listeners.size).toBe(0);
  });

  it('rejects with the reason when aborted during the wait, or at once when already aborted', async () => {
    const c = new Cancellation();
    const reason = new Error('gone');
    const waiting = delay(60_000, c);
    c.abort(reason);
    await expect(waiting).rejects.toBe(reason);
    await expect(delay(1, c)).rejects.toBe(reason);
    const real = new AbortController();
    real.abort(reason);
    await expect(delay(1, real.signal)).rejects.toBe(reason);
  });
});

describe('ownCancellation and cancellationOf', () => {
  /** A Cancellation that counts how often its AbortSignal is asked for. */
  class Counted extends Cancellation {
    asked = 0;
    override get signal(): AbortSignal {
      this.asked++;
      return super.signal;
    }
  }

  it("gives the owned Cancellation without making the extra's signal; a copy gets its own signal", () => {
    const c = new Counted();
    const extra = ownCancellation({ requestId: 1 }, c);
    expect(cancellationOf(extra)).toBe(c);
    expect(c.asked).toBe(0);

    const replaced = new AbortController();
    const copy = { ...extra, signal: replaced.signal };
    expect(cancellationOf(copy)).toBe(replaced.signal);
    const plain = { ...extra };
    expect(cancellationOf(plain)).toBe(c.signal);
  });

  it("gives the extra an enumerable signal that is the Cancellation's and aborts with it", () => {
    const c = new Cancellation();
    const extra = ownCancellation({ requestId: 1 }, c);
    expect(Object.keys(extra)).toEqual(['requestId', 'signal']);
    const signal = extra.signal;
    expect(signal).toBe(c.signal);
    expect(signal.aborted).toBe(false);
    const reason = new Error('client gone');
    c.abort(reason);
    expect(signal.aborted).toBe(true);
    expect(extra.signal.reason).toBe(reason);
  });

  it('gives every extra the same getter, so that extras share one hidden class', () => {
    const getterOf = (o: object) => Object.getOwnPropertyDescriptor(o, 'signal')?.get;
    const a = ownCancellation({ requestId: 1 }, new Cancellation());
    const b = ownCancellation({ requestId: 2 }, new Cancellation());
    expect(getterOf(a)).toBeTypeOf('function');
    expect(getterOf(a)).toBe(getterOf(b));
    expect(a.signal).not.toBe(b.signal);
  });
});
