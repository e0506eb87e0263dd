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

/** Reads a Node request body of at most `max` bytes (plain events: this runs on every MCP request). */
export function readNodeBody(incoming: IncomingMessage, max: number): Promise<BoundedBody> {
  if (declaredTooLarge(incoming.headers['content-length'], max)) {
    discardRest(incoming);
    return Promise.resolve(undefined);
  }
  return new Promise<BoundedBody>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const cleanup = () => {
      incoming.off('data', onData);
      incoming.off('end', onEnd);
      incoming.off('error', onError);
      incoming.off('close', onClose);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= max) {
        chunks.push(chunk);
        return;
      }
      cleanup();
      chunks.length = 0;
      discardRest(incoming);
      resolve(undefined);
    };
    const onEnd = () => {
      cleanup();
      resolve(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, size));
    };
    const onError = (err: Error) => {
      cleanup();
      reject(err);
    };
    const onClose = () => {
      cleanup();
      reject(new Error('the client went away before the body ended'));
    };
    incoming.on('data', onData);
    incoming.once('end', onEnd);
    incoming.once('error', onError);
    incoming.once('close', onClose);
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
