/**
 * AccessGroup inputs <-> the reconciler's AccessGroup kind: the manifest spec plus `name` (default: the
 * resource name), which policies select with `{ group: <name> }`. The API id is a UUID it assigns; a
 * rename is an update, so nothing replaces a group.
 */

import type { Observed } from '../../reconciler/kinds/model.js';
import { handlerOf } from '../../reconciler/kinds/registry.js';
import type { AccessGroup } from '../../schemas/generated/manifest.js';
import type { Props } from '../wire.js';
import { API_VERSION, type KindAdapter, type Manifest, specPart } from './adapter.js';

function toManifest(inputs: Props): Manifest {
  return {
    apiVersion: API_VERSION,
    kind: 'AccessGroup',
    metadata: { name: inputs.name },
    spec: specPart(groupAdapter, inputs),
  };
}

function liveInputs(o: Observed<'AccessGroup'>): Props {
  const s = o.spec;
  return { name: o.name, include: s.include, require: s.require, exclude: s.exclude, isDefault: s.isDefault };
}

export const groupAdapter: KindAdapter<'AccessGroup'> = {
  kind: 'AccessGroup',
  token: 'mcpportal:index:AccessGroup',
  idKey: 'name',
  required: ['include'],
  providerKeys: {},
  secretPaths: [],
  replaceOn: handlerOf('AccessGroup').replaceOn,
  toManifest,
  toDesired: (inputs) =>
    handlerOf('AccessGroup').fromManifest(toManifest(inputs) as unknown as AccessGroup, {}),
  liveInputs,
};
