/**
 * The `status` command's surface (name, help, options). Its implementation (./status.ts) is imported only
 * when the command runs.
 */
import { type Command, Option } from 'commander';
import type { CliIo } from '../main.js';
import { addManifestOption, addTargetOptions } from '../options.js';
import type { StatusFlags } from './status.js';

export function registerStatus(program: Command, io: CliIo, result: { code: number }): void {
  const cmd = program.command('status').description('Show Waiting/Ready/Error for each resource');
  addManifestOption(cmd, false);
  addTargetOptions(cmd)
    .addOption(
      new Option('-o, --output <format>', 'output format')
        .choices(['table', 'json', 'yaml'])
        .default('table'),
    )
    .option(
      '--controller <url>',
      'ask a running controller (its --listen address) for its conditions instead of reading the API; -o json prints its state',
    )
    .action(async (flags: StatusFlags) => {
      const { runStatus } = await import('./status.js');
      result.code = await runStatus(io, flags);
    });
}
