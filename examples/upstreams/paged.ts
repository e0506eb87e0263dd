/**
 * `paged` example upstream: a low-level `Server` whose `tools/list` pages its tools with `nextCursor`
 * (25 tools, 10 per page by default). Tests rename tools at runtime (`renameTool`) and switch on faults
 * (HTTP errors, JSON-RPC errors, cursor loops, hangs) to exercise sync's error paths against a real
 * server. Run: `node --import tsx examples/upstreams/paged.ts --port 3103`.
 */
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import {
  CallToolRequestSchema,
  ErrorCode,
  ListToolsRequestSchema,
  McpError,
  type Tool,
} from '@modelcontextprotocol/sdk/types.js';
import { closeOnSignals, isMain, parseListen } from './cli.js';
import { type ListenOptions, sharedValidator, startHttpHost, type UpstreamHandle } from './http-host.js';

/** Misbehaviours the upstream can be switched into at runtime; all off by default. */
export interface PagedFaults {
  /** Answer every MCP request with this HTTP status (e.g. 503) instead of serving it. */
  httpStatus?: number;
  /** Answer `tools/list` with this JSON-RPC error. */
  listError?: { code: number; message: string };
  /** Always return the same `nextCursor`, so a naive client loops forever. */
  cursorLoop?: boolean;
  /** Never answer `tools/list` (until the client gives up). */
  hangList?: boolean;
  /** Advertise the `prompts` capability but answer `prompts/list` with -32601 Method not found. */
  promptsMethodNotFound?: boolean;
}

export interface PagedOptions extends ListenOptions {
  /** Number of tools (default 25). */
  toolCount?: number;
  /** Tools per `tools/list` page (default 10). */
  pageSize?: number;
}

export interface PagedHandle extends UpstreamHandle {
  /** Renames a tool; later `tools/list` calls return the new name. Throws on an unknown name. */
  renameTool(from: string, to: string): void;
  /** The current tool names, in list order. */
  toolNames(): string[];
  /** Replaces the active faults (pass `{}` to clear them). */
  setFaults(faults: PagedFaults): void;
}

/** Tool names `metric_01`..`metric_NN`. */
export function pagedToolName(i: number): string {
  return `metric_${String(i + 1).padStart(2, '0')}`;
}

function describeTool(name: string, i: number): Tool {
  return {
    name,
    description: `Reads metric series #${i + 1}.`,
    inputSchema: {
      type: 'object',
      properties: {
        window: { type: 'string', enum: ['1h', '24h', '7d'], default: '24h' },
        labels: { type: 'object', additionalProperties: { type: 'string' } },
      },
    },
    annotations: { readOnlyHint: true },
  };
}

/** Starts the `paged` upstream. */
export async function startPagedUpstream(opts: PagedOptions = {}): Promise<PagedHandle> {
  const pageSize = opts.pageSize ?? 10;
  const names = Array.from({ length: opts.toolCount ?? 25 }, (_, i) => pagedToolName(i));
  let faults: PagedFaults = {};

  const createServer = (): Server => {
    const active = faults;
    const server = new Server(
      { name: 'paged', version: '1.0.0' },
      {
        capabilities: {
          tools: { listChanged: false },
          ...(active.promptsMethodNotFound ? { prompts: {} } : {}),
        },
        jsonSchemaValidator: sharedValidator,
      },
    );
    server.setRequestHandler(ListToolsRequestSchema, async (req, extra) => {
      if (active.hangList) {
        await new Promise<void>((resolve) => extra.signal.addEventListener('abort', () => resolve()));
        throw new McpError(ErrorCode.RequestTimeout, 'client went away');
      }
      if (active.listError) throw new McpError(active.listError.code, active.listError.message);
      const offset = decodeCursor(req.params?.cursor);
      if (offset === undefined || offset > names.length) {
        throw new McpError(ErrorCode.InvalidParams, 'invalid cursor');
      }
      const tools = names.slice(offset, offset + pageSize).map((n, i) => describeTool(n, offset + i));
      const end = offset + pageSize;
      const nextCursor = active.cursorLoop
        ? encodeCursor(0)
        : end < names.length
          ? encodeCursor(end)
          : undefined;
      return nextCursor ? { tools, nextCursor } : { tools };
    });
    server.setRequestHandler(CallToolRequestSchema, async (req) => {
      const i = names.indexOf(req.params.name);
      if (i < 0) throw new McpError(ErrorCode.InvalidParams, `unknown tool ${req.params.name}`);
      const window = String(req.params.arguments?.window ?? '24h');
      return { content: [{ type: 'text', text: `${req.params.name} over ${window}: ${(i + 1) * 10}` }] };
    });
    return server;
  };

  const handle = await startHttpHost({
    ...opts,
    name: 'paged',
    createServer,
    intercept: (_req, res) => {
      if (faults.httpStatus === undefined) return false;
      res.statusCode = faults.httpStatus;
      res.setHeader('Content-Type', 'text/plain');
      res.end(`injected HTTP ${faults.httpStatus}`);
      return true;
    },
  });
  return {
    ...handle,
    renameTool(from, to) {
      const i = names.indexOf(from);
      if (i < 0) throw new Error(`paged: no tool named ${from}`);
      names[i] = to;
    },
    toolNames: () => [...names],
    setFaults(next) {
      faults = { ...next };
    },
  };
}

function encodeCursor(offset: number): string {
  return Buffer.from(`offset:${offset}`).toString('base64url');
}

function decodeCursor(cursor: string | undefined): number | undefined {
  if (cursor === undefined) return 0;
  const m = /^offset:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString());
  return m ? Number(m[1]) : undefined;
}

if (isMain(import.meta.url)) {
  const { port, host } = parseListen('PAGED', 3103);
  const handle = await startPagedUpstream({ port, host });
  console.log(`paged upstream (25 tools, 10 per page): ${handle.url}`);
  closeOnSignals(handle.close);
}
