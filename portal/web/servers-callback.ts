/**
 * `GET /servers-callback`: where an upstream's authorization server sends the browser back after an `oauth`
 * server's authorization, the admin's or a portal user's own (the state says which). Hands the query to the
 * upstream-auth flow (state check, code exchange) and answers a plain page: done (admin: the server syncs
 * now; user: return to your MCP client), or why not. Never echoes the code or a token.
 */
import { createHash } from 'node:crypto';
import { CALLBACK_PATH } from '../upstream-auth/upstream-auth.js';
import { messagePage } from './pages.js';

export { CALLBACK_PATH } from '../upstream-auth/upstream-auth.js';

/** What the route needs of `portal/upstream-auth`. */
export interface ServersCallbackPort {
  /** `subject` is '' for the admin's grant, else the user's id; a user's needs its browser's nonce. */
  complete(query: URLSearchParams, browserNonce?: string): Promise<{ serverId: string; subject: string }>;
}

/**
 * The cookie binding a user's authorization to the browser that started it: named after the state (so that
 * several can be in flight), scoped to the callback path, sent on the authorization server's redirect
 * (a top-level GET: SameSite=Lax allows it).
 */
export function bindingCookieName(state: string): string {
  return `upstream_auth_${createHash('sha256').update(state).digest('base64url').slice(0, 16)}`;
}

export function bindingCookie(state: string, nonce: string, secure: boolean, maxAgeS = 600): string {
  return `${bindingCookieName(state)}=${nonce}; Path=${CALLBACK_PATH}; HttpOnly; SameSite=Lax; Max-Age=${maxAgeS}${secure ? '; Secure' : ''}`;
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

const html = (status: number, body: string) =>
  new Response(body, {
    status,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      // The page carries nothing to leak, but the URL it was reached at held a code: keep it out of referrers.
      'referrer-policy': 'no-referrer',
    },
  });

export async function serversCallback(
  port: ServersCallbackPort | undefined,
  method: string,
  query: URLSearchParams,
  cookieHeader?: string,
): Promise<Response> {
  if (method !== 'GET' || !port) return html(404, messagePage('Not found', 'No page here.'));
  try {
    const state = query.get('state') ?? '';
    const nonce = state ? cookieValue(cookieHeader, bindingCookieName(state)) : undefined;
    const { serverId, subject } = await port.complete(query, nonce);
    if (subject !== '') {
      const page = html(
        200,
        messagePage(
          'Authorised',
          `The MCP server "${serverId}" now acts as you. Return to your MCP client and call its tool again; you can close this tab.`,
        ),
      );
      page.headers.set('set-cookie', bindingCookie(state, '', false, 0));
      return page;
    }
    return html(
      200,
      messagePage(
        'Authorised',
        `The MCP server "${serverId}" is connected and syncs now. You can close this tab; portalctl status shows when it is Ready.`,
      ),
    );
  } catch (err) {
    const known = err instanceof Error && err.name === 'UpstreamAuthError';
    return html(
      400,
      messagePage('Authorization failed', known ? err.message : 'The authorization could not be completed.'),
    );
  }
}
