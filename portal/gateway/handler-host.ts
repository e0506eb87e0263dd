/**
 * What the request handlers beside `requests.ts` (completions, resources) need from it: the catalog, the
 * same refusal check as tools and prompts, the request's access context, the request log and the upstream
 * budget; and the one way an error of theirs becomes the JSON-RPC error the client gets.
 */
import { ErrorCode } from '@modelcontextprotocol/sdk/types.js';
import type { AccessContext } from '../access/principal.js';
import type { LogStatus } from '../store/repository.js';
import { type Extra, RpcError } from './forward.js';
import type { Catalog } from './gateway.js';
import type { PortalSession } from './session.js';
import { UpstreamUnavailableError } from './upstreams.js';

export interface HandlerHost {
  catalog(portalId: string): Catalog | undefined;
  /** Throws the RpcError refusing `ctx` the use of a server in this session (Access, log-out, toggle). */
  check(session: PortalSession, ctx: AccessContext, catalog: Catalog, serverId: string): void;
  ctxOf(session: PortalSession, extra: Extra): AccessContext;
  log(
    session: PortalSession,
    ctx: AccessContext,
    started: number,
    status: LogStatus,
    fields: { method: string; serverId?: string; capability?: string; error?: string },
  ): void;
  /** Budget of one upstream request, reset by progress. */
  timeoutMs(): number;
}

/** The JSON-RPC error a handler's failure becomes: its own, an unreachable upstream named, else internal. */
export function asRpcError(err: unknown): RpcError {
  if (err instanceof RpcError) return err;
  if (err instanceof UpstreamUnavailableError) return new RpcError(ErrorCode.InternalError, err.message);
  return new RpcError(
    ErrorCode.InternalError,
    `internal error: ${err instanceof Error ? err.message : String(err)}`,
  );
}
