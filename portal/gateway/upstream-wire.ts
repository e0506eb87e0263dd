/**
 * The wires under `UpstreamSession` (`upstream-rpc.ts`). `HttpWire`: Streamable HTTP, one POST per message
 * on the session's pool with the session's headers (`upstream-exchange.ts`: undici's dispatch API); a reply
 * is read whole (JSON) or as an event stream until the answer (resumed with `Last-Event-ID` when the
 * upstream closes it early); a redirect is followed only within the origin (307/308). An event stream is
 * read to its end after the answer (briefly and bounded), so the connection stays reusable and no abort
 * error is built per call. `TransportWire`: an SDK client transport (the legacy SSE one) whose answers
 * arrive on its shared stream. Failures are `UpstreamWireError`s that say whether the upstream can have
 * processed the request and whether it no longer knows the session.
 */
import type { Readable } from 'node:stream';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import { createParser } from 'eventsource-parser';
import type { Dispatcher } from 'undici';
import { type AbortLike, delay } from './cancellation.js';
import { exchange, type Reply } from './upstream-exchange.js';
import { type Message, UpstreamWireError, type Wire } from './upstream-rpc.js';

/** An open upstream session to send requests on. */
export interface RpcEndpoint {
  url: URL;
  /** The credential headers of the server. */
  headers: Record<string, string>;
  /** The session id and negotiated protocol version, read at each request (the SDK transport set them). */
  sessionId(): string | undefined;
  protocolVersion(): string | undefined;
  dispatcher: Dispatcher;
}

/** Limit on an event-stream reply's unfinished event (a result is one event). */
const MAX_EVENT_BYTES = 64 * 1024 * 1024;
/** How often a stream that ends early (after an event id) is resumed, and the wait when it sets none. */
const MAX_RESUMES = 5;
const DEFAULT_RETRY_MS = 1000;
const MAX_REDIRECTS = 5;
/** What is read of an event stream after its answer before it is cut (bytes, ms). */
const TAIL_BYTES = 64 * 1024;
const TAIL_MS = 100;
/** The reason a reply stream is cut after its answer (one object: no stack captured per call). */
const STOPPED = new Error('stopped reading the reply after its answer');
const ignore = () => undefined;

/**
 * Reads what is left of an answered reply in the background, so the connection stays in the pool (an
 * upstream closes the stream right after the answer); a stream that goes on is cut after TAIL_BYTES or
 * TAIL_MS. A reply already at its end costs nothing.
 */
function finishReply(body: Readable): void {
  if (body.readableEnded || body.destroyed) return;
  let bytes = 0;
  const stop = () => body.destroy(STOPPED);
  const timer = setTimeout(stop, TAIL_MS);
  timer.unref();
  body.once('close', () => clearTimeout(timer));
  body.on('data', (chunk: Buffer) => {
    bytes += chunk.length;
    if (bytes > TAIL_BYTES) stop();
  });
}

/** Network errors raised before the request could reach the upstream. */
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

/** The media type of a Content-Type header, lower-cased, without parameters. */
function mediaType(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? (header[0] ?? '') : (header ?? '');
  if (value === 'application/json' || value === 'text/event-stream') return value;
  const semi = value.indexOf(';');
  return (semi < 0 ? value : value.slice(0, semi)).trim().toLowerCase();
}

function codeOf(err: unknown, depth = 0): string | undefined {
  if (!(err instanceof Error) || depth > 5) return undefined;
  const code = (err as { code?: unknown }).code;
  if (typeof code === 'string' && NOT_SENT.has(code)) return code;
  if (err instanceof AggregateError) for (const e of err.errors) if (codeOf(e, depth + 1)) return codeOf(e);
  return codeOf(err.cause, depth + 1);
}

export class HttpWire implements Wire {
  readonly inline = true;
  constructor(private readonly ep: RpcEndpoint) {}

  /**
   * The request headers, made for each request: a credential header can be a getter (an OAuth bearer read
   * at each request, so a refreshed token goes out at once), so they are not kept between requests.
   */
  private headers(): Record<string, string> {
    const headers: Record<string, string> = {
      ...this.ep.headers,
      'content-type': 'application/json',
      accept: 'application/json, text/event-stream',
    };
    const session = this.ep.sessionId();
    const version = this.ep.protocolVersion();
    if (session) headers['mcp-session-id'] = session;
    if (version) headers['mcp-protocol-version'] = version;
    return headers;
  }

  /** POSTs `body`, following a 307/308 within the origin. */
  private async postRaw(body: string, signal?: AbortLike): Promise<Reply> {
    let url = this.ep.url;
    for (let hops = 0; ; hops++) {
      let res: Reply;
      try {
        res = await exchange(this.ep.dispatcher, url, {
          method: 'POST',
          headers: this.headers(),
          body,
          signal,
        });
      } catch (err) {
        if (signal?.aborted) throw signal.reason;
        const delivered = codeOf(err) === undefined;
        throw new UpstreamWireError(err instanceof Error ? err.message : String(err), {
          delivered,
          cause: err,
        });
      }
      const status = res.statusCode;
      if (status < 300 || status >= 400) return res;
      await res.body.dump();
      const location = res.headers.location;
      const target = typeof location === 'string' ? new URL(location, url) : undefined;
      if (
        (status !== 307 && status !== 308) ||
        !target ||
        target.origin !== url.origin ||
        hops >= MAX_REDIRECTS
      ) {
        throw new UpstreamWireError(
          `the upstream redirected the request (HTTP ${status}) where it is not followed`,
          {
            status,
            delivered: false,
          },
        );
      }
      url = target;
    }
  }

  async send(
    message: Message,
    receive: (m: Message) => void,
    answered: () => boolean,
    signal: AbortLike,
  ): Promise<void> {
    const res = await this.postRaw(JSON.stringify(message), signal);
    const status = res.statusCode;
    if (status < 200 || status >= 300) {
      const text = await res.body.text().catch(() => '');
      const stale =
        this.ep.sessionId() !== undefined && (status === 404 || (status === 400 && /session/i.test(text)));
      throw new UpstreamWireError(`HTTP ${status}: ${text.slice(0, 500)}`, {
        status,
        delivered: false,
        stale,
      });
    }
    const type = mediaType(res.headers['content-type']);
    try {
      if (type === 'application/json') {
        const data = (await res.body.json()) as unknown;
        for (const m of (Array.isArray(data) ? data : [data]) as Message[]) receive(m);
        return;
      }
      if (type === 'text/event-stream') return await this.readStream(res, receive, answered, signal);
    } catch (err) {
      if (signal.aborted || err instanceof UpstreamWireError) throw err;
      throw new UpstreamWireError(
        `the reply was cut off: ${err instanceof Error ? err.message : String(err)}`,
        {
          delivered: true,
          cause: err,
        },
      );
    }
    await res.body.dump();
    throw new UpstreamWireError(`unexpected content type ${String(res.headers['content-type'])}`, {
      delivered: true,
    });
  }

  /**
   * Reads an event-stream reply until the answer. A stream that ends first after giving event ids is
   * resumed, as the SDK client does: a GET with `Last-Event-ID` after the server's `retry` delay.
   */
  private async readStream(
    first: Reply,
    receive: (m: Message) => void,
    answered: () => boolean,
    signal: AbortLike,
  ): Promise<void> {
    let res = first;
    let lastEventId: string | undefined;
    let retryMs = DEFAULT_RETRY_MS;
    for (let resumes = 0; ; resumes++) {
      let bad: Error | undefined;
      const parser = createParser({
        maxBufferSize: MAX_EVENT_BYTES,
        onRetry(ms) {
          retryMs = ms;
        },
        onEvent(event) {
          if (event.id !== undefined) lastEventId = event.id;
          if (answered() || (event.event !== undefined && event.event !== 'message') || !event.data) return;
          try {
            receive(JSON.parse(event.data) as Message);
          } catch {
            bad = new UpstreamWireError('the event stream carried a message that is not JSON', {
              delivered: true,
            });
          }
        },
        onError(err) {
          bad = new UpstreamWireError(`invalid event stream: ${err.message}`, { delivered: true });
        },
      });
      const decoder = new TextDecoder();
      const body = res.body.stream();
      let stopped = false;
      try {
        // Leaving the loop does not destroy the body: an answered reply is read to its end (finishReply).
        for await (const chunk of body.iterator({ destroyOnReturn: false }) as AsyncIterable<Uint8Array>) {
          parser.feed(decoder.decode(chunk, { stream: true }));
          if (answered() || bad) break;
        }
      } catch (err) {
        stopped = true;
        throw err;
      } finally {
        // The loop's own error listener is gone: a cut body must not raise an unhandled 'error'.
        body.on('error', ignore);
        if (stopped || bad || !answered()) body.destroy(STOPPED);
        else finishReply(body);
      }
      if (answered()) return;
      if (bad) throw bad;
      if (lastEventId === undefined || resumes >= MAX_RESUMES) return;
      await delay(retryMs, signal);
      res = await exchange(this.ep.dispatcher, this.ep.url, {
        method: 'GET',
        headers: { ...this.headers(), accept: 'text/event-stream', 'last-event-id': lastEventId },
        signal,
      });
      if (res.statusCode !== 200 || mediaType(res.headers['content-type']) !== 'text/event-stream') {
        await res.body.dump();
        throw new UpstreamWireError(
          `the upstream closed the event stream before answering and could not resume it (HTTP ${res.statusCode})`,
          { delivered: true },
        );
      }
    }
  }

  post(message: Message): void {
    this.postRaw(JSON.stringify(message))
      .then((res) => res.body.dump())
      .catch(() => undefined);
  }
}

/** An SDK client transport (legacy SSE): requests go out with `send`, answers come on its stream. */
export class TransportWire implements Wire {
  readonly inline = false;
  constructor(private readonly transport: Transport) {}

  async send(message: Message): Promise<void> {
    try {
      await this.transport.send(message as never);
    } catch (err) {
      const status = /HTTP (\d{3})/.exec(err instanceof Error ? err.message : '')?.[1];
      throw new UpstreamWireError(err instanceof Error ? err.message : String(err), {
        ...(status ? { status: Number(status) } : {}),
        delivered: status !== undefined ? false : codeOf(err) === undefined,
        cause: err,
      });
    }
  }

  post(message: Message): void {
    this.transport.send(message as never).catch(() => undefined);
  }
}
