/* eslint-disable */
/**
 * GENERATED from schemas/common.schema.json, schemas/access-group.schema.json, schemas/access-policy.schema.json, schemas/mcp-server.schema.json, schemas/mcp-portal.schema.json, scripts/gen/pulumi-overlay.ts
 * (sources sha256 2159442afec0d10e) through provider/schema.json by scripts/gen/pulumi-sdk.ts.
 * DO NOT EDIT: run `npm run gen`.
 *
 * The functions of the mcpportal package (served by the plugin's Invoke).
 */
import * as pulumi from '@pulumi/pulumi';
import type { AccessRule, CapabilityOverride, CodeMode, PolicyDecision, PortalServer, ServerAuth, ServerInfo, SyncErrorDetails } from './types.js';

/** The arguments of getServer (mcpportal:index:getServer). */
export interface GetServerArgs {
  /** The API id of the server. Give this or name. */
  serverId?: string;
  /**
   * The display name of the server (Cloudflare's `name`). Give this or serverId; fails when two servers share
   * it.
   */
  name?: string;
}

/** The arguments of getServerOutput: as GetServerArgs, each may be an Input. */
export interface GetServerOutputArgs {
  /** The API id of the server. Give this or name. */
  serverId?: pulumi.Input<string>;
  /**
   * The display name of the server (Cloudflare's `name`). Give this or serverId; fails when two servers share
   * it.
   */
  name?: pulumi.Input<string>;
}

/** What getServer returns. */
export interface GetServerResult {
  /**
   * The API id of the server: 1-32 lowercase letters, digits and hyphens. When absent it is autonamed: the
   * resource name plus a random suffix (e.g. docs-1a2b3c4), or the stack's pulumi:autonaming pattern, so a
   * replacement is created before the old server is deleted; give it to pin the id (a replacement then
   * deletes first).
   */
  readonly serverId: string;
  /** The display name (API name). */
  readonly displayName: string;
  /** The full upstream MCP URL (API hostname). */
  readonly url: string;
  /** A description (up to 512 characters). */
  readonly description?: string;
  /** How the portal authenticates to the upstream (default: unauthenticated). */
  readonly auth: pulumi.Unwrap<ServerAuth>;
  /** Route outbound traffic to this server through Gateway. Default: false. */
  readonly secureWebGateway: boolean;
  /** Server-wide tool overrides. */
  readonly tools: pulumi.Unwrap<CapabilityOverride>[];
  /** Server-wide prompt overrides. */
  readonly prompts: pulumi.Unwrap<CapabilityOverride>[];
  /** Names of AccessPolicies, in precedence order: who sees this server in portals. */
  readonly policies: string[];
  /** Waiting, Ready or Error. */
  readonly status: string;
  /** A CamelCase reason for machines, e.g. Synced, SyncPending, UpstreamUnauthorized. */
  readonly statusReason: string;
  /** One line for people. */
  readonly statusMessage: string;
  /** The last sync error, if any. */
  readonly error?: string;
  /** Details of the last sync error, if any. */
  readonly errorDetails?: SyncErrorDetails;
  /** Upstream names of the tools the last sync found, sorted. */
  readonly discoveredTools: string[];
  /** Upstream names of the prompts the last sync found, sorted. */
  readonly discoveredPrompts: string[];
  /** When the last sync ran (RFC 3339). */
  readonly lastSynced?: string;
  /** When the last successful sync ran (RFC 3339). */
  readonly lastSuccessfulSync?: string;
}

/**
 * Reads an MCP server (managed by this program or not) by its id or by its display name: its settings, status
 * and the tools and prompts its last sync found. Credentials are never returned.
 */
export function getServer(args?: GetServerArgs, opts?: pulumi.InvokeOptions): Promise<GetServerResult> {
  return pulumi.runtime.invoke('mcpportal:index:getServer', { serverId: args?.serverId, name: args?.name }, opts);
}

/**
 * Reads an MCP server (managed by this program or not) by its id or by its display name: its settings, status
 * and the tools and prompts its last sync found. Credentials are never returned. As an Output: takes Inputs,
 * and waits for them.
 */
export function getServerOutput(
  args?: GetServerOutputArgs,
  opts?: pulumi.InvokeOutputOptions,
): pulumi.Output<GetServerResult> {
  return pulumi.runtime.invokeOutput('mcpportal:index:getServer', { serverId: args?.serverId, name: args?.name }, opts);
}

/** The arguments of getPortal (mcpportal:index:getPortal). */
export interface GetPortalArgs {
  /** The API id of the portal. Give this or name. */
  portalId?: string;
  /**
   * The display name of the portal (Cloudflare's `name`). Give this or portalId; fails when two portals share
   * it.
   */
  name?: string;
}

/** The arguments of getPortalOutput: as GetPortalArgs, each may be an Input. */
export interface GetPortalOutputArgs {
  /** The API id of the portal. Give this or name. */
  portalId?: pulumi.Input<string>;
  /**
   * The display name of the portal (Cloudflare's `name`). Give this or portalId; fails when two portals share
   * it.
   */
  name?: pulumi.Input<string>;
}

/** What getPortal returns. */
export interface GetPortalResult {
  /**
   * The API id of the portal: 1-32 lowercase letters, digits and hyphens. When absent it is autonamed: the
   * resource name plus a random suffix (e.g. engineering-1a2b3c4), or the stack's pulumi:autonaming pattern;
   * give it to pin the id.
   */
  readonly portalId: string;
  /** The display name (API name). */
  readonly displayName: string;
  /** A bare hostname; users connect to https://<hostname>/mcp. */
  readonly hostname: string;
  /** A description (up to 512 characters). */
  readonly description?: string;
  /**
   * Code mode policy: off, opt_in (clients ask with ?codemode=search_and_execute), default_on (clients may
   * opt out with ?codemode=off) or enforced.
   */
  readonly codeMode: pulumi.Unwrap<CodeMode>;
  /** Route outbound MCP traffic through Gateway. Default: false. */
  readonly secureWebGateway: boolean;
  /** Names of AccessPolicies, in precedence order: who can connect. */
  readonly policies: string[];
  /** The servers this portal exposes, a set keyed by server (order does not matter). */
  readonly servers: pulumi.Unwrap<PortalServer>[];
  /** Waiting, Ready or Error. */
  readonly status: string;
  /** A CamelCase reason for machines, e.g. Synced, SyncPending, UpstreamUnauthorized. */
  readonly statusReason: string;
  /** One line for people. */
  readonly statusMessage: string;
  /** The MCP endpoint users connect to: https://<hostname>/mcp. */
  readonly mcpUrl: string;
  /** The embedded portal's local MCP endpoint (<origin>/portals/<portalId>/mcp); absent on Cloudflare. */
  readonly localMcpUrl?: string;
  /** Tools the portal exposes (after overrides and allowlists) as of its servers' last syncs. */
  readonly toolCount: number;
  /** Prompts the portal exposes (after overrides and allowlists) as of its servers' last syncs. */
  readonly promptCount: number;
}

/**
 * Reads an MCP portal (managed by this program or not) by its id or by its display name: its settings, MCP
 * URLs and status.
 */
export function getPortal(args?: GetPortalArgs, opts?: pulumi.InvokeOptions): Promise<GetPortalResult> {
  return pulumi.runtime.invoke('mcpportal:index:getPortal', { portalId: args?.portalId, name: args?.name }, opts);
}

/**
 * Reads an MCP portal (managed by this program or not) by its id or by its display name: its settings, MCP
 * URLs and status. As an Output: takes Inputs, and waits for them.
 */
export function getPortalOutput(
  args?: GetPortalOutputArgs,
  opts?: pulumi.InvokeOutputOptions,
): pulumi.Output<GetPortalResult> {
  return pulumi.runtime.invokeOutput('mcpportal:index:getPortal', { portalId: args?.portalId, name: args?.name }, opts);
}

/** The arguments of getPolicy (mcpportal:index:getPolicy). */
export interface GetPolicyArgs {
  /** The API id of the policy (a UUID). Give this or name. */
  policyId?: string;
  /** The name of the policy. Give this or policyId; fails when two policies share it. */
  name?: string;
}

/** The arguments of getPolicyOutput: as GetPolicyArgs, each may be an Input. */
export interface GetPolicyOutputArgs {
  /** The API id of the policy (a UUID). Give this or name. */
  policyId?: pulumi.Input<string>;
  /** The name of the policy. Give this or policyId; fails when two policies share it. */
  name?: pulumi.Input<string>;
}

/** What getPolicy returns. */
export interface GetPolicyResult {
  /**
   * The policy name (unique among the policies you manage). When absent it is autonamed: the resource name
   * plus a random suffix (e.g. engineers-1a2b3c4), or the stack's pulumi:autonaming pattern; give it to pin
   * the name. Servers and portals refer to policies by this name.
   */
  readonly name: string;
  /** allow, deny (Block), non_identity (Service Auth) or bypass. */
  readonly decision: pulumi.Unwrap<PolicyDecision>;
  /** Rules of which at least one must match (OR). */
  readonly include: pulumi.Unwrap<AccessRule>[];
  /** Rules that must all match (AND). */
  readonly require: pulumi.Unwrap<AccessRule>[];
  /** Rules of which none may match (NOT). */
  readonly exclude: pulumi.Unwrap<AccessRule>[];
  /** How long a session lasts, e.g. 30m, 24h. Default: "24h". */
  readonly sessionDuration: string;
  /** The API id of the policy (a UUID). */
  readonly policyId: string;
}

/**
 * Reads a reusable Access policy (managed by this program or not) by its API id or by its name. Servers and
 * portals refer to policies by `name`.
 */
export function getPolicy(args?: GetPolicyArgs, opts?: pulumi.InvokeOptions): Promise<GetPolicyResult> {
  return pulumi.runtime.invoke('mcpportal:index:getPolicy', { policyId: args?.policyId, name: args?.name }, opts);
}

/**
 * Reads a reusable Access policy (managed by this program or not) by its API id or by its name. Servers and
 * portals refer to policies by `name`. As an Output: takes Inputs, and waits for them.
 */
export function getPolicyOutput(
  args?: GetPolicyOutputArgs,
  opts?: pulumi.InvokeOutputOptions,
): pulumi.Output<GetPolicyResult> {
  return pulumi.runtime.invokeOutput('mcpportal:index:getPolicy', { policyId: args?.policyId, name: args?.name }, opts);
}

/** The arguments of listServers (mcpportal:index:listServers). */
export interface ListServersArgs {
  /**
   * Only servers whose id, display name or URL contains this text (case-insensitive), like the list
   * endpoint's `search`.
   */
  search?: string;
  /** Only servers with this status: Waiting, Ready or Error. */
  status?: string;
}

/** The arguments of listServersOutput: as ListServersArgs, each may be an Input. */
export interface ListServersOutputArgs {
  /**
   * Only servers whose id, display name or URL contains this text (case-insensitive), like the list
   * endpoint's `search`.
   */
  search?: pulumi.Input<string>;
  /** Only servers with this status: Waiting, Ready or Error. */
  status?: pulumi.Input<string>;
}

/** What listServers returns. */
export interface ListServersResult {
  /** The servers, sorted by id. */
  readonly servers: ServerInfo[];
}

/**
 * Lists the MCP servers of the account (managed by this program or not), sorted by id, optionally filtered.
 * Credentials are never returned.
 */
export function listServers(args?: ListServersArgs, opts?: pulumi.InvokeOptions): Promise<ListServersResult> {
  return pulumi.runtime.invoke('mcpportal:index:listServers', { search: args?.search, status: args?.status }, opts);
}

/**
 * Lists the MCP servers of the account (managed by this program or not), sorted by id, optionally filtered.
 * Credentials are never returned. As an Output: takes Inputs, and waits for them.
 */
export function listServersOutput(
  args?: ListServersOutputArgs,
  opts?: pulumi.InvokeOutputOptions,
): pulumi.Output<ListServersResult> {
  return pulumi.runtime.invokeOutput('mcpportal:index:listServers', { search: args?.search, status: args?.status }, opts);
}
