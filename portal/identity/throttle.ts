/**
 * In-memory throttles for the portal's credential endpoints. `FailureBackoff` locks a key (an account or a
 * client address) after a number of failures, for a delay that doubles with every further failure, and
 * does not count attempts refused while locked (so a flood cannot extend the lock forever). `WindowLimiter`
 * allows a fixed number of events per key per window. Both bound their memory and forget idle keys.
 */

export interface BackoffOptions {
  /** Failures allowed before the first lock. */
  threshold: number;
  /** The first lock's length; each further failure doubles it. */
  baseMs: number;
  /** The longest lock. */
  maxMs: number;
  /** A key with no failure for this long starts again from zero. */
  forgetMs: number;
  /** Most keys remembered; the stalest are dropped first. */
  maxKeys?: number;
}

interface Failures {
  count: number;
  last: number;
  lockedUntil: number;
}

export class FailureBackoff {
  private readonly keys = new Map<string, Failures>();
  constructor(
    private readonly opts: BackoffOptions,
    private readonly now: () => number = Date.now,
  ) {}

  private entry(key: string): Failures | undefined {
    const e = this.keys.get(key);
    if (e && this.now() - e.last > this.opts.forgetMs && e.lockedUntil <= this.now()) {
      this.keys.delete(key);
      return undefined;
    }
    return e;
  }

  /** Milliseconds until `key` may try again (0: now). */
  retryAfterMs(key: string): number {
    const e = this.entry(key);
    return e ? Math.max(0, e.lockedUntil - this.now()) : 0;
  }

  /** Records a failure of `key` (not locked at the time) and locks it once past the threshold. */
  fail(key: string): void {
    const t = this.now();
    const e = this.entry(key) ?? { count: 0, last: t, lockedUntil: 0 };
    e.count += 1;
    e.last = t;
    const over = e.count - this.opts.threshold;
    if (over >= 0) e.lockedUntil = t + Math.min(this.opts.maxMs, this.opts.baseMs * 2 ** Math.min(over, 30));
    this.keys.delete(key);
    this.keys.set(key, e);
    const max = this.opts.maxKeys ?? 10_000;
    while (this.keys.size > max) {
      const oldest = this.keys.keys().next().value;
      if (oldest === undefined) break;
      this.keys.delete(oldest);
    }
  }

  /** Forgets `key`'s failures (a successful sign-in of that account). */
  reset(key: string): void {
    this.keys.delete(key);
  }
}

export class WindowLimiter {
  private readonly keys = new Map<string, { start: number; count: number }>();
  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
    private readonly maxKeys = 10_000,
  ) {}

  /** Takes one event for `key`; returns the milliseconds to wait when over the limit (0: allowed). */
  take(key: string): number {
    const t = this.now();
    let e = this.keys.get(key);
    if (!e || t - e.start >= this.windowMs) {
      e = { start: t, count: 0 };
      this.keys.delete(key);
      this.keys.set(key, e);
      while (this.keys.size > this.maxKeys) {
        const oldest = this.keys.keys().next().value;
        if (oldest === undefined) break;
        this.keys.delete(oldest);
      }
    }
    if (e.count >= this.max) return e.start + this.windowMs - t;
    e.count += 1;
    return 0;
  }
}

/** Sign-in throttling: per account (5 failures, then 1 s doubling to 15 min) and per client address (20). */
export class LoginThrottle {
  private readonly accounts: FailureBackoff;
  private readonly addresses: FailureBackoff;
  constructor(now: () => number = Date.now) {
    const common = { baseMs: 1000, maxMs: 15 * 60_000, forgetMs: 60 * 60_000 };
    this.accounts = new FailureBackoff({ threshold: 5, ...common }, now);
    this.addresses = new FailureBackoff({ threshold: 20, ...common }, now);
  }

  /** Users are shared by every portal, so an account's failures are counted across portals. */
  private static account(email: string) {
    return email.trim().toLowerCase();
  }

  /** Milliseconds before this account may try from this address (0: now). */
  retryAfterMs(email: string, ip: string): number {
    return Math.max(
      this.accounts.retryAfterMs(LoginThrottle.account(email)),
      this.addresses.retryAfterMs(ip),
    );
  }

  failed(email: string, ip: string): void {
    this.accounts.fail(LoginThrottle.account(email));
    this.addresses.fail(ip);
  }

  /** A successful sign-in clears the account's failures; the address keeps its own. */
  succeeded(email: string): void {
    this.accounts.reset(LoginThrottle.account(email));
  }
}
