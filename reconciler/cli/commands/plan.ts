/**
 * `portalctl plan -f PATH... [--format text|markdown|json|github] [--out plan.json] [--prune]`: the
 * changes apply would make. Exit 0: no changes; 2: changes; 3: invalid input (nothing sent to the API).
 * Loaded only when the command runs (its options: ./plan-command.ts).
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { loadTokenCounter } from '../../../schemas/token-cost.js';
import { desiredFromManifests, planAgainst } from '../../engine.js';
import { ExitCode } from '../../exit-codes.js';
import { hasChanges } from '../../plan/plan.js';
import { renderPlan } from '../../render/plan.js';
import type { CliIo } from '../main.js';
import type { TargetFlags } from '../options.js';
import { loadOrReport, warningsToStderr, withTarget } from '../session.js';

export type PlanFormat = 'text' | 'markdown' | 'json' | 'github';

export interface PlanFlags extends TargetFlags {
  filename: string[];
  format: PlanFormat;
  out?: string;
  prune: boolean;
  rotateCredentials: boolean;
}

/** Runs `plan`; returns the exit code. */
export async function runPlan(io: CliIo, flags: PlanFlags): Promise<number> {
  const loaded = await loadOrReport(io, flags.filename, flags.format, { secrets: flags });
  if (!loaded) return ExitCode.InvalidInput;
  return withTarget(io, flags, async (target) => {
    const desired = desiredFromManifests(loaded.manifests, io.env);
    const { plan } = await planAgainst(target.api, desired, {
      target: target.info,
      owner: flags.owner,
      prune: flags.prune,
      rotateCredentials: flags.rotateCredentials,
      // Portal consequences show the token cost of each context mode (loads the tokenizer here only).
      loadCounter: loadTokenCounter,
    });
    const { shown, stderr } = warningsToStderr(plan, flags.format);
    if (stderr) io.stderr(stderr);
    io.stdout(renderPlan(flags.format, shown, { color: io.isTty && !io.env.NO_COLOR }));
    if (flags.out) await writeFile(resolve(io.cwd, flags.out), `${JSON.stringify(plan, null, 2)}\n`);
    if (plan.errored) return ExitCode.InvalidInput;
    return hasChanges(plan) ? ExitCode.Changes : ExitCode.Ok;
  });
}
