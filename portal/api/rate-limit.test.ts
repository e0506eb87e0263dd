// The fixed-window limiter with a fake clock, and parsing of `--rate-limit` specs.
import { describe, expect, it } from 'vitest';
import { createRateLimiter, parseRateLimit } from './rate-limit.js';

describe('createRateLimiter', () => {
  it('allows `limit` requests per window per key, reports remaining and reset, and refills after the window', () => {
    let now = 1_000_000;
    const limiter = createRateLimiter({ limit: 2, windowSeconds: 10 }, () => now);
    expect(limiter.take('a')).toEqual({ allowed: true, remaining: 1, resetSeconds: 10 });
    now += 4_500;
    expect(limiter.take('a')).toEqual({ allowed: true, remaining: 0, resetSeconds: 6 });
    expect(limiter.take('a')).toEqual({ allowed: false, remaining: 0, resetSeconds: 6 });
    expect(limiter.take('b').allowed).toBe(true);
    now += 5_500;
    expect(limiter.take('a')).toEqual({ allowed: true, remaining: 1, resetSeconds: 10 });
  });
});

describe('parseRateLimit', () => {
  it.each([
    { spec: '1200/300s', want: { limit: 1200, windowSeconds: 300 } },
    { spec: '1200/5m', want: { limit: 1200, windowSeconds: 300 } },
    { spec: '10/1h', want: { limit: 10, windowSeconds: 3600 } },
    { spec: '50', want: { limit: 50, windowSeconds: 300 } },
  ])('parses $spec', ({ spec, want }) => {
    expect(parseRateLimit(spec)).toEqual(want);
  });
  it.each(['', 'fast', '0/10s', '10/0s', '-1/5s'])('refuses "%s"', (spec) => {
    expect(() => parseRateLimit(spec)).toThrow();
  });
});
