/**
 * The `drift` command's surface (name, help, options). Its implementation (./drift.ts) is imported only
 * when the command runs.
 */
import { type Command, Option } from 'commander';
import type { CliIo } from '../main.js';
import { addManifestOption, addTargetOptions } from '../options.js';
import type { DriftFlags } from './drift.js';

export function registerDrift(program: Command, io: CliIo, result: { code: number }): void {
  const cmd = program
    .command('drift')
    .description('Detect changes made outside the manifests since the last apply (exit 0: none, 2: drift)');
  addManifestOption(cmd);
  addTargetOptions(cmd)
    .addOption(
      new Option('--format <format>', 'output format')
        .choices(['text', 'markdown', 'json', 'github'])
        .default('text'),
    )
    .option(
      '--include-pending',
      'also exit 2 for manifest changes not applied yet (the plan is not empty)',
      false,
    )
    .action(async (flags: DriftFlags) => {
      const { runDrift } = await import('./drift.js');
      result.code = await runDrift(io, flags);
    });
}
