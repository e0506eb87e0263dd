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
import { observe, type Snapshot, snapshotDigest, withTags } from './observe.js';
import { hasChanges, type PlanOptions, plan } from './plan/plan.js';
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

/**
 * Whether a plan may read the ledger (the account's tags): it does when it writes anything (an app may
 * only carry a tag that exists), shows a difference (drift tells where it comes from by the record) or
 * finds objects no manifest names (their owners, and which ones prune keeps). A plan with none of these
 * is the same with the ledger as without it.
 */
const readsLedger = (p: Plan) => p.operations.length > 0 || p.unmanaged.length > 0 || hasChanges(p);

/**
 * Observes and plans. The ledger is read only when the plan depends on it (`readsLedger`): at 1,300
 * applied objects it is 14 of a no-change plan's 38 list pages, the steady state of a drift check or a
 * controller cycle. A plan that depends on it is made again once the tags are read: one more list
 * (a round trip, two past 100 objects) where there is something to show or do.
 */
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
  let snapshot = await observe(api, { owner: opts.owner, desired, tags: false, scope: 'related' });
  const { loadCounter, ...rest } = opts;
  // The digest covers the objects only (never the tags): it is the same before and after `withTags`.
  const base = { ...rest, digest: snapshotDigest(snapshot) };
  let first = plan(desired, snapshot, base);
  if (readsLedger(first)) {
    snapshot = await withTags(api, snapshot);
    first = plan(desired, snapshot, base);
  }
  if (!loadCounter || base.countTokens || !first.consequences.length) return { snapshot, plan: first };
  return { snapshot, plan: plan(desired, snapshot, { ...base, countTokens: await loadCounter() }) };
}
