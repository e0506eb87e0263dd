/**
 * Drift: how the live state differs from the manifests, classified the way a reviewer triages it:
 * `changed` (an out-of-band edit, field by field), `missing` (deleted out of band), `unmanaged`
 * (exists live, not in the manifests). Upstream capability changes are reported apart: they are the
 * upstream's business, not drift.
 */
import type { Desired } from './kinds/model.js';
import { knownCapabilities } from './kinds/overrides.js';
import { liveOf, type Snapshot } from './observe.js';
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
    drifted: items.length > 0,
    items,
    capabilities: capabilities.sort((a, b) => a.server.localeCompare(b.server)),
  };
}
