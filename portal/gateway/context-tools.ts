/**
 * The tools of the context modes (`schemas/context-modes.ts`): `portal_query_tools` (search the visible tools,
 * full definitions), `portal_execute` (call one by name), `portal_codemode_search` (TypeScript declarations of
 * matching tools) and `portal_codemode_execute` (JavaScript in the QuickJS sandbox, `codemode.<tool>(input)`).
 * Every tool call they make goes through the session's one tools/call path (Access re-check, toggles,
 * credentials, task upstreams, timeout, log row), linked to the execution's own log row by `execution_id`.
 * What a session can see is resolved on every call, so a stale client cache never reaches a hidden tool.
 */
import { randomUUID } from 'node:crypto';
import type { CallToolResult, Tool } from '@modelcontextprotocol/sdk/types.js';
import { ErrorCode } from '@modelcontextprotocol/sdk/types.js';
import {
  CODE_EXECUTE_TOOL,
  CODE_SEARCH_TOOL,
  type ContextMode,
  EXECUTE_TOOL,
  MODE_TOOL_ALIASES,
  MODE_TOOLS,
  QUERY_TOOL,
  RESERVED_TOOL_NAMES,
} from '../../schemas/context-modes.js';
import { declarations } from '../codemode/declarations.js';
import type { IdentifierMap } from '../codemode/identifiers.js';
import { CodeSyntaxError, normalizeCode } from '../codemode/normalize.js';
import { RegexSearchError } from '../codemode/safe-regex.js';
import { execute } from '../codemode/sandbox.js';
import { parseToolQuery, ToolQueryError, type ToolSearchIndex } from '../codemode/tool-search.js';
import { text } from './builtins.js';
import { type Extra, RpcError } from './forward.js';
import type { PortalSession } from './session.js';
import { AuthorizationRequired, URL_ELICITATION_REQUIRED } from './user-auth.js';

/** The upstream tools a session sees now, as the full list shows them, with what is derived from them. */
export interface VisibleTools {
  tools: readonly Tool[];
  /** Built once per visible set (cached with the portal's catalog). */
  index(): ToolSearchIndex;
  identifiers(): IdentifierMap;
  /** What code may call: each tool by identifier (`codemode.x_y`) and by its own name (`codemode["x-y"]`). */
  callable(): Callable;
}

export interface Callable {
  names: ReadonlySet<string>;
  /** Identifier or own name -> the tool's exposed name. */
  toolOf: ReadonlyMap<string, string>;
}

/** The `Callable` of `tools` given their identifiers. */
export function callableOf(tools: readonly Tool[], ids: IdentifierMap): Callable {
  const toolOf = new Map(ids.identifiers);
  for (const t of tools) if (!toolOf.has(t.name)) toolOf.set(t.name, t.name);
  return { names: new Set(toolOf.keys()), toolOf };
}

export interface ContextToolsHost {
  visibleTools(session: PortalSession, extra: Extra): VisibleTools;
  /**
   * A `tools/call` of exposed tool `name` through the session's one path, its log row linked to
   * `executionId`; `meta` is the call's `_meta` (a progress token).
   */
  callTool(
    session: PortalSession,
    name: string,
    args: Record<string, unknown>,
    extra: Extra,
    executionId: string,
    meta?: Record<string, unknown>,
  ): Promise<Record<string, unknown>>;
  /** The gateway's call timeout. */
  timeoutMs(): number;
}

/** Limits of `portal_codemode_execute` (see `codemode/sandbox.ts` for the rest of its defaults). */
const MAX_OUTPUT_CHARS = 24_000;
/** Code runs one principal may have at once (each holds a WebAssembly instance: `codemode/quickjs.ts`). */
export const MAX_RUNS_PER_PRINCIPAL = 4;

/**
 * A code run's deadline: under the call timeout (by a tenth, at most 5 s), so that a client waiting as long
 * as the portal (60 s is the SDK's default) gets the sandbox's own timeout message, not its own timeout.
 */
export const codeDeadline = (callTimeoutMs: number) => callTimeoutMs - Math.min(5_000, callTimeoutMs / 10);

/** The canonical mode tool `name` means in `mode` (an alias included), or undefined when it is none of them. */
export function modeToolOf(mode: ContextMode, name: string): string | undefined {
  const canonical = MODE_TOOL_ALIASES[name] ?? name;
  return MODE_TOOLS[mode].some((t) => t.name === canonical) ? canonical : undefined;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The text of a tool result's text blocks. */
const textOf = (result: Record<string, unknown>): string =>
  (Array.isArray(result.content) ? result.content : [])
    .filter(
      (b): b is { type: 'text'; text: string } =>
        isObject(b) && b.type === 'text' && typeof b.text === 'string',
    )
    .map((b) => b.text)
    .join('\n');

/**
 * What `await codemode.x(input)` gives the code: the structured content when the tool has it, else its text
 * (parsed when it is JSON), else the content blocks; a tool error is thrown with the tool's message.
 */
export function unwrapForCode(name: string, result: Record<string, unknown>): unknown {
  if (result.isError === true) throw new Error(`${name}: ${textOf(result) || 'the tool reported an error'}`);
  if (isObject(result.structuredContent)) return result.structuredContent;
  const content = Array.isArray(result.content) ? result.content : [];
  if (content.length > 0 && content.every((b) => isObject(b) && b.type === 'text')) {
    const all = textOf(result);
    try {
      return JSON.parse(all);
    } catch {
      return all;
    }
  }
  return content;
}

export class ContextTools {
  /** Code runs in progress by principal key. */
  private readonly running = new Map<string, number>();

  constructor(private readonly host: ContextToolsHost) {}

  /** Runs mode tool `canonical`; `executionId` is this call's own log row's. */
  async run(
    session: PortalSession,
    canonical: string,
    args: Record<string, unknown>,
    extra: Extra,
    executionId: string,
  ): Promise<CallToolResult> {
    switch (canonical) {
      case QUERY_TOOL:
        return this.query(session, args, extra);
      case EXECUTE_TOOL:
        return this.executeOne(session, args, extra, executionId);
      case CODE_SEARCH_TOOL:
        return this.codeSearch(session, args, extra);
      case CODE_EXECUTE_TOOL:
        return this.codeExecute(session, args, extra, executionId);
      default:
        throw new RpcError(ErrorCode.InvalidParams, `unknown tool "${canonical}"`);
    }
  }

  /** A new execution id (`exec_<uuid>`), for the log rows of one execution. */
  static newExecutionId(): string {
    return `exec_${randomUUID()}`;
  }

  private async query(session: PortalSession, args: Record<string, unknown>, extra: Extra) {
    const visible = this.host.visibleTools(session, extra);
    const found = await search(visible, args);
    const asked = Array.isArray(args.names)
      ? (args.names as unknown[]).filter((n) => typeof n === 'string')
      : [];
    const got = new Set(found.tools.map((t) => t.name));
    const missing = asked.filter((n) => !got.has(n));
    return text(
      JSON.stringify({ tools: found.tools, total: found.total, ...(missing.length ? { missing } : {}) }),
    );
  }

  private async executeOne(
    session: PortalSession,
    args: Record<string, unknown>,
    extra: Extra,
    executionId: string,
  ): Promise<CallToolResult> {
    const { name, arguments: input } = args;
    if (typeof name !== 'string' || name === '') {
      throw new RpcError(ErrorCode.InvalidParams, `${EXECUTE_TOOL}: name must be the name of a tool`);
    }
    if (input !== undefined && !isObject(input)) {
      throw new RpcError(ErrorCode.InvalidParams, `${EXECUTE_TOOL}: arguments must be an object`);
    }
    if (MODE_TOOL_ALIASES[name] !== undefined || RESERVED_TOOL_NAMES.has(name)) {
      return text(`${EXECUTE_TOOL} calls the servers' tools; call "${name}" directly`, true);
    }
    try {
      // The client's _meta (its progress token) goes with the call: progress reaches the client and keeps the
      // upstream call alive, exactly as a direct call.
      const meta = extra._meta as Record<string, unknown> | undefined;
      return (await this.host.callTool(
        session,
        name,
        input ?? {},
        extra,
        executionId,
        meta,
      )) as CallToolResult;
    } catch (err) {
      // The model reads a refusal as the tool's answer; a prompt to authorise stays a protocol error so
      // clients with URL elicitation can open it.
      if (err instanceof RpcError && err.code !== URL_ELICITATION_REQUIRED) return text(err.message, true);
      throw err;
    }
  }

  private async codeSearch(session: PortalSession, args: Record<string, unknown>, extra: Extra) {
    const visible = this.host.visibleTools(session, extra);
    const found = await search(visible, args);
    const ids = visible.identifiers();
    const decls = declarations(
      found.tools.map((tool) => ({ identifier: ids.identifierOf(tool.name) ?? tool.name, tool })),
    );
    const head =
      found.total === 0
        ? `// No tool matches; ${visible.tools.length} tools in all. Search with other keywords.\n`
        : `// ${found.tools.length} of ${found.total} matching tools (${visible.tools.length} in all).\n`;
    return text(head + decls);
  }

  private async codeExecute(
    session: PortalSession,
    args: Record<string, unknown>,
    extra: Extra,
    executionId: string,
  ): Promise<CallToolResult> {
    if (typeof args.code !== 'string' || args.code.trim() === '') {
      throw new RpcError(ErrorCode.InvalidParams, `${CODE_EXECUTE_TOOL}: code must be JavaScript text`);
    }
    let code: string;
    try {
      code = normalizeCode(args.code);
    } catch (err) {
      if (err instanceof CodeSyntaxError) return text(`SyntaxError: ${err.message}`, true);
      throw err;
    }
    const who = session.key;
    const mine = this.running.get(who) ?? 0;
    if (mine >= MAX_RUNS_PER_PRINCIPAL) {
      return text(
        `${CODE_EXECUTE_TOOL}: ${mine} code runs of yours are still running (at most ${MAX_RUNS_PER_PRINCIPAL} at once); wait for one to finish`,
        true,
      );
    }
    this.running.set(who, mine + 1);
    try {
      return await this.runCode(session, code, lineOffset(args.code, code), extra, executionId);
    } finally {
      const left = (this.running.get(who) ?? 1) - 1;
      if (left > 0) this.running.set(who, left);
      else this.running.delete(who);
    }
  }

  private async runCode(
    session: PortalSession,
    code: string,
    offset: number,
    extra: Extra,
    executionId: string,
  ): Promise<CallToolResult> {
    const { names, toolOf } = this.host.visibleTools(session, extra).callable();
    const progress = progressOf(extra);
    let authorization: AuthorizationRequired | undefined;
    let callNo = 0;
    const run = await execute({
      code,
      names,
      timeoutMs: codeDeadline(this.host.timeoutMs()),
      maxOutputChars: MAX_OUTPUT_CHARS,
      signal: extra.signal,
      call: async (key, input, signal) => {
        const name = toolOf.get(key);
        if (name === undefined) throw new Error(`codemode.${key} is not a tool of this portal`);
        if (!isObject(input)) throw new TypeError(`codemode.${key}: input must be an object`);
        // Each call has a progress token of its own, so upstream progress keeps it alive; what it reports
        // reaches the client as the run's progress, under the client's token (one increasing count).
        const token = `${executionId}/${++callNo}`;
        const child: Extra = {
          ...extra,
          signal,
          sendNotification: (n) =>
            n.method === 'notifications/progress'
              ? Promise.resolve(progress(`${name}: ${describeProgress(n.params)}`))
              : extra.sendNotification(n),
        };
        let result: Record<string, unknown>;
        try {
          result = await this.host.callTool(session, name, input, child, executionId, {
            progressToken: token,
          });
        } catch (err) {
          if (err instanceof AuthorizationRequired) {
            authorization ??= err;
            throw new Error(`${name}: ${err.message} (${err.url})`);
          }
          throw new Error(`${name}: ${err instanceof Error ? err.message : String(err)}`);
        }
        progress(`${name} answered`);
        return unwrapForCode(name, result);
      },
    });
    // A run that failed for want of the user's authorization of a server: the prompt itself, so that a
    // client with URL elicitation opens it (the code could not go on without it).
    if (!run.ok && authorization && authorization.code === URL_ELICITATION_REQUIRED) throw authorization;
    const logs =
      run.logs.length > 0 ? [{ type: 'text' as const, text: `console:\n${run.logs.join('\n')}` }] : [];
    if (!run.ok) {
      const { kind, name, message, stack } = run.error;
      // Where in the code it failed, in the model's own lines (the bootstrap's frames are not the model's).
      const where = (stack ?? '')
        .split('\n')
        .flatMap((l) => {
          const at = /codemode\.js:(\d+):(\d+)/.exec(l);
          return at ? [`  at line ${Number(at[1]) - offset}, column ${at[2]}`] : [];
        })
        .slice(0, 5)
        .join('\n');
      return {
        content: [
          { type: 'text', text: `${name} (${kind}): ${message}${where ? `\n${where}` : ''}` },
          ...logs,
        ],
        isError: true,
      };
    }
    // Text only: structuredContent as well would put the same value in the model's context twice.
    const body = run.result === undefined ? 'undefined' : JSON.stringify(run.result);
    return { content: [{ type: 'text', text: body }, ...logs] };
  }
}

/**
 * How many lines normalisation put before the model's code (a wrapper, a stripped fence): found by locating
 * the code's first non-blank line in the normalised text; 0 when it cannot be found.
 */
function lineOffset(source: string, normalized: string): number {
  const lines = source.split('\n');
  const first = lines.findIndex((l) => l.trim() !== '' && !l.trim().startsWith('```'));
  if (first < 0) return 0;
  const at = normalized.split('\n').findIndex((l) => l.includes((lines[first] as string).trim()));
  return at < 0 ? 0 : at - first;
}

/** Reports a run's progress to the client under its own token (if it gave one), as one increasing count. */
function progressOf(extra: Extra): (message: string) => void {
  const token = (extra._meta as { progressToken?: unknown } | undefined)?.progressToken;
  if (typeof token !== 'string' && typeof token !== 'number') return () => undefined;
  let count = 0;
  return (message) => {
    count++;
    void extra
      .sendNotification({
        method: 'notifications/progress',
        params: { progressToken: token, progress: count, message },
      })
      .catch(() => undefined);
  };
}

const describeProgress = (p: unknown): string => {
  const { progress, total, message } = (p ?? {}) as {
    progress?: unknown;
    total?: unknown;
    message?: unknown;
  };
  if (typeof message === 'string' && message !== '') return message;
  return total !== undefined ? `${String(progress)}/${String(total)}` : String(progress);
};

/**
 * A query or code-search call's search; bad arguments (a field out of range, a regex that does not compile
 * or runs past its deadline) are invalid params naming the problem.
 */
async function search(visible: VisibleTools, args: Record<string, unknown>) {
  try {
    return await visible.index().search(parseToolQuery(args));
  } catch (err) {
    if (err instanceof ToolQueryError || err instanceof RegexSearchError) {
      throw new RpcError(ErrorCode.InvalidParams, err.message);
    }
    throw err;
  }
}
