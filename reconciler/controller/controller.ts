/**
 * The controller loop: level-triggered cycles of load -> observe -> plan -> (enforce: apply, record) ->
 * conditions, over the reconciler core (engine, apply, ledger, drift, status), with per-resource backoff,
 * re-syncs of servers in Error, a single-writer lease, one cycle at a time (a trigger during a cycle queues
 * exactly one more) and a bounded graceful shutdown. Time and randomness are injected for tests.
 */
import { apply, missingSecrets, type OperationResult } from '../apply/apply.js';
import { recordApplied } from '../apply/record.js';
import { driftReport } from '../drift.js';
import { desiredFromManifests, planAgainst } from '../engine.js';
import { secretsOf } from '../kinds/mcp-server/bodies.js';
import type { Desired } from '../kinds/model.js';
import { handlerOf } from '../kinds/registry.js';
import { manifestDigest } from '../ledger.js';
import type { LoadResult } from '../load/index.js';
import { observe, type Snapshot, snapshotDigest } from '../observe.js';
import type { Operation } from '../plan/operations.js';
import { plan as planOf } from '../plan/plan.js';
import type { Plan, ResourceChange } from '../plan/types.js';
import { guardResolver, type SecretPolicy, secretPolicyOf } from '../secret-policy.js';
import { keyResolver, type SecretResolver } from '../secrets.js';
import { statusContext } from '../status.js';
import type { Target } from '../target.js';
import { type BackoffOptions, backoffDelay, isPermanent } from './backoff.js';
import { readyCondition, type SyncedReason, syncedCondition, transition } from './conditions.js';
import { managementOf } from './policies.js';
import type { Source } from './source.js';
import type {
  ControllerEvent,
  ControllerObserver,
  ControllerState,
  CycleReport,
  Lease,
  ResourceState,
} from './types.js';

export type Trigger = CycleReport['trigger'];

export interface ControllerOptions {
  target: Target;
  source: Source;
  lease: Lease;
  mode: 'observe' | 'enforce';
  owner: string;
  prune?: boolean;
  /** Between cycles (default 5 min). */
  intervalMs?: number;
  /** Subscribe to the source's changes for early cycles (`--watch`, and always for git). */
  watch?: boolean;
  /** The trigger a source change reports (`watch` for files, `git` for a repository). */
  sourceTrigger?: 'watch' | 'git';
  /** For `fromEnv` / `fromFile` secrets. */
  env: NodeJS.ProcessEnv;
  cwd: string;
  secretPolicy?: SecretPolicy;
  concurrency?: number;
  backoff?: BackoffOptions;
  /** How long a shutdown waits for the cycle in progress (default 30 s). */
  shutdownTimeoutMs?: number;
  /**
   * How long a cycle waits for a lease that is not held yet before it goes on observing only (default
   * 5 s); once acquired, a cycle is triggered at once.
   */
  leaseWaitMs?: number;
  /** Whether `run` closes the target when it stops (default true; false when the caller owns it). */
  closeTarget?: boolean;
  now?: () => Date;
  random?: () => number;
  observer?: ControllerObserver;
}

interface Tracked {
  state: ResourceState;
  /** When this resource may be written again (ms since epoch). */
  backoffUntil?: number;
  /** Re-syncs of a server in Error: attempts since it was last Ready, and when the next may start. */
  resyncs: number;
  resyncAt?: number;
}

interface Good {
  desired: Desired[];
  /** The source's load result the desired objects were made from (reused while it is the same object). */
  loaded: LoadResult;
  revision: string | undefined;
}

const keyOf = (r: { kind: string; name: string }) => `${r.kind}/${r.name}`;

/** A one-line, deterministic summary of why a manifest set was refused (no secret values: see load). */
function describeInvalid(loaded: LoadResult): string {
  const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
  const shown = errors
    .slice(0, 5)
    .map((d) => `${d.source ? `${d.source.file}:${d.source.start.line}: ` : ''}${d.message}`);
  const more = errors.length > shown.length ? `; and ${errors.length - shown.length} more` : '';
  return `the manifests are invalid (${errors.length} error(s)), nothing of them was applied: ${shown.join('; ')}${more}`;
}

export class Controller {
  readonly #o: ControllerOptions;
  readonly #now: () => Date;
  readonly #random: () => number;
  readonly #tracked = new Map<string, Tracked>();
  #good: Good | undefined;
  #sourceError: string | undefined;
  #lastCycle: CycleReport | undefined;
  #lastSuccessful: string | undefined;
  #cycles = 0;
  #running: Promise<CycleReport> | undefined;
  #pending: Trigger | undefined;
  #wake: (() => void) | undefined;
  #acquiring: Promise<void> | undefined;
  #leaseAbort = new AbortController();
  #leaseHeld = false;
  #stopping = false;
  #leaseGrace = false;

  constructor(opts: ControllerOptions) {
    this.#o = opts;
    this.#now = opts.now ?? (() => new Date());
    this.#random = opts.random ?? Math.random;
  }

  state(): ControllerState {
    const order = (kind: string) => handlerOf(kind as Desired['kind']).order;
    const resources = [...this.#tracked.values()]
      .map((t) => t.state)
      .sort((a, b) => order(a.kind) - order(b.kind) || a.name.localeCompare(b.name));
    return {
      mode: this.#o.mode,
      ...(this.#good?.revision ? { revision: this.#good.revision } : {}),
      ...(this.#sourceError ? { sourceError: this.#sourceError } : {}),
      leaseHeld: this.#o.lease.held(),
      ...(this.#lastCycle ? { lastCycle: this.#lastCycle } : {}),
      ...(this.#lastSuccessful ? { lastSuccessfulCycle: this.#lastSuccessful } : {}),
      resources,
    };
  }

  /** The loop's own say for `/readyz`: a cycle has completed and it is not shutting down. */
  ready(): boolean {
    return !this.#stopping && this.#lastCycle?.completed === true;
  }

  #event(e: ControllerEvent): void {
    this.#o.observer?.event?.(e);
  }

  /** Asks for a cycle soon; during a cycle, queues exactly one more (later triggers fold into it). */
  trigger(why: Trigger): void {
    if (!this.#pending) this.#pending = why;
    this.#wake?.();
  }

  /** Runs one cycle (after the one in progress, if any: never two at once). */
  async runCycle(trigger: Trigger): Promise<CycleReport> {
    while (this.#running) await this.#running.catch(() => undefined);
    const p = this.#cycle(trigger);
    this.#running = p;
    try {
      return await p;
    } finally {
      this.#running = undefined;
    }
  }

  /** Whether this cycle may write: the lease is held and renewed; else acquiring goes on in the background. */
  async #mayWrite(cycle: string): Promise<boolean> {
    const lease = this.#o.lease;
    if (!lease.held()) {
      if (!this.#acquiring) {
        const signal = this.#leaseAbort.signal;
        this.#acquiring = lease
          .acquire(signal)
          .then(() => {
            this.#leaseHeld = true;
            this.#event({ level: 'info', event: 'lease.acquired', message: 'the lease is held: writing' });
            // Acquired after a cycle stopped waiting for it: write now rather than at the next interval.
            if (!this.#leaseGrace) this.trigger('retry');
          })
          .catch(() => undefined)
          .finally(() => {
            this.#acquiring = undefined;
          });
      }
      // Give a lease that is free its turn (a few requests); otherwise this cycle observes only.
      let timer: NodeJS.Timeout | undefined;
      this.#leaseGrace = true;
      await Promise.race([
        this.#acquiring,
        new Promise((r) => {
          timer = setTimeout(r, this.#o.leaseWaitMs ?? 5_000);
        }),
      ]);
      clearTimeout(timer);
      this.#leaseGrace = false;
      if (!lease.held()) return false;
    }
    if (await lease.renew().catch(() => false)) {
      this.#leaseHeld = true;
      return true;
    }
    if (this.#leaseHeld)
      this.#event({
        level: 'warn',
        event: 'lease.lost',
        cycle,
        message: 'the lease was lost: not writing until it is held again',
      });
    this.#leaseHeld = false;
    return false;
  }

  /** Loads the source; an invalid set (or a source that cannot be read) keeps the last good one. */
  async #load(cycle: string): Promise<void> {
    let problem: string;
    try {
      const loaded = await this.#o.source.load();
      if (!loaded.failed) {
        // The source hands back the same result while nothing changed: keep the same desired objects too,
        // so what is memoised per spec (manifest digests) is not recomputed every cycle.
        const desired =
          this.#good?.loaded === loaded
            ? this.#good.desired
            : desiredFromManifests(loaded.manifests, this.#o.env);
        this.#good = { desired, loaded, revision: this.#o.source.revision };
        this.#sourceError = undefined;
        return;
      }
      problem = describeInvalid(loaded);
    } catch (err) {
      problem = `the manifests could not be read: ${(err as Error).message}`;
    }
    if (problem !== this.#sourceError)
      this.#event({ level: 'error', event: 'source.invalid', cycle, message: problem });
    this.#sourceError = problem;
  }

  #secrets(desired: readonly Desired[]): SecretResolver {
    const { env, cwd } = this.#o;
    const known = desired.flatMap((d) => secretsOf(d.secrets));
    return guardResolver(
      keyResolver(env, cwd, known),
      this.#o.secretPolicy ?? secretPolicyOf({}, env, cwd),
      env,
      cwd,
      new Set(known.map((r) => r.key)),
    );
  }

  async #cycle(trigger: Trigger): Promise<CycleReport> {
    const id = `c${++this.#cycles}`;
    const started = this.#now();
    const api = this.#o.target.api;
    const calls = api.client.requests;
    this.#o.observer?.cycleStarted?.(id, trigger);
    this.#event({
      level: 'info',
      event: 'cycle.start',
      cycle: id,
      message: `cycle ${id} (${trigger})`,
      trigger,
    });
    const base = { id, startedAt: started.toISOString(), mode: this.#o.mode, trigger };
    const finish = (
      r: Omit<
        CycleReport,
        'id' | 'startedAt' | 'finishedAt' | 'durationMs' | 'mode' | 'trigger' | 'apiCalls'
      >,
    ) => {
      const end = this.#now();
      const report: CycleReport = {
        ...base,
        finishedAt: end.toISOString(),
        durationMs: end.getTime() - started.getTime(),
        apiCalls: api.client.requests - calls,
        ...(this.#good?.revision ? { revision: this.#good.revision } : {}),
        ...r,
      };
      this.#lastCycle = report;
      if (report.completed) this.#lastSuccessful = report.finishedAt;
      this.#event({
        level: report.completed ? 'info' : 'error',
        event: 'cycle.end',
        cycle: id,
        message: report.completed
          ? `cycle ${id}: ${report.changed} changed, ${report.failed} failed, ${report.skipped} skipped`
          : `cycle ${id} did not complete: ${report.error}`,
        changed: report.changed,
        failed: report.failed,
        skipped: report.skipped,
        apiCalls: report.apiCalls,
      });
      this.#o.observer?.cycleFinished?.(report, this.state());
      return report;
    };
    const empty = { changed: 0, failed: 0, skipped: 0, driftByKind: {}, serversByStatus: {} };

    await this.#load(id);
    const good = this.#good;
    if (!good) return finish({ ...empty, completed: false, error: this.#sourceError ?? 'no manifests' });
    try {
      const counts = await this.#reconcile(id, good.desired, started);
      return finish({
        ...counts,
        completed: true,
        ...(this.#sourceError ? { error: this.#sourceError } : {}),
      });
    } catch (err) {
      const message = (err as Error).message;
      this.#event({ level: 'error', event: 'cycle.failed', cycle: id, message });
      return finish({ ...empty, completed: false, error: message });
    }
  }

  /** Observe, plan, apply what may be applied, record, and compute every resource's conditions. */
  async #reconcile(cycle: string, desired: Desired[], started: Date) {
    const { target, owner } = this.#o;
    const planOpts = { target: target.info, owner, prune: Boolean(this.#o.prune) };
    const { plan, snapshot } = await planAgainst(target.api, desired, planOpts);
    if (plan.errored) {
      const why = plan.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message);
      throw new Error(`the plan has errors, nothing was applied: ${why.join('; ')}`);
    }
    const drift = driftReport(plan, snapshot, desired);
    const driftByKind: Record<string, number> = {};
    const driftOf = new Map<string, ResourceState['drift']>();
    for (const i of drift.items) {
      driftByKind[i.kind] = (driftByKind[i.kind] ?? 0) + 1;
      driftOf.set(keyOf(i), i.origin);
    }

    const now = started.getTime();
    // With nothing to write, a held lease is not checked again (its renewals run on their own timer), so a
    // no-op cycle makes only the plan's list calls; before any write it is renewed (or found lost) first.
    const writer =
      this.#o.mode === 'enforce' &&
      (plan.operations.length === 0 && this.#o.lease.held() ? true : await this.#mayWrite(cycle));
    const secrets = this.#secrets(desired);
    const why = new Map<string, { reason: SyncedReason; message: string; permanent?: boolean }>();
    let results: OperationResult[] = [];
    let after: Snapshot = snapshot;
    let afterPlan: Plan = plan;
    const resynced = new Set<string>();
    if (writer) {
      const skipped = this.#skipped(plan.operations, now, secrets, why);
      const run = plan.operations.filter((op) => !skipped.has(op.id));
      if (run.length) {
        const outcome = await apply(plan, target.api, {
          secrets,
          skip: (op) => skipped.has(op.id),
          ...(this.#o.concurrency ? { concurrency: this.#o.concurrency } : {}),
        });
        results = outcome.results;
        for (const op of run) if (op.purpose === 'resync') resynced.add(op.resource);
        after = await observe(target.api, { owner, desired, scope: 'related' });
        // Resources left out this cycle keep their record as it was, as failed ones do.
        const notApplied = [...why.keys()].map((resource) => ({ resource }) as OperationResult);
        const recorded = await recordApplied(
          target.api,
          plan,
          { failed: [...outcome.failed, ...notApplied] },
          after,
          desired,
          this.#o.concurrency,
        );
        for (const f of recorded.failed)
          this.#event({
            level: 'warn',
            event: 'ledger.failed',
            cycle,
            resource: f.resource,
            message: `could not record what was applied (${f.message})`,
          });
        afterPlan = planOf(desired, after, { ...planOpts, digest: snapshotDigest(after) });
      }
    }
    return {
      ...this.#conditions(cycle, desired, { after, afterPlan, results, why, driftOf, writer, resynced, now }),
      driftByKind,
    };
  }

  /**
   * The operations to leave out: those of resources in backoff, re-syncs not due yet, operations whose
   * secret is missing (a permanent failure of that resource), and, transitively, everything that depends
   * on one of them (apply would otherwise count a left-out dependency as met).
   */
  #skipped(
    ops: readonly Operation[],
    now: number,
    secrets: SecretResolver,
    why: Map<string, { reason: SyncedReason; message: string; permanent?: boolean }>,
  ): Set<string> {
    const out = new Set<string>();
    const dependants = new Map<string, Operation[]>();
    for (const op of ops)
      for (const d of op.dependsOn) {
        const list = dependants.get(d);
        if (list) list.push(op);
        else dependants.set(d, [op]);
      }
    const leave = (op: Operation) => {
      if (out.has(op.id)) return;
      out.add(op.id);
      for (const d of dependants.get(op.id) ?? []) {
        if (!why.has(d.resource) && d.resource !== op.resource && d.purpose !== 'resync')
          why.set(d.resource, { reason: 'DependencyFailed', message: `waits for ${op.resource}` });
        leave(d);
      }
    };
    for (const op of ops) {
      const t = this.#tracked.get(op.resource);
      if (op.purpose === 'resync') {
        if (t?.resyncAt !== undefined && t.resyncAt > now) leave(op);
        continue;
      }
      if (t?.backoffUntil !== undefined && t.backoffUntil > now) {
        why.set(op.resource, {
          reason: 'BackingOff',
          message: `backing off after ${t.state.failures} failure(s): ${t.state.lastError ?? 'unknown error'}`,
        });
        leave(op);
        continue;
      }
      const missing = missingSecrets({ operations: [op] }, secrets);
      if (missing.length) {
        why.set(op.resource, {
          reason: 'ApplyFailed',
          message: `a secret is missing: ${missing.join('; ')}`,
          permanent: true,
        });
        leave(op);
      }
    }
    return out;
  }

  #conditions(
    cycle: string,
    desired: readonly Desired[],
    c: {
      after: Snapshot;
      afterPlan: Plan;
      results: OperationResult[];
      why: Map<string, { reason: SyncedReason; message: string; permanent?: boolean }>;
      driftOf: Map<string, ResourceState['drift']>;
      writer: boolean;
      resynced: Set<string>;
      now: number;
    },
  ) {
    const status = statusContext(c.after);
    const changes = new Map<string, ResourceChange>(c.afterPlan.resources.map((r) => [keyOf(r), r]));
    const byResource = new Map<string, OperationResult[]>();
    for (const r of c.results) {
      const list = byResource.get(r.resource);
      if (list) list.push(r);
      else byResource.set(r.resource, [r]);
    }
    const nowDate = new Date(c.now);
    const liveServerStatus = new Map(
      (c.after.objects.get('McpServer') ?? []).map((o) => [o.name, o.facts?.status as string | undefined]),
    );
    const seen = new Set<string>();
    const counts = { changed: 0, failed: 0, skipped: 0 };
    const serversByStatus: Record<string, number> = {};
    for (const d of desired) {
      const key = keyOf(d);
      seen.add(key);
      const generation = manifestDigest(d);
      const management = managementOf(d);
      const t: Tracked = this.#tracked.get(key) ?? {
        state: { kind: d.kind, name: d.name, managementPolicy: management, conditions: [], failures: 0 },
        resyncs: 0,
      };
      this.#tracked.set(key, t);
      const change = changes.get(key);
      const differs = change !== undefined && change.action !== 'noop';
      const what = differs ? `differs from the manifest (${describeChange(change)})` : '';
      const results = byResource.get(key) ?? [];
      const failed = results.find((r) => !r.ok && !r.skipped);
      const depSkipped = results.find((r) => r.skipped);
      const wrote = results.some((r) => r.ok && r.op !== 'server.sync');
      const held = c.why.get(key);
      let reason: SyncedReason = 'Synced';
      let message = 'the live object matches the manifest';
      if (management === 'observe') {
        if (differs) [reason, message] = ['ObserveOnly', `${what}; managementPolicy observe: not written`];
      } else if (this.#o.mode === 'observe') {
        if (differs) [reason, message] = ['Drifted', `${what}; observe mode: not written`];
      } else if (failed) {
        [reason, message] = [
          'ApplyFailed',
          `${failed.op} failed: ${failed.error?.message ?? 'unknown error'}`,
        ];
      } else if (held && (differs || held.reason === 'ApplyFailed')) {
        [reason, message] = [held.reason, held.message];
      } else if (depSkipped && differs) {
        [reason, message] = ['DependencyFailed', depSkipped.error?.message ?? 'a dependency failed'];
      } else if (differs) {
        [reason, message] = c.writer
          ? ['Drifted', what]
          : ['LeaseNotHeld', `${what}; another controller holds the lease`];
      }
      // Backoff: a failure (or a missing secret) pushes the next attempt out; converging resets it.
      if (failed || (held?.reason === 'ApplyFailed' && held.permanent)) {
        const error = failed?.error ?? {
          class: 'MissingSecretError',
          message: held?.message ?? '',
          exitCode: 3,
        };
        t.state.failures++;
        t.state.lastError = error.message;
        const delay = backoffDelay(
          t.state.failures,
          isPermanent(error as never),
          this.#random,
          this.#o.backoff,
        );
        t.backoffUntil = c.now + delay;
        t.state.backoffUntil = new Date(t.backoffUntil).toISOString();
        counts.failed++;
        this.#event({
          level: 'error',
          event: 'resource.failed',
          cycle,
          resource: key,
          message: `${message}; next attempt in ${Math.round(delay / 1000)} s`,
        });
      } else if (reason === 'Synced') {
        t.state.failures = 0;
        delete t.state.lastError;
        delete t.state.backoffUntil;
        t.backoffUntil = undefined;
      }
      if (reason === 'BackingOff' || reason === 'ObserveOnly' || reason === 'DependencyFailed')
        counts.skipped++;
      if (wrote) {
        counts.changed++;
        this.#event({
          level: 'info',
          event: 'resource.applied',
          cycle,
          resource: key,
          message: `applied ${key}`,
        });
      }
      const st = status.statusOf(d.kind, d.name);
      this.#resync(t, d, st?.phase, c.resynced.has(key), c.now);
      if (d.kind === 'McpServer') {
        const s = liveServerStatus.get(d.name) ?? 'missing';
        serversByStatus[s] = (serversByStatus[s] ?? 0) + 1;
      }
      const drift = c.driftOf.get(key);
      t.state = {
        ...t.state,
        managementPolicy: management,
        conditions: transition(
          t.state.conditions,
          [readyCondition(st, generation), syncedCondition(reason, message, generation)],
          nowDate,
        ),
      };
      if (drift) t.state.drift = drift;
      else delete t.state.drift;
    }
    for (const key of [...this.#tracked.keys()]) if (!seen.has(key)) this.#tracked.delete(key);
    return { ...counts, serversByStatus };
  }

  /** Re-sync bookkeeping of a server: each attempt pushes the next out (backoff) until it is Ready. */
  #resync(t: Tracked, d: Desired, phase: string | undefined, resynced: boolean, now: number): void {
    if (d.kind !== 'McpServer') return;
    if (phase === 'Ready') {
      t.resyncs = 0;
      t.resyncAt = undefined;
      return;
    }
    if (!resynced) return;
    t.resyncs++;
    t.resyncAt = now + backoffDelay(t.resyncs, false, this.#random, this.#o.backoff);
  }

  /** The earliest time a held-back resource may be retried, if before `limit`. */
  #nextRetry(limit: number): number | undefined {
    let next: number | undefined;
    for (const t of this.#tracked.values())
      for (const at of [t.backoffUntil, t.resyncAt])
        if (at !== undefined && at < limit && (next === undefined || at < next)) next = at;
    return next;
  }

  /**
   * Runs cycles until `signal` aborts: at startup, every interval, on source changes, and when a backoff
   * ends. On abort: waits for the cycle in progress at most the shutdown timeout (requests after it fail
   * fast), then releases the lease and closes the target. Resolves `clean: false` when it had to abandon.
   */
  async run(signal: AbortSignal): Promise<{ clean: boolean }> {
    const interval = this.#o.intervalMs ?? 300_000;
    const stopWatch = this.#o.watch
      ? this.#o.source.watch(() => this.trigger(this.#o.sourceTrigger ?? 'watch'))
      : () => {};
    const onAbort = () => this.#wake?.();
    signal.addEventListener('abort', onAbort);
    this.trigger('startup');
    let last = this.#now().getTime();
    const loop = (async () => {
      while (!signal.aborted) {
        if (!this.#pending) {
          const due = last + interval;
          const retry = this.#nextRetry(due);
          const at = retry ?? due;
          const ms = Math.max(0, at - this.#now().getTime());
          let timer: NodeJS.Timeout | undefined;
          await new Promise<void>((resolve) => {
            this.#wake = resolve;
            timer = setTimeout(() => {
              if (!this.#pending) this.#pending = retry !== undefined ? 'retry' : 'interval';
              resolve();
            }, ms);
          });
          clearTimeout(timer);
          this.#wake = undefined;
        }
        if (signal.aborted) break;
        const trigger = this.#pending ?? 'interval';
        this.#pending = undefined;
        await this.runCycle(trigger);
        last = this.#now().getTime();
      }
    })();
    await new Promise<void>((resolve) => {
      if (signal.aborted) resolve();
      else signal.addEventListener('abort', () => resolve(), { once: true });
    });
    this.#stopping = true;
    stopWatch();
    const deadline = this.#o.shutdownTimeoutMs ?? 30_000;
    // Requests after the deadline fail at once, so the cycle in progress ends rather than hangs.
    this.#o.target.api.client.setDeadline(Date.now() + deadline);
    let timer: NodeJS.Timeout | undefined;
    const clean = await Promise.race([
      loop.then(() => true),
      new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), deadline);
      }),
    ]);
    clearTimeout(timer);
    signal.removeEventListener('abort', onAbort);
    this.#leaseAbort.abort();
    await this.#o.lease.release().catch(() => undefined);
    this.#event({
      level: clean ? 'info' : 'warn',
      event: 'shutdown',
      message: clean
        ? 'stopped after the cycle in progress'
        : `abandoned the cycle in progress after ${deadline} ms`,
    });
    await this.#o.source.close().catch(() => undefined);
    if (this.#o.closeTarget !== false) await this.#o.target.close().catch(() => undefined);
    return { clean };
  }
}

/** The changed field paths of a resource, sorted, for a deterministic message. */
function describeChange(change: ResourceChange): string {
  if (change.action === 'create') return 'missing';
  if (change.action === 'delete') return 'to be deleted';
  const paths = [...new Set(change.changes.map((c) => c.path))].sort();
  return paths.length ? `${change.action}: ${paths.join(', ')}` : change.action;
}
