/**
 * The demo behind `npm start`, as a function: starts the example upstreams on DOCS_PORT, TICKETS_PORT and
 * PAGED_PORT (default 3101-3103; 0 picks a free port), the embedded portal on PORTAL_PORT (default 8787),
 * and applies examples/manifests with `portalctl apply`, passing the same variables (set to the ports the
 * upstreams really got), so the manifests' `${DOCS_PORT:-3101}` URLs follow them.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type RunningPortal, resolveDataDir, startPortal } from '../portal/index.js';
import { main } from '../reconciler/cli/main.js';
import { type AllUpstreams, startAllUpstreams } from './upstreams/index.js';

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
  };
  const portalPort = portOf(env, 'PORTAL_PORT', 8787);
  const ticketsToken = env.TICKETS_TOKEN || demoToken(dataDir);
  const upstreams = await startAllUpstreams({ ticketsToken, ports });
  let portal: RunningPortal;
  try {
    portal = await startPortal({ dataDir, port: portalPort });
  } catch (err) {
    await upstreams.close();
    throw err;
  }
  const runEnv: NodeJS.ProcessEnv = {
    ...env,
    DOCS_PORT: portFromUrl(upstreams.docs.url),
    TICKETS_PORT: portFromUrl(upstreams.tickets.url),
    PAGED_PORT: portFromUrl(upstreams.paged.url),
    CLOUDFLARE_API_TOKEN: portal.apiToken,
    CLOUDFLARE_BASE_URL: portal.baseUrl,
    CLOUDFLARE_ACCOUNT_ID: portal.accountId,
    TICKETS_TOKEN: ticketsToken,
    TICKETS_API_KEY: ticketsToken,
  };
  opts.stdout(
    `embedded portal: ${portal.url} (management API ${portal.baseUrl}, account ${portal.accountId})\n` +
      `upstreams: docs ${upstreams.docs.url}, tickets ${upstreams.tickets.url}, metrics ${upstreams.paged.url}\n`,
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
    env: runEnv,
    applyCode,
    close: async () => {
      await portal.close();
      await upstreams.close();
    },
  };
}
