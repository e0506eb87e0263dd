/**
 * The AccessPolicy kind: reusable Access policies, matched by name (the API assigns UUIDs). Every spec
 * field is manifest-owned; rules compare in one canonical form (the wire round trip), in order, since
 * order inside include/require/exclude carries no meaning but users keep it. Nothing forces replacement.
 * A `group` selector names an AccessGroup: sent as the group's id, read back as its name.
 */

import type { AccessPolicy, AccessRule } from '../../../schemas/generated/manifest.js';
import type { PolicyCreate, PolicyObject, PolicyRule } from '../../../schemas/generated/wire.js';
import { API_VERSION, replaceOnChange } from '../../../schemas/registry.js';
import type { Json } from '../../plan/diff.js';
import { policyRelated } from '../access-group/ownership.js';
import type { KindHandler, ObserveContext, PlanContext } from '../handler.js';
import type { Desired, Observed, PolicySpec } from '../model.js';
import { planNamedChange, planNamedDelete } from '../named-objects.js';
import { checkPolicy } from './check.js';
import { ruleFromWire, ruleToWire } from './rules.js';

export const DEFAULT_SESSION_DURATION = '24h';
const KIND = 'AccessPolicy';

/** Rules in their canonical manifest form (the wire round trip). */
export const canonicalRules = (rules: readonly unknown[] | undefined): AccessRule[] =>
  (rules ?? []).map((r) => ruleFromWire(ruleToWire(r as AccessRule)));

/** Wire rules in manifest form, `group` ids named through `groupName`. */
export const rulesFromWire = (rules: readonly PolicyRule[] | undefined, groupName?: (id: string) => string) =>
  (rules ?? []).map((r) => ruleFromWire(r, groupName));

/** Manifest rules in wire form, `group` names mapped through `groupId`. */
export const rulesToWire = (rules: readonly AccessRule[], groupId?: (name: string) => unknown) =>
  rules.map((r) => ruleToWire(r, groupId));

/** A group id's name in the snapshot (the id itself when no live group has it). */
export function groupNamer(ctx: Pick<ObserveContext, 'rawById'>): (id: string) => string {
  const groups = ctx.rawById('AccessGroup');
  return (id) => (groups.get(id) as { name?: string } | undefined)?.name ?? id;
}

/**
 * Maps group names to ids for a request body: the live group's id, or a `$ref` to the group created in
 * the same run (its create is added to `dependsOn`). A name that is neither is an error diagnostic.
 */
export function groupResolver(ctx: PlanContext, resource: string, dependsOn: Set<string>) {
  return (name: string): Json => {
    const id = ctx.idOf('AccessGroup', name);
    for (const dep of id.dependsOn) dependsOn.add(dep);
    if (!id.dependsOn.length && !ctx.live('AccessGroup', name))
      ctx.diagnostics.push({
        severity: 'error',
        code: 'plan/unresolved-group',
        message: `${resource}: the group ${JSON.stringify(name)} is neither an AccessGroup manifest nor a live Access group`,
      });
    return id.value;
  };
}

export function policySpecFromApi(p: PolicyObject, groupName?: (id: string) => string): PolicySpec {
  return {
    decision: p.decision,
    include: rulesFromWire(p.include, groupName) as PolicySpec['include'],
    require: rulesFromWire(p.require, groupName),
    exclude: rulesFromWire(p.exclude, groupName),
    sessionDuration: p.session_duration ?? DEFAULT_SESSION_DURATION,
  };
}

/** The create and the (full) update body; `groupId` maps group names to ids (see `groupResolver`). */
export function policyBody(
  name: string,
  spec: PolicySpec,
  groupId?: (name: string) => unknown,
): PolicyCreate {
  return {
    name,
    decision: spec.decision,
    include: rulesToWire(spec.include, groupId) as PolicyCreate['include'],
    require: rulesToWire(spec.require, groupId),
    exclude: rulesToWire(spec.exclude, groupId),
    session_duration: spec.sessionDuration,
  };
}

export const policyHandler: KindHandler<'AccessPolicy'> = {
  kind: KIND,
  schema: 'access-policy.schema.json',
  order: 0,
  replaceOn: replaceOnChange(KIND).map((p) => `spec.${p}`),
  keyed: {},
  observeWith: ['AccessGroup'],
  ownStatus: false,
  importFile: 'policies.yaml',

  fromManifest(m: AccessPolicy): Desired<'AccessPolicy'> {
    return {
      kind: KIND,
      name: m.metadata.name,
      spec: {
        decision: m.spec.decision,
        include: canonicalRules(m.spec.include) as PolicySpec['include'],
        require: canonicalRules(m.spec.require),
        exclude: canonicalRules(m.spec.exclude),
        sessionDuration: m.spec.sessionDuration ?? DEFAULT_SESSION_DURATION,
      },
    };
  },

  toManifest(o) {
    const s = o.spec;
    return {
      apiVersion: API_VERSION,
      kind: KIND,
      metadata: { name: o.name },
      spec: {
        decision: s.decision,
        include: s.include,
        ...(s.require.length ? { require: s.require } : {}),
        ...(s.exclude.length ? { exclude: s.exclude } : {}),
        ...(s.sessionDuration !== DEFAULT_SESSION_DURATION ? { sessionDuration: s.sessionDuration } : {}),
      },
    };
  },

  list: (api) => api.listPolicies(),
  get: async (api, id) => (await api.listPolicies()).find((p) => p.id === id || p.name === id),
  nameOf: (raw) => (raw as PolicyObject).name,

  fromApi(raw, ctx): Observed<'AccessPolicy'> {
    const p = raw as PolicyObject;
    return {
      kind: KIND,
      name: p.name,
      id: p.id,
      spec: policySpecFromApi(p, groupNamer(ctx)),
      owned: ctx.apps.policyOwned(p.id),
      ...(policyRelated(p, ctx) ? {} : { unrelated: true as const }),
    };
  },

  planChange: (d, o, ctx) =>
    planNamedChange({ create: 'policy.create', update: 'policy.update' }, d, o, ctx, (groupId) =>
      policyBody(d.name, d.spec, groupId),
    ),
  planDelete: (o, ctx) =>
    planNamedDelete('policy.delete', o, ctx, 'not in the manifests, and owned by this tool'),

  status: (o) => ({ kind: KIND, name: o.name, phase: 'Ready', reason: 'Ready', message: o.spec.decision }),
  semanticCheck: (doc, ctx, out) => checkPolicy(doc, ctx, out),
};
