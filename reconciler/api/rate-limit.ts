/**
 * One process-wide rate limiter for the management API, fed by the answers themselves: the
 * `Ratelimit: "name";r=<remaining>;t=<reset s>` header (Cloudflare's format) and `Retry-After` on 429.
 * Requests wait when the remaining budget falls to the reserve; a wait longer than `maxWaitMs` fails.
 */
import { RateLimitBudgetError } from './errors.js';

export interface RateLimiterOptions {
  /** The longest this process may wait in total for the budget to refill (default 5 min). */
  maxWaitMs?: number;
  /** Requests left for others sharing the token (the dashboard, other jobs); default 2% of the quota, at least 1. */
  reserve?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

/** Parses `"default";r=50;t=30` into remaining and reset seconds. */
export function parseRatelimit(
  header: string | undefined,
): { remaining: number; resetSeconds: number } | undefined {
  if (!header) return undefined;
  const r = /(?:^|;)\s*r=(\d+)/.exec(header);
  const t = /(?:^|;)\s*t=(\d+)/.exec(header);
  if (!r || !t) return undefined;
  return { remaining: Number(r[1]), resetSeconds: Number(t[1]) };
}

/** Parses `"default";q=1200;w=300` into quota and window. */
export function parseRatelimitPolicy(
  header: string | undefined,
): { quota: number; windowSeconds: number } | undefined {
  if (!header) return undefined;
  const q = /(?:^|;)\s*q=(\d+)/.exec(header);
  const w = /(?:^|;)\s*w=(\d+)/.exec(header);
  if (!q || !w) return undefined;
  return { quota: Number(q[1]), windowSeconds: Number(w[1]) };
}

/** `wait`, or its signal's reason as soon as the signal aborts (the wait itself is left to run out). */
export function abortable(wait: Promise<void>, signal?: AbortSignal): Promise<void> {
  if (!signal) return wait;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    wait.then(
      () => {
        signal.removeEventListener('abort', onAbort);
        resolve();
      },
      (err: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(err);
      },
    );
  });
}

export class RateLimiter {
  #remaining = Number.POSITIVE_INFINITY;
  #resetAt = 0;
  /** No request before this instant (a 429's Retry-After). */
  #blockedUntil = 0;
  #quota: number | undefined;
  #waitedMs = 0;
  /** The end of the latest wait counted, so overlapping waits count once (wall time blocked). */
  #waitedUntil = 0;
  readonly #reserveOverride: number | undefined;
  readonly #maxWaitMs: number;
  readonly #now: () => number;
  readonly #sleep: (ms: number) => Promise<void>;

  constructor(opts: RateLimiterOptions = {}) {
    this.#maxWaitMs = opts.maxWaitMs ?? 5 * 60_000;
    this.#reserveOverride = opts.reserve;
    this.#now = opts.now ?? Date.now;
    this.#sleep = opts.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  /** Wall time spent waiting so far. */
  get waitedMs(): number {
    return this.#waitedMs;
  }

  get #reserve(): number {
    if (this.#reserveOverride !== undefined) return this.#reserveOverride;
    return this.#quota ? Math.max(1, Math.floor(this.#quota * 0.02)) : 1;
  }

  /**
   * Waits (within the budget) until a request may be sent, and counts it against the window. With a
   * `signal`, a wait ends as soon as it aborts, rejecting with its reason (the Pulumi provider's Cancel and
   * customTimeouts).
   */
  async acquire(signal?: AbortSignal): Promise<void> {
    for (;;) {
      signal?.throwIfAborted();
      const now = this.#now();
      if (now < this.#blockedUntil) {
        await this.#waitUntil(this.#blockedUntil, signal);
        continue;
      }
      if (this.#remaining <= this.#reserve && now < this.#resetAt) {
        await this.#waitUntil(this.#resetAt, signal);
        this.#remaining = Number.POSITIVE_INFINITY;
        continue;
      }
      this.#remaining--;
      return;
    }
  }

  async #waitUntil(until: number, signal?: AbortSignal): Promise<void> {
    const now = this.#now();
    const added = Math.max(0, until - Math.max(now, this.#waitedUntil));
    if (this.#waitedMs + added > this.#maxWaitMs) {
      throw new RateLimitBudgetError(
        `rate limit: would wait ${Math.ceil((until - now) / 1000)} s more, past the budget of ${Math.round(this.#maxWaitMs / 1000)} s (--max-wait)`,
      );
    }
    this.#waitedMs += added;
    this.#waitedUntil = Math.max(this.#waitedUntil, until);
    await abortable(this.#sleep(until - now), signal);
  }

  /** Feeds the limiter from a response's headers. */
  observe(headers: { ratelimit?: string; policy?: string; retryAfter?: string; status: number }): void {
    const rl = parseRatelimit(headers.ratelimit);
    const policy = parseRatelimitPolicy(headers.policy);
    if (policy) this.#quota = policy.quota;
    if (rl) {
      this.#remaining = rl.remaining;
      this.#resetAt = this.#now() + rl.resetSeconds * 1000;
    }
    if (headers.status === 429) {
      const seconds = Number(headers.retryAfter);
      const ms = Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : 1000;
      this.#blockedUntil = Math.max(this.#blockedUntil, this.#now() + ms);
    }
  }
}
