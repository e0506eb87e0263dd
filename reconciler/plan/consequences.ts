/**
 * The consequences of a plan for each portal: the tools and prompts it will expose once applied,
 * computed from the last capability sync with overrides applied (portal over server over upstream,
 * the `defaultDisabled` allowlist), compared with what it exposes now.
 */
import type {
  Desired,
  Observed,
  Override,
  PortalServerSpec,
  PortalSpec,
  ServerSpec,
} from '../kinds/model.js';
import type { ExposedCapability, PortalConsequence } from './types.js';

export const MAX_EXPOSED_NAME = 64;

function expose(
  serverId: string,
  upstream: readonly { name: string }[],
  serverOverrides: readonly Override[],
  mapping: PortalServerSpec,
  what: 'tools' | 'prompts',
): ExposedCapability[] {
  const server = new Map(serverOverrides.map((o) => [o.name, o]));
  const portal = new Map(mapping[what].map((o) => [o.name, o]));
  const out: ExposedCapability[] = [];
  for (const cap of upstream) {
    const p = portal.get(cap.name);
    const s = server.get(cap.name);
    const enabled = p?.enabled ?? (mapping.defaultDisabled ? false : (s?.enabled ?? true));
    if (!enabled) continue;
    const exposed = p?.alias ?? s?.alias ?? cap.name;
    out.push({ name: `${serverId}_${exposed}`, server: serverId, upstream: cap.name });
  }
  return out;
}

export type ServerView = { spec: ServerSpec; facts?: Observed<'McpServer'>['facts'] };

/** What a portal exposes of one kind, given its servers' specs and last syncs; unsynced servers go to `unknown`. */
export function exposure(
  portal: PortalSpec,
  servers: ReadonlyMap<string, ServerView>,
  what: 'tools' | 'prompts',
  unknown: Set<string>,
): ExposedCapability[] {
  const out: ExposedCapability[] = [];
  for (const mapping of portal.servers) {
    const s = servers.get(mapping.server);
    if (!s?.facts || s.facts.status === 'waiting' || !s.facts.lastSuccessfulSync) {
      unknown.add(mapping.server);
      continue;
    }
    out.push(...expose(mapping.server, s.facts[what], s.spec[what], mapping, what));
  }
  return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

export function consequences(
  desired: readonly Desired[],
  observedServers: readonly Observed<'McpServer'>[],
  observedPortals: readonly Observed<'McpPortal'>[],
  replaced: ReadonlySet<string>,
): PortalConsequence[] {
  const live = new Map<string, ServerView>(
    observedServers.map((o) => [o.name, { spec: o.spec, facts: o.facts }]),
  );
  // After apply, servers carry their desired overrides; a replaced server has synced nothing yet.
  const after = new Map<string, ServerView>(live);
  for (const d of desired) {
    if (d.kind !== 'McpServer') continue;
    const facts = replaced.has(d.name) ? undefined : live.get(d.name)?.facts;
    after.set(d.name, { spec: d.spec as ServerSpec, ...(facts ? { facts } : {}) });
  }
  const livePortals = new Map(observedPortals.map((p) => [p.name, p.spec]));
  return desired
    .filter((d): d is Desired<'McpPortal'> => d.kind === 'McpPortal')
    .map((d) => {
      const unknown = new Set<string>();
      const tools = exposure(d.spec, after, 'tools', unknown);
      const prompts = exposure(d.spec, after, 'prompts', unknown);
      const before = livePortals.get(d.name);
      const nowTools = new Set(before ? exposure(before, live, 'tools', new Set()).map((t) => t.name) : []);
      const nextTools = new Set(tools.map((t) => t.name));
      return {
        portal: d.name,
        tools,
        prompts,
        addedTools: [...nextTools].filter((t) => !nowTools.has(t)),
        removedTools: [...nowTools].filter((t) => !nextTools.has(t)),
        unknownServers: [...unknown].sort(),
        longNames: [...tools, ...prompts].map((t) => t.name).filter((n) => n.length > MAX_EXPOSED_NAME),
      };
    });
}
