/**
 * Who is calling a portal's MCP endpoint: a service token (`CF-Access-Client-Id` + `CF-Access-Client-Secret`),
 * an OAuth access token issued by this portal (`Authorization: Bearer`), or nobody. A credential that is
 * present but wrong is an error (401 `invalid_token`), never a silent fall back to anonymous. The user's
 * record is read on every request, so group changes and disabled accounts take effect immediately.
 */
import { InvalidTokenError } from '@modelcontextprotocol/sdk/server/auth/errors.js';
import type { AccessContext } from '../access/principal.js';
import { LOCAL_IDP_ID } from '../access/selectors.js';
import type { PortalOAuth } from '../identity/oauth-provider.js';
import { CLIENT_ID_HEADER, CLIENT_SECRET_HEADER, verifyServiceToken } from '../identity/service-tokens.js';
import type { Repository } from '../store/repository.js';

export type AuthResult = { ok: true; ctx: AccessContext; token?: string } | { ok: false; error: string };

export interface AuthDeps {
  repo: Repository;
  oauth: PortalOAuth;
  now: () => Date;
}

/** A request header by lower-case name (repeated headers joined with ", "). */
export type HeaderOf = (name: string) => string | undefined;

export function authenticate(deps: AuthDeps, portalId: string, header: HeaderOf, ip: string): AuthResult {
  const clientId = header(CLIENT_ID_HEADER)?.trim();
  const clientSecret = header(CLIENT_SECRET_HEADER)?.trim();
  if (clientId || clientSecret) {
    if (!clientId || !clientSecret) {
      return { ok: false, error: 'both CF-Access-Client-Id and CF-Access-Client-Secret are required' };
    }
    const check = verifyServiceToken(deps.repo, clientId, clientSecret, deps.now());
    if (!check.ok) {
      return {
        ok: false,
        error: check.reason === 'expired' ? 'the service token has expired' : 'invalid service token',
      };
    }
    const t = check.token;
    return {
      ok: true,
      ctx: { principal: { kind: 'service', tokenId: t.id, clientId: t.client_id, name: t.name }, ip },
    };
  }
  const authorization = header('authorization')?.trim();
  if (!authorization) return { ok: true, ctx: { principal: { kind: 'anonymous' }, ip } };
  const match = /^Bearer\s+(\S+)$/i.exec(authorization);
  if (!match?.[1]) return { ok: false, error: 'the Authorization header must be "Bearer <token>"' };
  const token = match[1];
  let userId: string;
  try {
    userId = deps.oauth.verify(portalId, token).userId;
  } catch (err) {
    return { ok: false, error: err instanceof InvalidTokenError ? err.message : 'invalid access token' };
  }
  const user = deps.repo.users.get(userId);
  if (!user || user.disabled) return { ok: false, error: 'the user is disabled or no longer exists' };
  return {
    ok: true,
    token,
    ctx: {
      principal: {
        kind: 'user',
        userId: user.id,
        email: user.email,
        groups: user.groups,
        loginMethod: LOCAL_IDP_ID,
      },
      ip,
    },
  };
}
