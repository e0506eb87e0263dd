/**
 * Fault injection for pipelines' own tests: a spec like `429=0.1,500=0.05,latency=50ms,seed=7` becomes a
 * typed FaultConfig; per request, one draw from a (seedable, hence deterministic) PRNG picks at most one
 * failure status, after the optional latency. It runs before any handler, so a failed request writes nothing.
 */
import type { MiddlewareHandler } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { InjectedFaultError, RateLimitedError } from './errors.js';

export interface FaultConfig {
  /** Failure statuses and their probabilities (sum at most 1). */
  failures: { status: number; probability: number }[];
  /** Delay added to every request, in ms. */
  latencyMs: number;
  /** PRNG seed; with the same seed and request sequence the same requests fail. */
  seed?: number;
}

export class FaultSpecError extends Error {
  constructor(spec: string, reason: string) {
    super(`invalid --faults "${spec}": ${reason}`);
    this.name = 'FaultSpecError';
  }
}

function parseDuration(text: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)(ms|s)?$/.exec(text);
  if (!match) return undefined;
  return Number(match[1]) * (match[2] === 's' ? 1000 : 1);
}

export function parseFaults(spec: string): FaultConfig {
  const config: FaultConfig = { failures: [], latencyMs: 0 };
  for (const part of spec
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const [key, value, ...rest] = part.split('=').map((s) => s.trim());
    if (!key || value === undefined || rest.length > 0)
      throw new FaultSpecError(spec, `"${part}" is not key=value`);
    if (key === 'latency') {
      const ms = parseDuration(value);
      if (ms === undefined) throw new FaultSpecError(spec, `latency "${value}" is not a duration like 50ms`);
      config.latencyMs = ms;
    } else if (key === 'seed') {
      if (!/^\d+$/.test(value))
        throw new FaultSpecError(spec, `seed "${value}" is not a non-negative integer`);
      config.seed = Number(value);
    } else if (/^[45]\d\d$/.test(key)) {
      const probability = Number(value);
      if (value === '' || !Number.isFinite(probability) || probability < 0 || probability > 1) {
        throw new FaultSpecError(spec, `probability for ${key} must be a number from 0 to 1`);
      }
      if (config.failures.some((f) => f.status === Number(key)))
        throw new FaultSpecError(spec, `${key} is given twice`);
      config.failures.push({ status: Number(key), probability });
    } else {
      throw new FaultSpecError(spec, `unknown key "${key}" (use a 4xx/5xx status, latency or seed)`);
    }
  }
  const total = config.failures.reduce((sum, f) => sum + f.probability, 0);
  if (total > 1 + 1e-9) throw new FaultSpecError(spec, `probabilities add up to ${total}, more than 1`);
  return config;
}

/** mulberry32: a tiny, fast, seedable PRNG (uniform in [0, 1)). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks the status to fail with for the next request, or undefined. */
export function createFaultPicker(config: FaultConfig): () => number | undefined {
  const random = config.seed === undefined ? Math.random : seededRandom(config.seed);
  return () => {
    if (config.failures.length === 0) return undefined;
    let r = random();
    for (const f of config.failures) {
      if (r < f.probability) return f.status;
      r -= f.probability;
    }
    return undefined;
  };
}

export function injectFaults(config: FaultConfig): MiddlewareHandler {
  const pick = createFaultPicker(config);
  return async (c, next) => {
    if (config.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, config.latencyMs));
    const status = pick();
    if (status !== undefined) {
      c.header('X-Portal-Fault', String(status));
      throw status === 429
        ? new RateLimitedError(1, 'injected fault: rate limited; please wait and retry')
        : new InjectedFaultError(status as ContentfulStatusCode);
    }
    await next();
  };
}
