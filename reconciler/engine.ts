/**
 * The reconciler's pipeline, shared by the CLI and the Pulumi provider: manifests -> desired state,
 * live API -> snapshot, (desired, snapshot) -> plan. Each step is a plain function; this module only
 * strings them together.
 */
import type { AccessPolicy, McpPortal, McpServer } from '../schemas/generated/manifest.js';
import type { PortalApi } from './api/endpoints.js';
import type { CredentialView, Desired } from './kinds/model.js';
import { policyFromManifest } from './kinds/policy.js';
import { portalFromManifest } from './kinds/portal.js';
import { serverFromManifest } from './kinds/server.js';
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
    const d =
      m.kind === 'AccessPolicy'
        ? policyFromManifest(m.manifest as AccessPolicy)
        : m.kind === 'McpServer'
          ? serverFromManifest(m.manifest as McpServer, env, m.path)
          : portalFromManifest(m.manifest as McpPortal);
    return { ...d, file: m.file };
  });
}

export interface PlanRun {
  plan: Plan;
  snapshot: Snapshot;
}

export async function planAgainst(
  api: PortalApi,
  desired: readonly Desired[],
  opts: Omit<PlanOptions, 'observeRequests' | 'digest'>,
): Promise<PlanRun> {
  const credentialHints = new Map<string, CredentialView>();
  for (const d of desired)
    if (d.kind === 'McpServer') credentialHints.set(d.name, (d as Desired<'McpServer'>).spec.credentials);
  const snapshot = await observe(api, { owner: opts.owner, credentialHints });
  return {
    snapshot,
    plan: plan(desired, snapshot, {
      ...opts,
      observeRequests: snapshot.requests,
      digest: snapshotDigest(snapshot),
    }),
  };
}

/** Policy names to ids, from a snapshot. */
export const policyIdsOf = (s: Snapshot) => new Map(s.policies.map((p) => [p.name, p.id]));
