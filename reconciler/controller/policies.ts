/**
 * Per-resource policies from a manifest's metadata, honoured by plan, apply and the controller alike:
 * `managementPolicy: observe` (differences are shown, never written) and `deletionPolicy: orphan` (recorded
 * in the last-applied ledger, so that `--prune` keeps the object once its manifest is gone).
 */
import type { Diagnostic } from '../diagnostics.js';
import type { Desired } from '../kinds/model.js';
import type { ResourceChange } from '../plan/types.js';

export const OBSERVE_ONLY_NOTE = 'observe only (managementPolicy: observe): not applied';
export const ORPHAN_CODE = 'plan/orphaned';

/** The policies of a manifest that differ from the defaults (`full`, `delete`), or undefined. */
export function policyOfManifest(manifest: unknown): Desired['policy'] | undefined {
  const meta = (manifest as { metadata?: { managementPolicy?: unknown; deletionPolicy?: unknown } })
    ?.metadata;
  const policy: NonNullable<Desired['policy']> = {
    ...(meta?.managementPolicy === 'observe' ? { management: 'observe' as const } : {}),
    ...(meta?.deletionPolicy === 'orphan' ? { deletion: 'orphan' as const } : {}),
  };
  return Object.keys(policy).length ? policy : undefined;
}

export const managementOf = (d: Pick<Desired, 'policy'> | undefined): 'full' | 'observe' =>
  d?.policy?.management === 'observe' ? 'observe' : 'full';

/**
 * An observe-only resource's change, for people: its action and field differences stay (a reviewer sees
 * what differs), what apply would do besides is dropped, and the reason says it is not applied.
 */
export function observeOnly(change: ResourceChange): ResourceChange {
  const { sync: _s, resync: _r, adopt: _a, sendCredentials: _c, detachFrom: _d, ...rest } = change;
  if (change.action === 'noop') return rest;
  return { ...rest, reason: change.reason ? `${OBSERVE_ONLY_NOTE}; ${change.reason}` : OBSERVE_ONLY_NOTE };
}

/** The plan's note for an object prune keeps because its last applied manifest said `orphan`. */
export const orphanKept = (kind: string, name: string): Diagnostic => ({
  severity: 'warning',
  code: ORPHAN_CODE,
  message: `${kind}/${name} is not in the manifests but is kept (orphaned): its last applied manifest said deletionPolicy: orphan`,
});
