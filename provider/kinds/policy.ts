/**
 * AccessPolicy inputs <-> the reconciler's AccessPolicy kind: the manifest spec plus `name` (default:
 * the resource name), which servers and portals refer to. The API id is a UUID it assigns; a rename
 * is an update, so nothing replaces a policy.
 */

import type { Observed } from '../../reconciler/kinds/model.js';
import { handlerOf } from '../../reconciler/kinds/registry.js';
import type { AccessPolicy } from '../../schemas/generated/manifest.js';
import type { Props } from '../wire.js';
import { API_VERSION, type KindAdapter, type Manifest, specPart } from './adapter.js';

function toManifest(inputs: Props): Manifest {
  return {
    apiVersion: API_VERSION,
    kind: 'AccessPolicy',
    metadata: { name: inputs.name },
    spec: specPart(policyAdapter, inputs),
  };
}

function liveInputs(o: Observed<'AccessPolicy'>): Props {
  const s = o.spec;
  return {
    name: o.name,
    decision: s.decision,
    include: s.include,
    require: s.require,
    exclude: s.exclude,
    sessionDuration: s.sessionDuration,
  };
}

export const policyAdapter: KindAdapter<'AccessPolicy'> = {
  kind: 'AccessPolicy',
  token: 'mcpportal:index:AccessPolicy',
  idKey: 'name',
  required: ['decision', 'include'],
  providerKeys: {},
  secretPaths: [],
  replaceOn: handlerOf('AccessPolicy').replaceOn,
  toManifest,
  toDesired: (inputs) =>
    handlerOf('AccessPolicy').fromManifest(toManifest(inputs) as unknown as AccessPolicy, {}),
  liveInputs,
};
