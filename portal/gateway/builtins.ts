/**
 * The built-in tools every portal offers: `portal_list_servers` (the caller's servers, on or off in this
 * session), `portal_toggle_servers` (the server selection page, as a URL-mode elicitation when the client
 * supports it) and `portal_toggle_single_server` (`server_id`, `action`: `toggle` turns a server on,
 * `untoggle` off). Bad input answers with an error result and changes nothing.
 */
import { type CallToolResult, ElicitResultSchema } from '@modelcontextprotocol/sdk/types.js';
import { BUILTIN_TOOLS } from '../../schemas/context-modes.js';
import type { Extra } from './forward.js';

export const NO_ALLOWED_SERVERS = 'No allowed servers available, check your Zero Trust Policies';

export { BUILTIN_TOOLS };

export const BUILTIN_NAMES: ReadonlySet<string> = new Set(BUILTIN_TOOLS.map((t) => t.name));

/** One server as the built-in tools describe it. */
export interface ServerSummary {
  id: string;
  name: string;
  status: string;
  enabled: boolean;
  logged_out: boolean;
  /** Whether the user must authorise this server (on_behalf) before using it. */
  needs_authorization: boolean;
  tools: number;
  prompts: number;
  error?: string;
}

/** What the built-in tools need from their session. */
export interface BuiltinHost {
  /** Servers the caller may use in this portal (Access-allowed), sorted by id. */
  servers(): ServerSummary[];
  /** Turns a server on or off for the session; false when it is not one of `servers()`. */
  setEnabled(serverId: string, enabled: boolean, extra: Extra): Promise<boolean>;
  /** A new selection-page URL for this session, or undefined when the caller is not a user. */
  selectionUrl(): { url: string; elicitationId: string } | undefined;
  /** Whether the client declared URL-mode elicitation. */
  supportsUrlElicitation(): boolean;
}

/** A tool result of one text block (an error result when `isError`). */
export const text = (t: string, isError = false): CallToolResult => ({
  content: [{ type: 'text', text: t }],
  ...(isError ? { isError: true } : {}),
});

function listServers(host: BuiltinHost): CallToolResult {
  const servers = host.servers();
  if (servers.length === 0) return { ...text(NO_ALLOWED_SERVERS), structuredContent: { servers: [] } };
  const lines = servers.map((s) => {
    const state = s.logged_out ? 'logged out' : s.enabled ? 'on' : 'off';
    const status = s.status === 'ready' ? `${s.tools} tools, ${s.prompts} prompts` : `status ${s.status}`;
    const auth = s.needs_authorization ? '; needs your authorization (portal_toggle_servers)' : '';
    return `${s.id} (${s.name}): ${state}; ${status}${auth}${s.error ? `; ${s.error}` : ''}`;
  });
  return {
    ...text(lines.join('\n')),
    structuredContent: { servers: servers as unknown as Record<string, unknown>[] },
  };
}

async function openSelection(host: BuiltinHost, extra: Extra): Promise<CallToolResult> {
  const selection = host.selectionUrl();
  if (!selection) {
    return text(
      'The server selection page needs a signed-in user; use portal_toggle_single_server to turn servers on or off.',
      true,
    );
  }
  const { url, elicitationId } = selection;
  // One prompt lists every server awaiting the user's authorization (each has its Authorize button there).
  const pending = host
    .servers()
    .filter((s) => s.needs_authorization && !s.logged_out)
    .map((s) => s.id);
  const authNote =
    pending.length > 0 ? ` Servers that need your authorization first: ${pending.join(', ')}.` : '';
  if (!host.supportsUrlElicitation()) return text(`Open this page to choose your servers: ${url}${authNote}`);
  const answer = await extra.sendRequest(
    {
      method: 'elicitation/create',
      params: {
        mode: 'url',
        message: `Choose which servers of this portal to use, or log out of a server.${authNote}`,
        url,
        elicitationId,
      },
    },
    ElicitResultSchema,
  );
  return answer.action === 'accept'
    ? text(`The server selection page was opened: ${url}`)
    : text(`The server selection page was not opened (${answer.action}); it is at ${url}`);
}

async function toggleOne(
  host: BuiltinHost,
  args: Record<string, unknown>,
  extra: Extra,
): Promise<CallToolResult> {
  const { server_id: id, action } = args;
  if (typeof id !== 'string' || id === '') return text('server_id must be a server id (a string)', true);
  if (action !== 'toggle' && action !== 'untoggle') {
    return text('action must be "toggle" (turn on) or "untoggle" (turn off)', true);
  }
  const server = host.servers().find((s) => s.id === id);
  if (!server) return text(`server "${id}" is not available to you in this portal`, true);
  if (server.logged_out && action === 'toggle') {
    const selection = host.selectionUrl();
    return text(
      `you are logged out of server "${id}"; log in again on the server selection page${selection ? `: ${selection.url}` : ''}`,
      true,
    );
  }
  await host.setEnabled(id, action === 'toggle', extra);
  const now = host.servers().find((s) => s.id === id);
  return text(
    action === 'toggle'
      ? `server "${id}" is on for this session (${now?.tools ?? 0} tools, ${now?.prompts ?? 0} prompts)`
      : `server "${id}" is off for this session`,
  );
}

/** Runs a built-in tool. */
export function callBuiltin(
  host: BuiltinHost,
  name: string,
  args: Record<string, unknown>,
  extra: Extra,
): Promise<CallToolResult> {
  switch (name) {
    case 'portal_list_servers':
      return Promise.resolve(listServers(host));
    case 'portal_toggle_servers':
      return openSelection(host, extra);
    default:
      return toggleOne(host, args, extra);
  }
}
