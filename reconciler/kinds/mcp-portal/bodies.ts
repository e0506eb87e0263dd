/**
 * McpPortal request bodies for the plan's operations. Server mappings are a set: any mapping change sends
 * all of them (the API replaces the whole set), from the manifest. Optional fields the manifest leaves
 * unset are omitted on create (never null: the SDK types them `?: string`).
 */
import type { Json } from '../../plan/diff.js';
import type { Desired, PortalSpec } from '../model.js';
import { touches } from '../model.js';
import { mappingToWire } from './spec.js';

type Body = { [key: string]: Json };

const servers = (spec: PortalSpec) => spec.servers.map(mappingToWire) as unknown as Json;

export function portalCreateBody(d: Desired<'McpPortal'>): Body {
  const s = d.spec;
  return {
    id: d.name,
    name: s.displayName,
    hostname: s.hostname,
    ...(s.description ? { description: s.description } : {}),
    code_mode: s.codeMode,
    secure_web_gateway: s.secureWebGateway,
    servers: servers(s),
  };
}

/** A partial update: only the fields whose diff paths are in `paths`. */
export function portalUpdateBody(spec: PortalSpec, paths: readonly string[]): Body {
  const touched = (prefix: string) => touches(paths, prefix);
  const body: Body = {};
  if (touched('spec.displayName')) body.name = spec.displayName;
  if (touched('spec.hostname')) body.hostname = spec.hostname;
  // Cloudflare's partial update keeps an omitted field, and a portal's description is a string (the SDK's
  // `description?: string`, unlike a server's nullable one): "" clears it.
  if (touched('spec.description')) body.description = spec.description ?? '';
  if (touched('spec.codeMode')) body.code_mode = spec.codeMode;
  if (touched('spec.secureWebGateway')) body.secure_web_gateway = spec.secureWebGateway;
  if (touched('spec.servers')) body.servers = servers(spec);
  return body;
}
