/**
 * `portalctl apply [-f PATH...] [--plan plan.json] [--prune] [--no-wait] [--no-sync] [--timeout 5m] [--yes]
 * [--dry-run]`: executes a plan (fresh from the manifests, or a saved one after checking the live state has
 * not moved: then nothing but the secrets is needed), waits for syncs and prints a status table; with
 * `--dry-run`, prints the requests it would send instead of writing (../dry-run.ts). Exit codes: 0
 * converged; 3 invalid input, a stale plan or a missing secret (nothing changed); 4 authentication refused
 * (also mid-apply); 5 an operation failed, or a server is in Error or still Waiting (except on an OAuth
 * authorisation only a person can give, which is printed with what to do); 6 rate-limit budget exhausted.
 * A dry run exits as plan does: 0 nothing to write, 2 writes to send.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { loadTokenCounter } from '../../../schemas/token-cost.js';
import { apply, exitCodeOfFailures, missingSecrets, type OperationResult } from '../../apply/apply.js';
import { recordApplied } from '../../apply/record.js';
import { waitForServers } from '../../apply/wait.js';
import { desiredFromManifests, planAgainst } from '../../engine.js';
import { ExitCode } from '../../exit-codes.js';
import { secretsOf } from '../../kinds/mcp-server/bodies.js';
import type { Desired } from '../../kinds/model.js';
import { handlerOf } from '../../kinds/registry.js';
import { observe, snapshotDigest, zonesOfPlan } from '../../observe.js';
import type { Operation } from '../../plan/operations.js';
import { writes } from '../../plan/plan.js';
import { PLAN_FORMAT_VERSION, type Plan } from '../../plan/types.js';
import { renderPlan } from '../../render/plan.js';
import { renderStatusTable } from '../../render/status.js';
import { guardResolver, secretPolicyOf } from '../../secret-policy.js';
import { keyResolver } from '../../secrets.js';
import { type ResourceStatus, statuses } from '../../status.js';
import { CLOUDFLARE_API_URL, type Target } from '../../target.js';
import { type DryRun, dryRun, renderRequests } from '../dry-run.js';
import type { CliIo } from '../main.js';
import type { TargetFlags } from '../options.js';
import { loadOrReport, warningsToStderr, withTarget } from '../session.js';

export interface ApplyFlags extends TargetFlags {
  filename: string[];
  plan?: string;
  prune: boolean;
  wait: boolean;
  sync: boolean;
  timeout: number;
  yes: boolean;
  rotateCredentials: boolean;
  dryRun: boolean;
}

/** A saved plan that cannot be applied (unreadable, not a plan, another account, stale): exit 3. */
export class UnusablePlanError extends Error {
  override readonly name = 'UnusablePlanError';
}

async function readSavedPlan(path: string, target: Target): Promise<Plan> {
  let plan: Plan;
  try {
    plan = JSON.parse(await readFile(path, 'utf8')) as Plan;
  } catch (err) {
    const why = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
    throw new UnusablePlanError(`${path}: cannot read a plan from it (${why}); nothing was applied`);
  }
  if (!plan || typeof plan !== 'object')
    throw new UnusablePlanError(`${path}: not a plan (expected a JSON object written by plan -o)`);
  const major = String(plan.format_version ?? '').split('.')[0];
  if (major !== PLAN_FORMAT_VERSION.split('.')[0]) {
    throw new UnusablePlanError(
      `${path}: plan format ${plan.format_version} is not readable by this version (${PLAN_FORMAT_VERSION}); run plan again`,
    );
  }
  if (plan.target?.account_id !== target.info.account_id) {
    throw new UnusablePlanError(
      `${path}: the plan was made for account ${plan.target?.account_id}, not ${target.info.account_id}`,
    );
  }
  return plan;
}

/** How an operation reads in progress lines: `create`, `update app`, `detach from portal eng`. */
export function describeOp(op: Pick<Operation, 'op' | 'args'>): string {
  const [what, verb] = op.op.split('.') as [string, string];
  if (op.op === 'portal.detach') return `detach from portal ${op.args.id}`;
  if (op.op === 'portal.attach') return `attach to portal ${op.args.id} again`;
  if (what === 'app') return `${verb} app`;
  return verb;
}

async function confirm(io: CliIo): Promise<boolean> {
  io.stderr('Apply these changes? Only "yes" is accepted: ');
  const answer = (await io.readLine?.()) ?? '';
  return answer.trim() === 'yes';
}

/** What a person must do for a resource that waits on them (printed, not a failure), if anything. */
export function nextStep(row: ResourceStatus, target: Target): string | undefined {
  const waits = row.phase === 'Waiting' && row.reason === 'AuthenticationRequired';
  const stale = row.phase === 'Error' && row.reason === 'ReauthenticationRequired';
  if (!waits && !stale) return undefined;
  const what = waits
    ? 'waits for an admin to authorise its upstream OAuth connection'
    : 'lost its upstream OAuth connection (the credential could not be refreshed) and must be authorised again';
  if (target.info.api_url.startsWith(CLOUDFLARE_API_URL)) {
    return `${row.kind}/${row.name} ${what} in the Cloudflare dashboard (Zero Trust > Access > AI controls > MCP servers > ${row.name} > Authenticate); apply cannot do this for you`;
  }
  const flags = target.info.embedded
    ? target.info.api_url.replace(/^embedded:/, '') === '.portal'
      ? ''
      : ` --local ${target.info.api_url.replace(/^embedded:/, '')}`
    : ` --api-url ${target.info.api_url} --account-id ${target.info.account_id}`;
  return `${row.kind}/${row.name} ${what}: run portalctl server authorize ${row.name}${flags} and open the URL it prints`;
}

/** Runs `apply`; returns the exit code. The options are in ./apply-command.ts. */
export async function applyCommand(io: CliIo, flags: ApplyFlags): Promise<number> {
  let desired: Desired[] | undefined;
  if (flags.filename.length || !flags.plan) {
    const loaded = await loadOrReport(io, flags.filename, 'text', { secrets: flags });
    if (!loaded) return ExitCode.InvalidInput;
    desired = desiredFromManifests(loaded.manifests, io.env);
  }
  return withTarget(io, flags, (target) => runApply(io, flags, target, desired));
}

async function planOrLoad(io: CliIo, flags: ApplyFlags, target: Target, desired: Desired[] | undefined) {
  if (!flags.plan) {
    const { plan } = await planAgainst(target.api, desired ?? [], {
      target: target.info,
      owner: flags.owner,
      prune: flags.prune,
      rotateCredentials: flags.rotateCredentials,
      // The plan apply prints shows the same token costs as `plan`.
      loadCounter: loadTokenCounter,
    });
    return plan;
  }
  const plan = await readSavedPlan(resolve(io.cwd, flags.plan), target);
  const observed = (scope: 'all' | 'related') =>
    observe(target.api, {
      owner: plan.owner,
      ...(desired ? { desired } : {}),
      zones: zonesOfPlan(plan),
      scope,
    });
  // Read as plan reads; a kind that read skipped (and the plan did not) is read too (`Snapshot.unread`).
  let snapshot = await observed('related');
  if (snapshotDigest(snapshot) !== plan.observed_digest && snapshot.unread) snapshot = await observed('all');
  if (snapshotDigest(snapshot) !== plan.observed_digest) {
    throw new UnusablePlanError(
      `the live state changed since ${flags.plan} was made (${plan.created_at}); nothing was applied. Run plan again.`,
    );
  }
  return plan;
}

async function runApply(io: CliIo, flags: ApplyFlags, target: Target, desired: Desired[] | undefined) {
  let plan: Plan;
  try {
    plan = await planOrLoad(io, flags, target, desired);
  } catch (err) {
    if (!(err instanceof UnusablePlanError)) throw err;
    io.stderr(`portalctl: ${err.message}\n`);
    return ExitCode.InvalidInput;
  }
  const { shown, stderr } = warningsToStderr(plan, 'text');
  if (stderr) io.stderr(stderr);
  io.stdout(renderPlan('text', shown, { color: io.isTty && !io.env.NO_COLOR }));
  if (plan.errored) return ExitCode.InvalidInput;
  // Secrets: the manifests' resolved values when given, else their references (env, files) now.
  // Saved plans name their secrets by key: the policy is checked again here, as at load time.
  const known = (desired ?? []).flatMap((d) => secretsOf(d.secrets));
  const secrets = guardResolver(
    keyResolver(io.env, io.cwd, known),
    secretPolicyOf(flags, io.env, io.cwd),
    io.env,
    io.cwd,
    new Set(known.map((r) => r.key)),
  );
  const skip = (op: Operation) => !flags.sync && op.purpose === 'resync';
  const ops = plan.operations.filter((op) => !skip(op));
  const missing = missingSecrets({ operations: ops }, secrets);
  if (missing.length) {
    io.stderr(
      `portalctl: cannot apply, secrets are missing (nothing was changed):\n  ${missing.join('\n  ')}\n`,
    );
    return ExitCode.InvalidInput;
  }
  if (flags.dryRun) return reportDryRun(io, await dryRun(plan, target, secrets, skip), target);
  if (writes(plan) && !flags.yes) {
    if (!io.interactive || !io.readLine) {
      io.stderr('portalctl: not on a terminal: pass --yes to apply without confirmation\n');
      return ExitCode.InvalidInput;
    }
    if (!(await confirm(io))) {
      io.stderr('Apply cancelled.\n');
      return ExitCode.Ok;
    }
  }
  const byId = new Map(plan.operations.map((op) => [op.id, op]));
  const line = (r: OperationResult) => {
    const what = describeOp(byId.get(r.id) ?? { op: r.op, args: {} });
    const mark = r.ok ? '✓' : r.skipped ? '-' : '✗';
    return `${mark} ${r.resource}: ${what}${r.error ? ` ${r.skipped ? 'skipped' : 'failed'}: ${r.error.message}` : ''}\n`;
  };
  const outcome = await apply(plan, target.api, {
    secrets,
    skip,
    concurrency: flags.concurrency,
    onProgress: (r) => io.stdout(line(r)),
  });
  const pending =
    flags.wait && outcome.synced.length ? await waitFor(io, target, outcome.synced, flags.timeout) : [];
  const managed = new Set(
    desired ? desired.map((d) => `${d.kind}/${d.name}`) : plan.resources.map((r) => `${r.kind}/${r.name}`),
  );
  return report(io, { plan, target, outcome, pending, managed, desired, flags });
}

/**
 * The requests a dry run collected. Exit codes as plan's: 0 nothing would be written, 2 writes would be
 * sent; a read that failed keeps its error's code (4 authentication, 6 rate limit, else 5).
 */
function reportDryRun(io: CliIo, run: DryRun, target: Target): number {
  io.stdout(renderRequests(run.requests, target.info.api_url));
  for (const f of run.outcome.failed.filter((r) => !r.skipped))
    io.stderr(`portalctl: dry run: ${f.resource}: ${f.op} failed: ${f.error?.message}\n`);
  if (run.outcome.failed.length) return exitCodeOfFailures(run.outcome.failed);
  return run.requests.some((r) => !r.sent) ? ExitCode.Changes : ExitCode.Ok;
}

/** Waits for the servers apply synced; returns those still waiting at the timeout. */
async function waitFor(io: CliIo, target: Target, servers: string[], timeoutMs: number): Promise<string[]> {
  const live = io.isTty;
  const pending = await waitForServers(target.api, servers, {
    timeoutMs,
    onPoll: (p) => {
      if (live)
        io.stderr(`\r\x1b[2Kwaiting for ${p.length} server(s) to sync${p.length ? `: ${p.join(', ')}` : ''}`);
    },
  });
  if (live) io.stderr('\r\x1b[2K');
  return pending;
}

interface Outcome {
  plan: Plan;
  target: Target;
  outcome: Awaited<ReturnType<typeof apply>>;
  pending: string[];
  managed: ReadonlySet<string>;
  desired: Desired[] | undefined;
  flags: ApplyFlags;
}

/** The status table, a summary line, next steps, and the exit code. */
async function report(io: CliIo, o: Outcome): Promise<number> {
  const { target, outcome, flags } = o;
  const after = await observe(target.api, {
    owner: o.plan.owner,
    ...(o.desired ? { desired: o.desired } : {}),
    scope: 'related',
  });
  // The last-applied records drift compares with (a record that cannot be written is a warning only).
  const recorded = await recordApplied(target.api, o.plan, outcome, after, o.desired, flags.concurrency);
  for (const f of recorded.failed)
    io.stderr(
      `portalctl: warning: could not record what was applied to ${f.resource} (${f.message}); drift reports it as unknown until the next apply\n`,
    );
  const rows = statuses(after, (kind, name) => o.managed.has(`${kind}/${name}`));
  io.stdout(`\n${renderStatusTable(rows, io.isTty && !io.env.NO_COLOR)}`);
  // Kinds whose status is their own (servers sync); others only follow them (a portal waits for its servers).
  const own = rows.filter((r) => handlerOf(r.kind).ownStatus);
  const inError = own.filter((r) => r.phase === 'Error');
  const steps = own.map((r) => nextStep(r, target)).filter((s): s is string => s !== undefined);
  const waiting = own.filter((r) => r.phase === 'Waiting' && !nextStep(r, target));
  const timeoutNote = o.pending.length ? ` after ${Math.round(flags.timeout / 1000)} s` : '';
  const summary = [
    `${outcome.results.filter((r) => r.ok).length} operation(s) succeeded`,
    ...(outcome.failed.length ? [`${outcome.failed.length} failed or skipped`] : []),
    ...(inError.length ? [`${inError.length} server(s) in Error`] : []),
    ...(flags.wait && waiting.length ? [`${waiting.length} server(s) still Waiting${timeoutNote}`] : []),
  ];
  io.stdout(`${summary.join(', ')}.\n`);
  for (const s of steps) io.stdout(`next: ${s}\n`);
  if (outcome.failed.length) return exitCodeOfFailures(outcome.failed);
  return inError.length || (flags.wait && waiting.length) ? ExitCode.NotConverged : ExitCode.Ok;
}
