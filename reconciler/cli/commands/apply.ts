/**
 * `portalctl apply -f PATH... [--plan plan.json] [--prune] [--wait|--no-wait] [--timeout 5m] [--yes]`:
 * runs a plan (fresh, or a saved one after checking the live state has not moved), triggers syncs,
 * waits for Ready/Error and prints a status table. Exit 0: converged; 5: an operation failed or a
 * server ended in Error or still waiting; 3: invalid input or a stale plan (nothing was changed).
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { type Command, Option } from 'commander';
import { apply } from '../../apply/apply.js';
import { waitForServers } from '../../apply/wait.js';
import { desiredFromManifests, planAgainst, policyIdsOf } from '../../engine.js';
import { ExitCode } from '../../exit-codes.js';
import type { Desired } from '../../kinds/model.js';
import { credentialPayload } from '../../kinds/server.js';
import { observe, snapshotDigest } from '../../observe.js';
import { PLAN_FORMAT_VERSION, type Plan } from '../../plan/types.js';
import { renderPlan } from '../../render/plan.js';
import { renderStatusTable } from '../../render/status.js';
import { statuses } from '../../status.js';
import type { Target } from '../../target.js';
import type { CliIo } from '../main.js';
import { addManifestOption, addTargetOptions, parseDuration, type TargetFlags } from '../options.js';
import { loadOrReport, withTarget } from '../session.js';
import { hasChanges } from './plan.js';

interface ApplyFlags extends TargetFlags {
  filename: string[];
  plan?: string;
  prune: boolean;
  wait: boolean;
  timeout: number;
  yes: boolean;
  rotateCredentials: boolean;
}

export class StalePlanError extends Error {
  override readonly name = 'StalePlanError';
}

async function readSavedPlan(path: string, target: Target): Promise<Plan> {
  const plan = JSON.parse(await readFile(path, 'utf8')) as Plan;
  const major = String(plan.format_version ?? '').split('.')[0];
  if (major !== PLAN_FORMAT_VERSION.split('.')[0]) {
    throw new StalePlanError(
      `${path}: plan format ${plan.format_version} is not readable by this version (${PLAN_FORMAT_VERSION})`,
    );
  }
  if (plan.target?.account_id !== target.info.account_id) {
    throw new StalePlanError(
      `${path}: the plan was made for account ${plan.target?.account_id}, not ${target.info.account_id}`,
    );
  }
  return plan;
}

/** Checks, before anything is sent, that every credential apply must send can be resolved. */
function missingSecrets(plan: Plan, desired: readonly Desired[]): string[] {
  const byName = new Map(desired.map((d) => [`${d.kind}/${d.name}`, d]));
  const problems: string[] = [];
  for (const r of plan.resources) {
    if (r.kind !== 'McpServer' || !r.sendCredentials) continue;
    const d = byName.get(`McpServer/${r.name}`) as Desired<'McpServer'> | undefined;
    if (!d) {
      problems.push(`McpServer ${r.name} is in the plan but not in the manifests given with -f`);
      continue;
    }
    try {
      credentialPayload(d);
    } catch (err) {
      problems.push((err as Error).message);
    }
  }
  return problems;
}

async function confirm(io: CliIo): Promise<boolean> {
  io.stderr('Apply these changes? Only "yes" is accepted: ');
  const answer = (await io.readLine?.()) ?? '';
  return answer.trim() === 'yes';
}

export function registerApply(program: Command, io: CliIo, result: { code: number }): void {
  const cmd = program
    .command('apply')
    .description('Apply the manifests (or a saved plan), sync servers and wait for status');
  addManifestOption(cmd);
  addTargetOptions(cmd)
    .option('--plan <file>', 'apply this saved plan (refused when the live state moved since it was made)')
    .option('--prune', 'delete objects this tool owns that are not in the manifests', false)
    .option('--wait', 'wait for servers to become Ready or Error (default)', true)
    .option('--no-wait', 'do not wait for servers to sync')
    .addOption(
      new Option('--timeout <duration>', 'how long to wait for servers')
        .argParser(parseDuration)
        .default(300_000, '5m'),
    )
    .option('-y, --yes', 'do not ask for confirmation (required when not on a terminal)', false)
    .option('--rotate-credentials', 'send every credential even where no change is detected', false)
    .action(async (flags: ApplyFlags) => {
      const loaded = await loadOrReport(io, flags.filename, 'text');
      if (!loaded) {
        result.code = ExitCode.InvalidInput;
        return;
      }
      result.code = await withTarget(io, flags, (target) =>
        runApply(io, flags, target, desiredFromManifests(loaded.manifests, io.env)),
      );
    });
}

async function runApply(io: CliIo, flags: ApplyFlags, target: Target, desired: Desired[]): Promise<number> {
  const color = io.isTty && !io.env.NO_COLOR;
  let plan: Plan;
  let snapshot: Awaited<ReturnType<typeof observe>>;
  if (flags.plan) {
    try {
      plan = await readSavedPlan(resolve(io.cwd, flags.plan), target);
    } catch (err) {
      io.stderr(`portalctl: ${(err as Error).message}\n`);
      return ExitCode.InvalidInput;
    }
    snapshot = await observe(target.api, { owner: plan.owner });
    if (snapshotDigest(snapshot) !== plan.observed_digest) {
      io.stderr(
        `portalctl: the live state changed since ${flags.plan} was made (${plan.created_at}); nothing was applied. Run plan again.\n`,
      );
      return ExitCode.InvalidInput;
    }
  } else {
    ({ plan, snapshot } = await planAgainst(target.api, desired, {
      target: target.info,
      owner: flags.owner,
      prune: flags.prune,
      rotateCredentials: flags.rotateCredentials,
    }));
  }
  io.stdout(renderPlan('text', plan, { color }));
  if (plan.errored) return ExitCode.InvalidInput;
  const missing = missingSecrets(plan, desired);
  if (missing.length) {
    io.stderr(
      `portalctl: cannot apply, secrets are missing (nothing was changed):\n  ${missing.join('\n  ')}\n`,
    );
    return ExitCode.InvalidInput;
  }
  const writes = hasChanges(plan) || plan.resources.some((r) => r.adopt);
  if (writes && !flags.yes) {
    if (!io.interactive || !io.readLine) {
      io.stderr('portalctl: not on a terminal: pass --yes to apply without confirmation\n');
      return ExitCode.InvalidInput;
    }
    if (!(await confirm(io))) {
      io.stderr('Apply cancelled.\n');
      return ExitCode.Ok;
    }
  }
  const outcome = writes
    ? await apply(plan, target.api, {
        desired,
        policyIds: policyIdsOf(snapshot),
        onProgress: (op) =>
          io.stdout(
            `${op.ok ? '✓' : '✗'} ${op.kind}/${op.name}: ${op.operation}${op.error ? ` failed: ${op.error}` : ''}\n`,
          ),
      })
    : { operations: [], failed: [], synced: [] };
  let pending: string[] = [];
  if (flags.wait && outcome.synced.length) {
    const live = io.isTty;
    pending = await waitForServers(target.api, outcome.synced, {
      timeoutMs: flags.timeout,
      onPoll: (p) => {
        if (live)
          io.stderr(
            `\r\x1b[2Kwaiting for ${p.length} server(s) to sync${p.length ? `: ${p.join(', ')}` : ''}`,
          );
      },
    });
    if (live) io.stderr('\r\x1b[2K');
  }
  const after = await observe(target.api, { owner: plan.owner });
  const managed = new Set(desired.map((d) => `${d.kind}/${d.name}`));
  const rows = statuses(after, (kind, name) => managed.has(`${kind}/${name}`));
  io.stdout(`\n${renderStatusTable(rows, color)}`);
  const serverErrors = rows.filter((r) => r.kind === 'McpServer' && r.phase === 'Error');
  const summary = [
    `${outcome.operations.length - outcome.failed.length} operation(s) succeeded`,
    ...(outcome.failed.length ? [`${outcome.failed.length} failed`] : []),
    ...(serverErrors.length ? [`${serverErrors.length} server(s) in Error`] : []),
    ...(pending.length
      ? [`${pending.length} still waiting after ${Math.round(flags.timeout / 1000)} s`]
      : []),
  ];
  io.stdout(`${summary.join(', ')}.\n`);
  return outcome.failed.length || serverErrors.length || pending.length ? ExitCode.NotConverged : ExitCode.Ok;
}
