/**
 * McpPortal inputs <-> the reconciler's McpPortal kind: the manifest spec plus `portalId` (default: the
 * resource name). Nothing in a portal is secret; a `portalId` change replaces it. `dns` (the zone whose
 * record of the hostname create and update manage) is read back from the known inputs.
 */

import { ownSpec, resolvedSpec } from '../../reconciler/kinds/mcp-portal/spec.js';
import type { Observed, PortalServerSpec } from '../../reconciler/kinds/model.js';
import { knownCapabilities, withUncompared } from '../../reconciler/kinds/overrides.js';
import { handlerOf } from '../../reconciler/kinds/registry.js';
import type { McpPortal } from '../../schemas/generated/manifest.js';
import type { Props } from '../wire.js';
import { API_VERSION, type KindAdapter, type LiveLookup, type Manifest, specPart } from './adapter.js';

function toManifest(inputs: Props): Manifest {
  return {
    apiVersion: API_VERSION,
    kind: 'McpPortal',
    metadata: { name: inputs.portalId },
    spec: specPart(portalAdapter, inputs),
  };
}

/** The known inputs' mappings in spec form (only what `enabledPaths` reads), defensively. */
const inputServers = (known: Props): PortalServerSpec[] =>
  (Array.isArray(known.servers) ? (known.servers as Props[]) : []).map((m) => ({
    server: String(m?.server),
    requireUserAuth: true,
    defaultDisabled: false,
    tools: Array.isArray(m?.tools) ? (m.tools as PortalServerSpec['tools']) : [],
    prompts: Array.isArray(m?.prompts) ? (m.prompts as PortalServerSpec['prompts']) : [],
  }));

function liveInputs(o: Observed<'McpPortal'>, known: Props | undefined, live?: LiveLookup): Props {
  // An `enabled` that only echoes the server's override is not the portal's own (see mcp-portal/spec.ts).
  // As plan reads it: an ambiguous `enabled` is the portal's where the known inputs set it.
  const s = known ? resolvedSpec(o, { servers: inputServers(known) }) : ownSpec(o);
  return {
    portalId: o.name,
    displayName: s.displayName,
    hostname: s.hostname,
    // The zone is no portal field: the API cannot say it, so the known inputs' stands (its record is
    // compared on update, in the reconciler's plan).
    ...(known?.dns && typeof known.dns === 'object' ? { dns: known.dns } : {}),
    ...(s.description ? { description: s.description } : {}),
    codeMode: s.codeMode,
    secureWebGateway: s.secureWebGateway,
    policies: s.policies,
    servers: s.servers.map((m) => {
      const facts = live?.('McpServer', m.server)?.facts;
      const before = Array.isArray(known?.servers)
        ? (known.servers as Props[]).find((k) => k?.server === m.server)
        : undefined;
      return {
        ...m,
        tools: withUncompared(m.tools, before?.tools, knownCapabilities(facts, 'tools')),
        prompts: withUncompared(m.prompts, before?.prompts, knownCapabilities(facts, 'prompts')),
      };
    }),
  };
}

export const portalAdapter: KindAdapter<'McpPortal'> = {
  kind: 'McpPortal',
  token: 'mcpportal:index:McpPortal',
  idKey: 'portalId',
  required: ['hostname'],
  providerKeys: {},
  secretPaths: [],
  replaceOn: handlerOf('McpPortal').replaceOn,
  toManifest,
  toDesired: (inputs) => handlerOf('McpPortal').fromManifest(toManifest(inputs) as unknown as McpPortal, {}),
  liveInputs,
};
