/**
 * What a portal exposes, computed from stored records (pure): for each mapped server, its tools and prompts
 * named `{server_id}_{name}`, with aliases, descriptions and enabled flags resolved portal over server over
 * upstream, and the mapping's `default_disabled` allowlist. Only `ready` servers contribute. Two
 * capabilities of one server that end up with the same name keep the first by original name; the other is
 * hidden with a reason, as is anything shadowing a built-in tool.
 */
import type { ServerCapability, ServerCapabilityOverride } from '../../schemas/generated/wire.js';
import type { MappingRecord, PortalRecord, ServerRecord } from '../store/repository.js';

export type CapabilityKind = 'tool' | 'prompt';

/** One tool or prompt as the portal exposes it. */
export interface ExposedCapability {
  kind: CapabilityKind;
  /** `{server_id}_{alias or name}`. */
  name: string;
  serverId: string;
  /** The name at the upstream, used when forwarding. */
  original: string;
  /** The upstream definition with `name` and `description` replaced. */
  definition: ServerCapability;
}

export interface HiddenCapability {
  kind: CapabilityKind;
  original: string;
  reason: string;
}

export interface ServerView {
  server: ServerRecord;
  mapping: MappingRecord;
  tools: ExposedCapability[];
  prompts: ExposedCapability[];
  /** Enabled capabilities that could not be exposed (name collisions). */
  hidden: HiddenCapability[];
}

export interface PortalCatalog {
  portal: PortalRecord;
  /** Every mapped server that exists, sorted by id (ready or not). */
  servers: ServerView[];
  tools: ReadonlyMap<string, ExposedCapability>;
  prompts: ReadonlyMap<string, ExposedCapability>;
}

/** `{server_id}_{name}`; server ids never contain `_`, so the first `_` splits it back. */
export function exposedName(serverId: string, name: string): string {
  return `${serverId}_${name}`;
}

/** The server id and name of an exposed name, split on the first underscore. */
export function splitExposedName(exposed: string): { serverId: string; name: string } | undefined {
  const i = exposed.indexOf('_');
  if (i <= 0 || i === exposed.length - 1) return undefined;
  return { serverId: exposed.slice(0, i), name: exposed.slice(i + 1) };
}

const byName = (list: readonly ServerCapabilityOverride[]) => new Map(list.map((o) => [o.name, o]));

function exposeAll(
  kind: CapabilityKind,
  upstream: readonly ServerCapability[],
  portalOverrides: readonly ServerCapabilityOverride[],
  serverOverrides: readonly ServerCapabilityOverride[],
  mapping: MappingRecord,
  serverId: string,
  reserved: ReadonlySet<string>,
): { exposed: ExposedCapability[]; hidden: HiddenCapability[] } {
  const portal = byName(portalOverrides);
  const server = byName(serverOverrides);
  const candidates: ExposedCapability[] = [];
  for (const def of upstream) {
    const p = portal.get(def.name);
    const s = server.get(def.name);
    const enabled = p?.enabled ?? (mapping.default_disabled ? false : (s?.enabled ?? true));
    if (!enabled) continue;
    const alias = p?.alias ?? s?.alias ?? def.name;
    const description = p?.description ?? s?.description ?? def.description;
    const name = exposedName(serverId, alias);
    const definition: ServerCapability = { ...def, name };
    if (description === undefined) delete definition.description;
    else definition.description = description;
    candidates.push({ kind, name, serverId, original: def.name, definition });
  }
  candidates.sort((a, b) => (a.original < b.original ? -1 : a.original > b.original ? 1 : 0));
  const taken = new Map<string, string>();
  const exposed: ExposedCapability[] = [];
  const hidden: HiddenCapability[] = [];
  for (const c of candidates) {
    const other = taken.get(c.name);
    if (reserved.has(c.name)) {
      hidden.push({
        kind,
        original: c.original,
        reason: `"${c.name}" is the name of a built-in portal tool`,
      });
    } else if (other !== undefined) {
      hidden.push({
        kind,
        original: c.original,
        reason: `"${c.name}" is already the name of ${kind} "${other}"`,
      });
    } else {
      taken.set(c.name, c.original);
      exposed.push(c);
    }
  }
  return { exposed, hidden };
}

/** Builds the catalog of `portal`; `reservedTools` are the built-in tool names. */
export function buildCatalog(
  portal: PortalRecord,
  servers: ReadonlyMap<string, ServerRecord>,
  reservedTools: ReadonlySet<string>,
): PortalCatalog {
  const views: ServerView[] = [];
  const tools = new Map<string, ExposedCapability>();
  const prompts = new Map<string, ExposedCapability>();
  for (const mapping of portal.servers) {
    const server = servers.get(mapping.server_id);
    if (!server) continue;
    const ready = server.status === 'ready';
    const t = exposeAll(
      'tool',
      ready ? server.tools : [],
      mapping.updated_tools,
      server.updated_tools,
      mapping,
      server.id,
      reservedTools,
    );
    const p = exposeAll(
      'prompt',
      ready ? server.prompts : [],
      mapping.updated_prompts,
      server.updated_prompts,
      mapping,
      server.id,
      new Set(),
    );
    for (const c of t.exposed) tools.set(c.name, c);
    for (const c of p.exposed) prompts.set(c.name, c);
    views.push({ server, mapping, tools: t.exposed, prompts: p.exposed, hidden: [...t.hidden, ...p.hidden] });
  }
  views.sort((a, b) => (a.server.id < b.server.id ? -1 : a.server.id > b.server.id ? 1 : 0));
  return { portal, servers: views, tools, prompts };
}
