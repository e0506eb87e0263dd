// Backoff: full jitter under a doubling ceiling, capped; permanent errors wait the whole cap.
import { describe, expect, it } from 'vitest';
import { backoffDelay, isPermanent } from './backoff.js';

describe('backoffDelay', () => {
  it.each([
    { name: 'first failure, top of the jitter', failures: 1, r: 0.999, want: 4_995 },
    { name: 'first failure, bottom of the jitter', failures: 1, r: 0, want: 0 },
    { name: 'third failure doubles twice', failures: 3, r: 0.5, want: 10_000 },
    { name: 'many failures stay under the cap', failures: 40, r: 0.5, want: 150_000 },
  ])('$name', ({ failures, r, want }) => {
    expect(backoffDelay(failures, false, () => r)).toBe(want);
  });

  it('a permanent error waits the whole cap, whatever the random draw', () => {
    expect(backoffDelay(1, true, () => 0)).toBe(300_000);
    expect(backoffDelay(1, true, () => 0, { capMs: 60_000 })).toBe(60_000);
  });
});

describe('isPermanent', () => {
  it.each([
    { name: '400 validation', error: { class: 'ValidationError', status: 400 }, want: true },
    { name: '409 in use (a refused delete)', error: { class: 'InUseError', status: 409 }, want: true },
    { name: '403 refused', error: { class: 'AuthError', status: 403 }, want: true },
    { name: '429 rate limited', error: { class: 'RateLimitedError', status: 429 }, want: false },
    { name: '500', error: { class: 'ApiError', status: 500 }, want: false },
    { name: 'a transport error', error: { class: 'TransportError' }, want: false },
    { name: 'a missing secret', error: { class: 'MissingSecretError' }, want: true },
  ])('$name', ({ error, want }) => {
    expect(isPermanent({ ...error, message: 'x', exitCode: 1 })).toBe(want);
  });
});
