/**
 * What the data plane needs to use `on_behalf` OAuth servers with each user's own authorization: the port to
 * `portal/upstream-auth` (start a user's authorization, refresh, revoke, grant events), and the error a
 * request gets while the user has not authorised the server (a URL elicitation, -32042, or the URL in an
 * InvalidRequest error for clients without URL elicitation).
 */
import type { Freshness, UserGrantEvent } from '../upstream-auth/upstream-auth.js';
import { RpcError } from './forward.js';

/** JSON-RPC error of MCP 2025-11-25: the request needs the user to complete a URL elicitation first. */
export const URL_ELICITATION_REQUIRED = -32042;

/** Put before the description of each tool of a server the user has not authorised yet. */
export const NEEDS_AUTHORIZATION_PREFIX = '[Needs your authorization: the first call returns a link] ';

/** A request to an `on_behalf` OAuth server the user has not authorised (yet, or any more). */
export class AuthorizationRequired extends RpcError {
  constructor(
    code: number,
    message: string,
    data: unknown,
    readonly url: string,
  ) {
    super(code, message, data);
  }
}

/** The per-user authorization of `on_behalf` OAuth servers (`portal/upstream-auth`'s `UpstreamAuth`). */
export interface UserAuthPort {
  authorizeUser(
    serverId: string,
    userId: string,
    callbackBase: string,
    browserNonce: string,
  ): Promise<string>;
  ensureFresh(serverId: string, force: boolean, subject: string): Promise<Freshness>;
  revokeUser(serverId: string, userId: string): Promise<boolean>;
  onUserGrant(listener: (event: UserGrantEvent) => void): () => void;
}
