/**
 * The management API client: one undici agent, the v4 envelope, bounded concurrency, the shared rate
 * limiter, and retries with jittered exponential backoff on 429, 5xx and network errors. Used alike
 * for Cloudflare and the embedded portal. Counts every request, so plans can report API calls.
 */
import { Agent, type Dispatcher, request } from 'undici';
import type { Message, ResultInfo } from '../../schemas/generated/wire.js';
import { ApiError, RateLimitBudgetError, TransportError } from './errors.js';
import { RateLimiter } from './rate-limit.js';

export interface ApiClientOptions {
  /** The API base, e.g. `https://api.cloudflare.com/client/v4` (no trailing slash needed). */
  baseUrl: string;
  accountId: string;
  token: string;
  /** Attempts after the first for retryable failures (default 5). */
  maxRetries?: number;
  /** Total time this client may spend waiting on rate limits (default 5 min). */
  maxWaitMs?: number;
  /** Requests in flight at once (default 8). */
  concurrency?: number;
  /** Per-request timeout for headers and body (default 30 s). */
  timeoutMs?: number;
  dispatcher?: Dispatcher;
  limiter?: RateLimiter;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

export interface CallOptions {
  body?: unknown;
  query?: Record<string, string | number | undefined>;
  /**
   * Whether a 5xx or network failure may be retried blindly. False for creates: the caller resolves
   * the ambiguity (did it land?) by reading the object back. A 429 is always retried: it was not processed.
   */
  retryAmbiguous?: boolean;
}

export interface Envelope<T> {
  result: T;
  resultInfo?: ResultInfo;
  messages: Message[];
}

/** A failure whose outcome is unknown (5xx, connection reset): the request may or may not have landed. */
export class AmbiguousError extends Error {
  override readonly name = 'AmbiguousError';
}

class Semaphore {
  #free: number;
  #queue: (() => void)[] = [];
  constructor(size: number) {
    this.#free = size;
  }
  async run<T>(fn: () => Promise<T>): Promise<T> {
    if (this.#free > 0) this.#free--;
    else await new Promise<void>((resolve) => this.#queue.push(resolve));
    try {
      return await fn();
    } finally {
      const next = this.#queue.shift();
      if (next) next();
      else this.#free++;
    }
  }
}

const PER_PAGE = 100;

export class ApiClient {
  readonly accountId: string;
  /** Requests sent, including retries. */
  requests = 0;
  retries = 0;
  readonly limiter: RateLimiter;
  readonly #base: string;
  readonly #token: string;
  readonly #maxRetries: number;
  readonly #dispatcher: Dispatcher;
  readonly #ownsDispatcher: boolean;
  readonly #sem: Semaphore;
  readonly #sleep: (ms: number) => Promise<void>;
  readonly #random: () => number;
  readonly #timeoutMs: number;

  constructor(opts: ApiClientOptions) {
    this.#base = opts.baseUrl.replace(/\/+$/, '');
    this.accountId = opts.accountId;
    this.#token = opts.token;
    this.#maxRetries = opts.maxRetries ?? 5;
    this.#timeoutMs = opts.timeoutMs ?? 30_000;
    this.#ownsDispatcher = !opts.dispatcher;
    this.#dispatcher =
      opts.dispatcher ?? new Agent({ connections: opts.concurrency ?? 8, keepAliveTimeout: 10_000 });
    this.#sem = new Semaphore(opts.concurrency ?? 8);
    this.#sleep = opts.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.#random = opts.random ?? Math.random;
    this.limiter = opts.limiter ?? new RateLimiter({ maxWaitMs: opts.maxWaitMs, sleep: this.#sleep });
  }

  /** `/accounts/{account}` + path. */
  accountPath(path: string): string {
    return `/accounts/${encodeURIComponent(this.accountId)}${path}`;
  }

  #backoff(attempt: number): number {
    const cap = Math.min(10_000, 250 * 2 ** attempt);
    return Math.round(cap / 2 + (this.#random() * cap) / 2);
  }

  /** One API call with retries; returns the envelope's result or throws a typed error. */
  async call<T>(method: Dispatcher.HttpMethod, path: string, opts: CallOptions = {}): Promise<Envelope<T>> {
    const retryAmbiguous = opts.retryAmbiguous ?? method !== 'POST';
    for (let attempt = 0; ; attempt++) {
      let outcome:
        | { ok: true; value: Envelope<T> }
        | { ok: false; error: Error; retry: boolean; limited?: boolean };
      try {
        outcome = await this.#sem.run(() => this.#once<T>(method, path, opts));
      } catch (err) {
        if (err instanceof RateLimitBudgetError) throw err;
        const error = new AmbiguousError(`${method} ${path}: ${(err as Error).message}`, { cause: err });
        outcome = { ok: false, error, retry: retryAmbiguous };
      }
      if (outcome.ok) return outcome.value;
      if (!outcome.retry || attempt >= this.#maxRetries) throw outcome.error;
      this.retries++;
      // After a 429 the limiter holds every request until Retry-After; otherwise back off with jitter.
      if (!outcome.limited) await this.#sleep(this.#backoff(attempt));
    }
  }

  async #once<T>(
    method: Dispatcher.HttpMethod,
    path: string,
    opts: CallOptions,
  ): Promise<
    { ok: true; value: Envelope<T> } | { ok: false; error: Error; retry: boolean; limited?: boolean }
  > {
    await this.limiter.acquire();
    const url = new URL(`${this.#base}${path}`);
    for (const [k, v] of Object.entries(opts.query ?? {}))
      if (v !== undefined) url.searchParams.set(k, String(v));
    this.requests++;
    const res = await request(url, {
      method,
      dispatcher: this.#dispatcher,
      headers: {
        authorization: `Bearer ${this.#token}`,
        accept: 'application/json',
        'user-agent': 'mcp-portals/portalctl',
        ...(opts.body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      ...(opts.body !== undefined ? { body: JSON.stringify(opts.body) } : {}),
      headersTimeout: this.#timeoutMs,
      bodyTimeout: this.#timeoutMs,
    });
    const header = (name: string) => {
      const v = res.headers[name];
      return Array.isArray(v) ? v[0] : v;
    };
    this.limiter.observe({
      ratelimit: header('ratelimit'),
      policy: header('ratelimit-policy'),
      retryAfter: header('retry-after'),
      status: res.statusCode,
    });
    const text = await res.body.text();
    let body: {
      success?: boolean;
      result?: T;
      result_info?: ResultInfo;
      errors?: Message[];
      messages?: Message[];
    };
    try {
      body = text ? JSON.parse(text) : {};
    } catch {
      const error = new TransportError(
        `${method} ${path}: HTTP ${res.statusCode}, not JSON: ${text.slice(0, 200)}`,
      );
      if (res.statusCode === 429) {
        const limited = ApiError.fromResponse(429, [], method, path, { cause: error });
        return { ok: false, error: limited, retry: true, limited: true };
      }
      if (res.statusCode < 500) return { ok: false, error, retry: false };
      // A proxy's own 502/504 page: the request may have landed all the same.
      const ambiguous = new AmbiguousError(error.message, { cause: error });
      return { ok: false, error: ambiguous, retry: opts.retryAmbiguous ?? method !== 'POST' };
    }
    if (res.statusCode >= 200 && res.statusCode < 300 && body.success !== false) {
      return {
        ok: true,
        value: {
          result: body.result as T,
          messages: body.messages ?? [],
          ...(body.result_info ? { resultInfo: body.result_info } : {}),
        },
      };
    }
    const error = ApiError.fromResponse(res.statusCode, body.errors ?? [], method, path);
    if (res.statusCode === 429) return { ok: false, error, retry: true, limited: true };
    if (res.statusCode >= 500) {
      const ambiguous = new AmbiguousError(error.message, { cause: error });
      return { ok: false, error: ambiguous, retry: opts.retryAmbiguous ?? method !== 'POST' };
    }
    return { ok: false, error, retry: false };
  }

  /** Every item of a list endpoint, page by page (100 a page) until an empty or last page. */
  async listAll<T>(path: string, query: Record<string, string | number | undefined> = {}): Promise<T[]> {
    const items: T[] = [];
    for (let page = 1; ; page++) {
      const { result, resultInfo } = await this.call<T[]>('GET', path, {
        query: { ...query, page, per_page: PER_PAGE },
      });
      const list = Array.isArray(result) ? result : [];
      items.push(...list);
      if (list.length < PER_PAGE) break;
      if (resultInfo && resultInfo.total_pages > 0 && page >= resultInfo.total_pages) break;
    }
    return items;
  }

  async close(): Promise<void> {
    if (this.#ownsDispatcher) await this.#dispatcher.close();
  }
}
