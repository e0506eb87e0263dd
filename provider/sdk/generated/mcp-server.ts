/* eslint-disable */
/**
 * GENERATED from schemas/common.schema.json, schemas/access-group.schema.json, schemas/access-policy.schema.json, schemas/mcp-server.schema.json, schemas/mcp-portal.schema.json, scripts/gen/pulumi-overlay.ts
 * (sources sha256 2159442afec0d10e) through provider/schema.json by scripts/gen/pulumi-sdk.ts.
 * DO NOT EDIT: run `npm run gen`.
 *
 * The McpServer resource (mcpportal:index:McpServer).
 */
import * as pulumi from '@pulumi/pulumi';
import type { CapabilityOverride, McpServerArgs, McpServerState, ServerAuth, SyncErrorDetails } from './types.js';

/**
 * An upstream MCP server registered with the portal service. The portal syncs its tools and prompts and
 * reports status Waiting, Ready or Error. Create and update trigger a capability sync and wait for status
 * Ready or Error.
 */
export class McpServer extends pulumi.CustomResource {
  /**
   * An existing McpServer by its id (the import form `<accountId>/<id>` is accepted too); `state`
   * qualifies the lookup, as in every Pulumi SDK.
   */
  static get(name: string, id: pulumi.Input<pulumi.ID>, state?: McpServerState, opts?: pulumi.CustomResourceOptions): McpServer {
    return new McpServer(name, state, { ...opts, id });
  }

  static readonly __pulumiType = 'mcpportal:index:McpServer';

  /** Whether `obj` is a McpServer, even from another copy of this SDK. */
  static override isInstance(obj: unknown): obj is McpServer {
    return (obj as { __pulumiType?: string } | undefined)?.__pulumiType === McpServer.__pulumiType;
  }

  /**
   * The API id of the server: 1-32 lowercase letters, digits and hyphens. When absent it is autonamed: the
   * resource name plus a random suffix (e.g. docs-1a2b3c4), or the stack's pulumi:autonaming pattern, so a
   * replacement is created before the old server is deleted; give it to pin the id (a replacement then
   * deletes first). Changing it replaces the server.
   */
  declare readonly serverId: pulumi.Output<string>;
  /** The display name (API name). Defaults to serverId. */
  declare readonly displayName: pulumi.Output<string>;
  /** The full upstream MCP URL (API hostname). Changing it replaces the server. */
  declare readonly url: pulumi.Output<string>;
  /** A description (up to 512 characters). */
  declare readonly description: pulumi.Output<string | undefined>;
  /** How the portal authenticates to the upstream (default: unauthenticated). */
  declare readonly auth: pulumi.Output<pulumi.Unwrap<ServerAuth>>;
  /** Route outbound traffic to this server through Gateway. Default: false. */
  declare readonly secureWebGateway: pulumi.Output<boolean>;
  /** Server-wide tool overrides. */
  declare readonly tools: pulumi.Output<pulumi.Unwrap<CapabilityOverride>[]>;
  /** Server-wide prompt overrides. */
  declare readonly prompts: pulumi.Output<pulumi.Unwrap<CapabilityOverride>[]>;
  /** Names of AccessPolicies, in precedence order: who sees this server in portals. */
  declare readonly policies: pulumi.Output<string[]>;
  /**
   * Provider option: let create and update succeed when the capability sync ends in Error (the error is still
   * reported in `status` and `error`). Default: false.
   */
  declare readonly tolerateSyncErrors: pulumi.Output<boolean | undefined>;
  /** Waiting, Ready or Error. */
  declare readonly status: pulumi.Output<string>;
  /** A CamelCase reason for machines, e.g. Synced, SyncPending, UpstreamUnauthorized. */
  declare readonly statusReason: pulumi.Output<string>;
  /** One line for people. */
  declare readonly statusMessage: pulumi.Output<string>;
  /** The last sync error, if any. */
  declare readonly error: pulumi.Output<string | undefined>;
  /** Details of the last sync error, if any. */
  declare readonly errorDetails: pulumi.Output<SyncErrorDetails | undefined>;
  /** Upstream names of the tools the last sync found, sorted. */
  declare readonly discoveredTools: pulumi.Output<string[]>;
  /** Upstream names of the prompts the last sync found, sorted. */
  declare readonly discoveredPrompts: pulumi.Output<string[]>;
  /** When the last sync ran (RFC 3339). */
  declare readonly lastSynced: pulumi.Output<string | undefined>;
  /** When the last successful sync ran (RFC 3339). */
  declare readonly lastSuccessfulSync: pulumi.Output<string | undefined>;
  /**
   * Embedded portal: how many times the credential was written. A credential rotated outside Pulumi shows as
   * a change of the secret input on refresh.
   */
  declare readonly credentialsVersion: pulumi.Output<number | undefined>;

  /** Creates (or, with `opts.id`, reads) a McpServer. */
  constructor(name: string, args: McpServerArgs, opts?: pulumi.CustomResourceOptions);
  constructor(name: string, argsOrState?: McpServerArgs | McpServerState, opts?: pulumi.CustomResourceOptions);
  constructor(name: string, argsOrState?: McpServerArgs | McpServerState, opts: pulumi.CustomResourceOptions = {}) {
    const resourceInputs: pulumi.Inputs = {};
    if (opts.id) {
      const state = argsOrState as McpServerState | undefined;
      resourceInputs.serverId = state?.serverId;
      resourceInputs.displayName = state?.displayName;
      resourceInputs.url = state?.url;
      resourceInputs.description = state?.description;
      resourceInputs.auth = state?.auth;
      resourceInputs.secureWebGateway = state?.secureWebGateway;
      resourceInputs.tools = state?.tools;
      resourceInputs.prompts = state?.prompts;
      resourceInputs.policies = state?.policies;
      resourceInputs.tolerateSyncErrors = state?.tolerateSyncErrors;
      resourceInputs.status = state?.status;
      resourceInputs.statusReason = state?.statusReason;
      resourceInputs.statusMessage = state?.statusMessage;
      resourceInputs.error = state?.error;
      resourceInputs.errorDetails = state?.errorDetails;
      resourceInputs.discoveredTools = state?.discoveredTools;
      resourceInputs.discoveredPrompts = state?.discoveredPrompts;
      resourceInputs.lastSynced = state?.lastSynced;
      resourceInputs.lastSuccessfulSync = state?.lastSuccessfulSync;
      resourceInputs.credentialsVersion = state?.credentialsVersion;
    } else {
      const args = argsOrState as McpServerArgs | undefined;
      if (args?.url === undefined && !opts.urn) throw new Error("Missing required property 'url'");
      resourceInputs.serverId = args?.serverId;
      resourceInputs.displayName = args?.displayName;
      resourceInputs.url = args?.url;
      resourceInputs.description = args?.description;
      resourceInputs.auth = args?.auth;
      resourceInputs.secureWebGateway = args?.secureWebGateway;
      resourceInputs.tools = args?.tools;
      resourceInputs.prompts = args?.prompts;
      resourceInputs.policies = args?.policies;
      resourceInputs.tolerateSyncErrors = args?.tolerateSyncErrors;
      resourceInputs.status = undefined; // output
      resourceInputs.statusReason = undefined; // output
      resourceInputs.statusMessage = undefined; // output
      resourceInputs.error = undefined; // output
      resourceInputs.errorDetails = undefined; // output
      resourceInputs.discoveredTools = undefined; // output
      resourceInputs.discoveredPrompts = undefined; // output
      resourceInputs.lastSynced = undefined; // output
      resourceInputs.lastSuccessfulSync = undefined; // output
      resourceInputs.credentialsVersion = undefined; // output
    }
    super(McpServer.__pulumiType, name, resourceInputs, opts);
  }
}
