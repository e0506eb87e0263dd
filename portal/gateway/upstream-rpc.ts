/**
 * The one way the gateway talks JSON-RPC to an upstream's open session: `UpstreamRpc.request(method, params,
 * {signal, timeoutMs, onProgress, onServerRequest})` and `notify`. One implementation, `UpstreamSession`,
 * owns the session's request ids, timeouts (restarted by progress, paused while a request of the upstream
 * waits for the client), cancellation (`notifications/cancelled`, both ways), progress routing (its own
 * progress token per request), requests and notifications the upstream sends (to the call they relate to,
 * else to the session's handlers), and typed errors that carry the upstream's JSON-RPC code, message and
 * data as data. Below it a `Wire` moves messages: Streamable HTTP POSTs (`upstream-wire.ts`) or legacy SSE.
 */
import { ErrorCode } from '@modelcontextprotocol/sdk/types.js';
import { type AbortLike, Cancellation } from './cancellation.js';

export type Params = Record<string, unknown>;

/** A JSON-RPC message as received (not trusted). */
export interface Message {
  jsonrpc?: unknown;
  id?: unknown;
  method?: unknown;
  params?: unknown;
  result?: unknown;
  error?: { code?: unknown; message?: unknown; data?: unknown };
}

export interface Progress {
  progress: number;
  total?: number;
  message?: string;
}

/** A request the upstream sends to the client while one of ours runs (sampling, elicitation, roots, ...). */
export interface ServerRequest {
  method: string;
  params: Params;
}

export interface RequestOptions {
  /** The caller's cancellation: the upstream is sent `notifications/cancelled`. */
  signal?: AbortLike;
  /** Budget without an answer (restarted by each progress notification). */
  timeoutMs: number;
  /** Progress of this request; the upstream is asked for it only when this is set. */
  onProgress?: (progress: Progress) => void;
  /**
   * Answers a request the upstream relates to this one (it arrived on this request's reply stream). Its
   * signal aborts when the upstream cancels it or this request ends. While it runs, `timeoutMs` is paused.
   * Without it, `ping` gets an empty result and anything else "method not found".
   */
  onServerRequest?: (request: ServerRequest, signal: AbortSignal) => Promise<Params>;
  /** Takes a notification the upstream relates to this one (other than its progress). */
  onNotification?: (method: string, params: Params) => void;
  /**
   * Progress under this request's token still reaches `onProgress` after the answer, until this signal
   * aborts: a task-augmented request's token stays valid for the task's lifetime (MCP tasks). Such progress
   * also restarts the timeout of the request whose reply stream carried it (the task's `tasks/result`).
   */
  progressUntil?: AbortSignal;
}

/** Where what the upstream sends outside any of our requests goes (its standalone or SSE stream). */
export interface UnrelatedHandlers {
  /** A notification that is not progress of one of our requests (e.g. `tools/list_changed`). */
  onNotification?: (method: string, params: Params) => void;
  /** A request of the upstream; without it, `ping` gets an empty result and anything else "method not found". */
  onServerRequest?: (request: ServerRequest, signal: AbortSignal) => Promise<Params>;
}

export interface UpstreamRpc {
  request(method: string, params: Params, opts: RequestOptions): Promise<Params>;
  /** Sends a notification (best effort). */
  notify(method: string, params?: Params): void;
}

/** The upstream answered the request with a JSON-RPC error: its code, message and data, unchanged. */
export class UpstreamRpcError extends Error {
  override readonly name = 'UpstreamRpcError';
  constructor(
    readonly code: number,
    message: string,
    readonly data?: unknown,
  ) {
    super(message);
  }
}

/** The upstream cancelled a request of its own (`notifications/cancelled`) while it was being answered. */
export class UpstreamCancelledError extends Error {
  override readonly name = 'UpstreamCancelledError';
  constructor(reason: string) {
    super(`cancelled by the upstream: ${reason}`);
  }
}

/** No answer within the budget (the upstream was sent `notifications/cancelled`). */
export class UpstreamTimeoutError extends Error {
  override readonly name = 'UpstreamTimeoutError';
  constructor(readonly timeoutMs: number) {
    super(`no answer within ${timeoutMs} ms`);
  }
}

/**
 * The wire failed: an HTTP error status, a network error (`cause`), a reply that is not MCP, or the
 * session closing before the answer. `delivered` is false only when the upstream provably did not process
 * the request (never connected, or it answered with an HTTP error before any JSON-RPC); `stale` when it
 * no longer knows the session (HTTP 404, or 400 naming the session): re-initialise and send again.
 */
export class UpstreamWireError extends Error {
  override readonly name = 'UpstreamWireError';
  constructor(
    message: string,
    readonly info: { status?: number; delivered: boolean; stale?: boolean; cause?: unknown },
  ) {
    super(message, info.cause !== undefined ? { cause: info.cause } : undefined);
  }
  get delivered(): boolean {
    return this.info.delivered;
  }
  get stale(): boolean {
    return this.info.stale === true;
  }
  get status(): number | undefined {
    return this.info.status;
  }
}

/** Moves messages for an `UpstreamSession`. */
export interface Wire {
  /**
   * Sends request `message`. Messages that come back for it are passed to `receive`; the wire
   * stops reading once `answered()` is true. With `inline` wires the answer can only come this way, so a
   * send that ends unanswered is a failure; other wires deliver answers later through `UpstreamSession.receive`.
   */
  send(
    message: Message,
    receive: (m: Message) => void,
    answered: () => boolean,
    signal: AbortLike,
  ): Promise<void>;
  /** Fire-and-forget POST of a notification or a response. */
  post(message: Message): void;
  readonly inline: boolean;
}

interface Pending {
  resolve(result: Params): void;
  reject(err: unknown): void;
  settled: boolean;
  opts: RequestOptions;
  /** Restarts the timeout (progress, or the last request of the upstream answered). */
  touch(): void;
  /** Stops the timeout (a request of the upstream waits for the client). */
  pause(): void;
  /** Stops the wire reading the reply (and the upstream's related requests still waiting). */
  abort: Cancellation;
  /** Requests of the upstream related to this one that still wait for an answer. */
  waiting: number;
  /** The upstream's response (result or error) arrived. */
  replied: boolean;
}

/** The reason a finished request's wire is stopped with (one object: no stack captured per request). */
const ANSWERED = new Error('answered');

const isObject = (v: unknown): v is Params => typeof v === 'object' && v !== null && !Array.isArray(v);
const idKey = (id: unknown) => `${typeof id}:${String(id)}`;

/** One upstream session: ids, pending requests and routing of what the upstream sends. */
export class UpstreamSession implements UpstreamRpc {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  /** Progress routes kept after the answer (`progressUntil`), by progress token. */
  private readonly lingering = new Map<number, (progress: Progress) => void>();
  /** Requests of the upstream being answered, by their id (to cancel them when the upstream does). */
  private readonly incoming = new Map<string, AbortController>();
  private closedWith: Error | undefined;
  private readonly unrelated: UnrelatedHandlers;

  constructor(
    private readonly wire: Wire,
    /** What is not related to one of our requests: a notification callback, or both handlers. */
    unrelated: UnrelatedHandlers | ((method: string, params: Params) => void) = {},
  ) {
    this.unrelated = typeof unrelated === 'function' ? { onNotification: unrelated } : unrelated;
  }

  async request(method: string, params: Params, opts: RequestOptions): Promise<Params> {
    if (opts.signal?.aborted) throw opts.signal.reason;
    if (this.closedWith) throw this.closedWith;
    const id = this.nextId++;
    const abort = new Cancellation();
    let timer: NodeJS.Timeout | undefined;
    let timedOut = false;
    const body = opts.onProgress
      ? { ...params, _meta: { ...(isObject(params._meta) ? params._meta : {}), progressToken: id } }
      : params;
    const answer = new Promise<Params>((resolve, reject) => {
      const p: Pending = {
        settled: false,
        opts,
        abort,
        waiting: 0,
        replied: false,
        resolve: (r) => {
          if (p.settled) return;
          p.settled = true;
          resolve(r);
        },
        reject: (e) => {
          if (p.settled) return;
          p.settled = true;
          reject(e);
        },
        pause: () => clearTimeout(timer),
        touch: () => {
          clearTimeout(timer);
          if (p.waiting > 0) return;
          timer = setTimeout(() => {
            timedOut = true;
            cancel(new UpstreamTimeoutError(opts.timeoutMs));
          }, opts.timeoutMs);
        },
      };
      this.pending.set(id, p);
      p.touch();
    });
    const p = this.pending.get(id) as Pending;
    /** The caller's cancellation or the timeout: the upstream is told (unless answered), then the wire stops. */
    const cancel = (reason: unknown) => {
      if (abort.aborted) return;
      if (!p.settled) {
        this.wire.post({
          jsonrpc: '2.0',
          method: 'notifications/cancelled',
          params: { requestId: id, reason: timedOut ? 'timed out' : 'cancelled by the client' },
        });
        p.reject(reason);
      }
      abort.abort(reason);
    };
    const onAbort = () => cancel(opts.signal?.reason);
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    let wireDone = false;
    void this.wire
      .send(
        { jsonrpc: '2.0', id, method, params: body },
        (m) => this.receive(m, id),
        () => p.settled,
        abort,
      )
      .then(
        () => {
          wireDone = true;
          if (this.wire.inline && !p.settled) {
            p.reject(
              new UpstreamWireError('the upstream closed the event stream before answering', {
                delivered: true,
              }),
            );
          }
        },
        (err: unknown) => {
          wireDone = true;
          p.reject(abort.aborted ? abort.reason : err);
        },
      );
    try {
      const result = await answer;
      const until = opts.progressUntil;
      if (until && opts.onProgress && !until.aborted) {
        this.lingering.set(id, opts.onProgress);
        until.addEventListener('abort', () => this.lingering.delete(id), { once: true });
      }
      return result;
    } finally {
      clearTimeout(timer);
      opts.signal?.removeEventListener('abort', onAbort);
      this.pending.delete(id);
      // A wire still reading (a session closed under it, no answer) stops; an inline wire that got the
      // response finishes its reply itself (aborting it would cut the connection). So do the upstream's
      // requests related to this one that still wait for the client.
      if ((!wireDone && !(this.wire.inline && p.replied)) || p.waiting > 0) abort.abort(ANSWERED);
    }
  }

  notify(method: string, params?: Params): void {
    this.wire.post({ jsonrpc: '2.0', method, ...(params ? { params } : {}) });
  }

  /**
   * A message from the upstream; `related` is the request whose reply carried it, if any. A wire whose
   * answers share one stream (the legacy SSE transport) cannot say: a request or notification of the
   * upstream while exactly one of ours is pending is taken as related to that one.
   */
  receive(m: Message, related?: number): void {
    if (!isObject(m)) return;
    if (
      related === undefined &&
      !this.wire.inline &&
      this.pending.size === 1 &&
      typeof m.method === 'string'
    ) {
      related = this.pending.keys().next().value;
    }
    if (typeof m.method !== 'string') {
      const p = typeof m.id === 'number' ? this.pending.get(m.id) : undefined;
      if (!p) return;
      p.replied = true;
      if (m.error !== undefined) {
        const e = isObject(m.error) ? m.error : {};
        p.reject(
          new UpstreamRpcError(
            typeof e.code === 'number' ? e.code : ErrorCode.InternalError,
            typeof e.message === 'string' ? e.message : 'upstream error',
            e.data,
          ),
        );
      } else if (isObject(m.result)) p.resolve(m.result);
      else {
        p.reject(
          new UpstreamWireError('the upstream answered with a result that is not an object', {
            delivered: true,
          }),
        );
      }
      return;
    }
    if (m.id === undefined) {
      const params = isObject(m.params) ? m.params : {};
      if (m.method === 'notifications/progress') {
        const token = params.progressToken;
        const p = typeof token === 'number' ? this.pending.get(token) : undefined;
        const route =
          p?.opts.onProgress ?? (typeof token === 'number' ? this.lingering.get(token) : undefined);
        if (route && typeof params.progress === 'number') {
          (p ?? (related !== undefined ? this.pending.get(related) : undefined))?.touch();
          const { progressToken: _, ...progress } = params;
          route(progress as unknown as Progress);
          return;
        }
      }
      if (m.method === 'notifications/cancelled') {
        // The upstream gave up one of its own requests: stop relaying it.
        const ctl = this.incoming.get(idKey(params.requestId));
        if (ctl) {
          const reason = typeof params.reason === 'string' ? params.reason : 'cancelled by the upstream';
          ctl.abort(new UpstreamCancelledError(reason));
          return;
        }
      }
      const p = related !== undefined ? this.pending.get(related) : undefined;
      if (p?.opts.onNotification) p.opts.onNotification(m.method, params);
      else this.unrelated.onNotification?.(m.method, params);
      return;
    }
    void this.answerServerRequest(m, related);
  }

  /**
   * Answers a request from the upstream: through the related request's handler (that request's timeout
   * paused meanwhile, its end cancelling this one), else the session's. The upstream's
   * `notifications/cancelled` naming it aborts the handler's signal.
   */
  private async answerServerRequest(m: Message, related?: number): Promise<void> {
    const p = related !== undefined ? this.pending.get(related) : undefined;
    const request = { method: m.method as string, params: isObject(m.params) ? m.params : {} };
    const handler = p ? p.opts.onServerRequest : this.unrelated.onServerRequest;
    const ctl = new AbortController();
    const key = idKey(m.id);
    const onEnd = () => ctl.abort(new Error('the request it belongs to ended'));
    let reply: Message;
    try {
      let result: Params;
      if (handler) {
        this.incoming.set(key, ctl);
        if (p) {
          p.waiting++;
          p.pause();
          p.abort.addEventListener('abort', onEnd, { once: true });
        }
        try {
          result = await handler(request, ctl.signal);
        } finally {
          this.incoming.delete(key);
          if (p) {
            p.abort.removeEventListener('abort', onEnd);
            p.waiting--;
            if (!p.settled) p.touch();
          }
        }
      } else if (request.method === 'ping') result = {};
      else throw new UpstreamRpcError(ErrorCode.MethodNotFound, 'Method not found');
      reply = { jsonrpc: '2.0', id: m.id, result };
    } catch (err) {
      // A request the upstream cancelled gets no answer (MCP: the receiver does not respond).
      if (ctl.signal.reason instanceof UpstreamCancelledError) return;
      const e = err as { code?: unknown; message?: unknown; data?: unknown };
      reply = {
        jsonrpc: '2.0',
        id: m.id,
        error: {
          code: typeof e.code === 'number' ? e.code : ErrorCode.InternalError,
          message: typeof e.message === 'string' ? e.message : 'Internal error',
          ...(e.data !== undefined ? { data: e.data } : {}),
        },
      };
    }
    this.wire.post(reply);
  }

  /** The session ended (its stream closed): every pending request fails with `err`, and later ones too. */
  close(err: Error): void {
    this.closedWith = err;
    for (const p of this.pending.values()) p.reject(err);
  }
}
