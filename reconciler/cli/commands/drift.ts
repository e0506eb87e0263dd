/**
 * `portalctl drift -f PATH... [--format text|markdown|json|github] [--include-pending]`: what changed
 * outside the manifests. Exit 0: no drift (manifest changes not applied yet are reported, not counted);
 * 2: drift (an edit outside the manifests, or a difference with no last-applied record; with
 * `--include-pending`, also pending manifest changes); 3: invalid input. Loaded only when the command
 * runs (its options: ./drift-command.ts).
 */
import { driftReport, isDrift } from '../../drift.js';
import { desiredFromManifests, planAgainst } from '../../engine.js';
import { ExitCode } from '../../exit-codes.js';
import { type DriftFormat, renderDrift } from '../../render/drift.js';
import type { CliIo } from '../main.js';
import type { TargetFlags } from '../options.js';
import { loadOrReport, withTarget } from '../session.js';

export type DriftFlags = TargetFlags & { filename: string[]; format: DriftFormat; includePending: boolean };

/** Runs `drift`; returns the exit code. */
export async function runDrift(io: CliIo, flags: DriftFlags): Promise<number> {
  const loaded = await loadOrReport(io, flags.filename, flags.format, { secrets: flags });
  if (!loaded) return ExitCode.InvalidInput;
  return withTarget(io, flags, async (target) => {
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
}
