/* eslint-disable */
/**
 * GENERATED from schemas/common.schema.json, schemas/access-group.schema.json, schemas/access-policy.schema.json, schemas/mcp-server.schema.json, schemas/mcp-portal.schema.json, scripts/gen/pulumi-overlay.ts
 * (sources sha256 2159442afec0d10e) through provider/schema.json by scripts/gen/pulumi-sdk.ts.
 * DO NOT EDIT: run `npm run gen`.
 *
 * The Provider resource (pulumi:providers:mcpportal).
 */
import * as pulumi from '@pulumi/pulumi';
import type { ProviderArgs } from './types.js';

/**
 * The mcpportal provider: which management API to talk to. An explicit provider, for a second account or API;
 * without one, the default provider reads stack config (`mcpportal:<key>`) or its environment variables.
 */
export class Provider extends pulumi.ProviderResource {
  static readonly __pulumiType = 'mcpportal';

  /** Whether `obj` is a Provider of this package, even from another copy of this SDK. */
  static override isInstance(obj: unknown): obj is Provider {
    return (
      (obj as { __pulumiType?: string } | undefined)?.__pulumiType ===
      'pulumi:providers:' + Provider.__pulumiType
    );
  }

  /**
   * The management API base URL (default https://api.cloudflare.com/client/v4; the embedded portal:
   * http://127.0.0.1:8787/client/v4).
   */
  declare readonly apiUrl: pulumi.Output<string | undefined>;
  /** The account id. */
  declare readonly accountId: pulumi.Output<string | undefined>;
  /** The API token. A secret in state and outputs. */
  declare readonly apiToken: pulumi.Output<string | undefined>;
  /**
   * The ownership tag put on Access applications: mcp-portals:<owner> (default pulumi, so that `portalctl
   * --prune` leaves these objects alone).
   */
  declare readonly owner: pulumi.Output<string | undefined>;

  constructor(name: string, args: ProviderArgs = {}, opts: pulumi.ResourceOptions = {}) {
    const resourceInputs: pulumi.Inputs = {};
    resourceInputs.apiUrl = args.apiUrl;
    resourceInputs.accountId = args.accountId;
    resourceInputs.apiToken = args.apiToken === undefined ? undefined : pulumi.secret(args.apiToken);
    resourceInputs.waitForReady = args.waitForReady;
    resourceInputs.syncTimeout = args.syncTimeout;
    resourceInputs.owner = args.owner;
    const secretOpts = { additionalSecretOutputs: ["apiToken"] };
    opts = pulumi.mergeOptions(opts, secretOpts);
    super(Provider.__pulumiType, name, resourceInputs, opts);
  }
}
