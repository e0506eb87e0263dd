/**
 * Which management API to talk to. Cloudflare (or any compatible API) with `--api-url` /
 * `CLOUDFLARE_BASE_URL`, `CLOUDFLARE_API_TOKEN` and `--account-id` / `CLOUDFLARE_ACCOUNT_ID`; or the
 * embedded portal, started in this process on a loopback port (`--local [DIR]`, and the default when
 * no API token is configured). This is the reconciler's one entry into `portal/`.
 */
import { ApiClient } from './api/client.js';
import { PortalApi } from './api/endpoints.js';
import type { Plan } from './plan/types.js';

export const CLOUDFLARE_API_URL = 'https://api.cloudflare.com/client/v4';
export const DEFAULT_LOCAL_DIR = '.portal';

export interface TargetOptions {
  apiUrl?: string;
  accountId?: string;
  /** `--local [DIR]`: true for the default folder. */
  local?: string | boolean;
  env: NodeJS.ProcessEnv;
  /** Where a notice about the chosen target goes. */
  notice: (line: string) => void;
  maxWaitMs?: number;
  concurrency?: number;
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
  const clientOpts = { maxWaitMs: opts.maxWaitMs, concurrency: opts.concurrency };
  if (opts.local !== undefined && opts.local !== false ? true : !token) {
    const dataDir = typeof opts.local === 'string' ? opts.local : DEFAULT_LOCAL_DIR;
    if (opts.local === undefined) {
      opts.notice(
        `no CLOUDFLARE_API_TOKEN set: using the embedded portal in ${dataDir}/ (pass --local to silence this)`,
      );
    }
    const { startPortal } = await import('../portal/index.js');
    // In-process, the only client is this one: its own limiter paces it, not the portal's demo budget.
    const portal = await startPortal({
      dataDir,
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
      info: { api_url: `embedded:${dataDir}`, account_id: portal.accountId, embedded: true },
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
