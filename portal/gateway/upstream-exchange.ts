/**
 * One HTTP request to an upstream on undici's `dispatch` API, for the JSON-RPC wire (`upstream-wire.ts`):
 * `undici.request` wraps every reply in a body stream and ties an abort listener to it, which cost ~75 µs of
 * CPU a request more than this (measured side by side on one connection). The reply resolves at its headers;
 * its body is then read whole (`text`, `json`), discarded (`dump`), or, for an event stream, handed over as
 * a Node stream fed with back-pressure (`stream`). Errors are undici's own (codes as `undici.request`'s).
 */
import { Readable } from 'node:stream';
import type { Dispatcher } from 'undici';
import type { AbortLike } from './cancellation.js';

export interface ExchangeOptions {
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: string;
  /** Aborts the request, before or after its headers, with the signal's reason. */
  signal?: AbortLike;
}

export interface Reply {
  statusCode: number;
  headers: Record<string, string | string[] | undefined>;
  body: ReplyBody;
}

/** What `dump` reads of a body before it drops the connection instead (undici's `dump` default). */
const DUMP_LIMIT = 128 * 1024;

/** The body of a reply, read in one of three ways (one only). */
export class ReplyBody {
  /** Whether `dump` was called: chunks are counted, not kept. */
  #dumping = false;
  #chunks: Buffer[] = [];
  #bytes = 0;
  #ended = false;
  #error: Error | undefined;
  #waiter: { resolve: () => void; reject: (err: Error) => void } | undefined;
  /** Set by `stream`: chunks go to it. */
  #stream: Readable | undefined;

  constructor(private readonly control: { abort(reason: Error): void; pause(): void; resume(): void }) {}

  /** The whole body as UTF-8 text. */
  async text(): Promise<string> {
    await this.#end();
    return Buffer.concat(this.#chunks, this.#bytes).toString('utf8');
  }

  async json(): Promise<unknown> {
    return JSON.parse(await this.text());
  }

  /** Reads the body to its end, keeping nothing; a body past DUMP_LIMIT costs the connection instead. */
  async dump(): Promise<void> {
    this.#dumping = true;
    this.#chunks = [];
    if (this.#bytes > DUMP_LIMIT) this.#cut(new Error('the reply was discarded'));
    await this.#end().catch(() => undefined);
  }

  /** The body as a stream (event streams); destroying it aborts the request. */
  stream(): Readable {
    if (this.#stream) return this.#stream;
    const stream = new Readable({
      read: () => this.control.resume(),
      destroy: (err, done) => {
        if (!this.#ended) this.#cut(err ?? new Error('the reply stream was closed'));
        done(err);
      },
    });
    this.#stream = stream;
    for (const chunk of this.#chunks) stream.push(chunk);
    this.#chunks = [];
    if (this.#error) stream.destroy(this.#error);
    else if (this.#ended) stream.push(null);
    return stream;
  }

  /** @internal From the dispatch handler. */
  data(chunk: Buffer): void {
    this.#bytes += chunk.length;
    if (this.#stream) {
      if (!this.#stream.push(chunk)) this.control.pause();
    } else if (!this.#dumping) this.#chunks.push(chunk);
    else if (this.#bytes > DUMP_LIMIT) this.#cut(new Error('the reply was discarded'));
  }

  /** @internal */
  end(): void {
    this.#ended = true;
    this.#stream?.push(null);
    this.#waiter?.resolve();
  }

  /** @internal */
  fail(err: Error): void {
    if (this.#ended || this.#error) return;
    this.#error = err;
    this.#stream?.destroy(err);
    this.#waiter?.reject(err);
  }

  #cut(reason: Error): void {
    if (this.#ended || this.#error) return;
    this.control.abort(reason);
  }

  #end(): Promise<void> {
    if (this.#error) return Promise.reject(this.#error);
    if (this.#ended) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.#waiter = { resolve, reject };
    });
  }
}

/** Sends one request on `dispatcher` and resolves with the reply once its headers are in. */
export function exchange(dispatcher: Dispatcher, url: URL, opts: ExchangeOptions): Promise<Reply> {
  const { signal } = opts;
  if (signal?.aborted) return Promise.reject(signal.reason);
  return new Promise<Reply>((resolve, reject) => {
    let controller: Dispatcher.DispatchController | undefined;
    let pending: Error | undefined;
    let body: ReplyBody | undefined;
    const control = {
      abort: (reason: Error) => {
        if (controller) controller.abort(reason);
        else pending = reason;
      },
      pause: () => controller?.pause(),
      resume: () => controller?.resume(),
    };
    const onAbort = () => control.abort(signal?.reason as Error);
    signal?.addEventListener('abort', onAbort, { once: true });
    const done = () => signal?.removeEventListener('abort', onAbort);
    const handler: Dispatcher.DispatchHandler = {
      onRequestStart(c) {
        controller = c;
        if (pending) c.abort(pending);
      },
      onResponseStart(_c, statusCode, headers) {
        if (statusCode < 200) return; // 1xx: the reply's own headers follow
        body = new ReplyBody(control);
        resolve({ statusCode, headers, body });
      },
      onResponseData(_c, chunk) {
        body?.data(chunk);
      },
      onResponseEnd() {
        done();
        body?.end();
      },
      onResponseError(_c, err) {
        done();
        if (body) body.fail(err);
        else reject(err);
      },
    };
    try {
      dispatcher.dispatch(
        {
          origin: url.origin,
          path: `${url.pathname}${url.search}`,
          method: opts.method,
          headers: opts.headers,
          // undici takes an undefined body as none: one shape whether or not there is one.
          body: opts.body,
        },
        handler,
      );
    } catch (err) {
      done();
      reject(err);
    }
  });
}
