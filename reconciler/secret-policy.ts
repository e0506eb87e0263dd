/**
 * Which secret references (`fromEnv`, `fromFile`) a manifest may use, so that a merged pull request cannot
 * send the target's own credentials (or any other CI secret) to a URL it chose. Always refused: the target's
 * and the CI's credentials by name, and the embedded portal's key and token files. Optionally an allow-list:
 * variable name prefixes (`--secret-env-prefix`) and secrets directories (`--secrets-dir`).
 */
import { realpathSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { SecretResolver } from './secrets.js';

export interface SecretPolicy {
  /** When set, a `fromEnv` name must start with one of these prefixes. */
  envPrefixes?: readonly string[];
  /** When set, a `fromFile` path must lie (after following links) inside one of these absolute folders. */
  dirs?: readonly string[];
  /** Values no reference may resolve to (the API token of the run), whatever their name or file. */
  forbiddenValues?: readonly string[];
}

/** Variables that hold the target's or the CI's own credentials, or portalctl's settings. */
const REFUSED_ENV = [/^CLOUDFLARE_/, /^PORTALCTL_/, /^GITHUB_TOKEN$/, /^ACTIONS_/, /^PULUMI_ACCESS_TOKEN$/];
/** The embedded portal's data-directory files (portal/store: the API token, the encryption key, the store). */
const REFUSED_BASENAMES = new Set(['api-token', 'secret.key', 'portal.db', 'portal.db-wal', 'portal.db-shm']);

/** Environment variables that configure the allow-list in CI (comma-separated prefixes; path-list dirs). */
export const SECRET_ENV_PREFIX_VAR = 'PORTALCTL_SECRET_ENV_PREFIX';
export const SECRETS_DIR_VAR = 'PORTALCTL_SECRETS_DIR';

/** The policy from flags, else from the environment variables above; folders are made absolute against `cwd`. */
export function secretPolicyOf(
  flags: { secretEnvPrefix?: readonly string[]; secretsDir?: readonly string[] },
  env: NodeJS.ProcessEnv,
  cwd: string,
): SecretPolicy {
  const split = (v: string | undefined, by: string) =>
    (v ?? '')
      .split(by)
      .map((s) => s.trim())
      .filter(Boolean);
  const prefixes = flags.secretEnvPrefix?.length
    ? flags.secretEnvPrefix
    : split(env[SECRET_ENV_PREFIX_VAR], ',');
  const dirs = flags.secretsDir?.length ? flags.secretsDir : split(env[SECRETS_DIR_VAR], ':');
  const token = env.CLOUDFLARE_API_TOKEN;
  return {
    ...(prefixes.length ? { envPrefixes: prefixes } : {}),
    ...(dirs.length ? { dirs: dirs.map((d) => resolve(cwd, d)) } : {}),
    ...(token ? { forbiddenValues: [token] } : {}),
  };
}

const inside = (path: string, dir: string) => {
  const rel = relative(dir, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
};

/** The path with every link followed, or the path itself when it does not exist (resolving fails later). */
function real(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** Why a `fromEnv` name is refused, or undefined when it is allowed. */
export function refuseEnv(name: string, policy: SecretPolicy, env: NodeJS.ProcessEnv): string | undefined {
  if (REFUSED_ENV.some((re) => re.test(name)))
    return `${name} holds the target's or the CI's own credentials (or portalctl's settings) and is never sent to a server`;
  if (policy.envPrefixes && !policy.envPrefixes.some((p) => name.startsWith(p)))
    return `${name} does not start with an allowed prefix (${policy.envPrefixes.join(', ')}; set by --secret-env-prefix or ${SECRET_ENV_PREFIX_VAR})`;
  const value = env[name];
  if (value && policy.forbiddenValues?.includes(value))
    return `${name} holds the API token of this run, which is never sent to a server`;
  return undefined;
}

/** Credential stores of the tools a CI runner or laptop typically has (Wrangler, cloudflared, Pulumi, git). */
function refusedFolders(): string[] {
  const home = homedir();
  return ['.wrangler', join('.config', '.wrangler'), '.cloudflared', '.pulumi', '.ssh', '.aws'].map((d) =>
    join(home, d),
  );
}

/**
 * Why a `fromFile` path (absolute) is refused, or undefined when it is allowed. Without `dirs`, a file must
 * lie inside the working directory or the folder of the manifest that names it (never /proc, ~/.ssh...).
 */
export function refuseFile(
  path: string,
  policy: SecretPolicy,
  defaultDirs: readonly string[],
): string | undefined {
  const target = real(path);
  const shown = target === path ? path : `${path} (a link to ${target})`;
  if (REFUSED_BASENAMES.has(basename(target)) || REFUSED_BASENAMES.has(basename(path)))
    return `${shown} is one of the embedded portal's key or token files, which are never sent to a server`;
  if (target.split(sep).includes('.git'))
    return `${shown} is inside a .git folder (which may hold the CI's checkout token)`;
  if (refusedFolders().some((d) => inside(target, d))) return `${shown} is inside a tool's credential store`;
  const dirs = policy.dirs ?? defaultDirs;
  if (!dirs.some((d) => inside(target, real(d))))
    return policy.dirs
      ? `${shown} is outside the secrets directories (${policy.dirs.join(', ')}; set by --secrets-dir or ${SECRETS_DIR_VAR})`
      : `${shown} is outside the working directory and the manifest's folder (pass --secrets-dir to allow another folder)`;
  return undefined;
}

/** Why a plan key (`env:NAME`, `file:PATH` relative to `cwd`) is refused; other keys (Pulumi's) are allowed. */
export function refuseKey(
  key: string,
  policy: SecretPolicy,
  env: NodeJS.ProcessEnv,
  cwd: string,
): string | undefined {
  if (key.startsWith('env:')) return refuseEnv(key.slice(4), policy, env);
  if (key.startsWith('file:')) {
    const file = key.slice(5);
    return refuseFile(isAbsolute(file) ? file : join(cwd, file), policy, [cwd]);
  }
  return undefined;
}

/**
 * A resolver that refuses what the policy refuses (except `checked` keys: the manifests' own, checked with
 * their positions when loaded), and any value that is the run's API token.
 */
export function guardResolver(
  resolve: SecretResolver,
  policy: SecretPolicy,
  env: NodeJS.ProcessEnv,
  cwd: string,
  checked: ReadonlySet<string> = new Set(),
): SecretResolver {
  return (key) => {
    const refused = checked.has(key) ? undefined : refuseKey(key, policy, env, cwd);
    if (refused) return { ok: false, reason: `refused: ${refused}`, key };
    const r = resolve(key);
    if (r.ok && policy.forbiddenValues?.includes(r.secret.reveal()))
      return { ok: false, reason: `refused: ${key} holds the API token of this run`, key };
    return r;
  };
}
