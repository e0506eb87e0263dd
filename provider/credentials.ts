/**
 * Configure's credential check: one cheap read (the first page of MCP servers, one item) proves that the
 * API accepts the token for the account, so `pulumi preview` fails early with a message naming the
 * setting to fix instead of a raw `Authentication error (10000)` in the middle of `pulumi up`. A success
 * is cached per API URL, account and token for the life of the plugin process.
 */
import { createHash } from 'node:crypto';
import type { ApiClient } from '../reconciler/api/client.js';
import { AuthError, NotFoundError } from '../reconciler/api/errors.js';
import type { ProviderConfig } from './config.js';
import { isUnknown, type Props } from './wire.js';

/** How long the check may take before Configure carries on without it (the API is slow or unreachable). */
export const VERIFY_TIMEOUT_MS = 15_000;

/** Targets verified in this process, by a digest of API URL, account and token (never the token itself). */
const verified = new Set<string>();

export class CredentialsError extends Error {
  override readonly name = 'CredentialsError';
}

/** Error codes that mean "this token may not use this account" rather than "this token is bad". */
const ACCOUNT_CODES = new Set([9109, 7003]);

export type VerifyOutcome = 'verified' | 'cached' | 'skipped' | 'unreachable';

/**
 * Verifies the configured target with one read, unless it was verified before in this process, or the
 * target is incomplete (then the first resource operation says what is missing), or a provider input of
 * the target is unknown (the engine configures again once it is known; it does not even call Configure
 * with unknowns: pulumi/pulumi pkg/resource/plugin/provider_plugin.go, `Configure`). Throws a
 * CredentialsError when the API refuses the token or the account; an unreachable or slow API only warns.
 */
export async function verifyCredentials(
  config: ProviderConfig,
  args: Props,
  deps: { client: () => ApiClient; signal: AbortSignal; warn: (message: string) => void },
): Promise<VerifyOutcome> {
  if (['apiUrl', 'accountId', 'apiToken'].some((k) => isUnknown(args[k]))) return 'skipped';
  const { apiUrl, accountId, apiToken } = config;
  if (!accountId || !apiToken) return 'skipped';
  const key = createHash('sha256').update(`${apiUrl}\0${accountId}\0${apiToken}`).digest('hex');
  if (verified.has(key)) return 'cached';
  const client = deps.client().derive({
    maxRetries: 1,
    signal: AbortSignal.any([deps.signal, AbortSignal.timeout(VERIFY_TIMEOUT_MS)]),
  });
  try {
    await client.call('GET', client.accountPath('/access/ai-controls/mcp/servers'), {
      query: { page: 1, per_page: 1 },
    });
  } catch (err) {
    const said = err instanceof Error ? err.message : String(err);
    if (err instanceof AuthError || err instanceof NotFoundError) {
      if ((err.code !== undefined && ACCOUNT_CODES.has(err.code)) || err instanceof NotFoundError)
        throw new CredentialsError(
          `the account id for mcpportal was refused (${accountId}): check \`pulumi config set mcpportal:accountId\` or CLOUDFLARE_ACCOUNT_ID, and that the API token may use this account (the API said: ${said})`,
          { cause: err },
        );
      throw new CredentialsError(
        `the API token for mcpportal was refused: check \`pulumi config set --secret mcpportal:apiToken\` or CLOUDFLARE_API_TOKEN (the API said: ${said})`,
        { cause: err },
      );
    }
    if (deps.signal.aborted) throw deps.signal.reason;
    deps.warn(
      `mcpportal could not verify its credentials at ${apiUrl} (${said}); carrying on, resource operations will retry the API`,
    );
    return 'unreachable';
  }
  verified.add(key);
  return 'verified';
}
