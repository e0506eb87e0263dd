// Bounded concurrency for the sync scheduler: the limit holds, order is kept, a slow item blocks no one.
import { describe, expect, it } from 'vitest';
import { mapWithConcurrency } from './concurrency.js';

/** A promise plus its resolve function. */
function gate(): { promise: Promise<void>; open(): void } {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { promise, open };
}

describe('mapWithConcurrency', () => {
  it('keeps input order and never runs more than the limit at once', async () => {
    let running = 0;
    let peak = 0;
    const out = await mapWithConcurrency([5, 1, 4, 2, 3, 0, 6], 3, async (n) => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((r) => setImmediate(r));
      for (let i = 0; i < n; i++) await Promise.resolve();
      running--;
      return n * 10;
    });
    expect(out).toEqual([50, 10, 40, 20, 30, 0, 60]);
    expect(peak).toBe(3);
  });

  it('lets every other item finish while one item is stuck', async () => {
    const stuck = gate();
    const finished: number[] = [];
    const all = mapWithConcurrency([0, 1, 2, 3, 4, 5], 2, async (n) => {
      if (n === 0) await stuck.promise;
      finished.push(n);
      return n;
    });
    // Item 0 holds one slot; the other slot must work through items 1-5 on its own.
    await expect.poll(() => finished).toEqual([1, 2, 3, 4, 5]);
    stuck.open();
    expect(await all).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('starts nothing new after a rejection and rethrows the first error', async () => {
    const started: number[] = [];
    const boom = new Error('boom');
    const run = mapWithConcurrency([0, 1, 2, 3, 4], 1, async (n) => {
      started.push(n);
      if (n === 1) throw boom;
      return n;
    });
    await expect(run).rejects.toBe(boom);
    expect(started).toEqual([0, 1]);
  });

  it('handles an empty list and any iterable', async () => {
    expect(await mapWithConcurrency([], 4, async (n: number) => n)).toEqual([]);
    expect(await mapWithConcurrency(new Set(['a', 'b']), 8, async (s, i) => `${s}${i}`)).toEqual([
      'a0',
      'b1',
    ]);
  });

  it.each([0, -1, 1.5, Number.NaN])('rejects limit %s', async (limit) => {
    await expect(mapWithConcurrency([1], limit, async (n) => n)).rejects.toBeInstanceOf(RangeError);
  });
});
