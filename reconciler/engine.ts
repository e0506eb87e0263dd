/**
 * The reconciler's pipeline, shared by the CLI, the provider and (later) the controller: manifests ->
 * desired state, live API -> snapshot, (desired, snapshot) -> plan. Each step is a plain function over
 * the registry of kinds; this module only strings them together.
 */
import type { PortalApi } from './api/endpoints.js';
import { policyOfManifest } from './controller/policies.js';
import type { Desired, ManifestOf } from './kinds/model.js';
import { handlerOf } from './kinds/registry.js';
import type { LoadedManifest } from './load/index.js';
import { observe, type Snapshot, snapshotDigest } from './observe.js';
import { type PlanOptions, plan } from './plan/plan.js';
import type { Plan } from './plan/types.js';

/** Desired state from validated manifests; secret references are resolved (into masked values) here. */
export function desiredFromManifests(
  manifests: readonly LoadedManifest[],
  env: NodeJS.ProcessEnv,
): Desired[] {
  return manifests.map((m) => {
    const policy = policyOfManifest(m.manifest);
    return {
      ...handlerOf(m.kind).fromManifest(m.manifest as ManifestOf<typeof m.kind>, env, m.path),
      file: m.file,
      ...(policy ? { policy } : {}),
    };
  });
}

export interface PlanRun {
  plan: Plan;
  snapshot: Snapshot;
}

export async function planAgainst(
  api: PortalApi,
  desired: readonly Desired[],
  opts: Omit<PlanOptions, 'digest'>,
): Promise<PlanRun> {
  const snapshot = await observe(api, { owner: opts.owner, desired });
  return { snapshot, plan: plan(desired, snapshot, { ...opts, digest: snapshotDigest(snapshot) }) };
}
