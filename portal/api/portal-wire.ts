/**
 * PortalRecord -> the wire `PortalObject`. Each server entry is the full server object with `id` and `server_id`,
 * `default_disabled`, `on_behalf`, by server id; its overrides merge the portal's (`portal_alias` / `_description`)
 * and the server's (`server_*`) by name; `updated_resources` (an extension) only when it has rules. No
 * `description` key without one (Cloudflare: `description?: string`); `allow_code_mode` follows `code_mode`.
 */
import type {
  PortalObject,
  PortalOverrideResponse,
  PortalServerMappingResponse,
  ServerCapabilityOverride,
} from '../../schemas/generated/wire.js';
import type { MappingRecord, PortalRecord, ServerRecord } from '../store/repository.js';
import { serverCore } from './server-wire.js';

export function mergeOverrides(
  portal: readonly ServerCapabilityOverride[],
  server: readonly ServerCapabilityOverride[],
): PortalOverrideResponse[] {
  const byName = new Map<string, PortalOverrideResponse>();
  const entry = (name: string) => {
    let e = byName.get(name);
    if (!e) {
      e = { name };
      byName.set(name, e);
    }
    return e;
  };
  for (const o of server) {
    const e = entry(o.name);
    if (o.alias !== undefined) e.server_alias = o.alias;
    if (o.description !== undefined) e.server_description = o.description;
    if (o.enabled !== undefined) e.enabled = o.enabled;
  }
  for (const o of portal) {
    const e = entry(o.name);
    if (o.alias !== undefined) e.portal_alias = o.alias;
    if (o.description !== undefined) e.portal_description = o.description;
    if (o.enabled !== undefined) e.enabled = o.enabled;
  }
  return [...byName.values()]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map(({ name, enabled, portal_alias, portal_description, server_alias, server_description }) => ({
      name,
      ...(enabled !== undefined ? { enabled } : {}),
      ...(portal_alias !== undefined ? { portal_alias } : {}),
      ...(portal_description !== undefined ? { portal_description } : {}),
      ...(server_alias !== undefined ? { server_alias } : {}),
      ...(server_description !== undefined ? { server_description } : {}),
    }));
}

function toMappingResponse(m: MappingRecord, server: ServerRecord | undefined): PortalServerMappingResponse {
  const tools = mergeOverrides(m.updated_tools, server?.updated_tools ?? []);
  const prompts = mergeOverrides(m.updated_prompts, server?.updated_prompts ?? []);
  return {
    ...(server ? serverCore(server) : { id: m.server_id }),
    server_id: m.server_id,
    default_disabled: m.default_disabled,
    on_behalf: m.on_behalf,
    ...(tools.length > 0 ? { updated_tools: tools } : {}),
    ...(prompts.length > 0 ? { updated_prompts: prompts } : {}),
    ...(m.updated_resources?.length
      ? { updated_resources: m.updated_resources.map(({ uri, enabled }) => ({ uri, enabled })) }
      : {}),
  };
}

/** The portal without `servers` (the shape of a delete response). */
export function toPortalBase(rec: PortalRecord): Omit<PortalObject, 'servers'> {
  return {
    id: rec.id,
    name: rec.name,
    hostname: rec.hostname,
    ...(rec.description ? { description: rec.description } : {}),
    allow_code_mode: rec.code_mode !== 'off',
    code_mode: rec.code_mode,
    secure_web_gateway: rec.secure_web_gateway,
    created_at: rec.created_at,
    modified_at: rec.modified_at,
    created_by: rec.created_by,
    modified_by: rec.modified_by,
  };
}

export function toPortalObject(rec: PortalRecord, servers: ReadonlyMap<string, ServerRecord>): PortalObject {
  const { created_at, modified_at, created_by, modified_by, ...head } = toPortalBase(rec);
  const mappings = [...rec.servers]
    .sort((a, b) => (a.server_id < b.server_id ? -1 : a.server_id > b.server_id ? 1 : 0))
    .map((m) => toMappingResponse(m, servers.get(m.server_id)));
  return { ...head, servers: mappings, created_at, modified_at, created_by, modified_by };
}
