/**
 * Which requests `dispatch` (`dispatch.ts`) takes straight from the wire: a single `tools/list`,
 * `prompts/list`, `ping`, or `tools/call` / `prompts/get` (with or without a progress token or a `task`,
 * which the gateway ignores; not a built-in tool, which may ask the client for an elicitation of the
 * portal's own: the context-mode tools never call one). Also the shape check of a tools/call result and
 * the request a `notifications/cancelled` names.
 */
import { ErrorCode, type RequestId } from '@modelcontextprotocol/sdk/types.js';
import { BUILTIN_NAMES } from './builtins.js';

type Params = Record<string, unknown>;

export interface DirectRequest {
  id: RequestId;
  method:
    | 'tools/list'
    | 'prompts/list'
    | 'ping'
    | 'tools/call'
    | 'prompts/get'
    // Only through the session's SDK server (never taken from the wire here):
    | 'resources/list'
    | 'resources/templates/list'
    | 'resources/read'
    | 'resources/subscribe'
    | 'resources/unsubscribe'
    | 'completion/complete'
    | 'logging/setLevel';
  params: Params;
}

const LISTS = new Set(['tools/list', 'prompts/list', 'ping']);
const CALLS = new Set(['tools/call', 'prompts/get']);

const isObject = (v: unknown): v is Params => typeof v === 'object' && v !== null && !Array.isArray(v);
const isId = (v: unknown): v is RequestId =>
  typeof v === 'string' || (typeof v === 'number' && Number.isSafeInteger(v));

/** The request when `body` is one `dispatch` takes from the wire; undefined when the SDK server must. */
export function directRequest(body: unknown): DirectRequest | undefined {
  if (!isObject(body) || body.jsonrpc !== '2.0' || !isId(body.id) || typeof body.method !== 'string') {
    return undefined;
  }
  const params = body.params === undefined ? {} : body.params;
  if (!isObject(params)) return undefined;
  const meta = params._meta;
  if (meta !== undefined && !isObject(meta)) return undefined;
  const token = isObject(meta) ? meta.progressToken : undefined;
  if (token !== undefined && !isId(token)) return undefined;
  if (LISTS.has(body.method)) {
    if (params.cursor !== undefined && typeof params.cursor !== 'string') return undefined;
  } else if (CALLS.has(body.method)) {
    if (typeof params.name !== 'string') return undefined;
    if (params.arguments !== undefined && !isObject(params.arguments)) return undefined;
    if (body.method === 'tools/call' && BUILTIN_NAMES.has(params.name)) {
      return undefined;
    }
  } else return undefined;
  return { id: body.id, method: body.method as DirectRequest['method'], params };
}

/**
 * The SDK server checks every tools/call result against its schema and answers InvalidParams when it does
 * not fit. This path checks the shape (content a list of typed blocks, structuredContent an object,
 * isError a boolean; missing content becomes []) and leaves the blocks' fields to the client, whose SDK
 * validates them with the same schema: a full schema parse per call costs more than the rest of the call.
 */
export function checkedCallResult(result: Params): Params {
  const { content, structuredContent, isError } = result;
  const problem =
    content !== undefined &&
    (!Array.isArray(content) || !content.every((b) => isObject(b) && typeof b.type === 'string'))
      ? 'content must be a list of content blocks with a type'
      : structuredContent !== undefined && !isObject(structuredContent)
        ? 'structuredContent must be an object'
        : isError !== undefined && typeof isError !== 'boolean'
          ? 'isError must be a boolean'
          : undefined;
  if (problem) {
    throw Object.assign(new Error(`Invalid tools/call result: ${problem}`), {
      code: ErrorCode.InvalidParams,
    });
  }
  return content === undefined ? { ...result, content: [] } : result;
}

/** The `requestId` of a single `notifications/cancelled`, else undefined. */
export function cancelledRequestId(body: unknown): RequestId | undefined {
  if (!isObject(body) || body.method !== 'notifications/cancelled' || 'id' in body) return undefined;
  const id = isObject(body.params) ? body.params.requestId : undefined;
  return isId(id) ? id : undefined;
}
