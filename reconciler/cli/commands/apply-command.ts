/**
 * The `apply` command's surface (name, help, options). Its implementation (./apply.ts: the engine, the
 * API client, the executors) is imported only when the command runs.
 */
import { type Command, Option } from 'commander';
import type { CliIo } from '../main.js';
import { addManifestOption, addTargetOptions, parseDuration } from '../options.js';
import type { ApplyFlags } from './apply.js';

export function registerApply(program: Command, io: CliIo, result: { code: number }): void {
  const cmd = program
    .command('apply')
    .description('Apply the manifests (or a saved plan), sync servers and wait for status');
  addManifestOption(cmd);
  addTargetOptions(cmd)
    .option('--plan <file>', 'apply this saved plan (refused when the live state moved since it was made)')
    .option('--prune', 'delete objects this tool owns that are not in the manifests', false)
    .option('--wait', 'wait for servers to become Ready or Error (default)', true)
    .option('--no-wait', 'do not wait for servers to sync (then Waiting is not a failure)')
    .option('--no-sync', 'do not sync again the servers that are in Error')
    .addOption(
      new Option('--timeout <duration>', 'how long to wait for servers')
        .argParser(parseDuration)
        .default(300_000, '5m'),
    )
    .option('-y, --yes', 'do not ask for confirmation (required when not on a terminal)', false)
    .option('--rotate-credentials', 'send every credential even where no change is detected', false)
    .option(
      '--dry-run',
      'print the exact requests apply would send, in order (secrets as ***), and write nothing; exit 2 when it would write',
      false,
    )
    .action(async (flags: ApplyFlags) => {
      const { applyCommand } = await import('./apply.js');
      result.code = await applyCommand(io, flags);
    });
}
