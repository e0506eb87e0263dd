/**
 * The data directory's identity files: the account id (`account-id`) and the generated API token
 * (`api-token`, mode 0600). A value given by the caller wins and is not written; otherwise the stored one is
 * read, or generated and stored on first start, so a restart keeps serving the same account and token.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

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
