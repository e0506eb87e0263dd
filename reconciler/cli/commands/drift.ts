/**
 * `portalctl drift -f PATH... [--format text|markdown|json|github] [--include-pending]`: what changed
 * outside the manifests. Exit 0: no drift (manifest changes not applied yet are reported, not counted);
 * 2: drift (an edit outside the manifests, or a difference with no last-applied record; with
 * `--include-pending`, also pending manifest changes); 3: invalid input.
 */
import { type Command, Option } from 'commander';
import { driftReport, isDrift } from '../../drift.js';
import { desiredFromManifests, planAgainst } from '../../engine.js';
import { ExitCode } from '../../exit-codes.js';
import { type DriftFormat, renderDrift } from '../../render/drift.js';
import type { CliIo } from '../main.js';
import { addManifestOption, addTargetOptions, type TargetFlags } from '../options.js';
import { loadOrReport, withTarget } from '../session.js';

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
    .action(
      async (flags: TargetFlags & { filename: string[]; format: DriftFormat; includePending: boolean }) => {
        const loaded = await loadOrReport(io, flags.filename, flags.format, { secrets: flags });
        if (!loaded) {
          result.code = ExitCode.InvalidInput;
          return;
        }
        result.code = await withTarget(io, flags, async (target) => {
          const desired = desiredFromManifests(loaded.manifests, io.env);
          const { plan, snapshot } = await planAgainst(target.api, desired, {
            target: target.info,
            owner: flags.owner,
          });
          const report = driftReport(plan, snapshot, desired);
          io.stdout(renderDrift(flags.format, report, io.isTty && !io.env.NO_COLOR));
          const counted = report.items.filter((i) => flags.includePending || isDrift(i));
          return counted.length ? ExitCode.Changes : ExitCode.Ok;
        });
      },
    );
}
