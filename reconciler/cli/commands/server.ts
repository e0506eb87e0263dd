/**
 * `portalctl server authorize NAME`: starts the admin OAuth authorization of an `oauth` server on the
 * embedded portal, prints the URL to open (and opens a browser with `--open` when there is a display), then
 * waits until the server is connected and synced. Exit 0 Ready; 5 Error, stale or timed out; 3 bad input.
 * Loaded only when the command runs (its options: ./server-command.ts).
 */
import { spawn } from 'node:child_process';
import type { ServerObject } from '../../../schemas/generated/wire.js';
import { ExitCode } from '../../exit-codes.js';
import { CLOUDFLARE_API_URL } from '../../target.js';
import type { CliIo } from '../main.js';
import type { TargetFlags } from '../options.js';
import { withTarget } from '../session.js';

export interface AuthorizeFlags extends TargetFlags {
  open: boolean;
  wait: boolean;
  timeout: number;
  interval: number;
}

/** A command that opens `url` in the desktop's browser, or undefined when there is no display. */
export function browserCommand(
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform,
): [string, string[]] | undefined {
  if (platform === 'darwin') return ['open', []];
  if (platform === 'win32') return ['cmd', ['/c', 'start', '""']];
  return env.DISPLAY || env.WAYLAND_DISPLAY ? ['xdg-open', []] : undefined;
}

function openBrowser(io: CliIo, url: string): void {
  const cmd = browserCommand(io.env, process.platform);
  if (!cmd) {
    io.stderr('portalctl: no display found (DISPLAY / WAYLAND_DISPLAY unset): open the URL yourself\n');
    return;
  }
  const child = spawn(cmd[0], [...cmd[1], url], { detached: true, stdio: 'ignore' });
  child.on('error', () => io.stderr(`portalctl: could not start ${cmd[0]}: open the URL yourself\n`));
  child.unref();
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `server authorize NAME`; returns the exit code. */
export async function runAuthorize(io: CliIo, name: string, flags: AuthorizeFlags): Promise<number> {
  return withTarget(io, flags, async (target) => {
    if (!target.info.embedded && target.info.api_url.startsWith(CLOUDFLARE_API_URL)) {
      io.stderr(
        `portalctl: Cloudflare's API cannot start an OAuth login: authorise ${name} in the Cloudflare dashboard ` +
          `(Zero Trust > Access > AI controls > MCP servers > ${name} > Authenticate)\n`,
      );
      return ExitCode.InvalidInput;
    }
    const before = await target.api.getServer(name);
    if (!before) {
      io.stderr(`portalctl: no MCP server "${name}" at ${target.info.api_url}\n`);
      return ExitCode.InvalidInput;
    }
    if (before.auth_type !== 'oauth') {
      io.stderr(
        `portalctl: MCP server "${name}" has auth_type ${before.auth_type}; only oauth servers are authorised\n`,
      );
      return ExitCode.InvalidInput;
    }
    const { url } = await target.api.authorizeServer(name);
    io.stdout(`Open this URL in a browser to authorise MCP server ${name}:\n\n  ${url}\n\n`);
    if (flags.open) openBrowser(io, url);
    if (!flags.wait) return ExitCode.Ok;
    if (target.info.embedded) {
      io.stderr(
        'portalctl: keep this command running: the embedded portal it started receives the callback\n',
      );
    }
    io.stderr(`portalctl: waiting for the authorization (up to ${Math.round(flags.timeout / 1000)} s)...\n`);
    return await waitForAuthorization(io, name, flags, () => target.api.getServer(name));
  });
}

/** Polls the server until it is connected and synced (Ready), or failed, or the time is up. */
async function waitForAuthorization(
  io: CliIo,
  name: string,
  flags: AuthorizeFlags,
  get: () => Promise<ServerObject | undefined>,
): Promise<number> {
  const deadline = Date.now() + flags.timeout;
  for (;;) {
    const s = await get();
    if (!s) {
      io.stderr(`portalctl: MCP server "${name}" was deleted while waiting\n`);
      return ExitCode.NotConverged;
    }
    const connected = s.authentication_status === 'connected';
    if (connected && s.status === 'ready') {
      io.stdout(
        `MCP server ${name} is authorised and Ready (${s.tools.length} tools, ${s.prompts.length} prompts)\n`,
      );
      return ExitCode.Ok;
    }
    if (connected && s.status === 'error') {
      io.stdout(`MCP server ${name} is authorised, but its sync failed: ${s.error ?? 'unknown error'}\n`);
      return ExitCode.NotConverged;
    }
    if (Date.now() >= deadline) {
      io.stderr(
        `portalctl: MCP server "${name}" was not authorised within ${Math.round(flags.timeout / 1000)} s ` +
          `(authentication_status ${s.authentication_status ?? 'unknown'}); run portalctl server authorize ${name} again\n`,
      );
      return ExitCode.NotConverged;
    }
    await sleep(flags.interval);
  }
}
