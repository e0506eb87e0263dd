/**
 * Drift: how the live state differs from the manifests, classified the way a reviewer triages it:
 * `changed` (an out-of-band edit, field by field), `missing` (deleted out of band), `unmanaged`
 * (exists live, not in the manifests). Upstream capability changes are reported apart: they are the
 * upstream's business, not drift.
 */
import type { Desired, ServerSpec } from './kinds/model.js';
import type { Snapshot } from './observe.js';
import type { FieldChange } from './plan/diff.js';
import type { Plan } from './plan/types.js';

export const DRIFT_FORMAT_VERSION = '1.0';

export interface DriftItem {
  kind: string;
  name: string;
  class: 'changed' | 'missing' | 'unmanaged';
  changes?: FieldChange[];
  /** Unmanaged objects: provably this tool's (they would be pruned). */
  owned?: boolean;
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
  drifted: boolean;
  items: DriftItem[];
  capabilities: CapabilityNote[];
}

export function driftReport(plan: Plan, snapshot: Snapshot, desired: readonly Desired[]): DriftReport {
  const items: DriftItem[] = [];
  for (const r of plan.resources) {
    if (r.action === 'create') items.push({ kind: r.kind, name: r.name, class: 'missing' });
    else if (r.action === 'update' || r.action === 'replace')
      items.push({ kind: r.kind, name: r.name, class: 'changed', changes: r.changes });
  }
  for (const u of plan.unmanaged)
    items.push({ kind: u.kind, name: u.name, class: 'unmanaged', owned: u.owned });
  const live = new Map(snapshot.servers.map((s) => [s.name, s]));
  const capabilities: CapabilityNote[] = [];
  for (const d of desired) {
    if (d.kind !== 'McpServer') continue;
    const o = live.get(d.name);
    if (!o?.facts) continue;
    const spec = d.spec as ServerSpec;
    const known = {
      tools: new Set(o.facts.tools.map((t) => t.name)),
      prompts: new Set(o.facts.prompts.map((p) => p.name)),
    };
    const synced = Boolean(o.facts.lastSuccessfulSync);
    const staleOverrides = synced
      ? [
          ...spec.tools.filter((t) => !known.tools.has(t.name)).map((t) => `tool ${t.name}`),
          ...spec.prompts.filter((p) => !known.prompts.has(p.name)).map((p) => `prompt ${p.name}`),
        ]
      : [];
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
    drifted: items.length > 0,
    items,
    capabilities: capabilities.sort((a, b) => a.server.localeCompare(b.server)),
  };
}
