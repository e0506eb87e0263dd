/**
 * The data directory: where it is (`resolveDataDir`, the one rule every command and entry point uses) and
 * its identity files, the account id (`account-id`) and the generated API token (`api-token`, mode 0600).
 * A value given by the caller wins and is not written; otherwise the stored one is read, or generated and
 * stored on first start, so a restart keeps serving the same account and token.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The data directory when neither a flag nor `PORTAL_DATA_DIR` names one (relative to the working directory). */
export const DEFAULT_DATA_DIR = '.portal';
/** The environment variable naming the data directory (below a flag, above the default). */
export const DATA_DIR_ENV = 'PORTAL_DATA_DIR';

export interface DataDirChoice {
  /** The absolute path. */
  dir: string;
  /** What chose it, for messages: the flag, the environment variable, or the default. */
  source: 'flag' | 'env' | 'default';
}

/**
 * Where the embedded portal's data lives, one rule for `portal serve`, `portal users`, `--local` and
 * `npm start`: the directory given (`--data-dir DIR`, `--local DIR`) > `PORTAL_DATA_DIR` > `./.portal`,
 * relative paths against `cwd`. An empty value counts as not given.
 */
export function resolveDataDir(
  given: string | undefined,
  ctx: { cwd: string; env: NodeJS.ProcessEnv },
): DataDirChoice {
  if (given) return { dir: resolve(ctx.cwd, given), source: 'flag' };
  const fromEnv = ctx.env[DATA_DIR_ENV];
  if (fromEnv) return { dir: resolve(ctx.cwd, fromEnv), source: 'env' };
  return { dir: resolve(ctx.cwd, DEFAULT_DATA_DIR), source: 'default' };
}

/**
 * Whether `dir` holds a portal's database. The name is db.ts's `DB_FILE`, repeated here so that callers
 * that only need this answer (the reconciler's target choice) do not load SQLite; data-dir.test.ts checks
 * the two agree.
 */
export function hasPortalDatabase(dir: string): boolean {
  return existsSync(join(dir, 'portal.db'));
}

export const ACCOUNT_FILE = 'account-id';
export const TOKEN_FILE = 'api-token';

export interface Identity {
  accountId: string;
  apiToken: string;
  /** Where the token is stored, when it was generated or read from the data dir (undefined when given). */
  tokenFile?: string;
}

/** Creates the data directory (mode 0700) when it does not exist. */
export function ensureDataDir(dataDir: string): void {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
}

function readOrCreate(file: string, make: () => string, mode: number): string {
  try {
    writeFileSync(file, `${make()}\n`, { mode, flag: 'wx' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  const value = readFileSync(file, 'utf8').trim();
  if (!value) throw new Error(`${file} is empty; delete it to generate a new value`);
  return value;
}

/** Resolves the account id and API token for a data directory. */
export function loadIdentity(dataDir: string, given: { accountId?: string; apiToken?: string }): Identity {
  const accountId =
    given.accountId ??
    readOrCreate(join(dataDir, ACCOUNT_FILE), () => randomBytes(16).toString('hex'), 0o644);
  if (given.apiToken !== undefined) return { accountId, apiToken: given.apiToken };
  const tokenFile = join(dataDir, TOKEN_FILE);
  const apiToken = readOrCreate(tokenFile, () => randomBytes(30).toString('base64url'), 0o600);
  return { accountId, apiToken, tokenFile };
}
