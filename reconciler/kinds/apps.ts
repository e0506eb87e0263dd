/**
 * Access applications: how policies attach to MCP objects. A server's policies live on an app of type
 * `mcp` (destination `via_mcp_server_portal` with its id); a portal's on an app of type `mcp_portal`
 * whose domain is its hostname. The app also carries this tool's ownership tag.
 */
import type { AppCreate, AppObject } from '../../schemas/generated/wire.js';

/** The tag every app this tool creates carries; with `--owner NAME`, `mcp-portals:NAME`. */
export const ownerTag = (owner = 'default') => `mcp-portals:${owner}`;

export function serverAppBody(
  serverId: string,
  displayName: string,
  policyIds: string[],
  owner: string,
): AppCreate {
  return {
    name: `MCP server ${displayName}`,
    type: 'mcp',
    destinations: [{ type: 'via_mcp_server_portal', mcp_server_id: serverId }],
    policies: policyIds.map((id, i) => ({ id, precedence: i + 1 })),
    tags: [ownerTag(owner)],
  };
}

export function portalAppBody(
  hostname: string,
  displayName: string,
  policyIds: string[],
  owner: string,
): AppCreate {
  return {
    name: `MCP portal ${displayName}`,
    type: 'mcp_portal',
    domain: hostname,
    policies: policyIds.map((id, i) => ({ id, precedence: i + 1 })),
    tags: [ownerTag(owner)],
  };
}

/** The server id an `mcp` app points at. */
export const appServerId = (app: AppObject): string | undefined =>
  app.type === 'mcp'
    ? app.destinations?.find((d) => d.type === 'via_mcp_server_portal')?.mcp_server_id
    : undefined;

/** The portal hostname an `mcp_portal` app guards. */
export const appPortalHost = (app: AppObject): string | undefined =>
  app.type === 'mcp_portal' ? app.domain?.toLowerCase() : undefined;

/** Policy ids of an app, in precedence order. */
export const appPolicyIds = (app: AppObject): string[] =>
  [...(app.policies ?? [])].sort((a, b) => a.precedence - b.precedence).map((p) => p.id);
