// The sign-in and registration throttles with an injected clock: lock after the threshold, doubling
// backoff capped at the maximum, refused attempts not extending a lock, reset on success, idle keys
// forgotten, fixed windows, and bounded memory.
import { describe, expect, it } from 'vitest';
import { FailureBackoff, LoginThrottle, WindowLimiter } from './throttle.js';

const clock = () => {
  let t = 1_000_000;
  return { now: () => t, advance: (ms: number) => (t += ms) };
};

describe('FailureBackoff', () => {
  const opts = { threshold: 3, baseMs: 1000, maxMs: 8000, forgetMs: 60_000 };

  it('locks after the threshold and doubles the lock with each further failure, up to the maximum', () => {
    const c = clock();
    const b = new FailureBackoff(opts, c.now);
    const locks: number[] = [];
    for (let i = 0; i < 7; i++) {
      b.fail('k');
      locks.push(b.retryAfterMs('k'));
      c.advance(b.retryAfterMs('k'));
    }
    expect(locks).toEqual([0, 0, 1000, 2000, 4000, 8000, 8000]);
  });

  it('forgets an idle key, and reset clears it at once', () => {
    const c = clock();
    const b = new FailureBackoff(opts, c.now);
    for (let i = 0; i < 3; i++) b.fail('k');
    expect(b.retryAfterMs('k')).toBe(1000);
    c.advance(61_000);
    b.fail('k');
    expect(b.retryAfterMs('k')).toBe(0);
    b.fail('k');
    b.fail('k');
    b.reset('k');
    expect(b.retryAfterMs('k')).toBe(0);
  });

  it('keeps at most maxKeys keys, dropping the stalest', () => {
    const b = new FailureBackoff({ ...opts, threshold: 1, maxKeys: 2 }, clock().now);
    b.fail('a');
    b.fail('b');
    b.fail('c');
    expect([b.retryAfterMs('a'), b.retryAfterMs('b'), b.retryAfterMs('c')]).toEqual([0, 1000, 1000]);
  });
});

describe('LoginThrottle', () => {
  it('counts an account across addresses and case, and an address across accounts', () => {
    const c = clock();
    const t = new LoginThrottle(c.now);
    for (let i = 0; i < 5; i++) t.failed(i % 2 ? 'Bob@Example.com' : 'bob@example.com', `10.0.0.${i}`);
    expect(t.retryAfterMs('bob@example.com', '10.9.9.9')).toBe(1000);
    for (let i = 0; i < 20; i++) t.failed(`u${i}@example.com`, '10.1.1.1');
    expect(t.retryAfterMs('alice@example.com', '10.1.1.1')).toBe(1000);
    expect(t.retryAfterMs('alice@example.com', '10.1.1.2')).toBe(0);
    c.advance(1000);
    t.succeeded('bob@example.com');
    expect(t.retryAfterMs('bob@example.com', '10.9.9.9')).toBe(0);
  });
});

describe('WindowLimiter', () => {
  it('allows max events per key per window, then answers the wait', () => {
    const c = clock();
    const w = new WindowLimiter(2, 10_000, c.now);
    expect([w.take('a'), w.take('a'), w.take('a'), w.take('b')]).toEqual([0, 0, 10_000, 0]);
    c.advance(4000);
    expect(w.take('a')).toBe(6000);
    c.advance(6000);
    expect(w.take('a')).toBe(0);
  });
});
