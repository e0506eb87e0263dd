/**
 * `portalctl sync SERVER...|--all [--wait]`: triggers a capability sync of servers and reports their
 * status. Exit 0 when all are Ready (or still syncing without --wait), 5 when any ends in Error. Loaded
 * only when the command runs (its options: ./sync-command.ts).
 */
import { waitForServers } from '../../apply/wait.js';
import { ExitCode } from '../../exit-codes.js';
import { observe } from '../../observe.js';
import { renderStatusTable } from '../../render/status.js';
import { statuses } from '../../status.js';
import type { CliIo } from '../main.js';
import type { TargetFlags } from '../options.js';
import { withTarget } from '../session.js';

export type SyncFlags = TargetFlags & { all: boolean; wait: boolean; timeout: number };

/** Runs `sync`; returns the exit code. */
export async function runSync(io: CliIo, servers: string[], flags: SyncFlags): Promise<number> {
  if (!flags.all === (servers.length === 0)) {
    io.stderr('portalctl sync: name servers, or pass --all (not both)\n');
    return ExitCode.InvalidInput;
  }
  return withTarget(io, flags, async (target) => {
    const names = flags.all ? (await target.api.listServers()).map((s) => s.id) : servers;
    await Promise.all(names.map((n) => target.api.syncServer(n)));
    if (flags.wait) await waitForServers(target.api, names, { timeoutMs: flags.timeout });
    const snapshot = await observe(target.api, { owner: flags.owner, scope: 'related' });
    const wanted = new Set(names);
    const rows = statuses(snapshot, (kind, name) => kind === 'McpServer' && wanted.has(name));
    io.stdout(renderStatusTable(rows, io.isTty && !io.env.NO_COLOR));
    return rows.some((r) => r.phase === 'Error') ? ExitCode.NotConverged : ExitCode.Ok;
  });
}
