/**
 * Kubernetes-style conditions for one resource: `Ready` from its status phase (status.ts) and `Synced` from
 * what the cycle did to it. Messages are deterministic (no times), and `lastTransitionTime` only moves when
 * a condition's status changes, so a steady state never churns.
 */
import type { ResourceStatus } from '../status.js';
import type { Condition } from './types.js';

type Fresh = Omit<Condition, 'lastTransitionTime'>;

/** `Ready`: Ready -> True, Waiting -> Unknown, Error -> False; an object that does not exist -> False. */
export function readyCondition(status: ResourceStatus | undefined, generation: string): Fresh {
  if (!status)
    return {
      type: 'Ready',
      status: 'False',
      reason: 'NotFound',
      message: 'the object does not exist in the target',
      observedGeneration: generation,
    };
  const s = status.phase === 'Ready' ? 'True' : status.phase === 'Waiting' ? 'Unknown' : 'False';
  return {
    type: 'Ready',
    status: s,
    reason: status.reason,
    message: status.message,
    observedGeneration: generation,
  };
}

export type SyncedReason =
  | 'Synced'
  | 'ApplyFailed'
  | 'DependencyFailed'
  | 'BackingOff'
  | 'ObserveOnly'
  | 'Drifted'
  | 'LeaseNotHeld';

export function syncedCondition(reason: SyncedReason, message: string, generation: string): Fresh {
  return {
    type: 'Synced',
    status: reason === 'Synced' ? 'True' : 'False',
    reason,
    message,
    observedGeneration: generation,
  };
}

/** The new conditions, keeping each one's `lastTransitionTime` while its status is unchanged. */
export function transition(previous: readonly Condition[], next: readonly Fresh[], now: Date): Condition[] {
  return next.map((c) => {
    const old = previous.find((p) => p.type === c.type);
    return {
      ...c,
      lastTransitionTime: old && old.status === c.status ? old.lastTransitionTime : now.toISOString(),
    };
  });
}
