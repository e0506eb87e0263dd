/**
 * `portalctl portal users ...`: manages the local identity provider of the embedded portal in its data
 * directory (`--data-dir` > `PORTAL_DATA_DIR` > `./.portal`, as `serve` and `--local` find it). Loaded only
 * when a users subcommand runs (its options: ./portal-command.ts); it opens the store, never the server.
 */
import { join } from 'node:path';
import {
  addUser,
  removeUser,
  setPassword,
  type UserChange,
  UserError,
  updateUser,
} from '../../../portal/identity/users.js';
import { createSecretBox, loadKey } from '../../../portal/store/crypto.js';
import {
  DATA_DIR_ENV,
  type DataDirChoice,
  ensureDataDir,
  hasPortalDatabase,
  resolveDataDir,
} from '../../../portal/store/data-dir.js';
import { DB_FILE } from '../../../portal/store/db.js';
import type { UserRecord } from '../../../portal/store/repository.js';
import { openRepository, type SqliteRepository } from '../../../portal/store/sqlite-repository.js';
import { ExitCode } from '../../exit-codes.js';
import type { CliIo } from '../main.js';

// Users are managed in the portal's data directory, not through its HTTP API: Cloudflare's API has no
// endpoint that creates identity-provider users (people live in the IdP; `/access/users` only lists those
// seen), so doing it over HTTP would need an endpoint of our own. The store is SQLite in WAL mode, and
// the running portal reads users from it on every sign-in, token and session check, and notices commits
// by other processes within a second (store/change-feed.ts `watchOtherWriters`): a change made here takes
// effect in a running portal on the same directory without a restart. What matters is finding the right
// directory, which `resolveDataDir` does the same way for `serve`, `users`, `--local` and `npm start`.

export interface UsersFlags {
  dataDir?: string;
  /** `users add --init`: create the data directory and its database when there is none. */
  init?: boolean;
}

const SOURCE_NOTE: Record<DataDirChoice['source'], string> = {
  flag: 'given with --data-dir',
  env: `from ${DATA_DIR_ENV}`,
  default: `the default: neither --data-dir nor ${DATA_DIR_ENV} is set`,
};

/** Opens the data directory's store; refuses (exit 3, nothing created) when it holds no portal database. */
function openStore(flags: UsersFlags, io: CliIo): SqliteRepository {
  const choice = resolveDataDir(flags.dataDir, { cwd: io.cwd, env: io.env });
  if (!flags.init && !hasPortalDatabase(choice.dir)) {
    throw new UserError(
      'not_found',
      `no portal data in ${choice.dir} (${SOURCE_NOTE[choice.source]}). Point at the data directory of ` +
        `your portal with --data-dir DIR or ${DATA_DIR_ENV}=DIR (portal serve prints it as "data dir"), ` +
        'or, to add users before a portal first starts there, run users add with --init',
    );
  }
  ensureDataDir(choice.dir);
  return openRepository(join(choice.dir, DB_FILE), createSecretBox(loadKey(choice.dir, io.env)));
}

/** The password from stdin (`--password-stdin`) or, at a terminal, typed in. */
async function readPassword(io: CliIo, fromStdin: boolean | undefined): Promise<string> {
  if (fromStdin) return (await io.stdin()).replace(/\r?\n$/, '');
  if (io.interactive && io.readLine) {
    io.stderr('Password: ');
    return io.readLine();
  }
  throw new UserError('invalid_input', 'give the password on standard input with --password-stdin');
}

const userRow = (u: UserRecord) => ({
  email: u.email,
  name: u.name,
  groups: u.groups,
  disabled: u.disabled,
  created_at: u.created_at,
});

/** Runs one users subcommand: UserError is invalid input (exit 3), anything else operational (exit 1). */
async function runUsers(
  io: CliIo,
  flags: UsersFlags,
  fn: (repo: SqliteRepository) => Promise<string>,
): Promise<number> {
  let repo: SqliteRepository | undefined;
  try {
    repo = openStore(flags, io);
    io.stdout(await fn(repo));
    return ExitCode.Ok;
  } catch (err) {
    io.stderr(`portalctl portal users: ${(err as Error).message}\n`);
    return err instanceof UserError ? ExitCode.InvalidInput : ExitCode.OperationalError;
  } finally {
    repo?.close();
  }
}

/** The groups given with `--<name>` and its alias together; undefined when neither was given. */
function groupsOf(flags: Record<string, unknown>, attribute: string): string[] | undefined {
  const shown = flags[attribute] as string[] | undefined;
  const alias = flags[`${attribute}s`] as string[] | undefined;
  return shown === undefined && alias === undefined ? undefined : [...(shown ?? []), ...(alias ?? [])];
}

export type UsersAddFlags = UsersFlags & { name?: string; passwordStdin?: boolean };

/** `portal users add EMAIL`. */
export function runUsersAdd(io: CliIo, email: string, f: UsersAddFlags): Promise<number> {
  return runUsers(io, f, async (repo) => {
    const password = await readPassword(io, f.passwordStdin);
    const u = await addUser(repo, {
      email,
      password,
      groups: groupsOf(f as Record<string, unknown>, 'group') ?? [],
      ...(f.name ? { name: f.name } : {}),
    });
    return `added ${u.email}${u.groups.length ? ` (groups: ${u.groups.join(', ')})` : ''}\n`;
  });
}

/** `portal users list`. */
export function runUsersList(io: CliIo, f: UsersFlags & { output: string }): Promise<number> {
  return runUsers(io, f, async (repo) => {
    const rows = repo.users.list().map(userRow);
    if (f.output === 'json') return `${JSON.stringify(rows, null, 2)}\n`;
    if (rows.length === 0) return 'no users\n';
    const width = Math.max(5, ...rows.map((r) => r.email.length));
    const lines = rows.map(
      (r) =>
        `${r.email.padEnd(width)}  ${(r.disabled ? 'disabled' : 'active').padEnd(8)}  ${r.groups.join(',') || '-'}`,
    );
    return `${'EMAIL'.padEnd(width)}  STATE     GROUPS\n${lines.join('\n')}\n`;
  });
}

/** `portal users passwd EMAIL`. */
export function runUsersPasswd(
  io: CliIo,
  email: string,
  f: UsersFlags & { passwordStdin?: boolean },
): Promise<number> {
  return runUsers(io, f, async (repo) => {
    const u = await setPassword(repo, email, await readPassword(io, f.passwordStdin));
    return `password of ${u.email} changed\n`;
  });
}

export type UsersSetFlags = UsersFlags & { name?: string; disable?: boolean; enable?: boolean };

/** `portal users set EMAIL`. */
export function runUsersSet(io: CliIo, email: string, f: UsersSetFlags): Promise<number> {
  return runUsers(io, f, async (repo) => {
    if (f.disable && f.enable) throw new UserError('invalid_input', 'give --disable or --enable, not both');
    const flags = f as Record<string, unknown>;
    const groups = groupsOf(flags, 'group');
    const addGroups = groupsOf(flags, 'addGroup') ?? [];
    const removeGroups = groupsOf(flags, 'removeGroup') ?? [];
    const change: UserChange = {
      ...(groups !== undefined ? { groups } : {}),
      ...(addGroups.length ? { addGroups } : {}),
      ...(removeGroups.length ? { removeGroups } : {}),
      ...(f.name !== undefined ? { name: f.name } : {}),
      ...(f.disable ? { disabled: true } : f.enable ? { disabled: false } : {}),
    };
    const u = updateUser(repo, email, change);
    return `${u.email}: ${u.disabled ? 'disabled' : 'active'}; groups: ${u.groups.join(', ') || '(none)'}\n`;
  });
}

/** `portal users remove EMAIL`. */
export function runUsersRemove(io: CliIo, email: string, f: UsersFlags): Promise<number> {
  return runUsers(io, f, async (repo) => `removed ${removeUser(repo, email).email}\n`);
}
