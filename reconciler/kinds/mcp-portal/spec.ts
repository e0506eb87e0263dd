/**
 * The McpPortal kind: manifest <-> spec <-> API body. Server mappings are a set keyed by server id (the
 * API returns them in its own order); sending `servers` replaces the whole set, so any mapping change
 * sends all of them. Response overrides (`portal_alias`, ...) are read back as the portal's own.
 */
import type { McpPortal } from '../../schemas/generated/manifest.js';
import type { PortalCreate, PortalObject, PortalUpdate } from '../../schemas/generated/wire.js';
import {
  type Desired,
  normaliseOverrides,
  type Override,
  overridesToWire,
  type PortalServerSpec,
  type PortalSpec,
  touches,
} from './model.js';

export const DEFAULT_CODE_MODE = 'opt_in';

const byServer = (a: PortalServerSpec, b: PortalServerSpec) =>
  a.server < b.server ? -1 : a.server > b.server ? 1 : 0;

export function portalFromManifest(m: McpPortal): Desired<'McpPortal'> {
  return {
    kind: 'McpPortal',
    name: m.metadata.name,
    spec: {
      displayName: m.spec.displayName ?? m.metadata.name,
      hostname: m.spec.hostname.toLowerCase(),
      description: m.spec.description ?? null,
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
        }))
        .sort(byServer),
    },
  };
}

type ResponseOverride = {
  name: string;
  enabled?: boolean;
  portal_alias?: string;
  portal_description?: string;
};
const portalOverrides = (list: ResponseOverride[] | undefined): Override[] =>
  normaliseOverrides(
    (list ?? [])
      .map((o) => ({
        name: o.name,
        ...(o.portal_alias !== undefined ? { alias: o.portal_alias } : {}),
        ...(o.portal_description !== undefined ? { description: o.portal_description } : {}),
        ...(o.enabled !== undefined ? { enabled: o.enabled } : {}),
      }))
      // An entry that only echoes server-level values carries nothing of the portal's own.
      .filter((o) => Object.keys(o).length > 1),
  );

/** A live portal's server mappings in spec form (older APIs gave only `id`, newer both `id` and `server_id`). */
export const portalServersFromApi = (p: PortalObject): PortalServerSpec[] =>
  (p.servers ?? [])
    .map((s) => ({
      server: s.server_id ?? s.id,
      requireUserAuth: s.on_behalf,
      defaultDisabled: s.default_disabled,
      tools: portalOverrides(s.updated_tools),
      prompts: portalOverrides(s.updated_prompts),
    }))
    .sort(byServer);

export function portalSpecFromApi(p: PortalObject, policies: string[]): PortalSpec {
  return {
    displayName: p.name,
    hostname: p.hostname.toLowerCase(),
    description: p.description ?? null,
    codeMode: p.code_mode,
    secureWebGateway: p.secure_web_gateway,
    policies,
    servers: portalServersFromApi(p),
  };
}

export const portalServersToWire = (servers: readonly PortalServerSpec[]) =>
  servers.map((s) => ({
    server_id: s.server,
    on_behalf: s.requireUserAuth,
    default_disabled: s.defaultDisabled,
    updated_tools: overridesToWire(s.tools),
    updated_prompts: overridesToWire(s.prompts),
  }));

export function portalCreateBody(d: Desired<'McpPortal'>): PortalCreate {
  const s = d.spec;
  return {
    id: d.name,
    name: s.displayName,
    hostname: s.hostname,
    description: s.description,
    code_mode: s.codeMode,
    secure_web_gateway: s.secureWebGateway,
    servers: portalServersToWire(s.servers),
  };
}

export function portalUpdateBody(spec: PortalSpec, paths: readonly string[]): PortalUpdate {
  const touched = (prefix: string) => touches(paths, prefix);
  const body: PortalUpdate = {};
  if (touched('spec.displayName')) body.name = spec.displayName;
  if (touched('spec.hostname')) body.hostname = spec.hostname;
  if (touched('spec.description')) body.description = spec.description;
  if (touched('spec.codeMode')) body.code_mode = spec.codeMode;
  if (touched('spec.secureWebGateway')) body.secure_web_gateway = spec.secureWebGateway;
  if (touched('spec.servers')) body.servers = portalServersToWire(spec.servers);
  return body;
}
