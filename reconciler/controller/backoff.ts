/**
 * Per-resource backoff for the controller: full jitter (`random() * min(cap, base * 2^failures)`), and a
 * permanent error (an API 4xx other than 429, a refused delete, a missing secret) waits the whole cap so it
 * never hot-loops. Pure: the clock and the random source are the caller's.
 */
import type { OperationResult } from '../apply/apply.js';

export interface BackoffOptions {
  /** Default 5 s. */
  baseMs?: number;
  /** Default 5 min. */
  capMs?: number;
}

export const DEFAULT_BACKOFF = { baseMs: 5_000, capMs: 300_000 } as const;

/** How long to wait after the `failures`-th consecutive failure (1 for the first). */
export function backoffDelay(
  failures: number,
  permanent: boolean,
  random: () => number,
  opts: BackoffOptions = {},
): number {
  const base = opts.baseMs ?? DEFAULT_BACKOFF.baseMs;
  const cap = opts.capMs ?? DEFAULT_BACKOFF.capMs;
  if (permanent) return cap;
  const ceiling = Math.min(cap, base * 2 ** Math.min(Math.max(failures - 1, 0), 30));
  return Math.floor(random() * ceiling);
}

/** Error classes that retrying cannot fix without a change to the manifests, the secrets or the account. */
const PERMANENT_CLASSES = new Set(['MissingSecretError', 'PlanNotApplicableError', 'UnresolvedValueError']);

/** Whether a failed operation's error is permanent (retrying sooner than the cap would not help). */
export function isPermanent(error: OperationResult['error']): boolean {
  if (!error) return false;
  if (PERMANENT_CLASSES.has(error.class)) return true;
  const s = error.status;
  return typeof s === 'number' && s >= 400 && s < 500 && s !== 429 && s !== 408;
}
