/**
 * McpPortal inputs <-> the reconciler's McpPortal kind: the manifest spec plus `portalId` (default: the
 * resource name). Nothing in a portal is secret; a `portalId` change replaces it.
 */

import type { Observed } from '../../reconciler/kinds/model.js';
import { portalFromManifest } from '../../reconciler/kinds/portal.js';
import type { McpPortal } from '../../schemas/generated/manifest.js';
import type { Props } from '../wire.js';
import { API_VERSION, type KindAdapter, type Manifest, specPart } from './adapter.js';

function toManifest(inputs: Props): Manifest {
  return {
    apiVersion: API_VERSION,
    kind: 'McpPortal',
    metadata: { name: inputs.portalId },
    spec: specPart(portalAdapter, inputs),
  };
}

function liveInputs(o: Observed<'McpPortal'>): Props {
  const s = o.spec;
  return {
    portalId: o.name,
    displayName: s.displayName,
    hostname: s.hostname,
    ...(s.description !== null ? { description: s.description } : {}),
    codeMode: s.codeMode,
    secureWebGateway: s.secureWebGateway,
    policies: s.policies,
    servers: s.servers,
  };
}

export const portalAdapter: KindAdapter<'McpPortal'> = {
  kind: 'McpPortal',
  token: 'mcpportal:index:McpPortal',
  idKey: 'portalId',
  required: ['hostname'],
  providerKeys: {},
  secretPaths: [],
  replaceOn: [],
  toManifest,
  toDesired: (inputs) => portalFromManifest(toManifest(inputs) as unknown as McpPortal),
  liveInputs,
};
