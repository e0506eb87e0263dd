/**
 * After apply: brings the last-applied ledger (../ledger.ts) up to date for every resource of the plan whose
 * operations all succeeded, from the state observed after apply, so that `drift` can tell what changed
 * since. Resources with a failed or skipped operation keep their previous record; objects deleted, or left
 * to others, lose theirs.
 */
import type { PortalApi } from '../api/endpoints.js';
import type { Desired, KindName, Observed } from '../kinds/model.js';
import { type LedgerOutcome, type LedgerWrite, manifestDigest, writeLedger } from '../ledger.js';
import type { Snapshot } from '../observe.js';
import type { Plan } from '../plan/types.js';
import type { ApplyResult } from './apply.js';

export async function recordApplied(
  api: PortalApi,
  plan: Pick<Plan, 'owner' | 'resources' | 'prune' | 'unmanaged'>,
  outcome: Pick<ApplyResult, 'failed'>,
  after: Snapshot,
  desired: readonly Desired[] | undefined,
  concurrency?: number,
): Promise<LedgerOutcome> {
  const failed = new Set(outcome.failed.map((r) => r.resource));
  // `managementPolicy: observe`: never applied, so never recorded as applied (drift keeps its origin).
  const observeOnly = new Set(
    (desired ?? []).filter((d) => d.policy?.management === 'observe').map((d) => `${d.kind}/${d.name}`),
  );
  const orphans = new Set(
    (desired ?? []).filter((d) => d.policy?.deletion === 'orphan').map((d) => `${d.kind}/${d.name}`),
  );
  const digests = new Map((desired ?? []).map((d) => [`${d.kind}/${d.name}`, manifestDigest(d)]));
  const live = new Map<string, Observed>();
  for (const list of after.objects.values()) for (const o of list) live.set(`${o.kind}/${o.name}`, o);
  const writes: LedgerWrite[] = [];
  for (const r of plan.resources) {
    const key = `${r.kind}/${r.name}`;
    if (failed.has(key) || observeOnly.has(key)) continue;
    if (r.action === 'delete') {
      if (!live.has(key)) writes.push({ kind: r.kind as KindName, name: r.name, manifest: '' });
      continue;
    }
    const manifest = digests.get(key) ?? r.digest;
    const o = live.get(key);
    if (manifest && o)
      writes.push({
        kind: r.kind as KindName,
        name: r.name,
        manifest,
        live: o,
        ...(after.dns ? { dns: after.dns } : {}),
        ...(orphans.has(key) ? { orphan: true } : {}),
      });
  }
  // Objects that left the manifests but that --prune keeps (not provably this tool's): handed over, so their
  // record goes (without --prune they stay recorded: pending deletes).
  if (plan.prune)
    for (const u of plan.unmanaged) if (!u.owned) writes.push({ kind: u.kind, name: u.name, manifest: '' });
  return writeLedger(api, plan.owner, after.tags, writes, concurrency);
}
