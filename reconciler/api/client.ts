/**
 * The management API client: keep-alive connections (http-transport.ts), the v4 envelope, bounded
 * concurrency, the shared rate limiter, and retries with jittered exponential backoff on 429, 5xx and
 * network errors. Used alike for Cloudflare and the embedded portal. Counts every request, so plans can
 * report API calls. Options: `record` sees every request as it is sent (method, path, body); `dryRun`
 * answers writes locally (recorded, never sent) while reads still go to the API, which is what `apply
 * --dry-run` runs on. Notes the extensions of Cloudflare's API an answer announces
 * (`Mcp-Portals-Extensions`: the embedded portal).
 */
import type { Message, ResultInfo } from '../../schemas/generated/wire.js';
import { maskSecrets } from '../render/mask.js';
import { registerSecretValue } from '../secrets.js';
import {
  ApiError,
  DeadlineError,
  MalformedResponseError,
  RateLimitBudgetError,
  TransportError,
} from './errors.js';
import { type HttpMethod, HttpTransport } from './http-transport.js';
import { abortable, RateLimiter } from './rate-limit.js';

/** The response header that lists the extensions an API takes (lower-case, as Node gives headers). */
export const EXTENSIONS_HEADER = 'mcp-portals-extensions';

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
  /** Connections shared with another client (`derive`); the client makes its own otherwise. */
  transport?: HttpTransport;
  limiter?: RateLimiter;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  /** Called for every request: each attempt sent (retries included), and each write a dry run held back. */
  record?: (request: RecordedRequest) => void;
  /**
   * Writes (anything but GET) are recorded and never sent; each is answered locally with `success: true`
   * and the request body as the result, plus `id: DRY_RUN_ID` when the body has no id of its own (an id
   * the API would assign). Reads are sent as usual.
   */
  dryRun?: boolean;
  /**
   * The moment (epoch ms) after which no request is sent or awaited any longer: one overall deadline for a
   * command (`--deadline`), so an API that never answers fails in bounded time with a DeadlineError.
   */
  deadlineAt?: number;
  /**
   * Aborts every call of this client: the request in flight, rate-limit waits and retry backoffs end at
   * once and the call rejects with the signal's reason, never retried (the Pulumi provider derives one
   * client per operation with the engine's Cancel and customTimeouts in it). None by default (portalctl).
   */
  signal?: AbortSignal;
  /**
   * Told of every attempt's outcome once it is known (retries included; not a dry run's held-back writes):
   * the HTTP status, or 0 when no answer came (connection refused or reset, timeout). For metrics.
   */
  onResponse?: (response: ResponseEvent) => void;
  /**
   * A successful GET whose answer is byte for byte the last one for the same URL (query included) is not
   * parsed or checked again: the earlier result is handed back, frozen deeply so no reader can change what
   * the next one gets. For the controller, which lists everything each cycle and mostly sees the same pages
   * (a parse and a schema check of 1,300 objects is a fifth of a no-op cycle); one answer kept per URL.
   */
  reuseUnchangedAnswers?: boolean;
}

/** One attempt's outcome as `onResponse` sees it; `path` as in RecordedRequest (no query). */
export interface ResponseEvent {
  method: HttpMethod;
  path: string;
  /** The HTTP status, or 0 for a network error. */
  status: number;
  durationMs: number;
}

/** A request as the client sends it (the body is the object serialised as JSON; it may hold secrets). */
export interface RecordedRequest {
  method: HttpMethod;
  /** Relative to the API base, e.g. `/accounts/abc/access/apps`, without the query. */
  path: string;
  query: Record<string, string>;
  body?: unknown;
  /** False for a write held back by a dry run. */
  sent: boolean;
}

/** The id a dry run's answer to a create carries when the API would assign it (see `dryRun`). */
export const DRY_RUN_ID = '<assigned by the API>';

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
/** Pages of one list requested at once at most (a wrong page count cannot make thousands of promises). */
const MAX_PAGES_AT_ONCE = 100;

/** Freezes `value` and everything reachable from it (parsed JSON: plain objects and arrays, no cycles). */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

const queryOf = (opts: CallOptions): Record<string, string> =>
  Object.fromEntries(
    Object.entries(opts.query ?? {})
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, String(v)]),
  );
/** A structured copy, so that what was recorded does not change with the caller's object. */
const bodyOf = (opts: CallOptions) => (opts.body !== undefined ? { body: structuredClone(opts.body) } : {});

/**
 * The answer checks (response-check.ts) and their precompiled wire validators, half a megabyte of code:
 * loaded once the first request is on its way, while the API works on it, instead of before anything is
 * sent (~40 ms of every API command's start). A failed load fails each answer's check, not the process.
 */
let answerChecks: Promise<typeof import('./response-check.js')> | undefined;
function loadAnswerChecks() {
  if (!answerChecks) {
    answerChecks = import('./response-check.js');
    answerChecks.catch(() => {});
  }
  return answerChecks;
}

export class ApiClient {
  readonly accountId: string;
  /** Requests sent, including retries. */
  requests = 0;
  retries = 0;
  /**
   * Extensions of Cloudflare's API that answers announced in an `Mcp-Portals-Extensions` header (the embedded
   * portal's portals collection: `resources`). Cloudflare announces none, so nothing is assumed of it.
   */
  readonly extensions = new Set<string>();
  readonly limiter: RateLimiter;
  readonly #base: string;
  readonly #token: string;
  readonly #maxRetries: number;
  readonly #transport: HttpTransport;
  readonly #ownsTransport: boolean;
  readonly #sem: Semaphore;
  readonly #sleep: (ms: number) => Promise<void>;
  readonly #random: () => number;
  readonly #timeoutMs: number;
  readonly #record: ((request: RecordedRequest) => void) | undefined;
  readonly #dryRun: boolean;
  readonly #opts: ApiClientOptions;
  readonly #signal: AbortSignal | undefined;
  #deadlineAt: number | undefined;

  /** With `reuseUnchangedAnswers`: the last successful GET answer per URL, its text and its frozen envelope. */
  readonly #answers: Map<string, { text: string; value: Envelope<unknown> }> | undefined;

  constructor(opts: ApiClientOptions) {
    this.#opts = opts;
    this.#answers = opts.reuseUnchangedAnswers ? new Map() : undefined;
    this.#deadlineAt = opts.deadlineAt;
    this.#signal = opts.signal;
    // The token is masked in everything portalctl prints, wherever the text comes from.
    registerSecretValue(opts.token);
    this.#record = opts.record;
    this.#dryRun = opts.dryRun ?? false;
    this.#base = opts.baseUrl.replace(/\/+$/, '');
    this.accountId = opts.accountId;
    this.#token = opts.token;
    this.#maxRetries = opts.maxRetries ?? 5;
    this.#timeoutMs = opts.timeoutMs ?? 30_000;
    this.#ownsTransport = !opts.transport;
    this.#transport =
      opts.transport ?? new HttpTransport({ connections: opts.concurrency ?? 8, keepAliveMs: 10_000 });
    this.#sem = new Semaphore(opts.concurrency ?? 8);
    this.#sleep = opts.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.#random = opts.random ?? Math.random;
    this.limiter = opts.limiter ?? new RateLimiter({ maxWaitMs: opts.maxWaitMs, sleep: this.#sleep });
  }

  /**
   * Another client for the same API, account and token, sharing this one's connections and rate limiter
   * (so both count against one budget), with some options changed: e.g. `{ dryRun: true, record }`.
   */
  derive(overrides: Pick<ApiClientOptions, 'record' | 'dryRun' | 'signal' | 'maxRetries'>): ApiClient {
    return new ApiClient({
      ...this.#opts,
      ...(this.#deadlineAt !== undefined ? { deadlineAt: this.#deadlineAt } : {}),
      transport: this.#transport,
      limiter: this.limiter,
      sleep: this.#sleep,
      random: this.#random,
      ...overrides,
    });
  }

  /** Sets the overall deadline (epoch ms; see `ApiClientOptions.deadlineAt`) of every later call. */
  setDeadline(at: number): void {
    this.#deadlineAt = at;
  }

  /** Throws a DeadlineError when the deadline has passed (or would, after waiting `waitMs`). */
  #checkDeadline(method: string, path: string, waitMs = 0, cause?: unknown): void {
    if (this.#deadlineAt === undefined || Date.now() + waitMs < this.#deadlineAt) return;
    throw new DeadlineError(
      `${method} ${path}: the deadline passed before the API answered (raise it with --deadline)`,
      cause === undefined ? undefined : { cause },
    );
  }

  /** `text` with the token and every known secret masked (an API may echo what it was sent). */
  #mask(text: string): string {
    return maskSecrets(text, [this.#token]);
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
  async call<T>(method: HttpMethod, path: string, opts: CallOptions = {}): Promise<Envelope<T>> {
    if (this.#dryRun && method !== 'GET') return this.#holdBack<T>(method, path, opts);
    const retryAmbiguous = opts.retryAmbiguous ?? method !== 'POST';
    for (let attempt = 0; ; attempt++) {
      this.#signal?.throwIfAborted();
      this.#checkDeadline(method, path);
      let outcome:
        | { ok: true; value: Envelope<T> }
        | { ok: false; error: Error; retry: boolean; limited?: boolean };
      try {
        outcome = await this.#sem.run(() => this.#once<T>(method, path, opts));
      } catch (err) {
        if (err instanceof RateLimitBudgetError) throw err;
        this.#signal?.throwIfAborted();
        this.#checkDeadline(method, path, 0, err);
        const error = new AmbiguousError(`${method} ${path}: ${this.#mask((err as Error).message)}`, {
          cause: err,
        });
        outcome = { ok: false, error, retry: retryAmbiguous };
      }
      if (outcome.ok) return outcome.value;
      if (!outcome.retry || attempt >= this.#maxRetries) throw outcome.error;
      this.retries++;
      // After a 429 the limiter holds every request until Retry-After; otherwise back off with jitter.
      const wait = outcome.limited ? 0 : this.#backoff(attempt);
      this.#checkDeadline(method, path, wait, outcome.error);
      if (wait) await abortable(this.#sleep(wait), this.#signal);
    }
  }

  /** The request's abort signal: the overall deadline's, the client's, or both. */
  #requestSignal(): { signal?: AbortSignal } {
    const deadline =
      this.#deadlineAt !== undefined
        ? AbortSignal.timeout(Math.max(1, this.#deadlineAt - Date.now()))
        : undefined;
    const signals = [deadline, this.#signal].filter((s): s is AbortSignal => s !== undefined);
    if (signals.length === 0) return {};
    return { signal: signals.length === 1 ? (signals[0] as AbortSignal) : AbortSignal.any(signals) };
  }

  /** A dry run's write: recorded, not sent, answered as a success echoing the body. */
  #holdBack<T>(method: HttpMethod, path: string, opts: CallOptions): Envelope<T> {
    this.#record?.({ method, path, query: queryOf(opts), ...bodyOf(opts), sent: false });
    const body = opts.body;
    const result =
      typeof body === 'object' && body !== null && !Array.isArray(body)
        ? { id: DRY_RUN_ID, ...body }
        : { id: DRY_RUN_ID };
    return { result: result as T, messages: [] };
  }

  async #once<T>(
    method: HttpMethod,
    path: string,
    opts: CallOptions,
  ): Promise<
    { ok: true; value: Envelope<T> } | { ok: false; error: Error; retry: boolean; limited?: boolean }
  > {
    await this.limiter.acquire(this.#signal);
    const url = new URL(`${this.#base}${path}`);
    for (const [k, v] of Object.entries(opts.query ?? {}))
      if (v !== undefined) url.searchParams.set(k, String(v));
    this.requests++;
    this.#record?.({ method, path, query: queryOf(opts), ...bodyOf(opts), sent: true });
    const started = performance.now();
    const report = (status: number) =>
      this.#opts.onResponse?.({ method, path, status, durationMs: performance.now() - started });
    const noAnswer = (err: unknown): never => {
      report(0);
      throw err;
    };
    const sent = this.#transport.send({
      method,
      url,
      headers: {
        authorization: `Bearer ${this.#token}`,
        accept: 'application/json',
        'user-agent': 'mcp-portals/portalctl',
        ...(opts.body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      ...(opts.body !== undefined ? { body: JSON.stringify(opts.body) } : {}),
      timeoutMs: this.#timeoutMs,
      ...this.#requestSignal(),
    });
    const checks = loadAnswerChecks();
    const res = await sent.catch(noAnswer);
    const header = (name: string) => {
      const v = res.headers[name];
      return Array.isArray(v) ? v[0] : v;
    };
    for (const name of header(EXTENSIONS_HEADER)?.split(',') ?? [])
      if (name.trim()) this.extensions.add(name.trim());
    this.limiter.observe({
      ratelimit: header('ratelimit'),
      policy: header('ratelimit-policy'),
      retryAfter: header('retry-after'),
      status: res.statusCode,
    });
    const { text } = res;
    report(res.statusCode);
    const ok = res.statusCode >= 200 && res.statusCode < 300;
    const kept = this.#answers && method === 'GET' && ok ? this.#answers.get(url.href) : undefined;
    if (kept && kept.text === text) return { ok: true, value: kept.value as Envelope<T> };
    let body: {
      success?: boolean;
      result?: T;
      result_info?: ResultInfo;
      errors?: Message[];
      messages?: Message[];
    };
    try {
      body = text ? JSON.parse(text) : {};
      if (typeof body !== 'object' || body === null || Array.isArray(body))
        throw new MalformedResponseError(
          `${method} ${path}: HTTP ${res.statusCode}, the body is ${body === null ? 'null' : Array.isArray(body) ? 'an array' : typeof body}, not an envelope object`,
        );
    } catch (err) {
      const error =
        err instanceof MalformedResponseError
          ? err
          : new TransportError(
              `${method} ${path}: HTTP ${res.statusCode}, not JSON: ${this.#mask(text.slice(0, 200))}`,
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
    if (ok && body.success !== false) {
      const { checkEnvelope } = await checks;
      try {
        checkEnvelope(method, path, body);
      } catch (err) {
        if (!(err instanceof MalformedResponseError)) throw err;
        return { ok: false, error: new MalformedResponseError(this.#mask(err.message)), retry: false };
      }
      const value: Envelope<T> = {
        result: body.result as T,
        messages: body.messages ?? [],
        ...(body.result_info ? { resultInfo: body.result_info } : {}),
      };
      if (this.#answers && method === 'GET') this.#answers.set(url.href, { text, value: deepFreeze(value) });
      return { ok: true, value };
    }
    // An API may echo the request body (and so a credential) in its messages: mask them before anyone prints them.
    const errors = (Array.isArray(body.errors) ? body.errors : []).map((e) =>
      typeof e?.message === 'string' ? { ...e, message: this.#mask(e.message) } : e,
    );
    const error = ApiError.fromResponse(res.statusCode, errors, method, path);
    if (res.statusCode === 429) return { ok: false, error, retry: true, limited: true };
    if (res.statusCode >= 500) {
      const ambiguous = new AmbiguousError(error.message, { cause: error });
      return { ok: false, error: ambiguous, retry: opts.retryAmbiguous ?? method !== 'POST' };
    }
    return { ok: false, error, retry: false };
  }

  /**
   * Every item of a list endpoint (100 a page), in page order. Page 1 says how many pages there are
   * (`result_info.total_pages`); pages 2..n are then requested at once, each through `call`, so the
   * client's concurrency bound and the shared rate limiter pace them as any other request: one round
   * trip after the first instead of n - 1, and the same requests as reading them one after another.
   * Without a page count (or past `MAX_PAGES_AT_ONCE`), pages are read one after another until a short one.
   */
  async listAll<T>(path: string, query: Record<string, string | number | undefined> = {}): Promise<T[]> {
    // Checked against the wire schema (response-check.ts): an answer that is not a list never gets here.
    const page = (n: number) =>
      this.call<T[]>('GET', path, { query: { ...query, page: n, per_page: PER_PAGE } });
    const first = await page(1);
    if (first.result.length < PER_PAGE) return first.result;
    const named = first.resultInfo?.total_pages ?? 0;
    const atOnce = Math.min(named, MAX_PAGES_AT_ONCE);
    const rest = await Promise.all(Array.from({ length: Math.max(0, atOnce - 1) }, (_, i) => page(i + 2)));
    const items = [first, ...rest].flatMap((p) => p.result);
    let last = rest.at(-1) ?? first;
    for (let n = Math.max(2, atOnce + 1); last.result.length >= PER_PAGE; n++) {
      if (named > 0 && n > named) break;
      last = await page(n);
      items.push(...last.result);
      const total = last.resultInfo?.total_pages ?? 0;
      if (total > 0 && n >= total) break;
    }
    return items;
  }

  async close(): Promise<void> {
    if (this.#ownsTransport) this.#transport.close();
  }
}
