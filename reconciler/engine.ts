/**
 * The reconciler's pipeline, shared by the CLI, the provider and (later) the controller: manifests ->
 * desired state, live API -> snapshot, (desired, snapshot) -> plan. Each step is a plain function over
 * the registry of kinds; this module only strings them together.
 */
import type { PortalApi } from './api/endpoints.js';
import { policyOfManifest } from './controller/policies.js';
import type { Desired, ManifestOf, ManifestSegment } from './kinds/model.js';
import { handlerOf } from './kinds/registry.js';
import type { LoadedManifest } from './load/index.js';
import { observe, type Snapshot, snapshotDigest } from './observe.js';
import { type PlanOptions, plan } from './plan/plan.js';
import type { Plan } from './plan/types.js';

/**
 * `segments` as keys and indexes into `value` (an element named by a field is found by it); undefined when
 * the manifest has no such node.
 */
function resolveSegments(value: unknown, segments: readonly ManifestSegment[]): string[] | undefined {
  const out: string[] = [];
  let at = value;
  for (const s of segments) {
    if (typeof s === 'object') {
      const [field, want] = Object.entries(s)[0] ?? [];
      const i = Array.isArray(at)
        ? at.findIndex((x) => typeof x === 'object' && x !== null && field !== undefined && x[field] === want)
        : -1;
      if (i < 0) return undefined;
      out.push(String(i));
      at = (at as unknown[])[i];
    } else {
      out.push(String(s));
      at = typeof at === 'object' && at !== null ? (at as Record<string, unknown>)[String(s)] : undefined;
    }
  }
  return out;
}

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
      locate: (segments: readonly ManifestSegment[]) => {
        const path = resolveSegments(m.manifest, segments);
        // A field is shown at its key (`resources:`), a list element at itself.
        return path ? m.locate(path, typeof segments.at(-1) === 'string') : undefined;
      },
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
  opts: Omit<PlanOptions, 'digest'> & {
    /**
     * Loads the tokenizer when the plan has portal consequences to count: a plan that changes no portal's
     * exposure never loads it (~0.3 s); one that does is made again with it.
     */
    loadCounter?: () => Promise<NonNullable<PlanOptions['countTokens']>>;
  },
): Promise<PlanRun> {
  const snapshot = await observe(api, { owner: opts.owner, desired });
  const { loadCounter, ...rest } = opts;
  const base = { ...rest, digest: snapshotDigest(snapshot) };
  const first = plan(desired, snapshot, base);
  if (!loadCounter || base.countTokens || !first.consequences.length) return { snapshot, plan: first };
  return { snapshot, plan: plan(desired, snapshot, { ...base, countTokens: await loadCounter() }) };
}
