/**
 * The controller's contracts: conditions per resource, what a cycle reports, the state `/status` and
 * `--status-file` show, the lease that makes one controller the writer, and the observer through which
 * metrics and logs see cycles and API calls. The loop (controller.ts) produces these; http.ts,
 * metrics.ts and the logs consume them.
 */

/** A Kubernetes-style condition. Messages are deterministic (no times inside) so that nothing churns. */
export interface Condition {
  type: 'Ready' | 'Synced';
  status: 'True' | 'False' | 'Unknown';
  /** CamelCase, stable: `Synced`, `ApplyFailed`, `ObserveOnly`, `BackingOff`, `InvalidManifests`, ... */
  reason: string;
  message: string;
  /** The manifest digest (ledger.ts `manifestDigest`) the condition was computed for. */
  observedGeneration: string;
  /** RFC 3339; changes only when `status` changes. */
  lastTransitionTime: string;
}

export interface ResourceState {
  kind: string;
  name: string;
  /** `full` (the default) or `observe` (never written: drift is reported only). */
  managementPolicy: 'full' | 'observe';
  conditions: Condition[];
  /** Consecutive failed attempts (0 after a success). */
  failures: number;
  /** Until when this resource is not written again (backoff after failures), RFC 3339. */
  backoffUntil?: string;
  /** The last error, deterministic (no times). */
  lastError?: string;
  /** Drift found in the last cycle (what `drift` would report for it), if any. */
  drift?: 'pending' | 'drift' | 'both' | 'unknown';
}

export interface CycleReport {
  /** Monotonic per process: `c42`. */
  id: string;
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  mode: 'observe' | 'enforce';
  /** What triggered it: the interval, a file change, a new commit, startup. */
  trigger: 'startup' | 'interval' | 'watch' | 'git' | 'retry';
  /** The source revision reconciled: a git commit, or a digest of the manifest files. */
  revision?: string;
  /** True when the cycle ran to the end (resources may still have failed: see `failed`). */
  completed: boolean;
  /** Why the cycle could not run (manifests invalid, API unreachable): then the last good revision is kept. */
  error?: string;
  /** Resources changed, failed, skipped (backoff or observe-only) in this cycle. */
  changed: number;
  failed: number;
  skipped: number;
  /** API requests made during the cycle. */
  apiCalls: number;
  /** Drift items by kind (in observe mode, and before applying in enforce mode). */
  driftByKind: Record<string, number>;
  /** Servers by sync status after the cycle (`ready`, `waiting`, `error`, ...). */
  serversByStatus: Record<string, number>;
}

export interface ControllerState {
  mode: 'observe' | 'enforce';
  /** The revision the controller reconciles now (the last valid one). */
  revision?: string;
  /** Set while the newest manifests are invalid: what is wrong with them (the last good revision is kept). */
  sourceError?: string;
  leaseHeld: boolean;
  lastCycle?: CycleReport;
  /** RFC 3339 of the last completed cycle. */
  lastSuccessfulCycle?: string;
  resources: ResourceState[];
}

/** Makes one controller the writer per target and owner. */
export interface Lease {
  /** Waits until held (or the signal aborts). */
  acquire(signal: AbortSignal): Promise<void>;
  /** Extends the lease; false when it was lost (then the controller stops writing and acquires again). */
  renew(): Promise<boolean>;
  release(): Promise<void>;
  held(): boolean;
}

/** Everything the loop tells the outside world (metrics, logs, traces). All optional. */
export interface ControllerObserver {
  cycleStarted?(id: string, trigger: CycleReport['trigger']): void;
  cycleFinished?(report: CycleReport, state: ControllerState): void;
  /** One line of the structured log: an event about a resource or the cycle. */
  event?(e: ControllerEvent): void;
}

export interface ControllerEvent {
  level: 'info' | 'warn' | 'error';
  /** `cycle.start`, `cycle.end`, `resource.applied`, `resource.failed`, `resource.backoff`, `source.invalid`, `lease.acquired`, `lease.lost`, ... */
  event: string;
  cycle?: string;
  resource?: string;
  message: string;
  [key: string]: unknown;
}
