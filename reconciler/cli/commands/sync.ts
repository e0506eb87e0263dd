/**
 * `portalctl sync SERVER...|--all [--wait]`: triggers a capability sync of servers and reports their
 * status. Exit 0 when all are Ready (or still syncing without --wait), 5 when any ends in Error.
 */
import { type Command, Option } from 'commander';
import { waitForServers } from '../../apply/wait.js';
import { ExitCode } from '../../exit-codes.js';
import { observe } from '../../observe.js';
import { renderStatusTable } from '../../render/status.js';
import { statuses } from '../../status.js';
import type { CliIo } from '../main.js';
import { addTargetOptions, parseDuration, type TargetFlags } from '../options.js';
import { withTarget } from '../session.js';

export function registerSync(program: Command, io: CliIo, result: { code: number }): void {
  const cmd = program
    .command('sync')
    .description('Sync the tools and prompts of servers from their upstreams')
    .argument('[servers...]', 'server ids');
  addTargetOptions(cmd)
    .option('--all', 'every server', false)
    .option('--wait', 'wait for the syncs to finish', false)
    .addOption(
      new Option('--timeout <duration>', 'how long to wait').argParser(parseDuration).default(300_000, '5m'),
    )
    .action(
      async (servers: string[], flags: TargetFlags & { all: boolean; wait: boolean; timeout: number }) => {
        if (!flags.all === (servers.length === 0)) {
          io.stderr('portalctl sync: name servers, or pass --all (not both)\n');
          result.code = ExitCode.InvalidInput;
          return;
        }
        result.code = await withTarget(io, flags, async (target) => {
          const names = flags.all ? (await target.api.listServers()).map((s) => s.id) : servers;
          await Promise.all(names.map((n) => target.api.syncServer(n)));
          if (flags.wait) await waitForServers(target.api, names, { timeoutMs: flags.timeout });
          const snapshot = await observe(target.api, { owner: flags.owner });
          const wanted = new Set(names);
          const rows = statuses(snapshot, (kind, name) => kind === 'McpServer' && wanted.has(name));
          io.stdout(renderStatusTable(rows, io.isTty && !io.env.NO_COLOR));
          return rows.some((r) => r.phase === 'Error') ? ExitCode.NotConverged : ExitCode.Ok;
        });
      },
    );
}
