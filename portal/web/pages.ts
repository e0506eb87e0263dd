/**
 * The portal's HTML pages, rendered as plain strings with every dynamic value escaped: the login form of
 * the local identity provider, the OAuth consent page, the server selection page (toggles and log-out per
 * server), the portal's home page (with the user's approved clients) and a small message page. No
 * scripts: forms post and the server redirects back.
 */
import type { ServerSummary } from '../gateway/builtins.js';

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const STYLE = `
  body { font-family: system-ui, sans-serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; color: #1f2328; }
  h1 { font-size: 1.4rem; } .muted { color: #656d76; } .error { color: #b3261e; }
  form.inline { display: inline; } label { display: block; margin: .6rem 0 .2rem; }
  input[type=email], input[type=password] { width: 20rem; padding: .35rem; }
  button { padding: .35rem .8rem; margin: .2rem .2rem .2rem 0; cursor: pointer; }
  table { border-collapse: collapse; width: 100%; margin: 1rem 0; }
  td, th { border-bottom: 1px solid #d0d7de; padding: .5rem; text-align: left; vertical-align: middle; }
  .on { color: #1a7f37; font-weight: 600; } .off { color: #656d76; } .out { color: #9a6700; }
`;

export function layout(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><style>${STYLE}</style></head>
<body>${body}</body></html>`;
}

export function messagePage(title: string, message: string): string {
  return layout(title, `<h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p>`);
}

export interface LoginPageInput {
  portalName: string;
  action: string;
  request?: string;
  returnTo?: string;
  email?: string;
  error?: string;
}

export function loginPage(p: LoginPageInput): string {
  const hidden = [
    p.request ? `<input type="hidden" name="request" value="${escapeHtml(p.request)}">` : '',
    p.returnTo ? `<input type="hidden" name="return_to" value="${escapeHtml(p.returnTo)}">` : '',
  ].join('');
  return layout(
    `Sign in to ${p.portalName}`,
    `<h1>Sign in to ${escapeHtml(p.portalName)}</h1>
<p class="muted">MCP server portal. Sign in with your account to continue.</p>
${p.error ? `<p class="error" role="alert">${escapeHtml(p.error)}</p>` : ''}
<form method="post" action="${escapeHtml(p.action)}">${hidden}
<label for="email">Email</label><input id="email" type="email" name="email" autocomplete="username" required value="${escapeHtml(p.email ?? '')}">
<label for="password">Password</label><input id="password" type="password" name="password" autocomplete="current-password" required>
<p><button type="submit">Sign in</button></p></form>`,
  );
}

export interface ConsentPageInput {
  portalName: string;
  email: string;
  action: string;
  request: string;
  csrf: string;
  /** The client's self-declared name (unverified), if it gave one. */
  clientName?: string;
  clientId: string;
  /** Where the code will be sent. */
  redirectUri: string;
}

export function consentPage(p: ConsentPageInput): string {
  const target = new URL(p.redirectUri);
  const host = target.host || target.protocol;
  const name = p.clientName ? `“${p.clientName}”` : 'An unnamed application';
  const field = (n: string, v: string) => `<input type="hidden" name="${n}" value="${escapeHtml(v)}">`;
  return layout(
    `Allow access to ${p.portalName}?`,
    `<h1>Allow access to ${escapeHtml(p.portalName)}?</h1>
<p><strong data-client-name>${escapeHtml(name)}</strong> wants to use this MCP portal as
${escapeHtml(p.email)}: call its tools and read its prompts and resources with your access.</p>
<p>It will receive access at <strong data-redirect-host>${escapeHtml(host)}</strong>
(<code>${escapeHtml(p.redirectUri)}</code>).</p>
<p class="muted">The name is chosen by the application itself and is not verified (client id
<code>${escapeHtml(p.clientId)}</code>). Only allow it if you started this sign-in from an MCP client you
trust and you recognise this address. You can withdraw the approval on the portal's home page.</p>
<form method="post" action="${escapeHtml(p.action)}">${field('request', p.request)}${field('csrf', p.csrf)}
<button type="submit" name="decision" value="allow" data-action="allow">Allow</button>
<button type="submit" name="decision" value="deny" data-action="deny">Deny</button></form>`,
  );
}

export interface SelectionPageInput {
  portalName: string;
  email: string;
  action: string;
  elicitationId: string;
  csrf: string;
  servers: ServerSummary[];
  notice?: string;
  /** Where a server's Authorize link goes (`?elicitationId=...&server_id=...` is added). */
  authorizeAction: string;
}

export function selectionPage(p: SelectionPageInput): string {
  const form = (serverId: string, action: string, label: string) =>
    `<form class="inline" method="post" action="${escapeHtml(p.action)}">` +
    `<input type="hidden" name="elicitationId" value="${escapeHtml(p.elicitationId)}">` +
    `<input type="hidden" name="csrf" value="${escapeHtml(p.csrf)}">` +
    `<input type="hidden" name="server_id" value="${escapeHtml(serverId)}">` +
    `<button type="submit" name="action" value="${action}" data-server="${escapeHtml(serverId)}" data-action="${action}">${label}</button></form>`;
  const rows = p.servers
    .map((s) => {
      const state = s.logged_out
        ? '<span class="out">logged out</span>'
        : s.enabled
          ? '<span class="on">on</span>'
          : '<span class="off">off</span>';
      const detail = s.status === 'ready' ? `${s.tools} tools, ${s.prompts} prompts` : `status: ${s.status}`;
      const authorize =
        s.needs_authorization && !s.logged_out
          ? `<a class="button" data-server="${escapeHtml(s.id)}" data-action="authorize" href="${escapeHtml(
              `${p.authorizeAction}?elicitationId=${encodeURIComponent(p.elicitationId)}&server_id=${encodeURIComponent(s.id)}`,
            )}">Authorize</a> <span class="muted">needs your authorization</span><br>`
          : '';
      const buttons = s.logged_out
        ? form(s.id, 'login', 'Log in')
        : `${authorize}${s.enabled ? form(s.id, 'off', 'Turn off') : form(s.id, 'on', 'Turn on')}${form(s.id, 'logout', 'Log out')}`;
      return `<tr data-server="${escapeHtml(s.id)}" data-state="${s.logged_out ? 'logged_out' : s.enabled ? 'on' : 'off'}">
<td><strong>${escapeHtml(s.name)}</strong><br><code>${escapeHtml(s.id)}</code></td><td>${state}</td>
<td class="muted">${escapeHtml(detail)}</td><td>${buttons}</td></tr>`;
    })
    .join('\n');
  const done =
    `<form method="post" action="${escapeHtml(p.action)}">` +
    `<input type="hidden" name="elicitationId" value="${escapeHtml(p.elicitationId)}">` +
    `<input type="hidden" name="csrf" value="${escapeHtml(p.csrf)}">` +
    `<button type="submit" name="action" value="done" data-action="done">Done</button></form>`;
  return layout(
    `Servers of ${p.portalName}`,
    `<h1>Servers of ${escapeHtml(p.portalName)}</h1>
<p class="muted">Signed in as ${escapeHtml(p.email)}. Changes apply to your MCP session right away.</p>
${p.notice ? `<p role="status">${escapeHtml(p.notice)}</p>` : ''}
${
  p.servers.length === 0
    ? '<p>No allowed servers available, check your Zero Trust Policies</p>'
    : `<table><thead><tr><th>Server</th><th>State</th><th>Offers</th><th></th></tr></thead><tbody>${rows}</tbody></table>`
}
${done}`,
  );
}

export interface HomePageInput {
  portalName: string;
  description: string | null;
  mcpUrl: string;
  email?: string;
  loginUrl: string;
  logoutAction: string;
  /** Clients the signed-in user approved at this portal, each with a revoke form. */
  consents?: { clientId: string; clientName: string | null; redirectHosts: string[]; approvedAt: string }[];
  revokeAction?: string;
  csrf?: string;
  notice?: string;
}

function consentList(p: HomePageInput): string {
  if (!p.email || !p.revokeAction || !p.csrf) return '';
  const rows = (p.consents ?? [])
    .map(
      (k) => `<tr data-client="${escapeHtml(k.clientId)}"><td>${escapeHtml(k.clientName ?? 'unnamed')}<br>
<code>${escapeHtml(k.clientId)}</code></td><td>${escapeHtml(k.redirectHosts.join(', '))}</td>
<td class="muted">${escapeHtml(k.approvedAt)}</td><td><form class="inline" method="post" action="${escapeHtml(p.revokeAction ?? '')}">
<input type="hidden" name="csrf" value="${escapeHtml(p.csrf ?? '')}"><input type="hidden" name="client_id" value="${escapeHtml(k.clientId)}">
<button type="submit" data-action="revoke" data-client="${escapeHtml(k.clientId)}">Revoke</button></form></td></tr>`,
    )
    .join('\n');
  return `<h2>Applications you allowed</h2>${
    rows
      ? `<table><thead><tr><th>Application</th><th>Sends access to</th><th>Allowed</th><th></th></tr></thead><tbody>${rows}</tbody></table>`
      : '<p class="muted">None.</p>'
  }`;
}

export function homePage(p: HomePageInput): string {
  const account = p.email
    ? `<p>Signed in as ${escapeHtml(p.email)}.</p><form method="post" action="${escapeHtml(p.logoutAction)}"><button type="submit">Sign out</button></form>`
    : `<p><a href="${escapeHtml(p.loginUrl)}">Sign in</a></p>`;
  return layout(
    p.portalName,
    `<h1>${escapeHtml(p.portalName)}</h1>
${p.description ? `<p>${escapeHtml(p.description)}</p>` : ''}
${p.notice ? `<p role="status">${escapeHtml(p.notice)}</p>` : ''}
<p>Add this MCP server URL to your MCP client: <code>${escapeHtml(p.mcpUrl)}</code></p>${account}${consentList(p)}`,
  );
}
