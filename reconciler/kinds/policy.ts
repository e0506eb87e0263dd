/**
 * The AccessPolicy kind: manifest <-> spec <-> API body. Policies are matched by name (the API's ids
 * are UUIDs it assigns); every field is user-owned; nothing forces replacement.
 */
import type { AccessPolicy } from '../../schemas/generated/manifest.js';
import type { PolicyCreate, PolicyObject, PolicyRule } from '../../schemas/generated/wire.js';
import type { Json } from '../plan/diff.js';
import type { Desired, PolicySpec } from './model.js';
import { ruleFromWire, ruleToWire } from './rules.js';

export const DEFAULT_SESSION_DURATION = '24h';

export function policyFromManifest(m: AccessPolicy): Desired<'AccessPolicy'> {
  return {
    kind: 'AccessPolicy',
    name: m.metadata.name,
    spec: {
      decision: m.spec.decision,
      include: m.spec.include as unknown as Json[],
      require: (m.spec.require ?? []) as unknown as Json[],
      exclude: (m.spec.exclude ?? []) as unknown as Json[],
      sessionDuration: m.spec.sessionDuration ?? DEFAULT_SESSION_DURATION,
    },
  };
}

export function policySpecFromApi(p: PolicyObject): PolicySpec {
  const rules = (list: PolicyRule[] | undefined) => (list ?? []).map((r) => ruleFromWire(r) as Json);
  return {
    decision: p.decision,
    include: rules(p.include),
    require: rules(p.require),
    exclude: rules(p.exclude),
    sessionDuration: p.session_duration ?? DEFAULT_SESSION_DURATION,
  };
}

/** The create and the (full) update body. */
export function policyBody(name: string, spec: PolicySpec): PolicyCreate {
  const rules = (list: Json[]) => list.map((r) => ruleToWire(r as never));
  return {
    name,
    decision: spec.decision,
    include: rules(spec.include) as PolicyCreate['include'],
    require: rules(spec.require),
    exclude: rules(spec.exclude),
    session_duration: spec.sessionDuration,
  };
}
