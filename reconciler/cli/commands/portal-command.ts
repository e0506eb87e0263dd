/**
 * The `portal` command group's surface: `portal serve` and `portal users add|list|passwd|set|remove` (names,
 * help, options). Their implementations (./portal.ts: the whole embedded portal; ./portal-users.ts: its
 * store) are imported only when a subcommand runs, so other commands never load the portal.
 */
import { type Command, Option } from 'commander';
import type { CliIo } from '../main.js';
import type { ServeOptions } from './portal.js';
import type { UsersAddFlags, UsersFlags, UsersSetFlags } from './portal-users.js';

/**
 * The embedded portal's default address (`DEFAULT_HOST`, `DEFAULT_PORT` of portal/index.ts) and the variable
 * naming its data directory (`DATA_DIR_ENV` of portal/store/data-dir.ts), written out so that `--help` loads
 * nothing of the portal to print them; a test keeps them equal.
 */
export const PORTAL_DEFAULT_HOST = '127.0.0.1';
export const PORTAL_DEFAULT_PORT = 8787;
export const DATA_DIR_ENV = 'PORTAL_DATA_DIR';

export function registerPortal(program: Command, io: CliIo, result: { code: number }): void {
  const portal = program.command('portal').description('Run the embedded, Cloudflare-compatible portal.');
  portal
    .command('serve')
    .description('Serve the management API (and store) of the embedded portal until stopped.')
    .option(
      '--data-dir <dir>',
      `data directory: database, secret key, account id, API token (default: $${DATA_DIR_ENV}, else ./.portal)`,
    )
    .option('--host <host>', 'interface to listen on', PORTAL_DEFAULT_HOST)
    .option('--port <port>', 'TCP port (0 picks a free one)', String(PORTAL_DEFAULT_PORT))
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
      const { runServe } = await import('./portal.js');
      result.code = await runServe(io, opts);
    });
  registerUsers(portal, io, result);
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
 * `users add --groups` and `users set --group` both work (./portal-users.ts reads both).
 */
function groupOption(cmd: Command, name: string, help: string): Command {
  return cmd
    .addOption(new Option(`--${name} <names>`, help).argParser(collectList))
    .addOption(new Option(`--${name}s <names>`).argParser(collectList).hideHelp());
}

const users = () => import('./portal-users.js');

function registerUsers(portal: Command, io: CliIo, result: { code: number }): void {
  const cmd = portal
    .command('users')
    .description(
      "Manage the users of the embedded portal's local identity provider (passwords are stored scrypt-hashed). " +
        `Changes take effect in a portal running on the same data directory (--data-dir, else $${DATA_DIR_ENV}, else ./.portal) without a restart.`,
    );
  const dataDir = (c: Command) =>
    c.option(
      '--data-dir <dir>',
      `the portal's data directory, as given to portal serve (default: $${DATA_DIR_ENV}, else ./.portal)`,
    );

  groupOption(
    dataDir(cmd.command('add <email>').description('Add a user')),
    'group',
    'a group (repeatable, or comma-separated)',
  )
    .option('--name <name>', 'display name')
    .option('--password-stdin', 'read the password from standard input')
    .option('--init', 'create the data directory and its database when there is none yet')
    .action(async (email: string, f: UsersAddFlags) => {
      result.code = await (await users()).runUsersAdd(io, email, f);
    });

  dataDir(cmd.command('list').description('List users'))
    .option('-o, --output <format>', 'table or json', 'table')
    .action(async (f: UsersFlags & { output: string }) => {
      result.code = await (await users()).runUsersList(io, f);
    });

  dataDir(cmd.command('passwd <email>').description("Set a user's password"))
    .option('--password-stdin', 'read the password from standard input')
    .action(async (email: string, f: UsersFlags & { passwordStdin?: boolean }) => {
      result.code = await (await users()).runUsersPasswd(io, email, f);
    });

  const set = dataDir(cmd.command('set <email>').description("Change a user's groups, name or state"));
  groupOption(set, 'group', 'replace the groups (repeatable, or comma-separated; --group "" for none)');
  groupOption(set, 'add-group', 'add a group (repeatable, or comma-separated)');
  groupOption(set, 'remove-group', 'remove a group (repeatable, or comma-separated)');
  set
    .option('--name <name>', 'display name')
    .option('--disable', "refuse the user's sign-ins and tokens")
    .option('--enable', 'allow the user again')
    .action(async (email: string, f: UsersSetFlags) => {
      result.code = await (await users()).runUsersSet(io, email, f);
    });

  dataDir(cmd.command('remove <email>').description('Remove a user (their tokens and sessions end)')).action(
    async (email: string, f: UsersFlags) => {
      result.code = await (await users()).runUsersRemove(io, email, f);
    },
  );
}
