/**
 * The one request path of a portal session: `dispatch(request, ctx) -> Reply` runs a `tools/list`,
 * `prompts/list`, `ping`, `tools/call`, `prompts/get`, `resources/*`, `completion/complete` or
 * `logging/setLevel` request and returns its JSON-RPC reply as a value (the
 * result as JSON text or UTF-8 bytes, or the error with its code, message and data), however it arrived: the
 * Node fast path frames the reply as JSON or an event stream (`web/session-post.ts`), the session's SDK
 * server hands it back to its transport (`session.ts`). Error mapping lives here and nowhere else.
 */
import { ErrorCode, type RequestId } from '@modelcontextprotocol/sdk/types.js';
import type { CompletionRequests } from './completions.js';
import { checkedCallResult, type DirectRequest } from './direct.js';
import type { Extra } from './forward.js';
import { loggingLevel } from './relay.js';
import type { ResourceRequests } from './resources.js';
import type { PortalSession, SessionHandlers } from './session.js';

/** The session handlers, plus lists as JSON text. */
export interface DispatchHandlers extends SessionHandlers {
  listJson(session: PortalSession, extra: Extra, method: 'tools/list' | 'prompts/list'): Promise<Buffer>;
  readonly resources: ResourceRequests;
  readonly completions: CompletionRequests;
}

/** A JSON-RPC error as sent to the client. */
export interface ReplyError {
  code: number;
  message: string;
  data?: unknown;
}

/**
 * The reply to one request: its result as JSON, or an error. A result serialized here is a string (the
 * response is then one string, written with its headers as is); a list kept as bytes stays a Buffer.
 */
export type Reply = { ok: true; result: string | Buffer } | { ok: false; error: ReplyError };

type Params = Record<string, unknown>;

const EMPTY = '{}';

function json(value: unknown): string {
  const text = JSON.stringify(value);
  if (text === undefined) throw new TypeError('the result is not a JSON value');
  return text;
}

/** The JSON-RPC error a thrown value becomes (code, message and data kept when it has them). */
export function replyError(err: unknown): ReplyError {
  const e = (err ?? {}) as { code?: unknown; message?: unknown; data?: unknown };
  return {
    code: typeof e.code === 'number' && Number.isSafeInteger(e.code) ? e.code : ErrorCode.InternalError,
    message: typeof e.message === 'string' ? e.message : 'Internal error',
    ...(e.data !== undefined ? { data: e.data } : {}),
  };
}

/** Runs `req` in `session`; `ctx` carries its cancellation, identity and where related messages go. */
export async function dispatch(
  handlers: DispatchHandlers,
  session: PortalSession,
  req: DirectRequest,
  ctx: Extra,
): Promise<Reply> {
  try {
    return { ok: true, result: await run(handlers, session, req, ctx) };
  } catch (err) {
    return { ok: false, error: replyError(err) };
  }
}

/** The reply's JSON-RPC response message: one string, or UTF-8 chunks around a result kept as bytes. */
export function responseMessage(id: RequestId, reply: Reply): string | Buffer[] {
  if (!reply.ok) return json({ jsonrpc: '2.0', id, error: reply.error });
  const head = `{"jsonrpc":"2.0","id":${JSON.stringify(id)},"result":`;
  const { result } = reply;
  return typeof result === 'string' ? `${head}${result}}` : [Buffer.from(head), result, CLOSE];
}

const CLOSE = Buffer.from('}');

async function run(handlers: DispatchHandlers, session: PortalSession, req: DirectRequest, ctx: Extra) {
  switch (req.method) {
    case 'ping':
      return EMPTY;
    case 'tools/list':
    case 'prompts/list':
      return handlers.listJson(session, ctx, req.method);
    case 'prompts/get':
      return json(await handlers.getPrompt(session, req.params as Params & { name: string }, ctx));
    case 'tools/call':
      return json(
        checkedCallResult(await handlers.callTool(session, req.params as Params & { name: string }, ctx)),
      );
    case 'resources/list':
    case 'resources/templates/list':
      return json(await handlers.resources.list(session, req.method, req.params, ctx));
    case 'resources/read':
      return json(await handlers.resources.read(session, req.params, ctx));
    case 'resources/subscribe':
    case 'resources/unsubscribe':
      return json(await handlers.resources.subscription(session, req.method, req.params, ctx));
    case 'completion/complete':
      return json(await handlers.completions.complete(session, req.params, ctx));
    case 'logging/setLevel': {
      const level = loggingLevel(req.params.level);
      if (level === undefined) {
        throw Object.assign(new Error(`unknown logging level ${JSON.stringify(req.params.level)}`), {
          code: ErrorCode.InvalidParams,
        });
      }
      session.setLogLevel(level);
      return EMPTY;
    }
  }
}
