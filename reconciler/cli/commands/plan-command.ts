/**
 * The `plan` command's surface (name, help, options). Its implementation (./plan.ts: the engine, the API
 * client, the tokenizer) is imported only when the command runs.
 */
import { type Command, Option } from 'commander';
import type { CliIo } from '../main.js';
import { addManifestOption, addTargetOptions } from '../options.js';
import type { PlanFlags } from './plan.js';

export function registerPlan(program: Command, io: CliIo, result: { code: number }): void {
  const cmd = program
    .command('plan')
    .description('Show the changes apply would make (exit 0: none, 2: changes)');
  addManifestOption(cmd);
  addTargetOptions(cmd)
    .addOption(
      new Option('--format <format>', 'output format')
        .choices(['text', 'markdown', 'json', 'github'])
        .default('text'),
    )
    .option('--out <file>', 'also save the plan as JSON, for `apply --plan`')
    .option('--prune', 'plan deletes of objects this tool owns that are not in the manifests', false)
    .option('--rotate-credentials', 'send every credential even where no change is detected', false)
    .action(async (flags: PlanFlags) => {
      const { runPlan } = await import('./plan.js');
      result.code = await runPlan(io, flags);
    });
}
