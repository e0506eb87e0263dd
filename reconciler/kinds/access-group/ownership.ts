/**
 * Which live Access groups this tool provably manages. Cloudflare groups carry no tags, so ownership is
 * inherited from the policies: a group is owned when at least one owned policy selects it and nothing
 * this tool does not own (another policy, or another group) does. Built once per snapshot.
 */
import type { PolicyRule } from '../../../schemas/generated/wire.js';
import type { ObserveContext } from '../handler.js';

interface Refs {
  owned: number;
  other: number;
}
type RuleHolder = { id?: string; include?: PolicyRule[]; require?: PolicyRule[]; exclude?: PolicyRule[] };

/** The group ids a policy's or group's rules select. */
export function groupIdsOf(x: RuleHolder): string[] {
  const ids: string[] = [];
  for (const rule of [...(x.include ?? []), ...(x.require ?? []), ...(x.exclude ?? [])]) {
    const id = (rule as { group?: { id?: unknown } }).group?.id;
    if (typeof id === 'string') ids.push(id);
  }
  return ids;
}

// Keyed by the snapshot's raw policy index, which the observe context builds once per snapshot.
const cache = new WeakMap<ReadonlyMap<string, unknown>, Map<string, Refs>>();

function references(ctx: ObserveContext): Map<string, Refs> {
  const policies = ctx.rawById('AccessPolicy');
  let refs = cache.get(policies);
  if (refs) return refs;
  refs = new Map();
  const count = (id: string, owned: boolean) => {
    const r = refs?.get(id) ?? { owned: 0, other: 0 };
    if (owned) r.owned++;
    else r.other++;
    refs?.set(id, r);
  };
  for (const p of policies.values()) {
    const policy = p as RuleHolder;
    const owned = typeof policy.id === 'string' && ctx.apps.policyOwned(policy.id);
    for (const id of new Set(groupIdsOf(policy))) count(id, owned);
  }
  for (const g of ctx.rawById('AccessGroup').values())
    for (const id of new Set(groupIdsOf(g as RuleHolder))) if (id !== (g as RuleHolder).id) count(id, false);
  cache.set(policies, refs);
  return refs;
}

/** Whether the group with this id is selected by an owned policy and by nothing this tool does not own. */
export function groupOwned(id: string, ctx: ObserveContext): boolean {
  const r = references(ctx).get(id);
  return r !== undefined && r.owned > 0 && r.other === 0;
}
