/**
 * The demo behind `npm start`, as a function: starts the example upstreams on DOCS_PORT, TICKETS_PORT,
 * PAGED_PORT and OAUTH_PORT (default 3101-3104; 0 picks a free port), the embedded portal on PORTAL_PORT
 * (default 8787), and applies examples/manifests with `portalctl apply`, passing the same variables (set to
 * the ports the upstreams really got), so the manifests' `${DOCS_PORT:-3101}` URLs follow them; then says
 * how to authorise the `oauth` server, the one step left to a person.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type RunningPortal, resolveDataDir, startPortal } from '../portal/index.js';
import { main } from '../reconciler/cli/main.js';
import { type AllUpstreams, startAllUpstreams } from './upstreams/index.js';
import { type OAuthUpstreamHandle, startOAuthUpstream } from './upstreams/oauth-upstream.js';

/** The example server that waits for an admin's OAuth authorisation (examples/manifests/servers.yaml). */
export const OAUTH_SERVER = 'oauth';

export interface DemoOptions {
  /** The repository root (examples/manifests is read from there). */
  root: string;
  /** Where the variables come from (`process.env` for `npm start`). */
  env: NodeJS.ProcessEnv;
  /** The portal's data folder (default: PORTAL_DATA_DIR, else `<root>/.portal`). */
  dataDir?: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTty?: boolean;
}

export interface Demo {
  portal: RunningPortal;
  upstreams: AllUpstreams;
  /** The OAuth-protected example upstream (its own authorization server approves consent at once). */
  oauthUpstream: OAuthUpstreamHandle;
  /** The environment apply ran with: the given one plus the ports, the portal's API and the credential. */
  env: NodeJS.ProcessEnv;
  /** `portalctl apply`'s exit code. */
  applyCode: number;
  close(): Promise<void>;
}

/** The port in `env[name]`, or `fallback`; anything but an integer 0-65535 is refused with its name. */
export function portOf(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port > 65535) throw new Error(`${name}=${raw} is not a port (0-65535)`);
  return port;
}

/** The demo's upstream credential, kept in the data folder so `portalctl plan` elsewhere can compare it. */
function demoToken(dataDir: string): string {
  const file = join(dataDir, 'demo-tickets-token');
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    const token = randomBytes(16).toString('hex');
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, `${token}\n`, { mode: 0o600 });
    return token;
  }
}

const portFromUrl = (url: string) => new URL(url).port;

export async function startDemo(opts: DemoOptions): Promise<Demo> {
  const { env } = opts;
  const dataDir = opts.dataDir ?? resolveDataDir(undefined, { cwd: opts.root, env }).dir;
  const ports = {
    docs: portOf(env, 'DOCS_PORT', 3101),
    tickets: portOf(env, 'TICKETS_PORT', 3102),
    paged: portOf(env, 'PAGED_PORT', 3103),
    oauth: portOf(env, 'OAUTH_PORT', 3104),
  };
  const portalPort = portOf(env, 'PORTAL_PORT', 8787);
  const ticketsToken = env.TICKETS_TOKEN || demoToken(dataDir);
  const upstreams = await startAllUpstreams({ ticketsToken, ports });
  let oauthUpstream: OAuthUpstreamHandle;
  try {
    oauthUpstream = await startOAuthUpstream({ port: ports.oauth });
  } catch (err) {
    await upstreams.close();
    throw err;
  }
  let portal: RunningPortal;
  try {
    portal = await startPortal({ dataDir, port: portalPort });
  } catch (err) {
    await Promise.allSettled([upstreams.close(), oauthUpstream.close()]);
    throw err;
  }
  const runEnv: NodeJS.ProcessEnv = {
    ...env,
    DOCS_PORT: portFromUrl(upstreams.docs.url),
    TICKETS_PORT: portFromUrl(upstreams.tickets.url),
    PAGED_PORT: portFromUrl(upstreams.paged.url),
    OAUTH_PORT: portFromUrl(oauthUpstream.url),
    CLOUDFLARE_API_TOKEN: portal.apiToken,
    CLOUDFLARE_BASE_URL: portal.baseUrl,
    CLOUDFLARE_ACCOUNT_ID: portal.accountId,
    TICKETS_TOKEN: ticketsToken,
    TICKETS_API_KEY: ticketsToken,
  };
  opts.stdout(
    `embedded portal: ${portal.url} (management API ${portal.baseUrl}, account ${portal.accountId})\n` +
      `upstreams: docs ${upstreams.docs.url}, tickets ${upstreams.tickets.url}, metrics ${upstreams.paged.url}, ` +
      `oauth ${oauthUpstream.url} (consent approved at once)\n`,
  );
  const applyCode = await main(
    ['apply', '-f', join(opts.root, 'examples/manifests'), '--yes', '--timeout', '60s'],
    {
      stdout: opts.stdout,
      stderr: opts.stderr,
      stdin: async () => '',
      isTty: Boolean(opts.isTty),
      cwd: opts.root,
      env: runEnv,
    },
  );
  return {
    portal,
    upstreams,
    oauthUpstream,
    env: runEnv,
    applyCode,
    close: async () => {
      await portal.close();
      await Promise.allSettled([upstreams.close(), oauthUpstream.close()]);
    },
  };
}

/**
 * The command that authorises the demo's `oauth` server against the running demo portal (its callback must
 * reach this portal, so the command talks to its API rather than starting an embedded portal of its own),
 * and what to do with the URL it prints; `undefined` when the server needs nothing (already authorised).
 */
export function authorizeStep(demo: Demo, root: string): string | undefined {
  const { portal } = demo;
  const server = portal.repo.servers
    .list({ page: 1, per_page: 100 })
    .items.find((s) => s.id === OAUTH_SERVER);
  if (!server || server.authentication_status === 'connected') return undefined;
  const token = portal.tokenFile
    ? `$(cat ${relative(root, portal.tokenFile) || portal.tokenFile})`
    : '<the API token the portal was started with>';
  return (
    `Authorise the ${OAUTH_SERVER} server (Waiting for an admin's OAuth login) in another terminal:\n` +
    `  CLOUDFLARE_API_TOKEN=${token} node bin/portalctl.js server authorize ${OAUTH_SERVER} ` +
    `--api-url ${portal.baseUrl} --account-id ${portal.accountId}\n` +
    'It prints a URL and waits. The example authorization server approves consent at once, so opening the\n' +
    "URL in a browser, or `curl -sL '<the URL>' >/dev/null`, completes it: the portal receives the callback,\n" +
    `syncs ${OAUTH_SERVER}, and the command exits 0 when it is Ready (add --open to start a browser).`
  );
}
