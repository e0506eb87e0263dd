/**
 * Which management API to talk to. Cloudflare (or any compatible API) with `--api-url` /
 * `CLOUDFLARE_BASE_URL`, `CLOUDFLARE_API_TOKEN` and `--account-id` / `CLOUDFLARE_ACCOUNT_ID`; or the
 * embedded portal, started in this process on a loopback port (`--local [DIR]`, and the default when
 * no API token is configured), its data directory found as `portal serve` finds it. This is the
 * reconciler's one entry into `portal/`.
 */
import { isAbsolute, relative } from 'node:path';
import { DATA_DIR_ENV, hasPortalDatabase, resolveDataDir } from '../portal/store/data-dir.js';
import { ApiClient, type ApiClientOptions } from './api/client.js';
import { PortalApi } from './api/endpoints.js';
import type { Plan } from './plan/types.js';

export const CLOUDFLARE_API_URL = 'https://api.cloudflare.com/client/v4';

export interface TargetOptions {
  apiUrl?: string;
  accountId?: string;
  /** `--local [DIR]`: true for the default folder (`PORTAL_DATA_DIR`, else `./.portal`). */
  local?: string | boolean;
  env: NodeJS.ProcessEnv;
  /** Relative data directories are resolved against it (default the process's). */
  cwd?: string;
  /**
   * Where the one notice about an implicit choice goes: the embedded portal started because no API token
   * is set (not printed when `--local` or `--target embedded` asked for it).
   */
  notice: (line: string) => void;
  maxWaitMs?: number;
  concurrency?: number;
  /** Told of every API request's outcome (see `ApiClientOptions.onResponse`): the controller's metrics. */
  onResponse?: ApiClientOptions['onResponse'];
  /** See `ApiClientOptions.reuseUnchangedAnswers` (the controller's repeated listings). */
  reuseUnchangedAnswers?: boolean;
}

export interface Target {
  api: PortalApi;
  info: Plan['target'];
  close(): Promise<void>;
}

export class TargetConfigError extends Error {
  override readonly name = 'TargetConfigError';
}

export async function resolveTarget(opts: TargetOptions): Promise<Target> {
  const token = opts.env.CLOUDFLARE_API_TOKEN;
  const clientOpts = {
    maxWaitMs: opts.maxWaitMs,
    concurrency: opts.concurrency,
    ...(opts.onResponse ? { onResponse: opts.onResponse } : {}),
    ...(opts.reuseUnchangedAnswers ? { reuseUnchangedAnswers: true } : {}),
  };
  if (opts.local !== undefined && opts.local !== false ? true : !token) {
    const cwd = opts.cwd ?? process.cwd();
    const { dir, source } = resolveDataDir(typeof opts.local === 'string' ? opts.local : undefined, {
      cwd,
      env: opts.env,
    });
    const shown = displayPath(dir, cwd);
    if (opts.local === undefined) opts.notice(implicitNotice(shown, source, hasPortalDatabase(dir)));
    const { startPortal } = await import('../portal/index.js');
    // In-process, the only client is this one: its own limiter paces it, not the portal's demo budget.
    const portal = await startPortal({
      dataDir: dir,
      env: opts.env,
      port: 0,
      log: () => {},
      rateLimit: { limit: 1_000_000, windowSeconds: 300 },
    });
    const client = new ApiClient({
      baseUrl: portal.baseUrl,
      accountId: portal.accountId,
      token: portal.apiToken,
      ...clientOpts,
    });
    return {
      api: new PortalApi(client),
      info: { api_url: `embedded:${shown}`, account_id: portal.accountId, embedded: true },
      close: async () => {
        await client.close();
        await portal.close();
      },
    };
  }
  const baseUrl = opts.apiUrl ?? opts.env.CLOUDFLARE_BASE_URL ?? CLOUDFLARE_API_URL;
  const accountId = opts.accountId ?? opts.env.CLOUDFLARE_ACCOUNT_ID;
  if (!accountId)
    throw new TargetConfigError('no account id: pass --account-id or set CLOUDFLARE_ACCOUNT_ID');
  if (!token) throw new TargetConfigError('no API token: set CLOUDFLARE_API_TOKEN');
  const client = new ApiClient({ baseUrl, accountId, token, ...clientOpts });
  return {
    api: new PortalApi(client),
    info: { api_url: baseUrl, account_id: accountId, embedded: false },
    close: () => client.close(),
  };
}

/** A data directory as printed: relative to `cwd` when inside it (`.portal`), else absolute. */
function displayPath(dir: string, cwd: string): string {
  const rel = relative(cwd, dir);
  if (rel === '') return '.';
  return rel.startsWith('..') || isAbsolute(rel) ? dir : rel;
}

/** The one line printed when the embedded portal is chosen because no API token is set. */
export function implicitNotice(shown: string, source: 'flag' | 'env' | 'default', exists: boolean): string {
  const where = source === 'env' ? `${shown}/ (from ${DATA_DIR_ENV})` : `${shown}/`;
  const what = exists ? `using the embedded portal in ${where}` : `creating an embedded portal in ${where}`;
  return `portalctl: no CLOUDFLARE_API_TOKEN set: ${what}; pass --local to silence this, or set CLOUDFLARE_API_TOKEN for Cloudflare`;
}
