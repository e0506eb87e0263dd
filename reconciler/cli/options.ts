/**
 * Options shared by the commands that talk to an API (target, owner, budgets) and small parsers for
 * them, so every command spells and validates them the same way.
 */
import { type Command, InvalidArgumentError, Option } from 'commander';

export interface TargetFlags extends SecretFlags {
  apiUrl?: string;
  accountId?: string;
  local?: string | boolean;
  /** `cloudflare`: the remote API only (never the embedded fallback); `embedded`: as `--local`. */
  target?: 'cloudflare' | 'embedded';
  owner: string;
  maxWait: number;
  concurrency: number;
  /** `--deadline`: the longest a command may take talking to the API (default `DEFAULT_DEADLINE_MS`). */
  deadline?: number;
}

/**
 * The default overall deadline of a command: long enough for an apply that waits for syncs and rate limits,
 * short enough that an API that never answers fails in bounded time. `logs --follow` has none unless given;
 * a longer `--timeout` extends it.
 */
export const DEFAULT_DEADLINE_MS = 15 * 60_000;

/** Parses `90s`, `5m`, `1h`, `250ms` or a number of seconds into milliseconds. */
export function parseDuration(value: string): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(value.trim());
  if (!m) throw new InvalidArgumentError(`not a duration: ${value} (use e.g. 30s, 5m, 1h)`);
  const n = Number(m[1]);
  const unit = m[2] ?? 's';
  return Math.round(n * { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[unit as 'ms' | 's' | 'm' | 'h']);
}

/**
 * `--owner`: it is part of Access tag names (`mcp-portals:<owner>` and the last-applied records), so
 * letters, digits, `.`, `_` and `-` only, at most 64.
 */
export function parseOwner(text: string): string {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(text))
    throw new InvalidArgumentError(
      `"${text}" is not an owner name: use letters, digits, ".", "_" and "-" (at most 64, starting with a letter or digit)`,
    );
  return text;
}

export function parsePositiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`not a positive whole number: ${value}`);
  return n;
}

export const collect = (value: string, previous: string[]) => [...previous, value];

export function addTargetOptions(cmd: Command): Command {
  return cmd
    .option('--api-url <url>', 'management API base URL (default: CLOUDFLARE_BASE_URL or Cloudflare)')
    .option('--account-id <id>', 'account id (default: CLOUDFLARE_ACCOUNT_ID)')
    .option(
      '--local [dir]',
      'use the embedded portal with its data in DIR (default $PORTAL_DATA_DIR, else .portal; the default target without an API token)',
    )
    .addOption(
      new Option(
        '--target <target>',
        'cloudflare: the API at --api-url / CLOUDFLARE_BASE_URL (default Cloudflare), never the embedded portal (needs CLOUDFLARE_API_TOKEN); embedded: as --local',
      ).choices(['cloudflare', 'embedded']),
    )
    .addOption(
      new Option(
        '--owner <name>',
        "ownership tag suffix: objects tagged mcp-portals:<name> are this tool's to prune",
      )
        .argParser(parseOwner)
        .default('default'),
    )
    .addOption(
      new Option('--max-wait <duration>', 'longest total wait for API rate limits before giving up (exit 6)')
        .argParser(parseDuration)
        .default(5 * 60_000, '5m'),
    )
    .addOption(
      new Option('--concurrency <n>', 'API requests in flight at once')
        .argParser(parsePositiveInt)
        .default(8),
    )
    .addOption(
      new Option(
        '--deadline <duration>',
        'longest time the whole command may spend on the API, retries and waits included (default 15m; none for logs --follow); past it: exit 1',
      ).argParser(parseDuration),
    );
}

/** The secret-reference allow-list flags (reconciler/secret-policy.ts), on every command that reads manifests. */
export interface SecretFlags {
  secretEnvPrefix?: string[];
  secretsDir?: string[];
}

export function addManifestOption(cmd: Command, required = true): Command {
  return cmd
    .option(
      '-f, --filename <path>',
      `a manifest file, a folder, or - for stdin (repeatable)${required ? '' : '; limits the output to these resources'}`,
      collect,
      [],
    )
    .option(
      '--secret-env-prefix <prefix>',
      "fromEnv may only name variables with this prefix (repeatable; default: PORTALCTL_SECRET_ENV_PREFIX, comma-separated, else any name but the target's and CI's own credentials)",
      collect,
      [],
    )
    .option(
      '--secrets-dir <dir>',
      "fromFile may only read files inside this folder (repeatable; default: PORTALCTL_SECRETS_DIR, colon-separated, else the working directory and the manifest's folder)",
      collect,
      [],
    );
}
