/**
 * `McpPortal` (`mcpportal:index:McpPortal`): one MCP endpoint (`mcpUrl`) aggregating its servers for
 * the users its policies admit; `status` follows its servers (Ready when all are).
 */
import * as pulumi from '@pulumi/pulumi';
import type { CodeMode, McpPortalArgs, Phase, PortalDns, PortalServer, Unwrapped } from './types.js';

export type { McpPortalArgs };

export class McpPortal extends pulumi.CustomResource {
  static readonly __pulumiType = 'mcpportal:index:McpPortal';

  /** An existing portal by id (import form `<accountId>/<id>` accepted). */
  static get(name: string, id: pulumi.Input<pulumi.ID>, opts?: pulumi.CustomResourceOptions): McpPortal {
    return new McpPortal(name, undefined, { ...opts, id });
  }

  static override isInstance(obj: unknown): obj is McpPortal {
    return (obj as { __pulumiType?: string } | undefined)?.__pulumiType === McpPortal.__pulumiType;
  }

  declare readonly portalId: pulumi.Output<string>;
  declare readonly displayName: pulumi.Output<string>;
  declare readonly hostname: pulumi.Output<string>;
  /** The Cloudflare zone whose DNS record of the hostname create and update manage. */
  declare readonly dns: pulumi.Output<Unwrapped<PortalDns> | undefined>;
  declare readonly description: pulumi.Output<string | undefined>;
  declare readonly codeMode: pulumi.Output<CodeMode>;
  declare readonly secureWebGateway: pulumi.Output<boolean>;
  declare readonly policies: pulumi.Output<string[]>;
  declare readonly servers: pulumi.Output<Unwrapped<PortalServer>[]>;
  /** Waiting, Ready or Error. */
  declare readonly status: pulumi.Output<Phase>;
  declare readonly statusReason: pulumi.Output<string>;
  declare readonly statusMessage: pulumi.Output<string>;
  /** https://<hostname>/mcp */
  declare readonly mcpUrl: pulumi.Output<string>;
  /** The embedded portal's local endpoint; undefined on Cloudflare. */
  declare readonly localMcpUrl: pulumi.Output<string | undefined>;
  declare readonly toolCount: pulumi.Output<number>;
  declare readonly promptCount: pulumi.Output<number>;

  constructor(name: string, args: McpPortalArgs | undefined, opts?: pulumi.CustomResourceOptions) {
    const inputs: pulumi.Inputs = {
      portalId: args?.portalId,
      displayName: args?.displayName,
      hostname: args?.hostname,
      dns: args?.dns,
      description: args?.description,
      codeMode: args?.codeMode,
      secureWebGateway: args?.secureWebGateway,
      policies: args?.policies,
      servers: args?.servers,
      status: undefined,
      statusReason: undefined,
      statusMessage: undefined,
      mcpUrl: undefined,
      localMcpUrl: undefined,
      toolCount: undefined,
      promptCount: undefined,
    };
    if (!opts?.id && args?.hostname === undefined) throw new Error("Missing required property 'hostname'");
    super(McpPortal.__pulumiType, name, inputs, opts);
  }
}
