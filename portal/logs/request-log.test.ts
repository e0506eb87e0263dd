/**
 * IsoTime formats exactly as Date#toISOString does, for any instant and any order of calls (it reuses the
 * second's prefix between calls); the request log's rows carry that time. Rows wait in memory until 250
 * are buffered (then they are written at once, in order) or a second has passed.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSecretBox } from '../store/crypto.js';
import { openRepository } from '../store/sqlite-repository.js';
import { IsoTime, RequestLogger } from './request-log.js';

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

describe('RequestLogger batches', () => {
  afterEach(() => vi.useRealTimers());
  const setup = () => {
    const repo = openRepository(':memory:', createSecretBox(Buffer.alloc(32, 3)));
    const logger = new RequestLogger(repo);
    const stored = () =>
      repo.logs.query({ page: 1, per_page: 1000, direction: 'asc' }).items.map((r) => r.user);
    const row = (i: number) =>
      logger.record({ status: 'ok', portalId: 'p', method: 'tools/call', durationMs: 1, user: `u${i}` });
    return { repo, logger, stored, row };
  };

  it('writes 250 buffered rows at once, in order, without waiting for the timer', () => {
    vi.useFakeTimers();
    const { repo, logger, stored, row } = setup();
    for (let i = 0; i < 249; i++) row(i);
    expect(stored()).toEqual([]);
    row(249);
    expect(stored()).toEqual(Array.from({ length: 250 }, (_, i) => `u${i}`));
    logger.close();
    repo.close();
  });

  it('writes fewer rows a second after the first of them, not before', () => {
    vi.useFakeTimers();
    const { repo, logger, stored, row } = setup();
    row(0);
    vi.advanceTimersByTime(500);
    row(1);
    vi.advanceTimersByTime(499);
    expect(stored()).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(stored()).toEqual(['u0', 'u1']);
    logger.close();
    repo.close();
  });
});
