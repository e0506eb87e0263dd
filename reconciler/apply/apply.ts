/**
 * `apply(plan, api, options)`: walks the plan's operation graph, fresh or saved, with nothing but the
 * secrets besides it. Operations run as soon as what they depend on succeeded, at most `concurrency` at a
 * time (the API client bounds requests too); an operation whose dependency failed is skipped, everything
 * independent still runs, so a second apply converges. Results are typed: each failure keeps its error's
 * class, and the exit code comes from those classes. It never re-diffs.
 */

import { DRY_RUN_ID } from '../api/client.js';
import type { PortalApi } from '../api/endpoints.js';
import { exitCodeOf } from '../api/errors.js';
import { ExitCode } from '../exit-codes.js';
import { materialise, type Operation, secretKeys } from '../plan/operations.js';
import type { Plan } from '../plan/types.js';
import type { SecretResolver } from '../secrets.js';
import { EXECUTORS } from './executors.js';

export interface OperationResult {
  id: string;
  op: Operation['op'];
  resource: string;
  ok: boolean;
  /** Not attempted because an operation it depends on failed (or was skipped). */
  skipped?: boolean;
  /** The id a create produced. */
  produced?: string;
  error?: {
    /** The error's class, e.g. `AuthError`, `ValidationError`, `AmbiguousError`. */
    class: string;
    message: string;
    /** HTTP status and the API's first error code, for API errors. */
    status?: number;
    code?: number;
    exitCode: ExitCode;
  };
  /** The error itself (in memory only; not serialised). */
  cause?: unknown;
}

export interface ApplyResult {
  results: OperationResult[];
  failed: OperationResult[];
  /** Servers whose capability sync an operation started (apply waits for them). */
  synced: string[];
}

export interface ApplyOptions {
  secrets: SecretResolver;
  /** Operations in flight at once (default 8). */
  concurrency?: number;
  /** Leave out operations for which this returns true (e.g. `--no-sync` leaves out re-syncs). */
  skip?: (op: Operation) => boolean;
  onProgress?: (result: OperationResult) => void;
  /**
   * For a dry run (an API client that holds writes back): an id a create would get from the API is
   * unknown, so later bodies show `<id of Kind/name>` (the plan's `$ref` key) in its place; ids the body
   * names itself (servers and portals: ours) are kept. See `dryRunId`.
   */
  placeholders?: boolean;
}

/** What a dry run shows for the id a create of `resource` (`AccessPolicy/engineers`) would produce. */
export const dryRunId = (resource: string) => `<id of ${resource}>`;

export class PlanNotApplicableError extends Error {
  override readonly name = 'PlanNotApplicableError';
  readonly exitCode = ExitCode.InvalidInput;
}

/** A secret the plan must send has no value: nothing was sent. */
export class MissingSecretError extends Error {
  override readonly name = 'MissingSecretError';
  readonly exitCode = ExitCode.InvalidInput;
}

/** The secrets a plan must send that cannot be resolved, as messages naming the resource. */
export function missingSecrets(plan: Pick<Plan, 'operations'>, secrets: SecretResolver): string[] {
  const problems = new Set<string>();
  for (const op of plan.operations) {
    for (const key of secretKeys(op.args)) {
      const r = secrets(key);
      if (!r.ok) problems.add(`${op.resource}: ${r.reason}`);
    }
  }
  return [...problems].sort();
}

function describe(err: unknown): NonNullable<OperationResult['error']> {
  const e = err instanceof Error ? err : new Error(String(err));
  const api = e as Partial<{ status: number; code: number; exitCode: ExitCode }>;
  return {
    class: e.name,
    message: e.message,
    ...(typeof api.status === 'number' ? { status: api.status } : {}),
    ...(typeof api.code === 'number' ? { code: api.code } : {}),
    exitCode: typeof api.exitCode === 'number' ? api.exitCode : exitCodeOf(err),
  };
}

export async function apply(plan: Plan, api: PortalApi, opts: ApplyOptions): Promise<ApplyResult> {
  if (plan.errored) {
    // Named, so that callers that do not print diagnostics (the Pulumi provider) still say why.
    const why = plan.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message);
    throw new PlanNotApplicableError(
      `the plan has errors and cannot be applied${why.length ? `: ${why.join('; ')}` : ''}`,
    );
  }
  if (!Array.isArray(plan.operations))
    throw new PlanNotApplicableError('the plan has no operations (made by an older version?): plan again');
  const ops = plan.operations.filter((op) => !opts.skip?.(op));
  const cycle = cycleIn(ops);
  if (cycle.length)
    throw new PlanNotApplicableError(
      `the plan's operations depend on each other in a cycle: ${cycle.join(', ')}`,
    );
  const missing = missingSecrets({ operations: ops }, opts.secrets);
  if (missing.length) throw new MissingSecretError(missing.join('; '));
  const secret = (key: string) => {
    const r = opts.secrets(key);
    if (!r.ok) throw new MissingSecretError(`${key}: ${r.reason}`);
    return r.secret.reveal();
  };

  const ids = new Map<string, string>();
  const results = new Map<string, OperationResult>();
  const record = (r: OperationResult) => {
    results.set(r.id, r);
    opts.onProgress?.(r);
  };
  const run = async (op: Operation) => {
    const base = { id: op.id, op: op.op, resource: op.resource };
    try {
      const args = materialise(op.args, ids, secret) as Record<string, unknown>;
      const produced = await EXECUTORS[op.op](api, args);
      if (op.produces && opts.placeholders && (produced === undefined || produced === DRY_RUN_ID))
        ids.set(op.produces, dryRunId(op.produces));
      else if (op.produces && produced !== undefined) ids.set(op.produces, produced);
      record({ ...base, ok: true, ...(produced !== undefined ? { produced } : {}) });
    } catch (err) {
      record({ ...base, ok: false, error: describe(err), cause: err });
    }
  };
  await walk(ops, Math.max(1, opts.concurrency ?? 8), run, (op) => results.get(op.id)?.ok === true, record);

  const ordered = ops.map((op) => results.get(op.id)).filter((r): r is OperationResult => r !== undefined);
  const synced = [
    ...new Set(ops.filter((op) => op.syncs && results.get(op.id)?.ok).map((op) => op.syncs as string)),
  ].sort();
  return { results: ordered, failed: ordered.filter((r) => !r.ok), synced };
}

/**
 * Runs each operation once all it depends on succeeded (dependencies left out of `ops` count as met), at
 * most `limit` at a time, in plan order among those ready; records the dependants of a failure as skipped,
 * transitively. Linear in operations plus dependencies.
 */
async function walk(
  ops: readonly Operation[],
  limit: number,
  run: (op: Operation) => Promise<void>,
  succeeded: (op: Operation) => boolean,
  record: (r: OperationResult) => void,
): Promise<void> {
  const byId = new Map(ops.map((op) => [op.id, op]));
  const unmet = new Map<string, number>();
  const dependants = new Map<string, Operation[]>();
  for (const op of ops) {
    const deps = op.dependsOn.filter((d) => byId.has(d));
    unmet.set(op.id, deps.length);
    for (const d of deps) {
      const list = dependants.get(d);
      if (list) list.push(op);
      else dependants.set(d, [op]);
    }
  }
  const ready = ops.filter((op) => unmet.get(op.id) === 0);
  let next = 0;
  let settled = 0;
  let running = 0;
  let wake: (() => void) | undefined;
  const skip = (op: Operation, because: Operation, attempted: boolean) => {
    if (!unmet.has(op.id)) return;
    unmet.delete(op.id);
    settled++;
    record({
      id: op.id,
      op: op.op,
      resource: op.resource,
      ok: false,
      skipped: true,
      error: {
        class: 'DependencyFailed',
        message: `not attempted: ${because.id} ${attempted ? 'failed' : 'was not attempted'}`,
        exitCode: ExitCode.NotConverged,
      },
    });
    for (const d of dependants.get(op.id) ?? []) skip(d, op, false);
  };
  const done = (op: Operation) => {
    unmet.delete(op.id);
    settled++;
    const ok = succeeded(op);
    for (const d of dependants.get(op.id) ?? []) {
      if (!ok) skip(d, op, true);
      else if (unmet.has(d.id)) {
        const left = (unmet.get(d.id) ?? 1) - 1;
        unmet.set(d.id, left);
        if (left === 0) ready.push(d);
      }
    }
  };
  while (settled < ops.length) {
    while (next < ready.length && running < limit) {
      const op = ready[next++] as Operation;
      if (!unmet.has(op.id)) continue;
      running++;
      void run(op).finally(() => {
        running--;
        done(op);
        wake?.();
      });
    }
    // apply() refused cyclic graphs, so something is running whenever operations are left.
    if (!running) return;
    await new Promise<void>((resolve) => {
      wake = resolve;
    });
  }
}

/**
 * The operations on a dependency cycle (empty for plans from `plan()`, which are acyclic; a hand-edited
 * saved plan may not be), found by removing, in turn, operations whose dependencies are all removed (Kahn's algorithm).
 */
function cycleIn(ops: readonly Operation[]): string[] {
  const ids = new Set(ops.map((op) => op.id));
  const unmet = new Map<string, number>();
  const dependants = new Map<string, string[]>();
  for (const op of ops) {
    const deps = op.dependsOn.filter((d) => ids.has(d));
    unmet.set(op.id, deps.length);
    for (const d of deps) {
      const list = dependants.get(d);
      if (list) list.push(op.id);
      else dependants.set(d, [op.id]);
    }
  }
  const free = [...unmet].filter(([, n]) => n === 0).map(([id]) => id);
  for (let i = 0; i < free.length; i++) {
    const id = free[i] as string;
    unmet.delete(id);
    for (const d of dependants.get(id) ?? []) {
      const n = (unmet.get(d) ?? 1) - 1;
      unmet.set(d, n);
      if (n === 0) free.push(d);
    }
  }
  return [...unmet.keys()];
}

/**
 * The exit code of an apply that had failures: an authentication failure is 4 and an exhausted
 * rate-limit budget 6 wherever they happened; any other failure is 5 (did not converge).
 */
export function exitCodeOfFailures(failed: readonly OperationResult[]): ExitCode {
  const codes = new Set(failed.map((f) => f.error?.exitCode));
  if (codes.has(ExitCode.AuthFailed)) return ExitCode.AuthFailed;
  if (codes.has(ExitCode.RateLimited)) return ExitCode.RateLimited;
  return failed.length ? ExitCode.NotConverged : ExitCode.Ok;
}
