/**
 * The portal's browser pages: the local identity provider's login (which also completes a pending OAuth
 * authorization by redirecting to the client with a code), sign-out, the home page, and the server
 * selection page `/authorize?elicitationId=...` whose toggles and per-server log-outs apply to the live MCP
 * session at once. Only the user who owns that session may use its page; forms carry a CSRF token.
 */
import type { Context } from 'hono';
import { principalLabel } from '../access/principal.js';
import { LOCAL_IDP_ID } from '../access/selectors.js';
import type { CookieScope } from '../identity/browser-sessions.js';
import { verifyPassword } from '../identity/passwords.js';
import type { DataPlaneDeps, Target } from './deps.js';
import { homePage, loginPage, messagePage, selectionPage } from './pages.js';

const html = (body: string, status = 200, headers: Record<string, string> = {}) =>
  new Response(body, {
    status,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...headers },
  });

const scopeOf = (t: Target): CookieScope => ({
  path: t.basePath || '/',
  secure: t.origin.startsWith('https:'),
});

/** A same-portal path to return to after login, or the home page. */
function safeReturn(t: Target, raw: unknown): string {
  const home = `${t.basePath}/`;
  if (typeof raw !== 'string' || !raw.startsWith('/') || raw.startsWith('//') || raw.includes('\\'))
    return home;
  return raw === t.basePath || raw.startsWith(`${t.basePath}/`) ? raw : home;
}

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

export function loginGet(deps: DataPlaneDeps, c: Context, t: Target): Response {
  const request = c.req.query('request');
  const cookie = c.req.header('cookie');
  const userId = deps.browsers.user(t.portal.id, cookie);
  if (userId && request) {
    const redirect = deps.oauth.complete(t.portal.id, request, userId);
    if (redirect) return c.redirect(redirect, 302);
  }
  if (request && !deps.oauth.pendingRequest(t.portal.id, request)) {
    return html(
      messagePage('Sign-in expired', 'This sign-in request has expired. Start again from your MCP client.'),
      400,
    );
  }
  return html(
    loginPage({
      portalName: t.portal.name,
      action: `${t.basePath}/login`,
      ...(request ? { request } : {}),
      returnTo: safeReturn(t, c.req.query('return_to')),
    }),
  );
}

export async function loginPost(deps: DataPlaneDeps, c: Context, t: Target, ip: string): Promise<Response> {
  const form = await c.req.parseBody();
  const email = (str(form.email) ?? '').trim();
  const password = str(form.password) ?? '';
  const request = str(form.request);
  const returnTo = safeReturn(t, form.return_to);
  const again = (error: string, status: number) =>
    html(
      loginPage({
        portalName: t.portal.name,
        action: `${t.basePath}/login`,
        ...(request ? { request } : {}),
        returnTo,
        email,
        error,
      }),
      status,
    );
  const user = email ? deps.repo.users.byEmail(email) : undefined;
  const ok = await verifyPassword(password, user ? deps.repo.users.passwordHash(user.id) : undefined);
  if (!user || !ok || user.disabled) return again('Invalid email or password.', 401);
  const ctx = {
    principal: {
      kind: 'user' as const,
      userId: user.id,
      email: user.email,
      groups: user.groups,
      loginMethod: LOCAL_IDP_ID,
    },
    ip,
  };
  const decision = deps.access.portal(t.portal.hostname, ctx);
  if (decision.outcome !== 'allow') {
    deps.logger.record({
      status: 'denied',
      portalId: t.portal.id,
      method: 'login',
      durationMs: 0,
      user: principalLabel(ctx.principal),
      error: `login refused: ${decision.reason}`,
    });
    return again(`You do not have access to this portal (${decision.reason}).`, 403);
  }
  const setCookie = deps.browsers.start(t.portal.id, user.id, scopeOf(t));
  let location = returnTo;
  if (request) {
    const redirect = deps.oauth.complete(t.portal.id, request, user.id);
    if (!redirect) {
      return html(
        messagePage('Sign-in expired', 'This sign-in request has expired. Start again from your MCP client.'),
        400,
        {
          'set-cookie': setCookie,
        },
      );
    }
    location = redirect;
  }
  return new Response(null, {
    status: 302,
    headers: { location, 'set-cookie': setCookie, 'cache-control': 'no-store' },
  });
}

export function logoutPost(deps: DataPlaneDeps, c: Context, t: Target): Response {
  const setCookie = deps.browsers.end(c.req.header('cookie'), scopeOf(t));
  return new Response(null, {
    status: 303,
    headers: { location: `${t.basePath}/`, 'set-cookie': setCookie },
  });
}

export function home(deps: DataPlaneDeps, c: Context, t: Target): Response {
  const userId = deps.browsers.user(t.portal.id, c.req.header('cookie'));
  const email = userId ? deps.repo.users.get(userId)?.email : undefined;
  return html(
    homePage({
      portalName: t.portal.name,
      description: t.portal.description,
      mcpUrl: `${t.origin}${t.basePath}/mcp`,
      ...(email ? { email } : {}),
      loginUrl: `${t.basePath}/login`,
      logoutAction: `${t.basePath}/logout`,
    }),
  );
}

/** The session behind a selection-page id, checked against the browser's user; or an error page. */
function pageSession(deps: DataPlaneDeps, c: Context, t: Target, elicitationId: string) {
  const session = deps.gateway.elicitation(elicitationId);
  if (!session || session.portalId !== t.portal.id) {
    return {
      error: html(
        messagePage('Link expired', 'This server selection link has expired or does not exist.'),
        404,
      ),
    };
  }
  const cookie = c.req.header('cookie');
  const userId = deps.browsers.user(t.portal.id, cookie);
  if (!userId) {
    const back = `${t.basePath}/authorize?elicitationId=${encodeURIComponent(elicitationId)}`;
    return { error: c.redirect(`${t.basePath}/login?return_to=${encodeURIComponent(back)}`, 302) };
  }
  if (session.principal.kind !== 'user' || session.principal.userId !== userId) {
    return {
      error: html(
        messagePage('Not your session', 'This server selection link belongs to another user.'),
        403,
      ),
    };
  }
  return { session, cookie, email: session.principal.email };
}

export function selectionGet(deps: DataPlaneDeps, c: Context, t: Target, elicitationId: string): Response {
  const found = pageSession(deps, c, t, elicitationId);
  if ('error' in found) return found.error as Response;
  const notice = c.req.query('notice');
  return html(
    selectionPage({
      portalName: t.portal.name,
      email: found.email,
      action: `${t.basePath}/authorize/servers`,
      elicitationId,
      csrf: deps.browsers.csrf(found.cookie),
      servers: deps.gateway.summaries(found.session),
      ...(notice ? { notice } : {}),
    }),
  );
}

export async function selectionPost(deps: DataPlaneDeps, c: Context, t: Target): Promise<Response> {
  const form = await c.req.parseBody();
  const elicitationId = str(form.elicitationId) ?? '';
  const found = pageSession(deps, c, t, elicitationId);
  if ('error' in found) return found.error as Response;
  if (!deps.browsers.checkCsrf(found.cookie, str(form.csrf))) {
    return html(messagePage('Form expired', 'This form has expired; reload the page and try again.'), 403);
  }
  const action = str(form.action);
  const serverId = str(form.server_id) ?? '';
  const { session } = found;
  let done = true;
  let notice = '';
  switch (action) {
    case 'on':
    case 'off':
      done = await deps.gateway.setEnabled(session, serverId, action === 'on');
      notice = `${serverId} is ${action} for this session.`;
      break;
    case 'logout':
    case 'login':
      done = await deps.gateway.setLoggedOut(session, serverId, action === 'logout');
      notice =
        action === 'logout' ? `You are logged out of ${serverId}.` : `You are logged in to ${serverId}.`;
      break;
    case 'done':
      await deps.gateway.completeElicitation(elicitationId);
      return html(messagePage('All set', 'Your server selection is saved. You can close this window.'));
    default:
      return html(messagePage('Unknown action', 'That action is not one this page offers.'), 400);
  }
  if (!done)
    return html(messagePage('Unknown server', `Server "${serverId}" is not available to you here.`), 400);
  const back = `${t.basePath}/authorize?elicitationId=${encodeURIComponent(elicitationId)}&notice=${encodeURIComponent(notice)}`;
  return c.redirect(back, 303);
}
