/**
 * `portalctl portal serve`: runs the embedded portal (the thin entry the CLI is allowed into `portal/`).
 * Prints the management API base URL, the account id and where the API token is, then serves until SIGINT
 * or SIGTERM and shuts down cleanly (syncs aborted, listener closed, database closed).
 */
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { parseFaults } from '../../../portal/api/faults.js';
import { parseRateLimit } from '../../../portal/api/rate-limit.js';
import {
  DEFAULT_DATA_DIR,
  DEFAULT_HOST,
  DEFAULT_PORT,
  type StartPortalOptions,
  startPortal,
} from '../../../portal/index.js';
import { ExitCode } from '../../exit-codes.js';
import type { CliIo } from '../main.js';

interface ServeOptions {
  dataDir: string;
  host: string;
  port: string;
  apiToken?: string;
  accountId?: string;
  faults?: string;
  rateLimit?: string;
  syncInterval?: string;
}

/** `24h`, `30m`, `90s`, `500ms` or a number of ms; `0` turns periodic sync off. */
export function parseInterval(text: string): number {
  const match = /^(\d+)(ms|s|m|h)?$/.exec(text.trim());
  if (!match) throw new Error(`invalid --sync-interval "${text}": expected a duration like 24h, 30m or 0`);
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[(match[2] ?? 'ms') as 'ms' | 's' | 'm' | 'h'];
  return Number(match[1]) * unit;
}

function parsePort(text: string): number {
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`invalid --port "${text}": expected 0-65535`);
  return port;
}

/** Turns the flags into startPortal options; throws with a message naming the bad flag. */
export function serveOptions(opts: ServeOptions, io: Pick<CliIo, 'cwd'>): StartPortalOptions {
  return {
    dataDir: resolve(io.cwd, opts.dataDir),
    host: opts.host,
    port: parsePort(opts.port),
    ...(opts.apiToken !== undefined ? { apiToken: opts.apiToken } : {}),
    ...(opts.accountId !== undefined ? { accountId: opts.accountId } : {}),
    ...(opts.faults !== undefined ? { faults: parseFaults(opts.faults) } : {}),
    ...(opts.rateLimit !== undefined ? { rateLimit: parseRateLimit(opts.rateLimit) } : {}),
    ...(opts.syncInterval !== undefined ? { syncIntervalMs: parseInterval(opts.syncInterval) } : {}),
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

export function registerPortal(program: Command, io: CliIo, result: { code: number }): void {
  const portal = program.command('portal').description('Run the embedded, Cloudflare-compatible portal.');
  portal
    .command('serve')
    .description('Serve the management API (and store) of the embedded portal until stopped.')
    .option(
      '--data-dir <dir>',
      'data directory (database, secret key, account id, API token)',
      DEFAULT_DATA_DIR,
    )
    .option('--host <host>', 'interface to listen on', DEFAULT_HOST)
    .option('--port <port>', 'TCP port (0 picks a free one)', String(DEFAULT_PORT))
    .option('--api-token <token>', 'API token to accept (default: generated into <data-dir>/api-token)')
    .option('--account-id <id>', 'account id to serve (default: generated into <data-dir>/account-id)')
    .option('--faults <spec>', 'inject faults before any write, e.g. 429=0.1,500=0.05,latency=50ms,seed=1')
    .option('--rate-limit <spec>', 'requests per window per token, e.g. 1200/300s (the default)')
    .option(
      '--sync-interval <duration>',
      'period of the background capability sync, e.g. 24h (default); 0 = off',
    )
    .action(async (opts: ServeOptions) => {
      let options: StartPortalOptions;
      try {
        options = serveOptions(opts, io);
      } catch (err) {
        io.stderr(`portalctl portal serve: ${(err as Error).message}\n`);
        result.code = ExitCode.InvalidInput;
        return;
      }
      let running: Awaited<ReturnType<typeof startPortal>>;
      try {
        running = await startPortal({ ...options, log: (line) => io.stderr(`${line}\n`) });
      } catch (err) {
        io.stderr(`portalctl portal serve: could not start: ${(err as Error).message}\n`);
        result.code = ExitCode.OperationalError;
        return;
      }
      const stopped = untilSignal();
      io.stdout(
        [
          `Embedded portal: management API at ${running.baseUrl}`,
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
      result.code = ExitCode.Ok;
    });
}
