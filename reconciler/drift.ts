/**
 * Drift: how the live state differs from the manifests, classified the way a reviewer triages it. Each
 * difference is `changed` (field by field), `missing` or `unmanaged`, and has an origin read from the
 * last-applied ledger (ledger.ts): `pending` (the manifests moved since the last apply), `drift` (edited
 * outside the manifests), `both`, or `unknown` (no record: counted as drift). Objects another `--owner`
 * applied are listed apart and never counted; upstream capability changes are the upstream's business.
 */
import type { Desired, Observed } from './kinds/model.js';
import { knownCapabilities } from './kinds/overrides.js';
import { type DriftOrigin, driftOrigin, readLedger, recordOf } from './ledger.js';
import { liveOf, type Snapshot } from './observe.js';
import type { FieldChange } from './plan/diff.js';
import type { Plan } from './plan/types.js';

/** 1.1 added `origin` per item, `pending`, and `others` (objects of other owners). */
export const DRIFT_FORMAT_VERSION = '1.1';

export interface DriftItem {
  kind: string;
  name: string;
  class: 'changed' | 'missing' | 'unmanaged';
  /** Where the difference comes from (see `DriftOrigin`). */
  origin: DriftOrigin;
  changes?: FieldChange[];
  /** Unmanaged objects: provably this tool's (they would be pruned). */
  owned?: boolean;
}

/** A live object another owner (`--owner`) manages: not in these manifests, and not drift. */
export interface OtherOwnerItem {
  kind: string;
  name: string;
  owners: string[];
}

export interface CapabilityNote {
  server: string;
  status: string;
  tools: number;
  prompts: number;
  lastSynced?: string;
  /** Overrides in the manifests that name a tool or prompt the last sync did not find. */
  staleOverrides: string[];
}

export interface DriftReport {
  format_version: string;
  target: Plan['target'];
  /** Some item is drift (origin `drift`, `both` or `unknown`): the live state was changed outside. */
  drifted: boolean;
  /** Some item is a manifest change not applied yet. */
  pending: boolean;
  items: DriftItem[];
  others: OtherOwnerItem[];
  capabilities: CapabilityNote[];
}

/** Whether an item counts as drift (what `drift` exits 2 for by default). */
export const isDrift = (i: DriftItem) => i.origin !== 'pending';

export function driftReport(plan: Plan, snapshot: Snapshot, desired: readonly Desired[]): DriftReport {
  const owner = plan.owner;
  const ledger = readLedger(snapshot.tags);
  // Whether this owner has applied with records at all: if not, a missing object may be one applied before
  // records existed, so it cannot be called a new manifest object.
  const recording = [...ledger.values()].some((rs) => rs.some((r) => r.owner === owner));
  const desiredOf = new Map(desired.map((d) => [`${d.kind}/${d.name}`, d]));
  const liveIndex = new Map<string, Observed>();
  for (const list of snapshot.objects.values()) for (const o of list) liveIndex.set(`${o.kind}/${o.name}`, o);

  const items: DriftItem[] = [];
  for (const r of plan.resources) {
    const key = `${r.kind}/${r.name}`;
    const rec = recordOf(ledger, owner, r.kind, r.name);
    if (r.action === 'create') {
      const origin: DriftOrigin = rec ? 'drift' : recording ? 'pending' : 'unknown';
      items.push({ kind: r.kind, name: r.name, class: 'missing', origin });
    } else if (r.action === 'update' || r.action === 'replace') {
      const d = desiredOf.get(key);
      const o = liveIndex.get(key);
      const origin = d && o ? driftOrigin(rec, d, o, { records: snapshot.dns, owner }) : 'unknown';
      items.push({ kind: r.kind, name: r.name, class: 'changed', origin, changes: r.changes });
    }
  }
  const others: OtherOwnerItem[] = [];
  for (const u of plan.unmanaged) {
    const rec = recordOf(ledger, owner, u.kind, u.name);
    if (u.owners?.length) {
      others.push({ kind: u.kind, name: u.name, owners: u.owners });
      continue;
    }
    // Applied by this owner and since removed from the manifests: a pending delete (with --prune).
    const origin: DriftOrigin = rec || (u.owned && recording) ? 'pending' : 'drift';
    items.push({ kind: u.kind, name: u.name, class: 'unmanaged', origin, owned: u.owned });
  }
  // Server-owned facts (the upstream's capabilities), reported for every server the manifests name.
  const live = new Map(liveOf(snapshot, 'McpServer').map((s) => [s.name, s]));
  const capabilities: CapabilityNote[] = [];
  for (const d of desired) {
    const o = d.kind === 'McpServer' ? live.get(d.name) : undefined;
    if (!o?.facts) continue;
    const spec = (d as Desired<'McpServer'>).spec;
    const stale = (what: 'tools' | 'prompts') => {
      const known = knownCapabilities(o.facts, what);
      return known
        ? spec[what].filter((x) => !known.has(x.name)).map((x) => `${what.slice(0, -1)} ${x.name}`)
        : [];
    };
    const staleOverrides = [...stale('tools'), ...stale('prompts')];
    capabilities.push({
      server: d.name,
      status: o.facts.status,
      tools: o.facts.tools.length,
      prompts: o.facts.prompts.length,
      ...(o.facts.lastSynced ? { lastSynced: o.facts.lastSynced } : {}),
      staleOverrides,
    });
  }
  return {
    format_version: DRIFT_FORMAT_VERSION,
    target: plan.target,
    drifted: items.some(isDrift),
    pending: items.some((i) => !isDrift(i)),
    items,
    others: others.sort((a, b) => `${a.kind}/${a.name}`.localeCompare(`${b.kind}/${b.name}`)),
    capabilities: capabilities.sort((a, b) => a.server.localeCompare(b.server)),
  };
}
