/**
 * `portalctl portal serve`: runs the embedded portal (the thin entry the CLI is allowed into `portal/`).
 * Prints the management API base URL, where each portal's MCP endpoint is, the account id and where the API
 * token is, then serves until SIGINT or SIGTERM and shuts down cleanly (syncs aborted, MCP sessions and the
 * listener closed, database closed). Loaded only when `portal serve` runs (its options:
 * ./portal-command.ts; `portal users`: ./portal-users.ts).
 */
import { parseFaults } from '../../../portal/api/faults.js';
import { parseRateLimit } from '../../../portal/api/rate-limit.js';
import { type StartPortalOptions, startPortal } from '../../../portal/index.js';
import { resolveDataDir } from '../../../portal/store/data-dir.js';
import { parseAllowedHost } from '../../../portal/web/allowed-hosts.js';
import { parseCidr } from '../../../schemas/egress.js';
import { ExitCode } from '../../exit-codes.js';
import type { CliIo } from '../main.js';

export interface ServeOptions {
  dataDir?: string;
  host: string;
  port: string;
  apiToken?: string;
  accountId?: string;
  faults?: string;
  rateLimit?: string;
  syncInterval?: string;
  sessionIdle?: string;
  callTimeout?: string;
  logPayloads?: boolean;
  logMaxAge?: string;
  logMaxRows?: string;
  trustProxy?: boolean;
  allowOrigin?: string;
  allowedHost?: string[];
  maxSessions?: string;
  egressDenyPrivate?: boolean;
  egressDenyLoopback?: boolean;
  egressAllow?: string;
}

/** `10.1.2.0/24,fd00::5` -> the list; throws naming a value that is no IP address or CIDR. */
export function parseEgressAllow(text: string): string[] {
  return text
    .split(',')
    .map((r) => r.trim())
    .filter(Boolean)
    .map((r) => {
      if (!parseCidr(r))
        throw new Error(`invalid --egress-allow "${r}": expected an IP address or CIDR like 10.1.2.0/24`);
      return r;
    });
}

/** `7d`, `24h`, `30m`, `90s`, `500ms` or a number of ms; `0` turns periodic sync off. */
export function parseInterval(text: string, flag = '--sync-interval'): number {
  const match = /^(\d+)(ms|s|m|h|d)?$/.exec(text.trim());
  if (!match) throw new Error(`invalid ${flag} "${text}": expected a duration like 24h, 30m or 0`);
  const units = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
  return Number(match[1]) * units[(match[2] ?? 'ms') as keyof typeof units];
}

function parseCount(text: string, flag: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`invalid ${flag} "${text}": expected a whole number from 1`);
  return n;
}

/** `https://a.example,http://localhost:6274` or `*` -> the list; throws naming a value that is no origin. */
export function parseOrigins(text: string): string[] {
  return text
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean)
    .map((o) => {
      if (o === '*') return o;
      let url: URL | undefined;
      try {
        url = new URL(o);
      } catch {}
      if (!url || url.origin !== o) {
        throw new Error(`invalid --allow-origin "${o}": expected an origin like https://app.example.com`);
      }
      return o;
    });
}

/** `--allowed-host a.example,b.example` (repeatable) -> the names; throws naming a value that is no host. */
export function parseAllowedHosts(values: string[]): string[] {
  return values.flatMap((v) =>
    v
      .split(',')
      .map((h) => h.trim())
      .filter(Boolean)
      .map((h) => {
        try {
          return parseAllowedHost(h);
        } catch (err) {
          throw new Error(`invalid --allowed-host: ${(err as Error).message}`);
        }
      }),
  );
}

function parsePort(text: string): number {
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`invalid --port "${text}": expected 0-65535`);
  return port;
}

/** Turns the flags into startPortal options; throws with a message naming the bad flag. */
export function serveOptions(
  opts: ServeOptions,
  io: Pick<CliIo, 'cwd'> & { env?: NodeJS.ProcessEnv },
): StartPortalOptions {
  return {
    dataDir: resolveDataDir(opts.dataDir, { cwd: io.cwd, env: io.env ?? {} }).dir,
    host: opts.host,
    port: parsePort(opts.port),
    ...(opts.apiToken !== undefined ? { apiToken: opts.apiToken } : {}),
    ...(opts.accountId !== undefined ? { accountId: opts.accountId } : {}),
    ...(opts.faults !== undefined ? { faults: parseFaults(opts.faults) } : {}),
    ...(opts.rateLimit !== undefined ? { rateLimit: parseRateLimit(opts.rateLimit) } : {}),
    ...(opts.syncInterval !== undefined ? { syncIntervalMs: parseInterval(opts.syncInterval) } : {}),
    ...(opts.sessionIdle !== undefined
      ? { sessionIdleMs: parseInterval(opts.sessionIdle, '--session-idle') }
      : {}),
    ...(opts.callTimeout !== undefined
      ? { callTimeoutMs: parseInterval(opts.callTimeout, '--call-timeout') }
      : {}),
    ...(opts.logPayloads ? { logPayloads: true } : {}),
    ...(opts.trustProxy ? { trustProxy: true } : {}),
    ...(opts.allowOrigin !== undefined ? { allowedOrigins: parseOrigins(opts.allowOrigin) } : {}),
    ...(opts.allowedHost !== undefined ? { allowedHosts: parseAllowedHosts(opts.allowedHost) } : {}),
    ...(opts.maxSessions !== undefined
      ? { maxSessionsPerPrincipal: parseCount(opts.maxSessions, '--max-sessions') }
      : {}),
    ...(opts.egressDenyPrivate || opts.egressDenyLoopback || opts.egressAllow !== undefined
      ? {
          egress: {
            ...(opts.egressDenyPrivate ? { denyPrivate: true } : {}),
            ...(opts.egressDenyLoopback ? { denyLoopback: true } : {}),
            ...(opts.egressAllow !== undefined ? { allow: parseEgressAllow(opts.egressAllow) } : {}),
          },
        }
      : {}),
    ...(opts.logMaxAge !== undefined || opts.logMaxRows !== undefined
      ? {
          logRetention: {
            ...(opts.logMaxAge !== undefined
              ? { maxAgeMs: parseInterval(opts.logMaxAge, '--log-max-age') }
              : {}),
            ...(opts.logMaxRows !== undefined
              ? { maxRows: parseCount(opts.logMaxRows, '--log-max-rows') }
              : {}),
          },
        }
      : {}),
  };
}

function untilSignal(): Promise<NodeJS.Signals> {
  return new Promise((done) => {
    const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM'];
    const handler = (signal: NodeJS.Signals) => {
      for (const s of signals) process.off(s, handler);
      done(signal);
    };
    for (const s of signals) process.on(s, handler);
  });
}

/** Runs `portal serve` until SIGINT or SIGTERM; returns the exit code. */
export async function runServe(io: CliIo, opts: ServeOptions): Promise<number> {
  let options: StartPortalOptions;
  try {
    options = serveOptions(opts, io);
  } catch (err) {
    io.stderr(`portalctl portal serve: ${(err as Error).message}\n`);
    return ExitCode.InvalidInput;
  }
  let running: Awaited<ReturnType<typeof startPortal>>;
  try {
    running = await startPortal({ ...options, log: (line) => io.stderr(`${line}\n`) });
  } catch (err) {
    io.stderr(`portalctl portal serve: could not start: ${(err as Error).message}\n`);
    return ExitCode.OperationalError;
  }
  const stopped = untilSignal();
  io.stdout(
    [
      `Embedded portal: management API at ${running.baseUrl}`,
      `  MCP:        ${running.url}/portals/<portal id>/mcp, or https://<portal hostname>/mcp by Host header`,
      `  account id: ${running.accountId}`,
      `  API token:  ${running.tokenFile ? `in ${running.tokenFile}` : 'as given with --api-token'}`,
      `  data dir:   ${running.dataDir}`,
      'Serving until SIGINT (Ctrl-C) or SIGTERM.',
      '',
    ].join('\n'),
  );
  const signal = await stopped;
  await running.close();
  io.stdout(`Stopped (${signal}).\n`);
  return ExitCode.Ok;
}
