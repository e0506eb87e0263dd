/**
 * `GET /servers-callback`: where an upstream's authorization server sends the admin's browser back after
 * an `oauth` server's authorization. Hands the query to the upstream-auth flow (state check, code exchange)
 * and answers a plain page: done (the server syncs now), or why not. Never echoes the code or a token.
 */
import { messagePage } from './pages.js';

export { CALLBACK_PATH } from '../upstream-auth/upstream-auth.js';

/** What the route needs of `portal/upstream-auth`. */
export interface ServersCallbackPort {
  complete(query: URLSearchParams): Promise<{ serverId: string }>;
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
): Promise<Response> {
  if (method !== 'GET' || !port) return html(404, messagePage('Not found', 'No page here.'));
  try {
    const { serverId } = await port.complete(query);
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
