/**
 * Per-token rate limiting, as Cloudflare's global API limit: a fixed window per token (default 1200
 * requests per 300 s). Every response carries `Ratelimit: "default";r=<remaining>;t=<seconds to reset>` and
 * `Ratelimit-Policy: "default";q=<quota>;w=<window s>`; once the budget is spent every call gets 429 (code
 * 971) with `Retry-After` until the window ends. Tokens are keyed by hash; the clock is injectable.
 */
import { hash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { presentedToken } from './auth.js';
import { RateLimitedError } from './errors.js';

export interface RateLimitConfig {
  /** Requests allowed per window. */
  limit: number;
  /** Window length in seconds. */
  windowSeconds: number;
}

export const DEFAULT_RATE_LIMIT: RateLimitConfig = { limit: 1200, windowSeconds: 300 };

export interface RateDecision {
  allowed: boolean;
  remaining: number;
  /** Whole seconds until the window resets (at least 1 while the window is open). */
  resetSeconds: number;
}

export interface RateLimiter {
  take(key: string): RateDecision;
}

/** Parses `1200/300s`, `1200/5m` or `1200` (per 300 s). */
export function parseRateLimit(spec: string): RateLimitConfig {
  const match = /^\s*(\d+)\s*(?:\/\s*(\d+)\s*(s|m|h)?\s*)?$/.exec(spec);
  if (!match)
    throw new Error(`invalid --rate-limit "${spec}": expected <requests>/<seconds>, e.g. 1200/300s`);
  const limit = Number(match[1]);
  const unit = { s: 1, m: 60, h: 3600 }[(match[3] ?? 's') as 's' | 'm' | 'h'];
  const windowSeconds = match[2] === undefined ? DEFAULT_RATE_LIMIT.windowSeconds : Number(match[2]) * unit;
  if (limit < 1 || windowSeconds < 1)
    throw new Error(`invalid --rate-limit "${spec}": values must be positive`);
  return { limit, windowSeconds };
}

export function createRateLimiter(config: RateLimitConfig, now: () => number = Date.now): RateLimiter {
  const windowMs = config.windowSeconds * 1000;
  const windows = new Map<string, { start: number; count: number }>();
  return {
    take(key) {
      const t = now();
      let w = windows.get(key);
      if (!w || t >= w.start + windowMs) {
        if (windows.size > 10_000) {
          for (const [k, v] of windows) if (t >= v.start + windowMs) windows.delete(k);
        }
        w = { start: t, count: 0 };
        windows.set(key, w);
      }
      w.count += 1;
      const resetSeconds = Math.max(1, Math.ceil((w.start + windowMs - t) / 1000));
      return {
        allowed: w.count <= config.limit,
        remaining: Math.max(0, config.limit - w.count),
        resetSeconds,
      };
    },
  };
}

/** The middleware: sets both headers on every response (errors included) and refuses over-budget calls. */
export function rateLimit(config: RateLimitConfig, limiter = createRateLimiter(config)): MiddlewareHandler {
  const policy = `"default";q=${config.limit};w=${config.windowSeconds}`;
  return async (c, next) => {
    const token = presentedToken({ get: (name) => c.req.header(name) }) ?? '';
    const key = hash('sha256', token, 'base64url');
    const decision = limiter.take(key);
    c.header('Ratelimit', `"default";r=${decision.remaining};t=${decision.resetSeconds}`);
    c.header('Ratelimit-Policy', policy);
    if (!decision.allowed) {
      throw new RateLimitedError(
        decision.resetSeconds,
        `More than ${config.limit} requests per ${config.windowSeconds} seconds reached. Please wait and consider throttling your request speed`,
      );
    }
    await next();
  };
}
