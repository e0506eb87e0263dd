/**
 * Request bodies read with a byte limit, whatever the client says: a declared `Content-Length` over the
 * limit is refused before any byte is read, and a body without one (chunked) is counted as it streams and
 * refused the moment it passes the limit, so memory stays bounded by the limit. The rest of a refused body
 * is read and discarded (so the client can read the 413) for at most LINGER_MS and LINGER_BYTES, then the
 * connection is cut, so an endless body cannot hold it (the same bounds as @hono/node-server's drain).
 */
import type { IncomingMessage } from 'node:http';

/** How long, and how much of, the rest of a refused body is drained before the connection is closed. */
export const LINGER_MS = 1_000;
export const LINGER_BYTES = 64 * 1024 * 1024;

/** The body, or `undefined` when it is larger than `max` bytes. */
export type BoundedBody = Buffer | undefined;

/** Discards the rest of `incoming`; cuts the connection if it has not ended within LINGER_MS. */
export function discardRest(incoming: IncomingMessage): void {
  if (incoming.complete) return;
  let drained = 0;
  const cut = () => {
    done();
    incoming.socket?.destroy();
  };
  const onData = (chunk: Buffer) => {
    drained += chunk.length;
    if (drained > LINGER_BYTES) cut();
  };
  const timer = setTimeout(cut, LINGER_MS);
  timer.unref();
  const done = () => {
    clearTimeout(timer);
    incoming.off('data', onData);
  };
  incoming.on('data', onData);
  incoming.once('end', done);
  incoming.once('close', done);
  incoming.resume();
}

/**
 * A refusal that closes the connection (`Connection: close`) while the client may still be sending: Node
 * ends such a response by destroying the socket at once, and closing a socket with unread input resets
 * the connection, which loses the answer for a client still writing (EPIPE instead of a 413). Here the
 * socket is only half-closed after the answer (FIN: the client reads it and stops), the rest of the body
 * is discarded within LINGER_MS and LINGER_BYTES (`discardRest`), and the socket is destroyed once the
 * body has ended and the client has had LINGER_MS to close its side, or at the bounds.
 */
export function lingerAfterRefusal(incoming: IncomingMessage): void {
  const socket = incoming.socket;
  if (!socket || incoming.complete) return;
  discardRest(incoming);
  socket.destroySoon = () => {
    if (socket.writable) socket.end();
    const close = setTimeout(() => socket.destroy(), LINGER_MS);
    close.unref();
    socket.once('close', () => clearTimeout(close));
  };
}

const declaredTooLarge = (length: string | null | undefined, max: number) =>
  length !== undefined && length !== null && Number(length) > max;

/**
 * One `readNodeBody` in progress. Its listeners are module functions bound to it rather than closures made
 * per request: V8 keeps a closure's optimized code only while some closure of that site is alive, so
 * per-request closures lose theirs at every full GC and run unoptimized until recompiled (measured: about
 * 1.5% of the portal's CPU per proxied call); a bound function's target lives as long as the module.
 */
class BodyRead {
  readonly chunks: Buffer[] = [];
  size = 0;
  readonly onData: (chunk: Buffer) => void = onBodyData.bind(this);
  readonly onEnd: () => void = onBodyEnd.bind(this);
  readonly onError: (err: Error) => void = onBodyError.bind(this);
  readonly onClose: () => void = onBodyClose.bind(this);

  constructor(
    readonly incoming: IncomingMessage,
    readonly max: number,
    readonly resolve: (body: BoundedBody) => void,
    readonly reject: (err: Error) => void,
  ) {}

  listen(): void {
    const { incoming } = this;
    incoming.on('data', this.onData);
    incoming.on('end', this.onEnd);
    incoming.on('error', this.onError);
    incoming.on('close', this.onClose);
  }

  /** Removes the listeners: the first of data-past-the-limit, end, error and close settles the read. */
  stop(): void {
    const { incoming } = this;
    incoming.off('data', this.onData);
    incoming.off('end', this.onEnd);
    incoming.off('error', this.onError);
    incoming.off('close', this.onClose);
  }
}

function onBodyData(this: BodyRead, chunk: Buffer): void {
  this.size += chunk.length;
  if (this.size <= this.max) {
    this.chunks.push(chunk);
    return;
  }
  this.stop();
  this.chunks.length = 0;
  discardRest(this.incoming);
  this.resolve(undefined);
}

function onBodyEnd(this: BodyRead): void {
  this.stop();
  const { chunks } = this;
  this.resolve(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, this.size));
}

function onBodyError(this: BodyRead, err: Error): void {
  this.stop();
  this.reject(err);
}

function onBodyClose(this: BodyRead): void {
  this.stop();
  this.reject(new Error('the client went away before the body ended'));
}

/** Reads a Node request body of at most `max` bytes (plain events: this runs on every MCP request). */
export function readNodeBody(incoming: IncomingMessage, max: number): Promise<BoundedBody> {
  if (declaredTooLarge(incoming.headers['content-length'], max)) {
    discardRest(incoming);
    return Promise.resolve(undefined);
  }
  return new Promise<BoundedBody>((resolve, reject) => {
    new BodyRead(incoming, max, resolve, reject).listen();
  });
}

/**
 * Reads a Web request body of at most `max` bytes (for requests that do not come from Node's HTTP server,
 * e.g. `app.request()`); the stream is cancelled at the limit.
 */
export async function readWebBody(req: Request, max: number): Promise<BoundedBody> {
  if (declaredTooLarge(req.headers.get('content-length'), max)) {
    await req.body?.cancel().catch(() => undefined);
    return undefined;
  }
  if (!req.body) return Buffer.alloc(0);
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, size);
}
