/* eslint-disable */
/**
 * GENERATED from schemas/common.schema.json, schemas/access-group.schema.json, schemas/access-policy.schema.json, schemas/mcp-server.schema.json, schemas/mcp-portal.schema.json, scripts/gen/pulumi-overlay.ts
 * (sources sha256 2159442afec0d10e) through provider/schema.json by scripts/gen/pulumi-sdk.ts.
 * DO NOT EDIT: run `npm run gen`.
 *
 * The McpPortal resource (mcpportal:index:McpPortal).
 */
import * as pulumi from '@pulumi/pulumi';
import type { CodeMode, McpPortalArgs, McpPortalState, PortalDns, PortalServer } from './types.js';

/**
 * A portal: one MCP endpoint (https://<hostname>/mcp) that aggregates the tools, prompts and resources of its
 * servers for the users its policies admit.
 */
export class McpPortal extends pulumi.CustomResource {
  /**
   * An existing McpPortal by its id (the import form `<accountId>/<id>` is accepted too); `state`
   * qualifies the lookup, as in every Pulumi SDK.
   */
  static get(name: string, id: pulumi.Input<pulumi.ID>, state?: McpPortalState, opts?: pulumi.CustomResourceOptions): McpPortal {
    return new McpPortal(name, state, { ...opts, id });
  }

  static readonly __pulumiType = 'mcpportal:index:McpPortal';

  /** Whether `obj` is a McpPortal, even from another copy of this SDK. */
  static override isInstance(obj: unknown): obj is McpPortal {
    return (obj as { __pulumiType?: string } | undefined)?.__pulumiType === McpPortal.__pulumiType;
  }

  /**
   * The API id of the portal: 1-32 lowercase letters, digits and hyphens. When absent it is autonamed: the
   * resource name plus a random suffix (e.g. engineering-1a2b3c4), or the stack's pulumi:autonaming pattern;
   * give it to pin the id. Changing it replaces the portal.
   */
  declare readonly portalId: pulumi.Output<string>;
  /** The display name (API name). Defaults to portalId. */
  declare readonly displayName: pulumi.Output<string>;
  /** A bare hostname; users connect to https://<hostname>/mcp. */
  declare readonly hostname: pulumi.Output<string>;
  /** A description (up to 512 characters). */
  declare readonly description: pulumi.Output<string | undefined>;
  /**
   * Code mode policy: off, opt_in (clients ask with ?codemode=search_and_execute), default_on (clients may
   * opt out with ?codemode=off) or enforced.
   */
  declare readonly codeMode: pulumi.Output<pulumi.Unwrap<CodeMode>>;
  /** Route outbound MCP traffic through Gateway. Default: false. */
  declare readonly secureWebGateway: pulumi.Output<boolean>;
  /** Names of AccessPolicies, in precedence order: who can connect. */
  declare readonly policies: pulumi.Output<string[]>;
  /**
   * Manage the portal hostname's DNS record in this Cloudflare zone (without it, the plan only notes the
   * record it needs).
   */
  declare readonly dns: pulumi.Output<pulumi.Unwrap<PortalDns> | undefined>;
  /** The servers this portal exposes, a set keyed by server (order does not matter). */
  declare readonly servers: pulumi.Output<pulumi.Unwrap<PortalServer>[]>;
  /** Waiting, Ready or Error. */
  declare readonly status: pulumi.Output<string>;
  /** A CamelCase reason for machines, e.g. Synced, SyncPending, UpstreamUnauthorized. */
  declare readonly statusReason: pulumi.Output<string>;
  /** One line for people. */
  declare readonly statusMessage: pulumi.Output<string>;
  /** The MCP endpoint users connect to: https://<hostname>/mcp. */
  declare readonly mcpUrl: pulumi.Output<string>;
  /** The embedded portal's local MCP endpoint (<origin>/portals/<portalId>/mcp); absent on Cloudflare. */
  declare readonly localMcpUrl: pulumi.Output<string | undefined>;
  /** Tools the portal exposes (after overrides and allowlists) as of its servers' last syncs. */
  declare readonly toolCount: pulumi.Output<number>;
  /** Prompts the portal exposes (after overrides and allowlists) as of its servers' last syncs. */
  declare readonly promptCount: pulumi.Output<number>;

  /** Creates (or, with `opts.id`, reads) a McpPortal. */
  constructor(name: string, args: McpPortalArgs, opts?: pulumi.CustomResourceOptions);
  constructor(name: string, argsOrState?: McpPortalArgs | McpPortalState, opts?: pulumi.CustomResourceOptions);
  constructor(name: string, argsOrState?: McpPortalArgs | McpPortalState, opts: pulumi.CustomResourceOptions = {}) {
    const resourceInputs: pulumi.Inputs = {};
    if (opts.id) {
      const state = argsOrState as McpPortalState | undefined;
      resourceInputs.portalId = state?.portalId;
      resourceInputs.displayName = state?.displayName;
      resourceInputs.hostname = state?.hostname;
      resourceInputs.description = state?.description;
      resourceInputs.codeMode = state?.codeMode;
      resourceInputs.secureWebGateway = state?.secureWebGateway;
      resourceInputs.policies = state?.policies;
      resourceInputs.dns = state?.dns;
      resourceInputs.servers = state?.servers;
      resourceInputs.status = state?.status;
      resourceInputs.statusReason = state?.statusReason;
      resourceInputs.statusMessage = state?.statusMessage;
      resourceInputs.mcpUrl = state?.mcpUrl;
      resourceInputs.localMcpUrl = state?.localMcpUrl;
      resourceInputs.toolCount = state?.toolCount;
      resourceInputs.promptCount = state?.promptCount;
    } else {
      const args = argsOrState as McpPortalArgs | undefined;
      if (args?.hostname === undefined && !opts.urn) throw new Error("Missing required property 'hostname'");
      resourceInputs.portalId = args?.portalId;
      resourceInputs.displayName = args?.displayName;
      resourceInputs.hostname = args?.hostname;
      resourceInputs.description = args?.description;
      resourceInputs.codeMode = args?.codeMode;
      resourceInputs.secureWebGateway = args?.secureWebGateway;
      resourceInputs.policies = args?.policies;
      resourceInputs.dns = args?.dns;
      resourceInputs.servers = args?.servers;
      resourceInputs.status = undefined; // output
      resourceInputs.statusReason = undefined; // output
      resourceInputs.statusMessage = undefined; // output
      resourceInputs.mcpUrl = undefined; // output
      resourceInputs.localMcpUrl = undefined; // output
      resourceInputs.toolCount = undefined; // output
      resourceInputs.promptCount = undefined; // output
    }
    super(McpPortal.__pulumiType, name, resourceInputs, opts);
  }
}
