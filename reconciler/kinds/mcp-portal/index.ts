/**
 * The McpPortal kind. Its mappings are planned against the servers in the same snapshot: an `enabled`
 * the API merged from the server's override is compared only where the manifest sets it, and overrides of
 * capabilities the server's last sync did not find are not compared (the portal drops them). A portal
 * that maps a server being replaced sends its whole mapping set again once the server is back.
 */
import type { PortalObject, ServerObject } from '../../../schemas/generated/wire.js';
import { replaceOnChange } from '../../../schemas/registry.js';
import type { ResourceStatus } from '../../status-types.js';
import { appRef } from '../apps.js';
import type { KindHandler, StatusContext } from '../handler.js';
import type { Observed } from '../model.js';
import { checkPortal } from './check.js';
import { ownPortalDnsRecords } from './dns.js';
import { contextCost, exposure, portalConsequences } from './exposure.js';
import { portalManifest } from './manifest.js';
import { KEYED, planPortalCreate, planPortalDelete, planPortalUpdate } from './plan.js';

import { ownSpec, portalFromApi, portalFromManifest } from './spec.js';

const KIND = 'McpPortal';

function portalStatus(o: Observed<'McpPortal'>, ctx: StatusContext): ResourceStatus {
  const mapped = o.spec.servers.map(
    (s) => ctx.statusOf('McpServer', s.server) ?? { name: s.server, phase: 'Waiting' as const },
  );
  const names = (phase: string) =>
    mapped
      .filter((s) => s.phase === phase)
      .map((s) => s.name)
      .sort();
  const inError = names('Error');
  const waiting = names('Waiting');
  // Counts of what the portal exposes (after overrides and allowlists), not of what its servers offer.
  const exposed = exposure(ownSpec(o), (id) => {
    const s = ctx.live('McpServer', id);
    return s
      ? { tools: s.spec.tools, prompts: s.spec.prompts, ...(s.facts ? { facts: s.facts } : {}) }
      : undefined;
  });
  const base = {
    kind: KIND,
    name: o.name,
    tools: exposed.tools.length,
    prompts: exposed.prompts.length,
    ...(ctx.countTokens ? { context: contextCost(exposed, ctx.countTokens) } : {}),
  } as const;
  if (!o.app)
    return {
      ...base,
      phase: 'Error',
      reason: 'AccessAppMissing',
      message: 'no Access application guards this portal',
    };
  if (inError.length)
    return {
      ...base,
      phase: 'Error',
      reason: 'ServerError',
      message: `servers in error: ${inError.join(', ')}`,
    };
  if (waiting.length)
    return {
      ...base,
      phase: 'Waiting',
      reason: 'ServersWaiting',
      message: `waiting for: ${waiting.join(', ')}`,
    };
  const ready = mapped.length - inError.length - waiting.length;
  return { ...base, phase: 'Ready', reason: 'Ready', message: `${ready} of ${mapped.length} servers ready` };
}

export const portalHandler: KindHandler<'McpPortal'> = {
  kind: KIND,
  schema: 'mcp-portal.schema.json',
  order: 2,
  replaceOn: replaceOnChange(KIND).map((p) => `spec.${p}`),
  keyed: KEYED,
  observeWith: ['McpServer'],
  ownStatus: false,
  importFile: 'portals.yaml',
  fromManifest: portalFromManifest,
  toManifest: portalManifest,
  list: (api) => api.listPortals(),
  get: (api, id) => api.getPortal(id),
  nameOf: (raw) => (raw as PortalObject).id,

  fromApi(raw, ctx): Observed<'McpPortal'> {
    const p = raw as PortalObject;
    const servers = ctx.rawById('McpServer') as ReadonlyMap<string, ServerObject>;
    const a = ctx.apps.forPortal(p.hostname);
    const { spec, echoes } = portalFromApi(p, ctx.apps.policyNamesOf(a), servers);
    return {
      kind: KIND,
      name: p.id,
      id: p.id,
      spec,
      owned: ctx.apps.owned(a),
      ...appRef(a),
      ...(echoes.length ? { echoes } : {}),
    };
  },

  // The zone holding the hostname: observe lists its CNAMEs once, whatever number of portals it holds.
  dnsZones: (d) => (d.spec.dns ? [d.spec.dns.zoneId] : []),
  ownDnsRecords: ownPortalDnsRecords,
  planChange: (d, o, ctx) => (o ? planPortalUpdate(d, o, ctx) : planPortalCreate(d, ctx)),
  planDelete: planPortalDelete,
  status: portalStatus,
  semanticCheck: checkPortal,
  consequences: portalConsequences,
};
