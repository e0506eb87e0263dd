/**
 * McpPortal manifest <-> spec <-> API object. Ownership: the manifest owns the display name, hostname
 * (compared lower-case), description, code mode, secureWebGateway, policies and the server mappings (a set
 * keyed by server id; sending `servers` replaces the whole set). In a mapping's response overrides,
 * `portal_alias`/`portal_description` are the portal's own and `server_*` echo the server; `enabled` is one
 * merged value for both levels. Where it equals the server's own override, it may be an echo: `echoes`
 * records those paths. With a manifest, `resolvedSpec` keeps an echo only where the manifest sets it;
 * without one (import, status, rewriting a mapping set, Pulumi Read), `ownSpec` keeps the likelier reading.
 * Optional API fields the response omits read as their documented defaults, so they never diff. Resource
 * rules (the `updated_resources` extension) are an ordered list, the portal's own, sent only when there are any.
 */
import type { McpPortal } from '../../../schemas/generated/manifest.js';
import type {
  PortalObject,
  PortalOverrideResponse,
  PortalResourceRule,
  PortalServerMappingRequest,
  ServerObject,
} from '../../../schemas/generated/wire.js';
import { descriptionOf } from '../mcp-server/spec.js';
import type {
  Desired,
  Observed,
  Override,
  PortalServerSpec,
  PortalSpec,
  ResourceRuleSpec,
} from '../model.js';
import { type CapabilityKind, normaliseOverrides, overridesToWire } from '../overrides.js';

export const DEFAULT_CODE_MODE = 'opt_in';
/** A mapping's `on_behalf` when the API omits it (Terraform's documented default). */
export const DEFAULT_ON_BEHALF = true;

/**
 * The code mode of a live portal. Every field but id, name and hostname is optional on the wire, so an
 * omitted one reads as its documented default: `code_mode` from the deprecated `allow_code_mode` (false is
 * `off`), else `opt_in`, the default on create.
 */
export const codeModeOf = (p: Pick<PortalObject, 'code_mode' | 'allow_code_mode'>): PortalSpec['codeMode'] =>
  p.code_mode ?? (p.allow_code_mode === false ? 'off' : DEFAULT_CODE_MODE);

const byServer = (a: PortalServerSpec, b: PortalServerSpec) =>
  a.server < b.server ? -1 : a.server > b.server ? 1 : 0;

/**
 * Resource rules in spec form, as a `resources` member only when there are any: in their order, `enabled`
 * filled in (default true), nothing else.
 */
export const resourceRules = (
  list: readonly { uri: string; enabled?: boolean }[] | undefined,
): { resources?: ResourceRuleSpec[] } =>
  list?.length ? { resources: list.map((r) => ({ uri: r.uri, enabled: r.enabled ?? true })) } : {};

export function portalFromManifest(m: McpPortal): Desired<'McpPortal'> {
  return {
    kind: 'McpPortal',
    name: m.metadata.name,
    spec: {
      displayName: m.spec.displayName ?? m.metadata.name,
      hostname: m.spec.hostname.toLowerCase(),
      ...(m.spec.dns ? { dns: { zoneId: m.spec.dns.zoneId } } : {}),
      ...descriptionOf(m.spec.description),
      codeMode: m.spec.codeMode ?? DEFAULT_CODE_MODE,
      secureWebGateway: m.spec.secureWebGateway ?? false,
      policies: [...(m.spec.policies ?? [])],
      servers: (m.spec.servers ?? [])
        .map((s) => ({
          server: s.server,
          requireUserAuth: s.requireUserAuth ?? true,
          defaultDisabled: s.defaultDisabled ?? false,
          tools: normaliseOverrides(s.tools),
          prompts: normaliseOverrides(s.prompts),
          ...resourceRules(s.resources),
        }))
        .sort(byServer),
    },
  };
}

/** The server-level `enabled` of a capability, from the server object. */
const serverEnabled = (s: ServerObject | undefined, what: CapabilityKind, name: string) =>
  (what === 'tools' ? s?.updated_tools : s?.updated_prompts)?.find((o) => o.name === name)?.enabled;

/** The path of a mapping override's `enabled`, as diff paths write it. */
export const enabledPath = (server: string, what: CapabilityKind, name: string) =>
  `spec.servers[${server}].${what}[${name}].enabled`;

interface Read {
  servers: PortalServerSpec[];
  echoes: string[];
}

/** A live portal's mappings in spec form, with the paths whose `enabled` may echo the server's. */
function readMappings(p: PortalObject, servers: ReadonlyMap<string, ServerObject>): Read {
  const echoes: string[] = [];
  const read = (id: string, what: CapabilityKind, list: PortalOverrideResponse[] | undefined): Override[] =>
    (list ?? []).map((o) => {
      if (o.enabled !== undefined && o.enabled === serverEnabled(servers.get(id), what, o.name))
        echoes.push(enabledPath(id, what, o.name));
      return {
        name: o.name,
        ...(o.portal_alias !== undefined ? { alias: o.portal_alias } : {}),
        ...(o.portal_description !== undefined ? { description: o.portal_description } : {}),
        ...(o.enabled !== undefined ? { enabled: o.enabled } : {}),
      };
    });
  // Older APIs gave the mapping's server only as `id`; newer ones give `id` and `server_id`.
  const mappings = (p.servers ?? []).map((s) => {
    const id = s.server_id ?? s.id;
    return {
      server: id,
      requireUserAuth: s.on_behalf ?? DEFAULT_ON_BEHALF,
      defaultDisabled: s.default_disabled ?? false,
      tools: read(id, 'tools', s.updated_tools),
      prompts: read(id, 'prompts', s.updated_prompts),
      ...resourceRules(s.updated_resources),
    };
  });
  return { servers: mappings.sort(byServer), echoes };
}

/** The spec with the given `enabled` paths removed (and overrides left with only a name dropped). */
export function withoutEnabled(spec: PortalSpec, paths: ReadonlySet<string>): PortalSpec {
  const strip = (server: string, what: CapabilityKind, list: Override[]) =>
    normaliseOverrides(
      list.map((o) => {
        if (!paths.has(enabledPath(server, what, o.name))) return o;
        const { enabled: _echo, ...rest } = o;
        return rest;
      }),
    );
  return {
    ...spec,
    servers: spec.servers.map((m) => ({
      ...m,
      tools: strip(m.server, 'tools', m.tools),
      prompts: strip(m.server, 'prompts', m.prompts),
    })),
  };
}

/** The enabled paths a spec sets. */
export function enabledPaths(spec: Pick<PortalSpec, 'servers'>): Set<string> {
  const set = new Set<string>();
  for (const m of spec.servers)
    for (const what of ['tools', 'prompts'] as const)
      for (const x of m[what]) if (x.enabled !== undefined) set.add(enabledPath(m.server, what, x.name));
  return set;
}

/** The live spec as the manifest would read it: an ambiguous `enabled` is the portal's only where the manifest sets it. */
export const resolvedSpec = (
  o: Pick<Observed<'McpPortal'>, 'spec' | 'echoes'>,
  desired: Pick<PortalSpec, 'servers'>,
) => {
  const set = enabledPaths(desired);
  return withoutEnabled(o.spec, new Set((o.echoes ?? []).filter((p) => !set.has(p))));
};

/**
 * The live spec with no manifest to go by: an ambiguous `enabled` is read as the server's echo, except an
 * `enabled: true` in an allowlist mapping (`defaultDisabled`), where only the portal's own exposes the
 * tool, and an allowlist entry is what users write.
 */
export function ownSpec(o: Pick<Observed<'McpPortal'>, 'spec' | 'echoes'>): PortalSpec {
  const allowlisted = new Set<string>();
  for (const m of o.spec.servers.filter((x) => x.defaultDisabled))
    for (const what of ['tools', 'prompts'] as const)
      for (const x of m[what]) if (x.enabled === true) allowlisted.add(enabledPath(m.server, what, x.name));
  return withoutEnabled(o.spec, new Set((o.echoes ?? []).filter((p) => !allowlisted.has(p))));
}

/** A live portal: its spec with echoes kept (they are resolved against the manifest when planning). */
export function portalFromApi(
  p: PortalObject,
  policies: string[],
  servers: ReadonlyMap<string, ServerObject>,
): { spec: PortalSpec; echoes: string[] } {
  const { servers: mappings, echoes } = readMappings(p, servers);
  const spec: PortalSpec = {
    displayName: p.name,
    hostname: p.hostname.toLowerCase(),
    ...descriptionOf(p.description),
    codeMode: codeModeOf(p),
    secureWebGateway: p.secure_web_gateway ?? false,
    policies,
    servers: mappings.map((m) => ({
      ...m,
      tools: normaliseOverrides(m.tools),
      prompts: normaliseOverrides(m.prompts),
    })),
  };
  return { spec, echoes };
}

/**
 * A mapping in request form. `updated_resources` only when it has rules: the API replaces the whole mapping
 * set, so a mapping sent without them has none, and a body for Cloudflare (which has no such field) never
 * carries it (plan refuses rules for a target that does not announce the extension).
 */
export const mappingToWire = (s: PortalServerSpec): PortalServerMappingRequest => ({
  server_id: s.server,
  on_behalf: s.requireUserAuth,
  default_disabled: s.defaultDisabled,
  updated_tools: overridesToWire(s.tools),
  updated_prompts: overridesToWire(s.prompts),
  ...(s.resources?.length
    ? { updated_resources: s.resources.map((r): PortalResourceRule => ({ uri: r.uri, enabled: r.enabled })) }
    : {}),
});

/** One live mapping in request form, echoes read as echoes (to put it back after a server's replacement). */
export function portalEntryOf(
  o: Observed<'McpPortal'>,
  server: string,
): PortalServerMappingRequest | undefined {
  const m = ownSpec(o).servers.find((s) => s.server === server);
  return m ? mappingToWire(m) : undefined;
}

/**
 * A live portal's whole mapping set in request form, echoes read as echoes: what a read-modify-write of
 * the set (detach, attach) sends back for the mappings it does not touch.
 */
export function liveMappingsToWire(
  p: PortalObject,
  servers: readonly ServerObject[],
): PortalServerMappingRequest[] {
  const { servers: mappings, echoes } = readMappings(p, new Map(servers.map((s) => [s.id, s])));
  return ownSpec({ spec: { servers: mappings } as PortalSpec, echoes }).servers.map(mappingToWire);
}
