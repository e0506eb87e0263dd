/**
 * Provider configuration: `apiUrl`, `accountId`, `apiToken` (secret), `waitForReady`, `syncTimeout` and
 * `owner`, from an explicit provider resource or stack config (`mcpportal:*`, delivered by Configure),
 * else from the environment variables `portalctl` reads. CheckConfig validates and types the values
 * (stack config arrives as strings) and keeps the token secret.
 */
import { CLOUDFLARE_API_URL } from '../reconciler/target.js';
import { isUnknown, type Props, reveal, secret } from './wire.js';

export const PACKAGE = 'mcpportal';
export const DEFAULT_SYNC_TIMEOUT_S = 120;
export const DEFAULT_OWNER = 'pulumi';

export interface ProviderConfig {
  apiUrl: string;
  accountId?: string;
  apiToken?: string;
  waitForReady: boolean;
  /** Seconds. */
  syncTimeout: number;
  owner: string;
}

export interface Failure {
  property: string;
  reason: string;
}

const KEYS = ['apiUrl', 'accountId', 'apiToken', 'waitForReady', 'syncTimeout', 'owner'] as const;
/** Keys the engine itself may add to a provider's inputs. */
const ENGINE_KEYS = new Set(['version', 'pluginDownloadURL', 'pluginChecksums']);

const ENV: Partial<Record<(typeof KEYS)[number], string>> = {
  apiUrl: 'CLOUDFLARE_BASE_URL',
  accountId: 'CLOUDFLARE_ACCOUNT_ID',
  apiToken: 'CLOUDFLARE_API_TOKEN',
};

function asBool(v: unknown): boolean | undefined {
  if (typeof v === 'boolean') return v;
  if (v === 'true') return true;
  if (v === 'false') return false;
  return undefined;
}

function asSeconds(v: unknown): number | undefined {
  const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
  return typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : undefined;
}

/** Validates provider inputs; returns them typed (booleans, numbers) with `apiToken` kept secret. */
export function checkConfig(news: Props): { inputs: Props; failures: Failure[] } {
  const failures: Failure[] = [];
  const inputs: Props = {};
  for (const [key, raw] of Object.entries(news)) {
    if (ENGINE_KEYS.has(key) || key.startsWith('__')) {
      inputs[key] = raw;
      continue;
    }
    if (!(KEYS as readonly string[]).includes(key)) {
      failures.push({ property: key, reason: `unknown configuration key; known keys: ${KEYS.join(', ')}` });
      continue;
    }
    if (isUnknown(raw) || raw === undefined || raw === null) {
      inputs[key] = key === 'apiToken' && raw !== null ? secret(raw) : raw;
      continue;
    }
    const v = reveal(raw);
    switch (key) {
      case 'apiUrl':
        if (typeof v !== 'string' || !/^https?:\/\/[^\s/]+/.test(v))
          failures.push({
            property: key,
            reason: 'must be an http(s) URL, e.g. https://api.cloudflare.com/client/v4',
          });
        else inputs[key] = raw;
        break;
      case 'accountId':
      case 'owner':
        if (
          typeof v !== 'string' ||
          v.trim() === '' ||
          (key === 'owner' && !/^[A-Za-z0-9._-]{1,64}$/.test(v))
        )
          failures.push({
            property: key,
            reason:
              key === 'owner'
                ? 'must be 1-64 letters, digits, ".", "_" or "-"'
                : 'must be a non-empty string',
          });
        else inputs[key] = raw;
        break;
      case 'apiToken':
        if (typeof v !== 'string' || v === '')
          failures.push({ property: key, reason: 'must be a non-empty string' });
        else inputs[key] = secret(v);
        break;
      case 'waitForReady': {
        const b = asBool(v);
        if (b === undefined) failures.push({ property: key, reason: 'must be true or false' });
        else inputs[key] = b;
        break;
      }
      case 'syncTimeout': {
        const n = asSeconds(v);
        if (n === undefined)
          failures.push({ property: key, reason: 'must be a positive whole number of seconds' });
        else inputs[key] = n;
        break;
      }
    }
  }
  return { inputs, failures };
}

/**
 * The effective configuration: provider inputs (Configure `args`), then the `mcpportal:config:*`
 * variables, then the environment. Unknown values count as absent.
 */
export function resolveConfig(
  args: Props,
  variables: Record<string, string>,
  env: NodeJS.ProcessEnv,
): ProviderConfig {
  const pick = (key: (typeof KEYS)[number]): unknown => {
    const a = args[key];
    if (a !== undefined && a !== null && !isUnknown(a)) return reveal(a);
    const v = variables[`${PACKAGE}:config:${key}`] ?? variables[`${PACKAGE}:${key}`];
    if (v !== undefined) return v;
    const e = ENV[key];
    return e && env[e] ? env[e] : undefined;
  };
  const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);
  return {
    apiUrl: str(pick('apiUrl')) ?? CLOUDFLARE_API_URL,
    accountId: str(pick('accountId')),
    apiToken: str(pick('apiToken')),
    waitForReady: asBool(pick('waitForReady')) ?? true,
    syncTimeout: asSeconds(pick('syncTimeout')) ?? DEFAULT_SYNC_TIMEOUT_S,
    owner: str(pick('owner')) ?? DEFAULT_OWNER,
  };
}

/**
 * DiffConfig: a different API or account replaces the provider (and so its resources, which live
 * elsewhere), and so does one not known yet during preview (it may be another account: previewing an
 * update would understate the change). Anything else, the token included, is an update.
 */
export function diffConfig(olds: Props, news: Props): { changed: string[]; replaces: string[] } {
  const changed = KEYS.filter((k) => JSON.stringify(reveal(olds[k])) !== JSON.stringify(reveal(news[k])));
  const replaces = changed.filter(
    (k) => (k === 'apiUrl' || k === 'accountId') && (olds[k] !== undefined || isUnknown(news[k])),
  );
  return { changed, replaces };
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** The settings needed to call the API; throws a `ConfigError` that says how to set what is missing. */
export function requireTarget(c: ProviderConfig): { apiUrl: string; accountId: string; apiToken: string } {
  if (!c.apiToken)
    throw new ConfigError(
      'mcpportal: no API token: run `pulumi config set --secret mcpportal:apiToken <token>` or set CLOUDFLARE_API_TOKEN',
    );
  if (!c.accountId)
    throw new ConfigError(
      'mcpportal: no account id: run `pulumi config set mcpportal:accountId <id>` or set CLOUDFLARE_ACCOUNT_ID',
    );
  return { apiUrl: c.apiUrl, accountId: c.accountId, apiToken: c.apiToken };
}

/** The embedded portal's local MCP endpoint for a portal; undefined on Cloudflare. */
export function localMcpUrl(apiUrl: string, portalId: string): string | undefined {
  if (apiUrl.replace(/\/+$/, '') === CLOUDFLARE_API_URL) return undefined;
  const origin = apiUrl.replace(/\/+$/, '').replace(/\/client\/v4$/, '');
  return `${origin}/portals/${encodeURIComponent(portalId)}/mcp`;
}
