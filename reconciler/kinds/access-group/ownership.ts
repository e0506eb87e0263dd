/**
 * Which live Access groups this tool provably manages, and which MCP access involves at all. Cloudflare
 * groups carry no tags, so ownership is inherited from the policies: a group is owned when at least one
 * owned policy selects it and nothing this tool does not own (another policy, or another group) does. A
 * group is related when a related policy or a manifest's group selects it, directly or through groups.
 * Both are built once per snapshot.
 */
import type { PolicyRule } from '../../../schemas/generated/wire.js';
import { groupsOf } from '../access-policy/rules.js';
import type { ObserveContext } from '../handler.js';
import type { Desired, PolicySpec } from '../model.js';

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

/** Whether MCP access depends on a live policy: an MCP server's or portal's app links it, or a manifest names it. */
export const policyRelated = (p: { id: string; name: string }, ctx: ObserveContext): boolean =>
  ctx.apps.policyLinked(p.id) || ctx.desired('AccessPolicy', p.name) !== undefined;

const related = new WeakMap<ReadonlyMap<string, unknown>, ReadonlySet<string>>();

/**
 * Ids of the groups MCP access involves: those related policies select, the groups the manifests name,
 * and, through the groups read, whatever those select in turn. With no groups read yet: the ids related
 * policies select (what `readWhen` asks).
 */
export function relatedGroupIds(ctx: ObserveContext): ReadonlySet<string> {
  const groups = ctx.rawById('AccessGroup');
  const known = related.get(groups);
  if (known) return known;
  const found = new Set<string>();
  const queue: string[] = [];
  const add = (id: string) => {
    if (found.has(id)) return;
    found.add(id);
    queue.push(id);
  };
  for (const raw of ctx.rawById('AccessPolicy').values()) {
    const p = raw as RuleHolder & { id: string; name: string };
    if (policyRelated(p, ctx)) for (const id of groupIdsOf(p)) add(id);
  }
  for (const [id, g] of groups) if (ctx.desired('AccessGroup', (g as { name: string }).name)) add(id);
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    const g = groups.get(id) as RuleHolder | undefined;
    if (g) for (const selected of groupIdsOf(g)) add(selected);
  }
  related.set(groups, found);
  return found;
}

const rulesOf = (spec: PolicySpec) => [...spec.include, ...spec.require, ...spec.exclude];

/** Whether a desired object names or selects a group: groups must then be read before planning. */
export const desiresGroups = (desired: readonly Desired[]): boolean =>
  desired.some(
    (d) =>
      d.kind === 'AccessGroup' ||
      (d.kind === 'AccessPolicy' && groupsOf(rulesOf((d as Desired<'AccessPolicy'>).spec)).length > 0),
  );
