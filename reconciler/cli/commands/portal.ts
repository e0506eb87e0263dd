/**
 * `portalctl portal serve`: runs the embedded portal (the thin entry the CLI is allowed into `portal/`).
 * Prints the management API base URL, where each portal's MCP endpoint is, the account id and where the API
 * token is, then serves until SIGINT or SIGTERM and shuts down cleanly (syncs aborted, MCP sessions and the
 * listener closed, database closed). `portalctl portal users ...` manages the local identity provider in the
 * same data directory (`--data-dir` > `PORTAL_DATA_DIR` > `./.portal`, as `serve` and `--local` find it).
 */
import { join } from 'node:path';
import { type Command, Option } from 'commander';
import { parseFaults } from '../../../portal/api/faults.js';
import { parseRateLimit } from '../../../portal/api/rate-limit.js';
import {
  addUser,
  removeUser,
  setPassword,
  type UserChange,
  UserError,
  updateUser,
} from '../../../portal/identity/users.js';
import { DEFAULT_HOST, DEFAULT_PORT, type StartPortalOptions, startPortal } from '../../../portal/index.js';
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
import { parseAllowedHost } from '../../../portal/web/allowed-hosts.js';
import { parseCidr } from '../../../schemas/egress.js';
import { ExitCode } from '../../exit-codes.js';
import type { CliIo } from '../main.js';

interface ServeOptions {
  dataDir?: string;
  host: string;
  port: string;
  apiToken?: string;
  accountId?: string;
  faults?: string;
  rateLimit?: string;
  syncInterval?: string;
  sessionIdle?: string;
  callTimeout?: string;
  logPayloads?: boolean;
  logMaxAge?: string;
  logMaxRows?: string;
  trustProxy?: boolean;
  allowOrigin?: string;
  allowedHost?: string[];
  maxSessions?: string;
  egressDenyPrivate?: boolean;
  egressDenyLoopback?: boolean;
  egressAllow?: string;
}

/** `10.1.2.0/24,fd00::5` -> the list; throws naming a value that is no IP address or CIDR. */
export function parseEgressAllow(text: string): string[] {
  return text
    .split(',')
    .map((r) => r.trim())
    .filter(Boolean)
    .map((r) => {
      if (!parseCidr(r))
        throw new Error(`invalid --egress-allow "${r}": expected an IP address or CIDR like 10.1.2.0/24`);
      return r;
    });
}

/** `7d`, `24h`, `30m`, `90s`, `500ms` or a number of ms; `0` turns periodic sync off. */
export function parseInterval(text: string, flag = '--sync-interval'): number {
  const match = /^(\d+)(ms|s|m|h|d)?$/.exec(text.trim());
  if (!match) throw new Error(`invalid ${flag} "${text}": expected a duration like 24h, 30m or 0`);
  const units = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
  return Number(match[1]) * units[(match[2] ?? 'ms') as keyof typeof units];
}

function parseCount(text: string, flag: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`invalid ${flag} "${text}": expected a whole number from 1`);
  return n;
}

/** `https://a.example,http://localhost:6274` or `*` -> the list; throws naming a value that is no origin. */
export function parseOrigins(text: string): string[] {
  return text
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean)
    .map((o) => {
      if (o === '*') return o;
      let url: URL | undefined;
      try {
        url = new URL(o);
      } catch {}
      if (!url || url.origin !== o) {
        throw new Error(`invalid --allow-origin "${o}": expected an origin like https://app.example.com`);
      }
      return o;
    });
}

/** `--allowed-host a.example,b.example` (repeatable) -> the names; throws naming a value that is no host. */
export function parseAllowedHosts(values: string[]): string[] {
  return values.flatMap((v) =>
    v
      .split(',')
      .map((h) => h.trim())
      .filter(Boolean)
      .map((h) => {
        try {
          return parseAllowedHost(h);
        } catch (err) {
          throw new Error(`invalid --allowed-host: ${(err as Error).message}`);
        }
      }),
  );
}

function parsePort(text: string): number {
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`invalid --port "${text}": expected 0-65535`);
  return port;
}

/** Turns the flags into startPortal options; throws with a message naming the bad flag. */
export function serveOptions(
  opts: ServeOptions,
  io: Pick<CliIo, 'cwd'> & { env?: NodeJS.ProcessEnv },
): StartPortalOptions {
  return {
    dataDir: resolveDataDir(opts.dataDir, { cwd: io.cwd, env: io.env ?? {} }).dir,
    host: opts.host,
    port: parsePort(opts.port),
    ...(opts.apiToken !== undefined ? { apiToken: opts.apiToken } : {}),
    ...(opts.accountId !== undefined ? { accountId: opts.accountId } : {}),
    ...(opts.faults !== undefined ? { faults: parseFaults(opts.faults) } : {}),
    ...(opts.rateLimit !== undefined ? { rateLimit: parseRateLimit(opts.rateLimit) } : {}),
    ...(opts.syncInterval !== undefined ? { syncIntervalMs: parseInterval(opts.syncInterval) } : {}),
    ...(opts.sessionIdle !== undefined
      ? { sessionIdleMs: parseInterval(opts.sessionIdle, '--session-idle') }
      : {}),
    ...(opts.callTimeout !== undefined
      ? { callTimeoutMs: parseInterval(opts.callTimeout, '--call-timeout') }
      : {}),
    ...(opts.logPayloads ? { logPayloads: true } : {}),
    ...(opts.trustProxy ? { trustProxy: true } : {}),
    ...(opts.allowOrigin !== undefined ? { allowedOrigins: parseOrigins(opts.allowOrigin) } : {}),
    ...(opts.allowedHost !== undefined ? { allowedHosts: parseAllowedHosts(opts.allowedHost) } : {}),
    ...(opts.maxSessions !== undefined
      ? { maxSessionsPerPrincipal: parseCount(opts.maxSessions, '--max-sessions') }
      : {}),
    ...(opts.egressDenyPrivate || opts.egressDenyLoopback || opts.egressAllow !== undefined
      ? {
          egress: {
            ...(opts.egressDenyPrivate ? { denyPrivate: true } : {}),
            ...(opts.egressDenyLoopback ? { denyLoopback: true } : {}),
            ...(opts.egressAllow !== undefined ? { allow: parseEgressAllow(opts.egressAllow) } : {}),
          },
        }
      : {}),
    ...(opts.logMaxAge !== undefined || opts.logMaxRows !== undefined
      ? {
          logRetention: {
            ...(opts.logMaxAge !== undefined
              ? { maxAgeMs: parseInterval(opts.logMaxAge, '--log-max-age') }
              : {}),
            ...(opts.logMaxRows !== undefined
              ? { maxRows: parseCount(opts.logMaxRows, '--log-max-rows') }
              : {}),
          },
        }
      : {}),
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
      `data directory: database, secret key, account id, API token (default: $${DATA_DIR_ENV}, else ./.portal)`,
    )
    .option('--host <host>', 'interface to listen on', DEFAULT_HOST)
    .option('--port <port>', 'TCP port (0 picks a free one)', String(DEFAULT_PORT))
    .option('--api-token <token>', 'API token to accept (default: generated into <data-dir>/api-token)')
    .option('--account-id <id>', 'account id to serve (default: generated into <data-dir>/account-id)')
    .option(
      '--faults <spec>',
      'inject faults: <status>=p fails before any write, lost=p writes then loses the reply ' +
        '(lost-as=502|504|reset pins how), methods=POST+PUT limits them to those requests, ' +
        'e.g. 429=0.1,500=0.05,lost=0.1,latency=50ms,seed=1',
    )
    .option('--rate-limit <spec>', 'requests per window per token, e.g. 1200/300s (the default)')
    .option(
      '--sync-interval <duration>',
      'period of the background capability sync, e.g. 24h (default); 0 = off',
    )
    .option('--session-idle <duration>', 'close MCP sessions idle this long (default 24h)')
    .option('--call-timeout <duration>', 'budget of one forwarded tool call, reset by progress (default 60s)')
    .option('--log-payloads', 'also store tool arguments and results in the request log (off by default)')
    .option('--log-max-age <duration>', 'delete request log rows older than this (default 30d)')
    .option('--log-max-rows <n>', 'keep at most this many request log rows (default 100000)')
    .option('--trust-proxy', 'trust X-Forwarded-Proto/-Host from a TLS-terminating proxy')
    .option(
      '--allow-origin <origins>',
      "web origins besides the portal's own that may call /mcp, comma-separated, or * (default: none)",
    )
    .option(
      '--egress-deny-private',
      'refuse upstream URLs resolving to private ranges (10/8, 172.16/12, 192.168/16, 100.64/10, fc00::/7)',
    )
    .option('--egress-deny-loopback', 'refuse upstream URLs resolving to loopback (127/8, ::1, 0.0.0.0)')
    .option(
      '--egress-allow <ranges>',
      'IP addresses or CIDRs upstreams may use whatever their class, comma-separated (link-local and cloud metadata are refused otherwise)',
    )
    .option(
      '--allowed-host <names>',
      "Host names served besides each portal's hostname and localhost/127.0.0.1/::1 (DNS rebinding " +
        'defence), comma-separated or repeated; * = any',
      (value: string, previous: string[] | undefined) => [...(previous ?? []), value],
    )
    .option(
      '--max-sessions <n>',
      'live MCP sessions per user, service token or anonymous IP; one more closes the least recently used ' +
        '(default 100)',
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
          `  MCP:        ${running.url}/portals/<portal id>/mcp, or https://<portal hostname>/mcp by Host header`,
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
  registerUsers(portal, io, result);
}

// ---- portalctl portal users ----
//
// Users are managed in the portal's data directory, not through its HTTP API: Cloudflare's API has no
// endpoint that creates identity-provider users (people live in the IdP; `/access/users` only lists those
// seen), so doing it over HTTP would need an endpoint of our own. The store is SQLite in WAL mode, and
// the running portal reads users from it on every sign-in, token and session check, and notices commits
// by other processes within a second (store/change-feed.ts `watchOtherWriters`): a change made here takes
// effect in a running portal on the same directory without a restart. What matters is finding the right
// directory, which `resolveDataDir` does the same way for `serve`, `users`, `--local` and `npm start`.

interface UsersFlags {
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
  result: { code: number },
  flags: UsersFlags,
  fn: (repo: SqliteRepository) => Promise<string>,
): Promise<void> {
  let repo: SqliteRepository | undefined;
  try {
    repo = openStore(flags, io);
    io.stdout(await fn(repo));
    result.code = ExitCode.Ok;
  } catch (err) {
    io.stderr(`portalctl portal users: ${(err as Error).message}\n`);
    result.code = err instanceof UserError ? ExitCode.InvalidInput : ExitCode.OperationalError;
  } finally {
    repo?.close();
  }
}

/** `--group a,b --group c` -> `[a, b, c]`; undefined when the flag is not given (`--group ""` is `[]`). */
const collectList = (value: string, previous: string[] | undefined) => [
  ...(previous ?? []),
  ...value
    .split(',')
    .map((g) => g.trim())
    .filter(Boolean),
];

/**
 * A group-list flag spelt `--<name>` (shown) with `--<name>s` accepted as a hidden alias, so that
 * `users add --groups` and `users set --group` both work. Read both with `groupsOf`.
 */
function groupOption(cmd: Command, name: string, help: string): Command {
  return cmd
    .addOption(new Option(`--${name} <names>`, help).argParser(collectList))
    .addOption(new Option(`--${name}s <names>`).argParser(collectList).hideHelp());
}

/** The groups given with `--<name>` and its alias together; undefined when neither was given. */
function groupsOf(flags: Record<string, unknown>, attribute: string): string[] | undefined {
  const shown = flags[attribute] as string[] | undefined;
  const alias = flags[`${attribute}s`] as string[] | undefined;
  return shown === undefined && alias === undefined ? undefined : [...(shown ?? []), ...(alias ?? [])];
}

function registerUsers(portal: Command, io: CliIo, result: { code: number }): void {
  const users = portal
    .command('users')
    .description(
      "Manage the users of the embedded portal's local identity provider (passwords are stored scrypt-hashed). " +
        `Changes take effect in a portal running on the same data directory (--data-dir, else $${DATA_DIR_ENV}, else ./.portal) without a restart.`,
    );
  const dataDir = (cmd: Command) =>
    cmd.option(
      '--data-dir <dir>',
      `the portal's data directory, as given to portal serve (default: $${DATA_DIR_ENV}, else ./.portal)`,
    );

  groupOption(
    dataDir(users.command('add <email>').description('Add a user')),
    'group',
    'a group (repeatable, or comma-separated)',
  )
    .option('--name <name>', 'display name')
    .option('--password-stdin', 'read the password from standard input')
    .option('--init', 'create the data directory and its database when there is none yet')
    .action(async (email: string, f: UsersFlags & { name?: string; passwordStdin?: boolean }) => {
      await runUsers(io, result, f, async (repo) => {
        const password = await readPassword(io, f.passwordStdin);
        const u = await addUser(repo, {
          email,
          password,
          groups: groupsOf(f as Record<string, unknown>, 'group') ?? [],
          ...(f.name ? { name: f.name } : {}),
        });
        return `added ${u.email}${u.groups.length ? ` (groups: ${u.groups.join(', ')})` : ''}\n`;
      });
    });

  dataDir(users.command('list').description('List users'))
    .option('-o, --output <format>', 'table or json', 'table')
    .action(async (f: UsersFlags & { output: string }) => {
      await runUsers(io, result, f, async (repo) => {
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
    });

  dataDir(users.command('passwd <email>').description("Set a user's password"))
    .option('--password-stdin', 'read the password from standard input')
    .action(async (email: string, f: UsersFlags & { passwordStdin?: boolean }) => {
      await runUsers(io, result, f, async (repo) => {
        const u = await setPassword(repo, email, await readPassword(io, f.passwordStdin));
        return `password of ${u.email} changed\n`;
      });
    });

  const set = dataDir(users.command('set <email>').description("Change a user's groups, name or state"));
  groupOption(set, 'group', 'replace the groups (repeatable, or comma-separated; --group "" for none)');
  groupOption(set, 'add-group', 'add a group (repeatable, or comma-separated)');
  groupOption(set, 'remove-group', 'remove a group (repeatable, or comma-separated)');
  set
    .option('--name <name>', 'display name')
    .option('--disable', "refuse the user's sign-ins and tokens")
    .option('--enable', 'allow the user again')
    .action(async (email: string, f: UsersFlags & { name?: string; disable?: boolean; enable?: boolean }) => {
      await runUsers(io, result, f, async (repo) => {
        if (f.disable && f.enable)
          throw new UserError('invalid_input', 'give --disable or --enable, not both');
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
    });

  dataDir(
    users.command('remove <email>').description('Remove a user (their tokens and sessions end)'),
  ).action(async (email: string, f: UsersFlags) => {
    await runUsers(io, result, f, async (repo) => `removed ${removeUser(repo, email).email}\n`);
  });
}
