/**
 * `McpServer` (`mcpportal:index:McpServer`): an upstream MCP server registered with the portal. Create
 * and update sync its capabilities and wait for Ready or Error; `auth.token`, `auth.headers` and
 * `auth.clientSecret` are secrets in state and outputs.
 */
import * as pulumi from '@pulumi/pulumi';
import type {
  CapabilityOverride,
  McpServerArgs,
  Phase,
  ServerAuth,
  SyncErrorDetails,
  Unwrapped,
} from './types.js';

export type { McpServerArgs };

export class McpServer extends pulumi.CustomResource {
  static readonly __pulumiType = 'mcpportal:index:McpServer';

  /** An existing server by id (import form `<accountId>/<id>` accepted). */
  static get(name: string, id: pulumi.Input<pulumi.ID>, opts?: pulumi.CustomResourceOptions): McpServer {
    return new McpServer(name, undefined, { ...opts, id });
  }

  static override isInstance(obj: unknown): obj is McpServer {
    return (obj as { __pulumiType?: string } | undefined)?.__pulumiType === McpServer.__pulumiType;
  }

  declare readonly serverId: pulumi.Output<string>;
  declare readonly displayName: pulumi.Output<string>;
  declare readonly url: pulumi.Output<string>;
  declare readonly description: pulumi.Output<string | undefined>;
  declare readonly auth: pulumi.Output<Unwrapped<ServerAuth>>;
  declare readonly secureWebGateway: pulumi.Output<boolean>;
  declare readonly tools: pulumi.Output<Unwrapped<CapabilityOverride>[]>;
  declare readonly prompts: pulumi.Output<Unwrapped<CapabilityOverride>[]>;
  declare readonly policies: pulumi.Output<string[]>;
  declare readonly tolerateSyncErrors: pulumi.Output<boolean | undefined>;
  /** Waiting, Ready or Error. */
  declare readonly status: pulumi.Output<Phase>;
  declare readonly statusReason: pulumi.Output<string>;
  declare readonly statusMessage: pulumi.Output<string>;
  declare readonly error: pulumi.Output<string | undefined>;
  declare readonly errorDetails: pulumi.Output<SyncErrorDetails | undefined>;
  /** Upstream names of the tools the last sync found. */
  declare readonly discoveredTools: pulumi.Output<string[]>;
  declare readonly discoveredPrompts: pulumi.Output<string[]>;
  declare readonly lastSynced: pulumi.Output<string | undefined>;
  declare readonly lastSuccessfulSync: pulumi.Output<string | undefined>;
  declare readonly credentialsVersion: pulumi.Output<number | undefined>;

  constructor(name: string, args: McpServerArgs | undefined, opts?: pulumi.CustomResourceOptions) {
    const inputs: pulumi.Inputs = {
      serverId: args?.serverId,
      displayName: args?.displayName,
      url: args?.url,
      description: args?.description,
      auth: args?.auth,
      secureWebGateway: args?.secureWebGateway,
      tools: args?.tools,
      prompts: args?.prompts,
      policies: args?.policies,
      tolerateSyncErrors: args?.tolerateSyncErrors,
      status: undefined,
      statusReason: undefined,
      statusMessage: undefined,
      error: undefined,
      errorDetails: undefined,
      discoveredTools: undefined,
      discoveredPrompts: undefined,
      lastSynced: undefined,
      lastSuccessfulSync: undefined,
      credentialsVersion: undefined,
    };
    if (!opts?.id && args?.url === undefined) throw new Error("Missing required property 'url'");
    super(McpServer.__pulumiType, name, inputs, opts);
  }
}
