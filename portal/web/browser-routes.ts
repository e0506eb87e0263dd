/**
 * The portal's browser pages: the local identity provider's login (throttled per account and address), the
 * consent page that completes a pending OAuth authorization once the user approves its client, sign-out
 * (which also revokes the user's own grants at the portal's `on_behalf` OAuth servers), the home page
 * (approved clients, revocable), the server selection page `/authorize?elicitationId=...` whose toggles
 * apply to the live MCP session at once, and `/authorize/upstream`, which starts the signed-in user's own
 * authorization of an `on_behalf` OAuth server (the prompt's link; it comes back at `/servers-callback`).
 * Forms carry a CSRF token and bounded bodies; no page may be framed.
 */
import { randomBytes } from 'node:crypto';
import type { Context } from 'hono';
import { principalLabel } from '../access/principal.js';
import { LOCAL_IDP_ID } from '../access/selectors.js';
import type { CookieScope } from '../identity/browser-sessions.js';
import { verifyPassword } from '../identity/passwords.js';
import type { DataPlaneDeps, Target } from './deps.js';
import { readForm } from './form-body.js';
import { consentPage, homePage, loginPage, messagePage, selectionPage } from './pages.js';
import { bindingCookie } from './servers-callback.js';

/** Every page and redirect of the portal's browser routes refuses to be framed (clickjacking). */
export const NO_FRAMING = {
  'x-frame-options': 'DENY',
  'content-security-policy': "frame-ancestors 'none'",
} as const;

const html = (body: string, status = 200, headers: Record<string, string> = {}) =>
  new Response(body, {
    status,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      ...NO_FRAMING,
      ...headers,
    },
  });

const redirect = (location: string, status: 302 | 303, headers: Record<string, string> = {}) =>
  new Response(null, {
    status,
    headers: { location, 'cache-control': 'no-store', ...NO_FRAMING, ...headers },
  });

const expired = (headers: Record<string, string> = {}) =>
  html(
    messagePage('Sign-in expired', 'This sign-in request has expired. Start again from your MCP client.'),
    400,
    headers,
  );

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

const hostOf = (uri: string) => {
  try {
    return new URL(uri).host || uri;
  } catch {
    return uri;
  }
};

/** The consent page for a pending request, or straight back to the client if this user approved it. */
function consentOrComplete(
  deps: DataPlaneDeps,
  t: Target,
  request: string,
  userId: string,
  cookie: string | undefined,
): Response {
  const pending = deps.oauth.pendingRequest(t.portal.id, request);
  if (!pending) return expired();
  const done = deps.oauth.complete(t.portal.id, request, userId);
  if (done) return redirect(done, 302);
  return html(
    consentPage({
      portalName: t.portal.name,
      email: deps.repo.users.get(userId)?.email ?? '',
      action: `${t.basePath}/consent`,
      request,
      csrf: deps.browsers.csrf(cookie),
      ...(pending.client.client_name ? { clientName: pending.client.client_name } : {}),
      clientId: pending.client.client_id,
      redirectUri: pending.params.redirectUri,
    }),
  );
}

export function loginGet(deps: DataPlaneDeps, c: Context, t: Target): Response {
  const request = c.req.query('request');
  const cookie = c.req.header('cookie');
  const userId = deps.browsers.user(t.portal.id, cookie);
  if (userId && request) return consentOrComplete(deps, t, request, userId, cookie);
  if (request && !deps.oauth.pendingRequest(t.portal.id, request)) return expired();
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
  const body = await readForm(c);
  if (!body.ok) return body.response;
  const form = body.form;
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
  const throttle = deps.browsers.throttle;
  const waitMs = throttle.retryAfterMs(email, ip);
  if (waitMs > 0) {
    // Refused without looking at the password, so guesses made while locked reveal nothing.
    const seconds = Math.ceil(waitMs / 1000);
    deps.logger.record({
      status: 'denied',
      portalId: t.portal.id,
      method: 'login',
      durationMs: 0,
      user: email || null,
      error: 'login throttled after repeated failures',
    });
    const page = again(`Too many failed sign-ins. Try again in ${seconds} s.`, 429);
    page.headers.set('retry-after', String(seconds));
    return page;
  }
  const user = email ? deps.repo.users.byEmail(email) : undefined;
  const ok = await verifyPassword(password, user ? deps.repo.users.passwordHash(user.id) : undefined);
  if (!user || !ok || user.disabled) {
    throttle.failed(email, ip);
    return again('Invalid email or password.', 401);
  }
  throttle.succeeded(email);
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
  if (!request) return redirect(returnTo, 302, { 'set-cookie': setCookie });
  if (!deps.oauth.pendingRequest(t.portal.id, request)) return expired({ 'set-cookie': setCookie });
  const done = deps.oauth.complete(t.portal.id, request, user.id);
  if (done) return redirect(done, 302, { 'set-cookie': setCookie });
  // Not approved yet: the consent page, as a GET with the new cookie (its CSRF token derives from it).
  const consent = `${t.basePath}/login?request=${encodeURIComponent(request)}`;
  return redirect(consent, 303, { 'set-cookie': setCookie });
}

/** The consent page's answer: Allow records the approval and sends the code; Deny sends access_denied. */
export async function consentPost(deps: DataPlaneDeps, c: Context, t: Target): Promise<Response> {
  const body = await readForm(c);
  if (!body.ok) return body.response;
  const { form } = body;
  const request = str(form.request) ?? '';
  const cookie = c.req.header('cookie');
  const userId = deps.browsers.user(t.portal.id, cookie);
  if (!userId) {
    return redirect(`${t.basePath}/login?request=${encodeURIComponent(request)}`, 303);
  }
  if (!deps.browsers.checkCsrf(cookie, str(form.csrf))) {
    return html(messagePage('Form expired', 'This form has expired; reload the page and try again.'), 403);
  }
  const decision = str(form.decision);
  const location =
    decision === 'allow'
      ? deps.oauth.approve(t.portal.id, request, userId)
      : decision === 'deny'
        ? deps.oauth.deny(t.portal.id, request)
        : undefined;
  if (decision !== 'allow' && decision !== 'deny') {
    return html(messagePage('Unknown action', 'That action is not one this page offers.'), 400);
  }
  return location ? redirect(location, 302) : expired();
}

/** Withdraws the signed-in user's approval of a client (home page) and revokes its tokens. */
export async function consentRevokePost(deps: DataPlaneDeps, c: Context, t: Target): Promise<Response> {
  const body = await readForm(c);
  if (!body.ok) return body.response;
  const cookie = c.req.header('cookie');
  const userId = deps.browsers.user(t.portal.id, cookie);
  if (!userId) return redirect(`${t.basePath}/login`, 303);
  if (!deps.browsers.checkCsrf(cookie, str(body.form.csrf))) {
    return html(messagePage('Form expired', 'This form has expired; reload the page and try again.'), 403);
  }
  const clientId = str(body.form.client_id) ?? '';
  const had = deps.oauth.revokeConsent(t.portal.id, userId, clientId);
  const notice = had ? 'The application can no longer use this portal as you.' : 'Nothing to revoke.';
  return redirect(`${t.basePath}/?notice=${encodeURIComponent(notice)}`, 303);
}

/**
 * Signs the browser out of the portal; the user's own grants at this portal's `on_behalf` OAuth servers are
 * revoked too (their MCP clients are prompted to authorise those servers again).
 */
export async function logoutPost(deps: DataPlaneDeps, c: Context, t: Target): Promise<Response> {
  const cookie = c.req.header('cookie');
  const userId = deps.browsers.user(t.portal.id, cookie);
  if (userId) await deps.gateway.revokeUserGrants(t.portal.id, userId);
  const setCookie = deps.browsers.end(cookie, scopeOf(t));
  return new Response(null, {
    status: 303,
    headers: { location: `${t.basePath}/`, 'set-cookie': setCookie },
  });
}

export function home(deps: DataPlaneDeps, c: Context, t: Target): Response {
  const cookie = c.req.header('cookie');
  const userId = deps.browsers.user(t.portal.id, cookie);
  const email = userId ? deps.repo.users.get(userId)?.email : undefined;
  const notice = c.req.query('notice');
  const consents = userId
    ? deps.repo.oauth.listConsents(t.portal.id, userId).map((k) => ({
        clientId: k.client_id,
        clientName: k.client_name,
        redirectHosts: [...new Set(k.redirect_uris.map(hostOf))],
        approvedAt: k.approved_at,
      }))
    : [];
  return html(
    homePage({
      portalName: t.portal.name,
      description: t.portal.description,
      mcpUrl: `${t.origin}${t.basePath}/mcp`,
      ...(email ? { email } : {}),
      loginUrl: `${t.basePath}/login`,
      logoutAction: `${t.basePath}/logout`,
      ...(userId
        ? { consents, revokeAction: `${t.basePath}/consents/revoke`, csrf: deps.browsers.csrf(cookie) }
        : {}),
      ...(notice ? { notice } : {}),
    }),
  );
}

/** The session behind a selection-page id, checked against the browser's user; or an error page. */
function pageSession(
  deps: DataPlaneDeps,
  c: Context,
  t: Target,
  elicitationId: string,
  path = `${t.basePath}/authorize`,
) {
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
    const serverId = c.req.query('server_id');
    const back = `${path}?elicitationId=${encodeURIComponent(elicitationId)}${serverId ? `&server_id=${encodeURIComponent(serverId)}` : ''}`;
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
      authorizeAction: `${t.basePath}/authorize/upstream`,
    }),
  );
}

/**
 * `GET /authorize/upstream?elicitationId=...&server_id=...`: the signed-in owner of the session starts their
 * own authorization of the server; the browser goes on to the upstream's authorization server.
 */
export async function upstreamAuthorizeGet(
  deps: DataPlaneDeps,
  c: Context,
  t: Target,
  elicitationId: string,
): Promise<Response> {
  const found = pageSession(deps, c, t, elicitationId, `${t.basePath}/authorize/upstream`);
  if ('error' in found) return found.error as Response;
  const serverId = c.req.query('server_id') ?? '';
  try {
    const nonce = randomBytes(24).toString('base64url');
    const location = await deps.gateway.startUserAuthorization(found.session, serverId, t.origin, nonce);
    const state = new URL(location).searchParams.get('state') ?? '';
    return redirect(location, 302, {
      'referrer-policy': 'no-referrer',
      'set-cookie': bindingCookie(state, nonce, t.origin.startsWith('https:')),
    });
  } catch (err) {
    const why = err instanceof Error ? err.message : 'the authorization could not be started';
    return html(messagePage('Authorization not started', why), 400);
  }
}

export async function selectionPost(deps: DataPlaneDeps, c: Context, t: Target): Promise<Response> {
  const body = await readForm(c);
  if (!body.ok) return body.response;
  const form = body.form;
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
