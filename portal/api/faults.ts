/**
 * Fault injection for pipelines' own tests: a spec like `429=0.1,500=0.05,lost=0.1,latency=50ms,seed=7`
 * becomes a typed FaultConfig; per request, one draw from a (seedable, hence deterministic) PRNG picks at
 * most one fault, after the optional latency. A failure status fires before any handler, so nothing is
 * written; a lost reply lets the handler run and commit, then drops its answer (the ambiguous case).
 */
import type { HttpBindings } from '@hono/node-server';
import type { MiddlewareHandler } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { InjectedFaultError, RateLimitedError } from './errors.js';

/** How a lost reply reaches the client: a gateway-style 5xx answer, or a reset connection. */
export type LostReply = number | 'reset';

/** What happens to one request. */
export type Fault = { kind: 'fail'; status: number } | { kind: 'lost'; as: LostReply };

export interface FaultConfig {
  /** Failure statuses and their probabilities, answered before any handler (sum with `lost` at most 1). */
  failures: { status: number; probability: number }[];
  /**
   * Requests processed in full (writes committed) whose reply is then lost: with `probability`, the client
   * gets one of `as` (drawn from the same PRNG) instead of the answer.
   */
  lost?: { probability: number; as: LostReply[] };
  /** Only requests with these methods draw a fault (default: all); the latency still applies to all. */
  methods?: string[];
  /** Delay added to every request, in ms. */
  latencyMs: number;
  /** PRNG seed; with the same seed and request sequence the same requests fail. */
  seed?: number;
  /** Told of every fault as it is injected (for tests and logs); not part of the spec syntax. */
  onFault?: (fault: Fault, request: { method: string; path: string }) => void;
}

/** The ways a lost reply shows when `lost-as` is not given: a proxy's 502 or 504, or a reset. */
export const DEFAULT_LOST_AS: readonly LostReply[] = [502, 504, 'reset'];

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

function parseProbability(spec: string, key: string, value: string): number {
  const probability = Number(value);
  if (value === '' || !Number.isFinite(probability) || probability < 0 || probability > 1) {
    throw new FaultSpecError(spec, `probability for ${key} must be a number from 0 to 1`);
  }
  return probability;
}

/**
 * Spec syntax, comma-separated `key=value`:
 * - `<4xx|5xx>=<p>`: answer that status with probability p, before any handler (nothing is written);
 * - `lost=<p>`: with probability p, run the request and commit, then lose the reply;
 * - `lost-as=<5xx|reset>`: how a lost reply shows (default: 502, 504 or reset, drawn per lost reply);
 * - `methods=<METHOD>[+<METHOD>...]`: only these requests draw a fault (e.g. `methods=POST`: writes only);
 * - `latency=<n>ms|<n>s`: delay every request; `seed=<n>`: make the draws deterministic.
 */
export function parseFaults(spec: string): FaultConfig {
  const config: FaultConfig = { failures: [], latencyMs: 0 };
  let lostAs: LostReply | undefined;
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
    } else if (key === 'lost') {
      if (config.lost) throw new FaultSpecError(spec, 'lost is given twice');
      config.lost = { probability: parseProbability(spec, key, value), as: [...DEFAULT_LOST_AS] };
    } else if (key === 'lost-as') {
      if (lostAs !== undefined) throw new FaultSpecError(spec, 'lost-as is given twice');
      if (value === 'reset') lostAs = 'reset';
      else if (/^5\d\d$/.test(value)) lostAs = Number(value);
      else throw new FaultSpecError(spec, `lost-as "${value}" must be a 5xx status or reset`);
    } else if (key === 'methods') {
      if (config.methods) throw new FaultSpecError(spec, 'methods is given twice');
      const methods = value.split('+').map((m) => m.trim().toUpperCase());
      if (methods.some((m) => !/^[A-Z]+$/.test(m)))
        throw new FaultSpecError(spec, `methods "${value}" is not a list like POST+PUT`);
      config.methods = methods;
    } else if (/^[45]\d\d$/.test(key)) {
      const probability = parseProbability(spec, key, value);
      if (config.failures.some((f) => f.status === Number(key)))
        throw new FaultSpecError(spec, `${key} is given twice`);
      config.failures.push({ status: Number(key), probability });
    } else {
      throw new FaultSpecError(
        spec,
        `unknown key "${key}" (use a 4xx/5xx status, lost, lost-as, methods, latency or seed)`,
      );
    }
  }
  if (lostAs !== undefined) {
    if (!config.lost) throw new FaultSpecError(spec, 'lost-as needs lost=<probability>');
    config.lost.as = [lostAs];
  }
  const total = config.failures.reduce((sum, f) => sum + f.probability, 0) + (config.lost?.probability ?? 0);
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

/**
 * Picks the fault for the next request, or undefined. Exactly one draw per request (failures first, then
 * lost), so adding `lost` to a spec does not change which requests its failure statuses hit. The caller
 * draws only for requests whose method is eligible (`config.methods`).
 */
export function createFaultPicker(config: FaultConfig): () => Fault | undefined {
  const random = config.seed === undefined ? Math.random : seededRandom(config.seed);
  const lost = config.lost;
  return () => {
    if (config.failures.length === 0 && !lost) return undefined;
    let r = random();
    for (const f of config.failures) {
      if (r < f.probability) return { kind: 'fail', status: f.status };
      r -= f.probability;
    }
    if (!lost || r >= lost.probability || lost.as.length === 0) return undefined;
    // Where the draw fell within the lost band is itself uniform: it picks the way the reply is lost.
    const as = lost.as[Math.min(lost.as.length - 1, Math.floor((r / lost.probability) * lost.as.length))];
    return { kind: 'lost', as: as ?? 'reset' };
  };
}

export function injectFaults(config: FaultConfig): MiddlewareHandler<{ Bindings: Partial<HttpBindings> }> {
  const pick = createFaultPicker(config);
  return async (c, next) => {
    if (config.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, config.latencyMs));
    const eligible = !config.methods || config.methods.includes(c.req.method.toUpperCase());
    const fault = eligible ? pick() : undefined;
    const request = { method: c.req.method, path: c.req.path };
    if (fault?.kind === 'fail') {
      config.onFault?.(fault, request);
      c.header('X-Portal-Fault', String(fault.status));
      throw fault.status === 429
        ? new RateLimitedError(1, 'injected fault: rate limited; please wait and retry')
        : new InjectedFaultError(fault.status as ContentfulStatusCode);
    }
    await next();
    if (fault?.kind !== 'lost') return;
    // The handler has run and its writes are committed; now the answer goes missing.
    config.onFault?.(fault, request);
    const socket = c.env?.incoming?.socket;
    if (fault.as === 'reset' && socket) {
      socket.destroy();
      return;
    }
    // A gateway's answer instead of the real one (also for `reset` when served in memory, with no socket).
    c.header('X-Portal-Fault', 'lost');
    throw new InjectedFaultError((fault.as === 'reset' ? 502 : fault.as) as ContentfulStatusCode);
  };
}
