/**
 * Requests a portal session relays to its client (sampling, elicitation, roots), on a call's own event
 * stream (the fast path's, `web/session-post.ts`, or the SDK transport's) or the standalone one: string ids
 * that never collide with the SDK server's numeric ones (whose first, 0, SDK clients cannot cancel), the
 * pending answers by id, the client's responses (POSTed to the session) routed back,
 * `notifications/cancelled` to the client when the relay is cancelled, and everything failed on close.
 */
import { ErrorCode, McpError } from '@modelcontextprotocol/sdk/types.js';

type Params = Record<string, unknown>;

interface Waiting {
  resolve(result: Params): void;
  reject(err: unknown): void;
}

const PREFIX = 'portal-relay-';
const isObject = (v: unknown): v is Params => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whether `m` is a JSON-RPC response (result or error, no method). */
const isResponse = (m: unknown): m is Params =>
  isObject(m) && m.method === undefined && 'id' in m && ('result' in m || 'error' in m);

export class ClientRequests {
  private next = 1;
  private readonly waiting = new Map<string, Waiting>();
  private closedWith: Error | undefined;

  /**
   * Sends `request` with `write` (false, or a rejected promise, when the stream is gone) and waits for
   * the client's answer, at most `timeoutMs`. `signal` cancels it: the client is told with
   * `notifications/cancelled` through `cancel` (written on the stream, or wherever the caller can).
   */
  send(
    request: { method: string; params?: Params },
    opts: { signal?: AbortSignal; timeoutMs: number },
    write: (message: Params) => boolean | Promise<unknown>,
    cancel: (notification: Params) => void,
  ): Promise<Params> {
    if (this.closedWith) return Promise.reject(this.closedWith);
    if (opts.signal?.aborted) return Promise.reject(opts.signal.reason);
    const id = `${PREFIX}${this.next++}`;
    return new Promise<Params>((resolve, reject) => {
      let timer: NodeJS.Timeout | undefined;
      const done = () => {
        clearTimeout(timer);
        opts.signal?.removeEventListener('abort', onAbort);
        this.waiting.delete(id);
      };
      const giveUp = (err: unknown, reason: string) => {
        if (!this.waiting.has(id)) return;
        done();
        cancel({ jsonrpc: '2.0', method: 'notifications/cancelled', params: { requestId: id, reason } });
        reject(err);
      };
      const onAbort = () => giveUp(opts.signal?.reason, 'cancelled');
      this.waiting.set(id, {
        resolve: (r) => {
          done();
          resolve(r);
        },
        reject: (e) => {
          done();
          reject(e);
        },
      });
      opts.signal?.addEventListener('abort', onAbort, { once: true });
      timer = setTimeout(
        () =>
          giveUp(
            new McpError(ErrorCode.RequestTimeout, 'Request timed out', { timeout: opts.timeoutMs }),
            'timed out',
          ),
        opts.timeoutMs,
      );
      const sent = write({ jsonrpc: '2.0', id, ...request });
      if (sent === false) {
        done();
        reject(new Error("the call's stream to the client is closed"));
      } else if (sent !== true) {
        sent.catch((err: unknown) => this.waiting.get(id)?.reject(err));
      }
    });
  }

  /**
   * Takes the client's responses to relayed requests out of a POSTed body (one message or a batch): what
   * is left for the SDK transport (undefined when nothing is), and whether any was taken.
   */
  take(body: unknown): { rest: unknown; taken: boolean } {
    if (this.waiting.size === 0) return { rest: body, taken: false };
    if (!Array.isArray(body))
      return this.settle(body) ? { rest: undefined, taken: true } : { rest: body, taken: false };
    const rest = body.filter((m) => !this.settle(m));
    const taken = rest.length < body.length;
    return { rest: rest.length === 0 ? undefined : taken ? rest : body, taken };
  }

  /** Settles the relayed request `m` answers; false when `m` answers none of them. */
  settle(m: unknown): boolean {
    if (!isResponse(m)) return false;
    const w = typeof m.id === 'string' ? this.waiting.get(m.id) : undefined;
    if (!w) return false;
    if (isObject(m.result)) w.resolve(m.result);
    else {
      const e = isObject(m.error) ? m.error : {};
      w.reject(
        new McpError(
          typeof e.code === 'number' ? e.code : ErrorCode.InternalError,
          typeof e.message === 'string' ? e.message : 'the client answered with an error',
          e.data,
        ),
      );
    }
    return true;
  }

  /** Fails every pending request, and later ones. */
  close(err: Error): void {
    this.closedWith = err;
    for (const w of [...this.waiting.values()]) w.reject(err);
  }
}
