/**
 * IsoTime formats exactly as Date#toISOString does, for any instant and any order of calls (it reuses the
 * second's prefix between calls); the request log's rows carry that time.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IsoTime } from './request-log.js';

/** Instants Date can represent: ±8.64e15 ms around the epoch, the extended years included. */
const instant = fc.integer({ min: -8.64e15, max: 8.64e15 });

describe('IsoTime', () => {
  it('matches Date#toISOString for any sequence of instants', () => {
    fc.assert(
      fc.property(fc.array(instant, { minLength: 1, maxLength: 20 }), (times) => {
        const iso = new IsoTime();
        for (const ms of times) expect(iso.format(ms)).toBe(new Date(ms).toISOString());
      }),
      { numRuns: 500 },
    );
  });

  it('matches within one second and across its boundary, where the prefix is reused and renewed', () => {
    const iso = new IsoTime();
    const base = Date.UTC(2026, 11, 31, 23, 59, 59);
    for (const ms of [
      base,
      base + 1,
      base + 9,
      base + 10,
      base + 99,
      base + 100,
      base + 999,
      base + 1000,
      base - 1,
    ]) {
      expect(iso.format(ms)).toBe(new Date(ms).toISOString());
    }
  });
});
