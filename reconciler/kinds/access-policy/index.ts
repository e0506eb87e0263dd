/**
 * The AccessPolicy kind: reusable Access policies, matched by name (the API assigns UUIDs). Every spec
 * field is manifest-owned; rules compare in one canonical form (the wire round trip), in order, since
 * order inside include/require/exclude carries no meaning but users keep it. Nothing forces replacement.
 */

import type { AccessPolicy } from '../../../schemas/generated/manifest.js';
import type { PolicyCreate, PolicyObject, PolicyRule } from '../../../schemas/generated/wire.js';
import { API_VERSION, replaceOnChange } from '../../../schemas/registry.js';
import { diff, type Json } from '../../plan/diff.js';
import type { ResourceChange } from '../../plan/types.js';
import type { KindHandler } from '../handler.js';
import type { Desired, Observed, PolicySpec } from '../model.js';
import { checkPolicy } from './check.js';
import { ruleFromWire, ruleToWire } from './rules.js';

export const DEFAULT_SESSION_DURATION = '24h';
const KIND = 'AccessPolicy';

const canonical = (rules: readonly unknown[] | undefined): PolicySpec['include'] =>
  (rules ?? []).map((r) => ruleFromWire(ruleToWire(r as never))) as PolicySpec['include'];

export function policySpecFromApi(p: PolicyObject): PolicySpec {
  const rules = (list: PolicyRule[] | undefined) => (list ?? []).map((r) => ruleFromWire(r));
  return {
    decision: p.decision,
    include: rules(p.include) as PolicySpec['include'],
    require: rules(p.require),
    exclude: rules(p.exclude),
    sessionDuration: p.session_duration ?? DEFAULT_SESSION_DURATION,
  };
}

/** The create and the (full) update body. */
export function policyBody(name: string, spec: PolicySpec): PolicyCreate {
  const rules = (list: readonly unknown[]) => list.map((r) => ruleToWire(r as never));
  return {
    name,
    decision: spec.decision,
    include: rules(spec.include) as PolicyCreate['include'],
    require: rules(spec.require),
    exclude: rules(spec.exclude),
    session_duration: spec.sessionDuration,
  };
}

export const policyHandler: KindHandler<'AccessPolicy'> = {
  kind: KIND,
  schema: 'access-policy.schema.json',
  order: 0,
  replaceOn: replaceOnChange(KIND).map((p) => `spec.${p}`),
  keyed: {},
  observeWith: [],
  ownStatus: false,
  importFile: 'policies.yaml',

  fromManifest(m: AccessPolicy): Desired<'AccessPolicy'> {
    return {
      kind: KIND,
      name: m.metadata.name,
      spec: {
        decision: m.spec.decision,
        include: canonical(m.spec.include),
        require: canonical(m.spec.require),
        exclude: canonical(m.spec.exclude),
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
      spec: policySpecFromApi(p),
      owned: ctx.apps.policyOwned(p.id),
    };
  },

  planChange(d, o, ctx): ResourceChange {
    const resource = `${KIND}/${d.name}`;
    const body = policyBody(d.name, d.spec) as unknown as Json;
    if (!o) {
      ctx.add({ op: 'policy.create', resource, args: { body }, produces: resource });
      return {
        kind: KIND,
        name: d.name,
        action: 'create',
        reason: 'not in the live state',
        changes: [],
        desired: d.spec,
      };
    }
    const changes = diff(o.spec as unknown as Json, d.spec as unknown as Json, 'spec', {});
    // Matched by name, except by callers that follow the id (Pulumi): then a new name is a rename.
    if (o.name !== d.name) changes.unshift({ path: 'metadata.name', before: o.name, after: d.name });
    if (changes.length) ctx.add({ op: 'policy.update', resource, target: o.id, args: { id: o.id, body } });
    return {
      kind: KIND,
      name: d.name,
      action: changes.length ? 'update' : 'noop',
      changes,
      id: o.id,
      ...(changes.length ? { desired: d.spec } : {}),
    };
  },

  planDelete(o, ctx): ResourceChange {
    ctx.add({ op: 'policy.delete', resource: `${KIND}/${o.name}`, target: o.id, args: { id: o.id } });
    return {
      kind: KIND,
      name: o.name,
      action: 'delete',
      reason: 'not in the manifests, and owned by this tool',
      changes: [],
      id: o.id,
    };
  },

  status: (o) => ({ kind: KIND, name: o.name, phase: 'Ready', reason: 'Ready', message: o.spec.decision }),
  semanticCheck: (doc, _ctx, out) => checkPolicy(doc, out),
};
